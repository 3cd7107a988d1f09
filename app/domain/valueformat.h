// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/decimal.h"
#include "domain/records.h"
#include "domain/vocabulary.h"

#include <QLocale>
#include <QString>

namespace opcc {

// Display text of values, in one place: "£175,372", "70.3%", "1,514", "22.5 weeks".
QString formatValue(Decimal value, Unit unit, const QLocale &locale = QLocale());

// Money and large counts shortened for chart labels: "£363k", "£1.1m", "6,000".
QString formatCompactValue(Decimal value, Unit unit, const QLocale &locale = QLocale());

// A whole figure as a sentence fragment: "approx. £363,000", "17 to 20", "17 a week",
// "over 3,000". With compact, money is shortened as in formatCompactValue.
QString formatFigureValue(
    const Figure &figure, Unit unit, bool compact = false, const QLocale &locale = QLocale());

// A date to the precision it is known, in the locale's words: "2022", "Mar 2022", "15 Mar 2022"
// (empty for a null date).
QString formatPartialDate(const PartialDate &date, const QLocale &locale = QLocale());

// The period of a figure as worded by its source, else built from its dates: "March-December
// 2022", "Mar 2022 to Dec 2022", "since Oct 2019", "to Oct 2022".
QString formatPeriod(const Figure &figure);

} // namespace opcc
