// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "foi/foicalendar.h"

#include <algorithm>

namespace opcc::foicalendar {

namespace {

// A holiday that moved, or one proclaimed for one year only.
struct OneOff
{
    int year;
    QDate removed; // the regular holiday that moved (null: none)
    QDate added;
};

const QList<OneOff> &oneOffs()
{
    static const QList<OneOff> changes {
        { 2011, {}, QDate(2011, 4, 29) }, // wedding of Prince William
        { 2012, QDate(2012, 5, 28), QDate(2012, 6, 4) }, // spring holiday moved for the jubilee
        { 2012, {}, QDate(2012, 6, 5) }, // Diamond Jubilee
        { 2020, QDate(2020, 5, 4), QDate(2020, 5, 8) }, // early May moved to VE Day
        { 2022, QDate(2022, 5, 30), QDate(2022, 6, 2) }, // spring holiday moved for the jubilee
        { 2022, {}, QDate(2022, 6, 3) }, // Platinum Jubilee
        { 2022, {}, QDate(2022, 9, 19) }, // state funeral of Queen Elizabeth II
        { 2023, {}, QDate(2023, 5, 8) }, // coronation of King Charles III
    };
    return changes;
}

QDate firstMonday(int year, int month)
{
    QDate day(year, month, 1);
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(1);
    return day;
}

QDate lastMonday(int year, int month)
{
    QDate day = QDate(year, month, 1).addMonths(1).addDays(-1);
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(-1);
    return day;
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// Christmas Day and Boxing Day with their substitutes: a holiday at the weekend moves to the
// next weekday that is not already a holiday.
void addChristmas(int year, QList<QDate> *days)
{
    for (const QDate &day : { QDate(year, 12, 25), QDate(year, 12, 26) }) {
        QDate observed = day;
        while (isWeekend(observed) || days->contains(observed))
            observed = observed.addDays(1);
        days->append(observed);
    }
}

} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> bankHolidays(int year)
{
    QList<QDate> days;
    QDate newYear(year, 1, 1);
    while (isWeekend(newYear))
        newYear = newYear.addDays(1);
    days.append(newYear);
    const QDate easter = easterSunday(year);
    days.append(easter.addDays(-2));
    days.append(easter.addDays(1));
    days.append(firstMonday(year, 5));
    days.append(lastMonday(year, 5));
    days.append(lastMonday(year, 8));
    addChristmas(year, &days);
    for (const OneOff &change : oneOffs()) {
        if (change.year != year)
            continue;
        if (change.removed.isValid())
            days.removeAll(change.removed);
        days.append(change.added);
    }
    std::sort(days.begin(), days.end());
    return days;
}

bool isBankHoliday(QDate date)
{
    if (!date.isValid())
        return false;
    // Asked for day after day while counting: the year's list is kept.
    static thread_local int cachedYear = 0;
    static thread_local QList<QDate> cached;
    if (cachedYear != date.year()) {
        cached = bankHolidays(date.year());
        cachedYear = date.year();
    }
    return cached.contains(date);
}

bool isWorkingDay(QDate date)
{
    return date.isValid() && !isWeekend(date) && !isBankHoliday(date);
}

QDate addWorkingDays(QDate from, int count)
{
    if (!from.isValid())
        return {};
    QDate day = from;
    for (int n = 0; n < count;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++n;
    }
    return day;
}

int workingDaysBetween(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

QDate replyDue(QDate received)
{
    return addWorkingDays(received, replyWorkingDays);
}

} // namespace opcc::foicalendar
