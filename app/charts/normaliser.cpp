// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/normaliser.h"

#include "domain/valueformat.h"

#include <cmath>

namespace opcc {

namespace {

int monthIndex(const PartialDate &date, bool end)
{
    const QDate day = end ? date.lastDay() : date.firstDay();
    return day.year() * 12 + day.month() - 1;
}

} // namespace

Decimal Normaliser::roundedLike(double value, Unit unit)
{
    const bool whole = unit == Unit::Gbp || std::abs(value) >= 10.0;
    const double step = whole ? 100.0 : 10.0; // in hundredths
    return Decimal::fromHundredths(qint64(std::llround(value * 100.0 / step)) * qint64(step));
}

Normaliser::Normaliser(const QLocale &locale)
    : m_locale(locale)
{ }

bool Normaliser::isQuantity(Unit unit)
{
    return unit == Unit::Count || unit == Unit::Gbp || unit == Unit::Kg;
}

QString Normaliser::number(double value) const
{
    const bool whole = std::abs(value - std::round(value)) < 0.005;
    return m_locale.toString(value, 'f', whole ? 0 : 1);
}

std::optional<double> Normaliser::monthsOf(const Figure &figure)
{
    if (figure.periodStart.isNull() || figure.periodEnd.isNull())
        return std::nullopt;
    const bool dayPrecise = figure.periodStart.precision() == PartialDate::Precision::Day
        || figure.periodEnd.precision() == PartialDate::Precision::Day;
    if (!dayPrecise) {
        const int months
            = monthIndex(figure.periodEnd, true) - monthIndex(figure.periodStart, false) + 1;
        return months > 0 ? std::optional<double>(months) : std::nullopt;
    }
    const qint64 days = figure.periodStart.firstDay().daysTo(figure.periodEnd.lastDay()) + 1;
    if (days <= 0)
        return std::nullopt;
    return double(days) / 30.4375;
}

Normaliser::Result Normaliser::perMonth(const Figure &figure, Unit unit) const
{
    Result result;
    result.qualifier = figure.qualifier;
    if (!isQuantity(unit)) {
        result.failure = tr("a figure in this unit cannot be put per month (unit: %1)")
                             .arg(Vocabulary<Unit>::label(unit));
        return result;
    }
    double factor = 1.0;
    switch (figure.per) {
    case Per::Month:
        result.working = tr("stated a month");
        break;
    case Per::Week:
        factor = 52.0 / 12.0;
        result.working
            = tr("%1 a week \u00D7 52 \u00F7 12").arg(formatValue(figure.value, unit, m_locale));
        break;
    case Per::Year:
        factor = 1.0 / 12.0;
        result.working = tr("%1 a year \u00F7 12").arg(formatValue(figure.value, unit, m_locale));
        break;
    case Per::None: {
        const std::optional<double> months = monthsOf(figure);
        if (!months) {
            result.failure = figure.periodStart.isNull() && figure.periodEnd.isNull()
                ? tr("the period has no dates")
                : tr("the period has no end date");
            return result;
        }
        factor = 1.0 / *months;
        result.working = tr("%1 over %2 months")
                             .arg(formatValue(figure.value, unit, m_locale), number(*months));
        break;
    }
    }
    result.value = roundedLike(figure.value.toDouble() * factor, unit);
    if (figure.valueHigh)
        result.valueHigh = roundedLike(figure.valueHigh->toDouble() * factor, unit);
    return result;
}

Normaliser::Result Normaliser::perYear(const Figure &figure, Unit unit) const
{
    Result result;
    result.qualifier = figure.qualifier;
    if (!isQuantity(unit)) {
        result.failure = tr("a figure in this unit cannot be put per year (unit: %1)")
                             .arg(Vocabulary<Unit>::label(unit));
        return result;
    }
    double factor = 1.0;
    switch (figure.per) {
    case Per::Year:
        result.working = tr("stated a year");
        break;
    case Per::Week:
        factor = 52.0;
        result.working = tr("%1 a week \u00D7 52").arg(formatValue(figure.value, unit, m_locale));
        break;
    case Per::Month:
        factor = 12.0;
        result.working = tr("%1 a month \u00D7 12").arg(formatValue(figure.value, unit, m_locale));
        break;
    case Per::None: {
        const std::optional<double> months = monthsOf(figure);
        if (!months) {
            result.failure = figure.periodStart.isNull() && figure.periodEnd.isNull()
                ? tr("the period has no dates, so it cannot be put per year")
                : tr("the period has no end date, so it cannot be put per year");
            return result;
        }
        factor = 12.0 / *months;
        result.working = tr("%1 over %2 months \u00D7 12")
                             .arg(formatValue(figure.value, unit, m_locale), number(*months));
        break;
    }
    }
    result.value = roundedLike(figure.value.toDouble() * factor, unit);
    if (figure.valueHigh)
        result.valueHigh = roundedLike(figure.valueHigh->toDouble() * factor, unit);
    return result;
}

Normaliser::Result Normaliser::perThousandPounds(
    const Figure &figure, Unit unit, const Figure &funding) const
{
    Result result;
    result.qualifier = figure.qualifier;
    if (!isQuantity(unit)) {
        result.failure = tr("a figure in this unit cannot be divided by funding (unit: %1)")
                             .arg(Vocabulary<Unit>::label(unit));
        return result;
    }
    if (funding.value.hundredths() <= 0 || funding.valueHigh) {
        result.failure = tr("the funding is not a single amount above zero");
        return result;
    }
    if (funding.per != figure.per) {
        result.failure = tr("the funding is %1 but the figure is %2")
                             .arg(describeRate(funding.per), describeRate(figure.per));
        return result;
    }
    const double thousands = funding.value.toDouble() / 1000.0;
    result.value = roundedLike(figure.value.toDouble() / thousands, unit);
    if (figure.valueHigh)
        result.valueHigh = roundedLike(figure.valueHigh->toDouble() / thousands, unit);
    if (funding.qualifier != Qualifier::Exact && figure.qualifier != Qualifier::Range)
        result.qualifier = Qualifier::Approx;
    const Decimal each = roundedLike(funding.value.toDouble() / figure.value.toDouble(), Unit::Gbp);
    result.working = figure.value.hundredths() > 0 && unit == Unit::Count
        ? tr("%1 for %2 of funding (%3 each)")
              .arg(formatValue(figure.value, unit, m_locale),
                  formatValue(funding.value, Unit::Gbp, m_locale),
                  formatValue(
                      Decimal::fromInteger(std::llround(each.toDouble())), Unit::Gbp, m_locale))
        : tr("%1 for %2 of funding")
              .arg(formatValue(figure.value, unit, m_locale),
                  formatValue(funding.value, Unit::Gbp, m_locale));
    return result;
}

QString Normaliser::describeRate(Per per)
{
    switch (per) {
    case Per::None:
        return tr("a total");
    case Per::Week:
        return tr("a weekly rate");
    case Per::Month:
        return tr("a monthly rate");
    case Per::Year:
        return tr("a yearly rate");
    }
    return {};
}

QString Normaliser::basisStatement(Normalisation normalisation)
{
    switch (normalisation) {
    case Normalisation::None:
        return {};
    case Normalisation::PerMonth:
        return tr("Per month: each total is divided by the months of its period; a weekly rate "
                  "is multiplied by 52 and divided by 12, a yearly rate divided by 12. Figures "
                  "without a dated period cannot be put per month and are listed apart.");
    case Normalisation::PerThousandPounds:
        return tr("Per £1,000 of funding: each figure is divided by the scheme's own funding "
                  "figure in thousands of pounds; the table also gives the funding for each "
                  "one. Schemes without a funding figure are listed apart.");
    case Normalisation::PerYear:
        return tr("Per year: each total is multiplied by 12 and divided by the months of its "
                  "period; a weekly rate is multiplied by 52, a monthly rate by 12. Figures "
                  "without a dated period cannot be put per year and are listed apart.");
    }
    return {};
}

QString Normaliser::valueTitle(Normalisation normalisation, const QString &measureLabel)
{
    switch (normalisation) {
    case Normalisation::None:
        return measureLabel;
    case Normalisation::PerMonth:
        return tr("%1 a month").arg(measureLabel);
    case Normalisation::PerThousandPounds:
        return tr("%1 per £1,000 of funding").arg(measureLabel);
    case Normalisation::PerYear:
        return tr("%1 a year").arg(measureLabel);
    }
    return measureLabel;
}

} // namespace opcc
