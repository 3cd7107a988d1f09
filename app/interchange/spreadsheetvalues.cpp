// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/spreadsheetvalues.h"

#include "domain/validator.h"

#include <QRegularExpression>
#include <cmath>

namespace opcc::spreadsheet {

namespace {

// Month names as English spreadsheets abbreviate and spell them.
int monthFromName(QStringView name)
{
    static const char *const names[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    static const char *const full[] = { "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december" };
    const QString lower = name.toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(names[i]) || lower == QLatin1String(full[i])
            || (i == 8 && lower == QLatin1String("sept")))
            return i + 1;
    }
    return 0;
}

// Two-digit years as Excel reads them: 00-29 are 2000-2029, 30-99 are 1930-1999.
int fullYear(QStringView digits)
{
    const int year = digits.toInt();
    if (digits.size() == 4)
        return year;
    return year < 30 ? 2000 + year : 1900 + year;
}

std::optional<DateCell> monthDate(int month, int year)
{
    if (month < 1 || year < 1900 || year > 2200)
        return std::nullopt;
    return DateCell { PartialDate::fromYearMonth(year, month), false };
}

std::optional<DateCell> dayDate(int day, int month, int year)
{
    if (year < 1900 || year > 2200 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return DateCell { PartialDate::fromDate(QDate(year, month, day)), day == 1 };
}

} // namespace

PartialDate DateCell::resolved(const PartialDate &stored) const
{
    if (firstOfMonth && stored.precision() == PartialDate::Precision::Month
        && stored.year() == date.year() && stored.month() == date.month())
        return stored;
    return date;
}

PartialDate DateCell::asMonth() const
{
    return PartialDate::fromYearMonth(date.year(), date.month());
}

std::optional<DateCell> parseDate(QStringView text)
{
    text = text.trimmed();
    if (const auto iso = PartialDate::parse(text))
        return DateCell { *iso, false };
    // "Mar-22", "Mar 2022", "March 2022", "Mar-2022"
    static const QRegularExpression month(QStringLiteral(R"(^([A-Za-z]{3,9})[- ]?(\d{2}|\d{4})$)"));
    // "01/04/2022", "1/4/22", "01-04-2022", "01.04.2022": day first
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$)"));
    // "01-Apr-2022", "1 Apr 22", "1 April 2022"
    static const QRegularExpression dayName(
        QStringLiteral(R"(^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{2}|\d{4})$)"));
    const QString value = text.toString();
    if (const auto m = month.match(value); m.hasMatch())
        return monthDate(monthFromName(m.capturedView(1)), fullYear(m.capturedView(2)));
    if (const auto m = dayFirst.match(value); m.hasMatch())
        return dayDate(
            m.capturedView(1).toInt(), m.capturedView(3).toInt(), fullYear(m.capturedView(4)));
    if (const auto m = dayName.match(value); m.hasMatch()) {
        const int monthNumber = monthFromName(m.capturedView(2));
        if (monthNumber == 0)
            return std::nullopt;
        return dayDate(m.capturedView(1).toInt(), monthNumber, fullYear(m.capturedView(3)));
    }
    return std::nullopt;
}

QString dateError(const QString &text)
{
    // The editors' words for the same rule, and what a spreadsheet may have done to the cell.
    return validation::dateMessage(text) + QLatin1Char(' ')
        + QCoreApplication::translate("SpreadsheetValues",
            "A spreadsheet may have reformatted it: Mar-22, Mar 2022 and day-first dates such as "
            "01/04/2022 are read too, month-first ones are not.");
}

QString plainNumber(const QString &text)
{
    // Every value of an import passes here: most have no exponent at all.
    if (!text.contains(QLatin1Char('E')) && !text.contains(QLatin1Char('e')))
        return text;
    static const QRegularExpression scientific(
        QStringLiteral(R"(^\s*(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d{1,3})\s*$)"));
    const auto m = scientific.match(text);
    if (!m.hasMatch())
        return text;
    QString digits = m.captured(2) + m.captured(3);
    int point = int(m.capturedView(2).size()) + m.capturedView(4).toInt();
    if (point > 40 || point < -40)
        return text;
    while (point > digits.size())
        digits += QLatin1Char('0');
    while (point < 1) {
        digits.prepend(QLatin1Char('0'));
        ++point;
    }
    QString whole = digits.left(point);
    QString fraction = digits.mid(point);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    return m.captured(1) + whole + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
}

QString serialToDayFirst(double serial, bool system1904)
{
    const QDate epoch = system1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    const QDate date = epoch.addDays(qint64(std::floor(serial)));
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace opcc::spreadsheet
