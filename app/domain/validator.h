// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace opcc {

// One rule broken by a record. `field` names the field as the interchange format names its
// column ("name", "area", "value", "period_end"...), so that the import can report the column
// and a dialog can put the message beside the widget.
struct FieldIssue
{
    QString field;
    QString message;
    qint64 existingSchemeId = 0; // for a duplicate scheme: the one that has the name already

    friend bool operator==(const FieldIssue &a, const FieldIssue &b)
    {
        return a.field == b.field && a.message == b.message;
    }
};

// One issue of a whole record: figure is the index of the figure it concerns in the record's
// list, or -1 for the scheme's own fields.
struct RecordIssue
{
    int figure = -1;
    FieldIssue issue;
};

// What the check of a whole record needs to know of the register.
struct RecordContext
{
    // The unit of every measure the register knows, by key.
    QHash<QString, Unit> units;
    // The scheme that has the record's name and areas already, if any; nullopt when there is none
    // or when a duplicate is not an error (an import updates the scheme of that name).
    std::optional<qint64> existingId;
};

// The validation rules of the register, in one place: the import, the new-scheme dialog and the
// editors all call these.
namespace validation {

// The one entry point for a whole record (a scheme with its figures): the scheme's own fields,
// its name and areas not another scheme's, and for each figure its measure known, its values
// right for the measure's unit, its period in order and its identity not an earlier figure's.
// The edit models, the writer and the import all check through this, so that one rule gives the
// same words everywhere. Issues come in the order of the fields, the scheme's first.
QList<RecordIssue> checkRecord(
    const Scheme &scheme, const QList<Figure> &figures, const RecordContext &context);
// The same for the figures alone, of a scheme checked elsewhere (an edit model of figures, an
// import's outcomes file).
QList<RecordIssue> checkFigures(const QList<Figure> &figures, const RecordContext &context);
// The message for a date that cannot be read: the same words in the editors and the import.
QString dateMessage(const QString &text);

QList<FieldIssue> checkScheme(const Scheme &scheme);
QList<FieldIssue> checkFigure(const Figure &figure, Unit unit);
// Measure keys: lower case letters, digits and underscores, starting with a letter.
bool isValidMeasureKey(const QString &key);
// The message for a scheme whose name and areas are already taken.
QString duplicateSchemeMessage(const QString &name, const QString &areaKey);

// ---- rules on what a person or a file typed, before it is a record

// Forms start without a strand; a scheme needs one.
std::optional<FieldIssue> checkStrandChosen(std::optional<Strand> strand);
// A date field: empty ("not given"), YYYY, YYYY-MM or YYYY-MM-DD.
std::optional<FieldIssue> checkDateText(const QString &field, const QString &text);
// A value typed for a measure counted in `unit`: a plain number, or with "£" / "k" / "m" for
// money and "%" for percentages only. Adds an issue and returns nothing when it cannot be used.
std::optional<Decimal> parseValue(
    const QString &field, const QString &text, Unit unit, QList<FieldIssue> &issues);
// A figure's measure: chosen, and one the register knows.
std::optional<FieldIssue> checkMeasureKnown(const QString &key, bool known);
// A unit stated beside a known measure must be that measure's own unit.
std::optional<FieldIssue> checkUnit(const Measure &measure, Unit stated);
// A scheme whose name and areas belong to another scheme (existingId, when it is not the scheme
// itself) is refused; the issue carries the existing scheme's id.
std::optional<FieldIssue> checkDuplicate(const Scheme &scheme, std::optional<qint64> existingId);
// Two figures of one scheme may not share measure, period, rate and baseline: the issue for
// figures[row] when an earlier figure has its identity.
std::optional<FieldIssue> checkFigureIdentity(const QList<Figure> &figures, qsizetype row);

} // namespace validation

} // namespace opcc
