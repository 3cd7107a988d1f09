// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace opcc {

// A date known to the year, the month or the day, as sources give them: "2022", "2022-03",
// "2022-03-14". Stored and exchanged in that ISO form; an empty date is "not given".
class PartialDate
{
public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    static std::optional<PartialDate> parse(QStringView text);
    static PartialDate fromDate(QDate date);
    static PartialDate fromYearMonth(int year, int month);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    QString toIsoString() const;
    // The first and last day the date can stand for: 2022-03 -> 2022-03-01 and 2022-03-31.
    QDate firstDay() const;
    QDate lastDay() const;

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_precision == b.m_precision && a.m_year == b.m_year && a.m_month == b.m_month
            && a.m_day == b.m_day;
    }
    friend bool operator!=(const PartialDate &a, const PartialDate &b) { return !(a == b); }

private:
    Precision m_precision = Precision::None;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

// True when the end is given, the start is given, and the end's last day is before the start's
// first day (2022-03 to 2022-03-15 is fine: the month contains the day).
bool endsBeforeStart(const PartialDate &start, const PartialDate &end);

} // namespace opcc
