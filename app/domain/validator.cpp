// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/validator.h"

#include "domain/valueformat.h"

#include <QCoreApplication>

namespace opcc::validation {

namespace {

// What a value of the unit is, to finish "this measure is ...".
QString unitPhrase(Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return QCoreApplication::translate("Validation", "a count");
    case Unit::Gbp:
        return QCoreApplication::translate("Validation", "an amount in pounds");
    case Unit::Percent:
        return QCoreApplication::translate("Validation", "a percentage");
    case Unit::Kg:
        return QCoreApplication::translate("Validation", "a weight in kilograms");
    case Unit::Years:
        return QCoreApplication::translate("Validation", "a number of years");
    case Unit::Months:
        return QCoreApplication::translate("Validation", "a number of months");
    case Unit::Weeks:
        return QCoreApplication::translate("Validation", "a number of weeks");
    }
    return {};
}

} // namespace

QList<FieldIssue> checkScheme(const Scheme &scheme)
{
    QList<FieldIssue> issues;
    if (scheme.name.trimmed().isEmpty())
        issues.append({ QStringLiteral("name"),
            QCoreApplication::translate("Validation", "A scheme needs a name.") });
    else if (scheme.name != scheme.name.trimmed())
        issues.append({ QStringLiteral("name"),
            QCoreApplication::translate("Validation", "The name starts or ends with spaces.") });
    if (scheme.areas.isEmpty())
        issues.append({ QStringLiteral("area"),
            QCoreApplication::translate("Validation",
                "A scheme needs at least one police force area (or \"National\").") });
    for (const QString &area : scheme.areas) {
        if (area.trimmed().isEmpty() || area.contains(QLatin1Char(';'))) {
            issues.append({ QStringLiteral("area"),
                QCoreApplication::translate(
                    "Validation", "An area name is empty or holds \";\".") });
            break;
        }
    }
    if (endsBeforeStart(scheme.start, scheme.end))
        issues.append({ QStringLiteral("end"),
            QCoreApplication::translate("Validation", "The end is before the start.") });
    for (const OrganisationLink &link : scheme.organisations) {
        if (link.name.trimmed().isEmpty() || link.name.contains(QLatin1Char(';'))) {
            issues.append({ link.role == Role::Funder ? QStringLiteral("funders")
                                                      : QStringLiteral("providers"),
                QCoreApplication::translate(
                    "Validation", "An organisation name is empty or holds \";\".") });
            break;
        }
    }
    return issues;
}

QList<FieldIssue> checkFigure(const Figure &figure, Unit unit)
{
    QList<FieldIssue> issues;
    const QString value = QStringLiteral("value");
    const auto checkAmount = [&](Decimal amount, const QString &field) {
        switch (unit) {
        case Unit::Count:
            if (amount.isNegative())
                issues.append({ field,
                    QCoreApplication::translate("Validation", "A count cannot be negative.") });
            else if (!amount.isWhole() && figure.per == Per::None)
                issues.append({ field,
                    QCoreApplication::translate("Validation",
                        "A count must be a whole number (only a rate per week, "
                        "month or year may have decimals).") });
            break;
        case Unit::Percent:
            if (amount.isNegative() || Decimal::fromInteger(100) < amount)
                issues.append({ field,
                    QCoreApplication::translate(
                        "Validation", "A percentage must be between 0 and 100.") });
            break;
        case Unit::Gbp:
            if (amount.isNegative())
                issues.append({ field,
                    QCoreApplication::translate(
                        "Validation", "An amount of money cannot be negative.") });
            break;
        case Unit::Kg:
        case Unit::Years:
        case Unit::Months:
        case Unit::Weeks:
            if (amount.isNegative())
                issues.append({ field,
                    QCoreApplication::translate(
                        "Validation", "A weight or a length of time cannot be negative.") });
            break;
        }
    };
    checkAmount(figure.value, value);
    if (figure.valueHigh) {
        checkAmount(*figure.valueHigh, QStringLiteral("value_high"));
        if (!(figure.value < *figure.valueHigh))
            issues.append({ QStringLiteral("value_high"),
                QCoreApplication::translate(
                    "Validation", "The upper end of a range must be above its lower end.") });
        if (figure.qualifier != Qualifier::Range)
            issues.append({ QStringLiteral("qualifier"),
                QCoreApplication::translate("Validation",
                    "A figure with an upper value is a range: its qualifier must be "
                    "\"range\".") });
    } else if (figure.qualifier == Qualifier::Range) {
        issues.append({ QStringLiteral("value_high"),
            QCoreApplication::translate("Validation", "A range needs its upper value.") });
    }
    if (!isValidMeasureKey(figure.measure))
        issues.append({ QStringLiteral("measure"),
            QCoreApplication::translate("Validation",
                "A measure key is lower case letters, digits and underscores, "
                "starting with a letter.") });
    if (endsBeforeStart(figure.periodStart, figure.periodEnd))
        issues.append({ QStringLiteral("period_end"),
            QCoreApplication::translate("Validation", "The period ends before it starts.") });
    return issues;
}

bool isValidMeasureKey(const QString &key)
{
    // ^[a-z][a-z0-9_]*$, without a regular expression: the import checks every row.
    if (key.isEmpty() || key.front() < QLatin1Char('a') || key.front() > QLatin1Char('z'))
        return false;
    for (QChar c : key) {
        const bool letter = c >= QLatin1Char('a') && c <= QLatin1Char('z');
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!letter && !digit && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

QString duplicateSchemeMessage(const QString &name, const QString &areaKey)
{
    return QCoreApplication::translate("Validation",
        "There is already a scheme called \"%1\" in %2; open that "
        "one to change it, or give this one another name.")
        .arg(name, areaKey);
}

std::optional<FieldIssue> checkStrandChosen(std::optional<Strand> strand)
{
    if (strand)
        return std::nullopt;
    return FieldIssue { QStringLiteral("strand"),
        QCoreApplication::translate("Validation", "Choose the strand the scheme belongs to.") };
}

QString dateMessage(const QString &text)
{
    return QCoreApplication::translate(
        "Validation", "\"%1\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.")
        .arg(text.trimmed());
}

std::optional<FieldIssue> checkDateText(const QString &field, const QString &text)
{
    if (PartialDate::parse(text))
        return std::nullopt;
    return FieldIssue { field, dateMessage(text) };
}

std::optional<Decimal> parseValue(
    const QString &field, const QString &text, Unit unit, QList<FieldIssue> &issues)
{
    if (text.trimmed().isEmpty()) {
        issues.append(
            { field, QCoreApplication::translate("Validation", "A figure needs a value.") });
        return std::nullopt;
    }
    Decimal::Syntax syntax;
    const auto amount = Decimal::parse(text, &syntax);
    if (!amount) {
        issues.append({ field,
            QCoreApplication::translate(
                "Validation", "\"%1\" is not a number (at most two decimal places).")
                .arg(text.trimmed()) });
        return std::nullopt;
    }
    if ((syntax.pound || syntax.multiplier) && unit != Unit::Gbp) {
        issues.append({ field,
            QCoreApplication::translate("Validation",
                "\"%1\" is written as money, but this measure is "
                "%2.")
                .arg(text.trimmed(), unitPhrase(unit)) });
        return std::nullopt;
    }
    if (syntax.percent && unit != Unit::Percent) {
        issues.append({ field,
            QCoreApplication::translate("Validation",
                "\"%1\" is written as a percentage, but this measure "
                "is %2.")
                .arg(text.trimmed(), unitPhrase(unit)) });
        return std::nullopt;
    }
    return amount;
}

std::optional<FieldIssue> checkMeasureKnown(const QString &key, bool known)
{
    if (key.isEmpty())
        return FieldIssue { QStringLiteral("measure"),
            QCoreApplication::translate("Validation", "Choose what the figure measures.") };
    if (!known)
        return FieldIssue { QStringLiteral("measure"),
            QCoreApplication::translate("Validation", "There is no measure \"%1\".").arg(key) };
    return std::nullopt;
}

std::optional<FieldIssue> checkUnit(const Measure &measure, Unit stated)
{
    if (measure.unit == stated)
        return std::nullopt;
    return FieldIssue { QStringLiteral("unit"),
        QCoreApplication::translate("Validation", "The measure \"%1\" is %2, not %3.")
            .arg(measure.key, unitPhrase(measure.unit), unitPhrase(stated)) };
}

std::optional<FieldIssue> checkDuplicate(const Scheme &scheme, std::optional<qint64> existingId)
{
    if (!existingId || *existingId == scheme.id)
        return std::nullopt;
    FieldIssue issue { QStringLiteral("name"),
        duplicateSchemeMessage(scheme.name, scheme.areaKey()) };
    issue.existingSchemeId = *existingId;
    return issue;
}

std::optional<FieldIssue> checkFigureIdentity(const QList<Figure> &figures, qsizetype row)
{
    if (row < 0 || row >= figures.size())
        return std::nullopt;
    const Figure &figure = figures.at(row);
    for (qsizetype earlier = 0; earlier < row; ++earlier) {
        const Figure &other = figures.at(earlier);
        if (other.measure == figure.measure && other.periodStart == figure.periodStart
            && other.periodEnd == figure.periodEnd && other.per == figure.per
            && other.baseline == figure.baseline) {
            return FieldIssue { QStringLiteral("measure"),
                QCoreApplication::translate("Validation",
                    "Figure %1 already has this measure, period, rate "
                    "and baseline; change one of them or remove a figure.")
                    .arg(earlier + 1) };
        }
    }
    return std::nullopt;
}

QList<RecordIssue> checkFigures(const QList<Figure> &figures, const RecordContext &context)
{
    QList<RecordIssue> issues;
    for (qsizetype row = 0; row < figures.size(); ++row) {
        const Figure &figure = figures.at(row);
        const auto unit = context.units.constFind(figure.measure);
        if (const auto unknown = checkMeasureKnown(figure.measure, unit != context.units.cend())) {
            issues.append({ int(row), *unknown });
            continue; // without a unit the values cannot be judged
        }
        for (const FieldIssue &issue : checkFigure(figure, *unit))
            issues.append({ int(row), issue });
        if (const auto twin = checkFigureIdentity(figures, row))
            issues.append({ int(row), *twin });
    }
    return issues;
}

QList<RecordIssue> checkRecord(
    const Scheme &scheme, const QList<Figure> &figures, const RecordContext &context)
{
    QList<RecordIssue> issues;
    for (const FieldIssue &issue : checkScheme(scheme))
        issues.append({ -1, issue });
    if (!scheme.name.isEmpty() && !scheme.areas.isEmpty()) {
        if (const auto duplicate = checkDuplicate(scheme, context.existingId))
            issues.append({ -1, *duplicate });
    }
    return issues + checkFigures(figures, context);
}

} // namespace opcc::validation
