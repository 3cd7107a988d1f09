// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/decimal.h"
#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace opcc {

class ChartContext;
struct ChartData;
struct ChartRow;
struct Figure;

// A baseline figure and the latest later one, per scheme, with the change between them; a
// reduction that the source states only as a percentage is shown as stated.
class BeforeAfterChart final
{
    Q_DECLARE_TR_FUNCTIONS(BeforeAfterChart)

public:
    static void build(ChartContext &context, ChartData &data);
    // "−538 (−99.4%)"; "+102 (+309.1%)"; without the percentage when before is zero.
    static QString changeText(Decimal before, Decimal after, Unit unit, const QLocale &locale);
    // A percentage measure whose key says it is a reduction ("crime_reduction").
    static bool isStatedReduction(const QString &measureKey, Unit unit);
    // The start two notes share, up to and including its colon: "sample of six ...: ".
    static QString sharedNote(const QString &before, const QString &after);

private:
    // Sets the row's caveat: the note both figures share, and "periods differ" when before and
    // after do not cover spans of the same, stated length.
    static void qualify(ChartRow &row, const Figure &before, const Figure &after);
};

} // namespace opcc
