// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace opcc {

// A figure's value as a whole number of hundredths: money in pence, percentages and weights to two
// decimal places, counts as whole numbers. Never floating point in storage.
class Decimal
{
public:
    constexpr Decimal() = default;
    static constexpr Decimal fromHundredths(qint64 hundredths) { return Decimal(hundredths); }
    static constexpr Decimal fromInteger(qint64 whole) { return Decimal(whole * 100); }

    // What a spreadsheet cell may hold besides digits.
    struct Syntax
    {
        bool pound = false; // leading "£"
        bool percent = false; // trailing "%"
        bool multiplier = false; // "k" or "m" suffix
    };
    // Parses "1514", "1,514", "70.3", "70.3%", "£175,372", "£363k", "£1.1m", "-2". Returns
    // nothing for anything else, including more than two decimal places.
    static std::optional<Decimal> parse(QStringView text, Syntax *syntax = nullptr);

    constexpr qint64 hundredths() const { return m_hundredths; }
    constexpr bool isWhole() const { return m_hundredths % 100 == 0; }
    constexpr bool isNegative() const { return m_hundredths < 0; }
    double toDouble() const { return double(m_hundredths) / 100.0; }

    // Shortest plain form without grouping: "1514", "70.3", "0.05", "-2".
    QString toPlainString() const;

    friend constexpr bool operator==(Decimal a, Decimal b)
    {
        return a.m_hundredths == b.m_hundredths;
    }
    friend constexpr bool operator!=(Decimal a, Decimal b) { return !(a == b); }
    friend constexpr bool operator<(Decimal a, Decimal b)
    {
        return a.m_hundredths < b.m_hundredths;
    }

private:
    constexpr explicit Decimal(qint64 hundredths)
        : m_hundredths(hundredths)
    { }
    qint64 m_hundredths = 0;
};

} // namespace opcc
