#include "domain/validator.h"

#include "domain/valueformat.h"

#include <QCoreApplication>

namespace opcc::validation {

QList<FieldIssue> checkScheme(const Scheme &scheme)
{
    QList<FieldIssue> issues;
    if (scheme.name.trimmed().isEmpty())
        issues.append({QStringLiteral("name"), QCoreApplication::translate("Validation", "A scheme needs a name.")});
    else if (scheme.name != scheme.name.trimmed())
        issues.append({QStringLiteral("name"), QCoreApplication::translate("Validation", "The name starts or ends with spaces.")});
    if (scheme.areas.isEmpty())
        issues.append({QStringLiteral("area"),
                       QCoreApplication::translate("Validation", "A scheme needs at least one police force area (or \"National\").")});
    for (const QString &area : scheme.areas) {
        if (area.trimmed().isEmpty() || area.contains(QLatin1Char(';'))) {
            issues.append({QStringLiteral("area"), QCoreApplication::translate("Validation", "An area name is empty or holds \";\".")});
            break;
        }
    }
    if (endsBeforeStart(scheme.start, scheme.end))
        issues.append({QStringLiteral("end"), QCoreApplication::translate("Validation", "The end is before the start.")});
    for (const OrganisationLink &link : scheme.organisations) {
        if (link.name.trimmed().isEmpty() || link.name.contains(QLatin1Char(';'))) {
            issues.append({link.role == Role::Funder ? QStringLiteral("funders")
                                                     : QStringLiteral("providers"),
                           QCoreApplication::translate("Validation", "An organisation name is empty or holds \";\".")});
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
                issues.append({field, QCoreApplication::translate("Validation", "A count cannot be negative.")});
            else if (!amount.isWhole() && figure.per == Per::None)
                issues.append({field, QCoreApplication::translate("Validation", "A count must be a whole number (only a rate per week, "
                                         "month or year may have decimals).")});
            break;
        case Unit::Percent:
            if (amount.isNegative() || Decimal::fromInteger(100) < amount)
                issues.append({field, QCoreApplication::translate("Validation", "A percentage must be between 0 and 100.")});
            break;
        case Unit::Gbp:
            if (amount.isNegative())
                issues.append({field, QCoreApplication::translate("Validation", "An amount of money cannot be negative.")});
            break;
        case Unit::Kg:
        case Unit::Years:
        case Unit::Months:
        case Unit::Weeks:
            if (amount.isNegative())
                issues.append({field, QCoreApplication::translate("Validation", "A weight or a length of time cannot be negative.")});
            break;
        }
    };
    checkAmount(figure.value, value);
    if (figure.valueHigh) {
        checkAmount(*figure.valueHigh, QStringLiteral("value_high"));
        if (!(figure.value < *figure.valueHigh))
            issues.append({QStringLiteral("value_high"),
                           QCoreApplication::translate("Validation", "The upper end of a range must be above its lower end.")});
        if (figure.qualifier != Qualifier::Range)
            issues.append({QStringLiteral("qualifier"),
                           QCoreApplication::translate("Validation", "A figure with an upper value is a range: its qualifier must be "
                              "\"range\".")});
    } else if (figure.qualifier == Qualifier::Range) {
        issues.append({QStringLiteral("value_high"),
                       QCoreApplication::translate("Validation", "A range needs its upper value.")});
    }
    if (!isValidMeasureKey(figure.measure))
        issues.append({QStringLiteral("measure"),
                       QCoreApplication::translate("Validation", "A measure key is lower case letters, digits and underscores, "
                          "starting with a letter.")});
    if (endsBeforeStart(figure.periodStart, figure.periodEnd))
        issues.append({QStringLiteral("period_end"), QCoreApplication::translate("Validation", "The period ends before it starts.")});
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

} // namespace opcc::validation
