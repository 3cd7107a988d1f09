// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace opcc {

// A scheme with all its figures: what one change to the register takes from and leaves in the
// database, what an undo step puts back and what the audit log keeps as before and after.
struct SchemeRecord
{
    Scheme scheme;
    QList<Figure> figures;
};

// Equality of what people entered, ignoring row versions and update times (which every write
// moves on) and, for figures, their order.
bool sameContent(const Scheme &a, const Scheme &b);
bool sameContent(const Figure &a, const Figure &b);
bool sameContent(const SchemeRecord &a, const SchemeRecord &b);

// JSON for the audit log, keyed by the interchange column names ("name", "area", "value",
// "period_end"...); a record's figures are under "figures", each with its "id".
QJsonObject toJson(const Scheme &scheme);
QJsonObject toJson(const Figure &figure);
QJsonObject toJson(const SchemeRecord &record);
QString toJsonText(const SchemeRecord &record);

// The parts of a scheme that differ, by interchange column name ("status", "providers",
// "figures"...), in the order of the form.
QStringList changedFields(const SchemeRecord &before, const SchemeRecord &after);

} // namespace opcc
