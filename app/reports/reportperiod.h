// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace opcc {

// The period a report (or a Freedom of Information request) asks about: a financial year
// ("2019/20", 1 April 2019 to 31 March 2020), a range of dates, or every period. Each figure is
// then inside it, only overlapping it, outside it, or of a period the source does not state:
// an undated figure is never dropped and never counted as inside.
class ReportPeriod final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    enum class Fit { Inside, Overlaps, Outside, NotStated };

    ReportPeriod() = default; // every period

    // "2019/20": the second year must follow the first. Refused (nullopt, *error says why) when
    // written any other way.
    static std::optional<ReportPeriod> financialYear(QStringView text, QString *error);
    // From the first day of `from` to the last day of `to`, each YYYY-MM-DD, YYYY-MM or YYYY
    // (so --from 2019 --to 2019 is the calendar year). Refused when malformed or the end is
    // before the start.
    static std::optional<ReportPeriod> range(QStringView from, QStringView to, QString *error);
    static std::optional<ReportPeriod> range(QDate from, QDate to, QString *error);

    bool isAll() const { return !m_from.isValid(); }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // The financial year's own words ("2019/20"), empty for a range.
    QString financialYearText() const { return m_financialYear; }

    // "financial year 2019/20 (1 Apr 2019 to 31 Mar 2020)", "1 Jan 2020 to 31 Dec 2020",
    // "all periods".
    QString label() const;

    Fit classify(const Figure &figure) const;
    // What a figure that only overlaps says: "covers Oct 2019 - Nov 2020", "covers Oct 2019
    // onwards", "covers up to Mar 2020".
    static QString overlapText(const Figure &figure);

private:
    QDate m_from;
    QDate m_to;
    QString m_financialYear;
};

} // namespace opcc
