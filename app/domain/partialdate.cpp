// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/partialdate.h"

#include <QList>

namespace opcc {

namespace {

std::optional<int> parseDigits(QStringView text, qsizetype length)
{
    if (text.size() != length)
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    // YYYY, YYYY-MM or YYYY-MM-DD, read in place: the import parses two dates a figure.
    text = text.trimmed();
    PartialDate date;
    if (text.isEmpty())
        return date;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return std::nullopt;
    const auto year = parseDigits(text.left(4), 4);
    if (!year || *year < 1900 || *year > 2200)
        return std::nullopt;
    date.m_year = *year;
    date.m_precision = Precision::Year;
    if (text.size() >= 7) {
        if (text.at(4) != QLatin1Char('-'))
            return std::nullopt;
        const auto month = parseDigits(text.mid(5, 2), 2);
        if (!month || *month < 1 || *month > 12)
            return std::nullopt;
        date.m_month = *month;
        date.m_precision = Precision::Month;
    }
    if (text.size() == 10) {
        if (text.at(7) != QLatin1Char('-'))
            return std::nullopt;
        const auto day = parseDigits(text.mid(8, 2), 2);
        if (!day || !QDate::isValid(date.m_year, date.m_month, *day))
            return std::nullopt;
        date.m_day = *day;
        date.m_precision = Precision::Day;
    }
    return date;
}

PartialDate PartialDate::fromDate(QDate date)
{
    PartialDate result;
    if (!date.isValid())
        return result;
    result.m_precision = Precision::Day;
    result.m_year = date.year();
    result.m_month = date.month();
    result.m_day = date.day();
    return result;
}

PartialDate PartialDate::fromYearMonth(int year, int month)
{
    PartialDate result;
    result.m_precision = Precision::Month;
    result.m_year = year;
    result.m_month = month;
    return result;
}

QString PartialDate::toIsoString() const
{
    // Written digit by digit: this runs for every figure an import or export touches.
    if (m_precision == Precision::None)
        return {};
    if (m_year < 1000 || m_year > 9999) {
        QString text = QString::number(m_year);
        if (m_precision != Precision::Year)
            text += QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
        if (m_precision == Precision::Day)
            text += QStringLiteral("-%1").arg(m_day, 2, 10, QLatin1Char('0'));
        return text;
    }
    char16_t text[10];
    int length = 0;
    const auto put = [&](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[length + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        length += digits;
    };
    put(m_year, 4);
    if (m_precision != Precision::Year) {
        text[length++] = u'-';
        put(m_month, 2);
    }
    if (m_precision == Precision::Day) {
        text[length++] = u'-';
        put(m_day, 2);
    }
    return QString(reinterpret_cast<const QChar *>(text), length);
}

QDate PartialDate::firstDay() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate PartialDate::lastDay() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate first(m_year, m_month, 1);
        return QDate(m_year, m_month, first.daysInMonth());
    }
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

bool endsBeforeStart(const PartialDate &start, const PartialDate &end)
{
    if (start.isNull() || end.isNull())
        return false;
    return end.lastDay() < start.firstDay();
}

} // namespace opcc
