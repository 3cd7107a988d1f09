// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace opcc::generator {

// How much to generate. The named sizes are those the benchmarks use.
struct Size
{
    int schemes = 0;
    qint64 figures = 0;

    static Size small() { return { 1'000, 50'000 }; }
    static Size large() { return { 10'000, 500'000 }; }
    static Size huge() { return { 50'000, 2'500'000 }; }
    // "small", "large", "huge"
    static std::optional<Size> named(const QString &name);
};

// Writes a realistic interchange dataset (schemes.csv and outcomes.csv in the format of
// interchange.md): schemes spread over the 43 police force areas of England and Wales (a few
// spanning several areas, a few national) and the five strands, with providers, funders and
// source documents, and monthly figures of several measures over up to ten years per scheme,
// with yearly funding, baselines, ranges, qualifiers, notes, quotes and spreadsheet-style values
// (£1,234, 70.3%, £12k) mixed in. The same seed and size always give the same bytes.
class DatasetGenerator final
{
public:
    DatasetGenerator(Size size, quint64 seed);

    // Writes DIR/schemes.csv and DIR/outcomes.csv, creating DIR if needed.
    bool writeTo(const QString &directory, QString *error);
    int schemesWritten() const { return m_schemesWritten; }
    qint64 figuresWritten() const { return m_figuresWritten; }

private:
    Size m_size;
    quint64 m_seed;
    int m_schemesWritten = 0;
    qint64 m_figuresWritten = 0;
};

} // namespace opcc::generator
