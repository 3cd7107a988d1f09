// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/reportperiod.h"

#include "domain/valueformat.h"

#include <QLocale>

namespace opcc {

namespace {

std::optional<int> digits(QStringView text)
{
    if (text.isEmpty())
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

std::optional<ReportPeriod> ReportPeriod::financialYear(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    const auto refuse = [&] {
        if (error)
            *error = tr("\"%1\" is not a financial year: write it as YYYY/YY with consecutive "
                        "years, e.g. 2019/20 for 1 April 2019 to 31 March 2020.")
                         .arg(trimmed.toString());
        return std::nullopt;
    };
    if (trimmed.size() != 7 || trimmed.at(4) != QLatin1Char('/'))
        return refuse();
    const auto first = digits(trimmed.left(4));
    const auto second = digits(trimmed.mid(5, 2));
    if (!first || !second || *first < 1900 || *first > 2199 || (*first + 1) % 100 != *second)
        return refuse();
    ReportPeriod period;
    period.m_from = QDate(*first, 4, 1);
    period.m_to = QDate(*first + 1, 3, 31);
    period.m_financialYear = trimmed.toString();
    return period;
}

std::optional<ReportPeriod> ReportPeriod::range(QStringView from, QStringView to, QString *error)
{
    const auto start = PartialDate::parse(from);
    const auto end = PartialDate::parse(to);
    for (const auto &[text, date] : { std::pair { from, start }, std::pair { to, end } }) {
        if (!date || date->isNull()) {
            if (error)
                *error = tr("\"%1\" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.")
                             .arg(text.toString());
            return std::nullopt;
        }
    }
    return range(start->firstDay(), end->lastDay(), error);
}

std::optional<ReportPeriod> ReportPeriod::range(QDate from, QDate to, QString *error)
{
    if (!from.isValid() || !to.isValid()) {
        if (error)
            *error = tr("A period needs both a start and an end date.");
        return std::nullopt;
    }
    if (to < from) {
        if (error)
            *error = tr("The period ends (%1) before it starts (%2).")
                         .arg(QLocale().toString(to, QLocale::ShortFormat),
                             QLocale().toString(from, QLocale::ShortFormat));
        return std::nullopt;
    }
    ReportPeriod period;
    period.m_from = from;
    period.m_to = to;
    return period;
}

QString ReportPeriod::label() const
{
    if (isAll())
        return tr("all periods");
    const QString dates = tr("%1 to %2", "a period")
                              .arg(formatPartialDate(PartialDate::fromDate(m_from)),
                                  formatPartialDate(PartialDate::fromDate(m_to)));
    if (!m_financialYear.isEmpty())
        return tr("financial year %1 (%2)").arg(m_financialYear, dates);
    return dates;
}

ReportPeriod::Fit ReportPeriod::classify(const Figure &figure) const
{
    if (figure.periodStart.isNull() && figure.periodEnd.isNull())
        return Fit::NotStated;
    if (isAll())
        return Fit::Inside;
    const QDate start = figure.periodStart.firstDay(); // invalid: open at the start
    const QDate end = figure.periodEnd.lastDay(); // invalid: open at the end
    if ((end.isValid() && end < m_from) || (start.isValid() && start > m_to))
        return Fit::Outside;
    // An open end (a "since launch" total, a "to date" count) may run past either edge.
    if (start.isValid() && end.isValid() && start >= m_from && end <= m_to)
        return Fit::Inside;
    return Fit::Overlaps;
}

QString ReportPeriod::overlapText(const Figure &figure)
{
    const QString start = formatPartialDate(figure.periodStart);
    const QString end = formatPartialDate(figure.periodEnd);
    if (!start.isEmpty() && !end.isEmpty())
        return tr("covers %1 - %2").arg(start, end);
    if (!start.isEmpty())
        return tr("covers %1 onwards").arg(start);
    return tr("covers up to %1").arg(end);
}

} // namespace opcc
