// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>

namespace opcc::foicalendar {

// Working days for the Freedom of Information Act 2000 (section 10): every day but Saturdays,
// Sundays and the bank holidays of England and Wales. Bank holidays follow the statutory rules
// (New Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last Monday
// of August, Christmas Day and Boxing Day, each moved to the next free weekday when it falls at
// a weekend) plus the one-off changes proclaimed since 2011: the royal wedding (2011), the
// diamond and platinum jubilees (2012, 2022), VE Day's 75th anniversary (2020), the state
// funeral of Queen Elizabeth II (2022) and the coronation (2023).
//
// The table is certain for 2011 to 2026: the years the government has published. Later years
// apply the standing rules only; a one-off holiday proclaimed for them is not known until added
// to oneOffs() in foicalendar.cpp.
constexpr int firstCertainYear = 2011;
constexpr int lastCertainYear = 2026;

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
QDate easterSunday(int year);
// The bank holidays of England and Wales in a year, in date order.
QList<QDate> bankHolidays(int year);
bool isBankHoliday(QDate date);
bool isWorkingDay(QDate date);
// The count-th working day after `from` (from itself is day 0, whatever day it is).
QDate addWorkingDays(QDate from, int count);
// Working days after `from` up to and including `to`; negative when to is before from.
int workingDaysBetween(QDate from, QDate to);
// The day a reply is due for a request received on `received`: the twentieth working day after it.
QDate replyDue(QDate received);

constexpr int replyWorkingDays = 20;

} // namespace opcc::foicalendar
