// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/schemerecord.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace opcc {

namespace {

QString joined(const QStringList &names)
{
    return names.join(QStringLiteral("; "));
}

QString roleColumn(Role role)
{
    switch (role) {
    case Role::Provider:
        return QStringLiteral("providers");
    case Role::Commissioner:
        return QStringLiteral("commissioners");
    case Role::Funder:
        return QStringLiteral("funders");
    case Role::Partner:
        return QStringLiteral("partners");
    }
    return {};
}

} // namespace

bool sameContent(const Scheme &a, const Scheme &b)
{
    // Every field, the organisations grouped by role in entry order.
    return toJson(a) == toJson(b);
}

bool sameContent(const Figure &a, const Figure &b)
{
    return a.id == b.id && a.schemeId == b.schemeId && a.measure == b.measure && a.value == b.value
        && a.valueHigh == b.valueHigh && a.qualifier == b.qualifier && a.per == b.per
        && a.baseline == b.baseline && a.note == b.note && a.periodStart == b.periodStart
        && a.periodEnd == b.periodEnd && a.periodLabel == b.periodLabel && a.source == b.source
        && a.quote == b.quote;
}

bool sameContent(const SchemeRecord &a, const SchemeRecord &b)
{
    if (!sameContent(a.scheme, b.scheme) || a.figures.size() != b.figures.size())
        return false;
    QHash<qint64, const Figure *> byId;
    for (const Figure &figure : b.figures)
        byId.insert(figure.id, &figure);
    for (const Figure &figure : a.figures) {
        const Figure *other = byId.value(figure.id);
        if (!other || !sameContent(figure, *other))
            return false;
    }
    return true;
}

QJsonObject toJson(const Scheme &scheme)
{
    QJsonObject json {
        { QStringLiteral("id"), scheme.id },
        { QStringLiteral("name"), scheme.name },
        { QStringLiteral("area"), scheme.areaKey() },
        { QStringLiteral("strand"), Vocabulary<Strand>::key(scheme.strand) },
        { QStringLiteral("status"), Vocabulary<Status>::key(scheme.status) },
        { QStringLiteral("start"), scheme.start.toIsoString() },
        { QStringLiteral("end"), scheme.end.toIsoString() },
        { QStringLiteral("summary"), scheme.summary },
        { QStringLiteral("description"), scheme.description },
        { QStringLiteral("eligibility"), scheme.eligibility },
        { QStringLiteral("source"), scheme.source },
    };
    for (Role role : Vocabulary<Role>::values())
        json.insert(roleColumn(role), joined(scheme.organisationsWithRole(role)));
    return json;
}

QJsonObject toJson(const Figure &figure)
{
    return QJsonObject {
        { QStringLiteral("id"), figure.id },
        { QStringLiteral("measure"), figure.measure },
        { QStringLiteral("value"), figure.value.toPlainString() },
        { QStringLiteral("value_high"),
            figure.valueHigh ? figure.valueHigh->toPlainString() : QString() },
        { QStringLiteral("qualifier"), Vocabulary<Qualifier>::key(figure.qualifier) },
        { QStringLiteral("per"), Vocabulary<Per>::key(figure.per) },
        { QStringLiteral("baseline"), figure.baseline ? QStringLiteral("yes") : QString() },
        { QStringLiteral("note"), figure.note },
        { QStringLiteral("period_start"), figure.periodStart.toIsoString() },
        { QStringLiteral("period_end"), figure.periodEnd.toIsoString() },
        { QStringLiteral("period_label"), figure.periodLabel },
        { QStringLiteral("source"), figure.source },
        { QStringLiteral("quote"), figure.quote },
    };
}

QJsonObject toJson(const SchemeRecord &record)
{
    QJsonObject json = toJson(record.scheme);
    QJsonArray figures;
    for (const Figure &figure : record.figures)
        figures.append(toJson(figure));
    json.insert(QStringLiteral("figures"), figures);
    return json;
}

QString toJsonText(const SchemeRecord &record)
{
    return QString::fromUtf8(QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact));
}

QStringList changedFields(const SchemeRecord &before, const SchemeRecord &after)
{
    static const char *const order[]
        = { "name", "area", "strand", "status", "start", "end", "providers", "funders",
              "commissioners", "partners", "summary", "description", "eligibility", "source" };
    const QJsonObject a = toJson(before.scheme);
    const QJsonObject b = toJson(after.scheme);
    QStringList fields;
    for (const char *field : order) {
        const QString key = QString::fromLatin1(field);
        if (a.value(key) != b.value(key))
            fields.append(key);
    }
    SchemeRecord figuresBefore { after.scheme, before.figures };
    if (!sameContent(figuresBefore, after))
        fields.append(QStringLiteral("figures"));
    return fields;
}

} // namespace opcc
