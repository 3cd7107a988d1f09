// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/decimal.h"

#include <QList>
#include <limits>

namespace opcc {

namespace {

constexpr qint64 maxWhole = std::numeric_limits<qint64>::max() / 100'000'000;

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Digits with optional thousands separators in groups of three: "1514" or "1,514".
std::optional<qint64> parseWhole(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const bool grouped = text.contains(QLatin1Char(','));
    if (grouped) {
        const auto groups = text.split(QLatin1Char(','));
        if (groups.first().isEmpty() || groups.first().size() > 3)
            return std::nullopt;
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups.at(i).size() != 3)
                return std::nullopt;
        }
    }
    qint64 value = 0;
    for (QChar c : text) {
        if (c == QLatin1Char(','))
            continue;
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
        if (value > maxWhole)
            return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text, Syntax *syntax)
{
    Syntax found;
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    }
    if (text.startsWith(QChar(0x00A3))) { // £
        found.pound = true;
        text = text.mid(1);
    }
    if (text.endsWith(QLatin1Char('%'))) {
        found.percent = true;
        text.chop(1);
    }
    qint64 multiplier = 1;
    if (text.endsWith(QLatin1Char('k')) || text.endsWith(QLatin1Char('K'))) {
        multiplier = 1000;
    } else if (text.endsWith(QLatin1Char('m')) || text.endsWith(QLatin1Char('M'))) {
        multiplier = 1'000'000;
    }
    if (multiplier != 1) {
        found.multiplier = true;
        text.chop(1);
    }
    text = text.trimmed();

    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView wholePart = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (dot >= 0 && fraction.isEmpty())
        return std::nullopt;
    const auto whole
        = wholePart.isEmpty() && dot >= 0 ? std::optional<qint64>(0) : parseWhole(wholePart);
    if (!whole)
        return std::nullopt;

    // Scale the fraction to the multiplier first: £1.15m is exact in hundredths although 1.15 has
    // only two places, and £1.125m still is; anything finer than a hundredth is refused.
    qint64 scaledFraction = 0; // in hundredths
    if (!fraction.isEmpty()) {
        if (fraction.size() > 8)
            return std::nullopt;
        qint64 digits = 0;
        qint64 denominator = 1;
        for (QChar c : fraction) {
            if (!isDigit(c))
                return std::nullopt;
            digits = digits * 10 + (c.unicode() - '0');
            denominator *= 10;
        }
        const qint64 numerator = digits * multiplier * 100;
        if (numerator % denominator != 0)
            return std::nullopt;
        scaledFraction = numerator / denominator;
    }
    if (*whole > maxWhole / multiplier)
        return std::nullopt;
    qint64 hundredths = *whole * multiplier * 100 + scaledFraction;
    if (negative)
        hundredths = -hundredths;
    if (syntax)
        *syntax = found;
    return Decimal(hundredths);
}

QString Decimal::toPlainString() const
{
    const qint64 magnitude = m_hundredths < 0 ? -m_hundredths : m_hundredths;
    QString text = QString::number(magnitude / 100);
    const qint64 cents = magnitude % 100;
    if (cents != 0) {
        text += QLatin1Char('.');
        text += QString::number(cents / 10);
        if (cents % 10 != 0)
            text += QString::number(cents % 10);
    }
    if (m_hundredths < 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

} // namespace opcc
