#pragma once

#include "domain/records.h"

#include <QList>
#include <QString>

namespace opcc {

// One rule broken by a record. `field` names the field as the interchange format names its
// column ("name", "area", "value", "period_end"...), so that the import can report the column
// and a dialog can put the message beside the widget.
struct FieldIssue
{
    QString field;
    QString message;

    friend bool operator==(const FieldIssue &a, const FieldIssue &b)
    {
        return a.field == b.field && a.message == b.message;
    }
};

// The validation rules of the register, in one place: the import, the new-scheme dialog and the
// editors all call these.
namespace validation {

QList<FieldIssue> checkScheme(const Scheme &scheme);
QList<FieldIssue> checkFigure(const Figure &figure, Unit unit);
// Measure keys: lower case letters, digits and underscores, starting with a letter.
bool isValidMeasureKey(const QString &key);
// The message for a scheme whose name and areas are already taken.
QString duplicateSchemeMessage(const QString &name, const QString &areaKey);

} // namespace validation

} // namespace opcc
