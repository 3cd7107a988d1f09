// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/valueformat.h"

#include <QCoreApplication>

namespace opcc {

namespace {

QString formatNumber(Decimal value, const QLocale &locale)
{
    const int decimals = value.isWhole() ? 0 : (value.hundredths() % 10 == 0 ? 1 : 2);
    return locale.toString(value.toDouble(), 'f', decimals);
}

} // namespace

QString formatValue(Decimal value, Unit unit, const QLocale &locale)
{
    const QString number = formatNumber(value, locale);
    switch (unit) {
    case Unit::Count:
        return number;
    case Unit::Gbp:
        if (value.isNegative())
            return locale.negativeSign() + QStringLiteral("\u00A3")
                + formatNumber(Decimal::fromHundredths(-value.hundredths()), locale);
        return QStringLiteral("\u00A3") + number;
    case Unit::Percent:
        return number + locale.percent();
    case Unit::Kg:
        return QCoreApplication::translate("ValueFormat", "%1 kg").arg(number);
    case Unit::Years:
        return QCoreApplication::translate("ValueFormat", "%1 years").arg(number);
    case Unit::Months:
        return QCoreApplication::translate("ValueFormat", "%1 months").arg(number);
    case Unit::Weeks:
        return QCoreApplication::translate("ValueFormat", "%1 weeks").arg(number);
    }
    return number;
}

QString formatCompactValue(Decimal value, Unit unit, const QLocale &locale)
{
    if (unit != Unit::Gbp)
        return formatValue(value, unit, locale);
    const qint64 pounds = value.hundredths() / 100;
    const qint64 magnitude = pounds < 0 ? -pounds : pounds;
    const QString sign = pounds < 0 ? locale.negativeSign() : QString();
    if (magnitude >= 1'000'000) {
        const double millions = double(magnitude) / 1e6;
        const int decimals = magnitude % 1'000'000 == 0 ? 0 : (magnitude % 100'000 == 0 ? 1 : 2);
        return sign + QStringLiteral("\u00A3") + locale.toString(millions, 'f', decimals)
            + QCoreApplication::translate("ValueFormat", "m", "millions of pounds");
    }
    if (magnitude >= 10'000) {
        const double thousands = double(magnitude) / 1e3;
        const int decimals = magnitude % 1000 == 0 ? 0 : 1;
        return sign + QStringLiteral("\u00A3") + locale.toString(thousands, 'f', decimals)
            + QCoreApplication::translate("ValueFormat", "k", "thousands of pounds");
    }
    return formatValue(value, unit, locale);
}

QString formatFigureValue(const Figure &figure, Unit unit, bool compact, const QLocale &locale)
{
    const auto format = [&](Decimal v) {
        return compact ? formatCompactValue(v, unit, locale) : formatValue(v, unit, locale);
    };
    QString text;
    if (figure.valueHigh) {
        text = QCoreApplication::translate("ValueFormat", "%1 to %2", "a range of values")
                   .arg(format(figure.value), format(*figure.valueHigh));
    } else {
        text = format(figure.value);
    }
    const QString prefix = qualifierPrefix(figure.qualifier);
    if (!prefix.isEmpty())
        text = QCoreApplication::translate("ValueFormat", "%1 %2", "qualifier then value")
                   .arg(prefix, text);
    const QString suffix = perSuffix(figure.per);
    if (!suffix.isEmpty())
        text = QCoreApplication::translate("ValueFormat", "%1 %2", "value then rate")
                   .arg(text, suffix);
    return text;
}

QString formatPartialDate(const PartialDate &date, const QLocale &locale)
{
    switch (date.precision()) {
    case PartialDate::Precision::None:
        return {};
    case PartialDate::Precision::Year:
        return QString::number(date.year());
    case PartialDate::Precision::Month:
        return locale.toString(date.firstDay(), QStringLiteral("MMM yyyy"));
    case PartialDate::Precision::Day:
        return locale.toString(date.firstDay(), QStringLiteral("d MMM yyyy"));
    }
    return {};
}

QString formatPeriod(const Figure &figure)
{
    if (!figure.periodLabel.isEmpty())
        return figure.periodLabel;
    const QString start = formatPartialDate(figure.periodStart);
    const QString end = formatPartialDate(figure.periodEnd);
    if (!start.isEmpty() && !end.isEmpty()) {
        if (start == end)
            return start;
        return QCoreApplication::translate("ValueFormat", "%1 to %2", "a period").arg(start, end);
    }
    if (!start.isEmpty())
        return QCoreApplication::translate("ValueFormat", "since %1").arg(start);
    if (!end.isEmpty())
        return QCoreApplication::translate("ValueFormat", "to %1").arg(end);
    return {};
}

} // namespace opcc
