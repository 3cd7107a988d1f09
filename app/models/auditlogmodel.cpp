// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/auditlogmodel.h"

#include "domain/languagenotifier.h"
#include "models/auditwording.h"
#include "storage/auditstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace opcc {

namespace {

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString shown(const QString &key, const QJsonValue &value)
{
    const QString text = AuditWording::value(key, value.toVariant().toString());
    return text.isEmpty() ? AuditLogModel::tr("(empty)")
                          : QStringLiteral("\u201C%1\u201D").arg(text);
}

QString figureLine(const QJsonObject &figure)
{
    return AuditWording::figure(figure);
}

} // namespace

AuditLogModel::AuditLogModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    LanguageNotifier::follow(this);
    connect(&m_db, &Database::recordsChanged, this, [this](const ChangeSet &changes) {
        if (m_schemeId != 0 && changes.audit)
            load();
    });
}

void AuditLogModel::setScheme(qint64 schemeId)
{
    m_schemeId = schemeId;
    load();
}

void AuditLogModel::load()
{
    beginResetModel();
    m_entries.clear();
    if (m_schemeId != 0) {
        m_entries = AuditStore::reader(m_db).entries(QStringLiteral("scheme"), m_schemeId);
        std::reverse(m_entries.begin(), m_entries.end());
    }
    endResetModel();
}

QString AuditLogModel::actionLabel(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("import"))
        return tr("Imported");
    if (action == QLatin1String("migrate"))
        return tr("Upgraded");
    return action;
}

QStringList AuditLogModel::describeChanges(const QString &beforeJson, const QString &afterJson)
{
    const QJsonObject before = objectOf(beforeJson);
    const QJsonObject after = objectOf(afterJson);
    QStringList lines;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.removeAll(QStringLiteral("id"));
    keys.removeAll(QStringLiteral("figures"));
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a == b)
            continue;
        const QString field = AuditWording::schemeField(key);
        if (before.isEmpty())
            lines.append(tr("%1: %2").arg(field, shown(key, b)));
        else if (after.isEmpty())
            lines.append(tr("%1: was %2").arg(field, shown(key, a)));
        else
            lines.append(tr("%1: %2 \u2192 %3").arg(field, shown(key, a), shown(key, b)));
    }
    QHash<qint64, QJsonObject> figuresBefore;
    for (const QJsonValue &value : before.value(QStringLiteral("figures")).toArray())
        figuresBefore.insert(
            value.toObject().value(QStringLiteral("id")).toInteger(), value.toObject());
    for (const QJsonValue &value : after.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject figure = value.toObject();
        const qint64 id = figure.value(QStringLiteral("id")).toInteger();
        const QJsonObject old = figuresBefore.take(id);
        if (old.isEmpty()) {
            lines.append(tr("figure added: %1").arg(figureLine(figure)));
        } else if (old != figure) {
            QStringList fields;
            for (auto it = figure.constBegin(); it != figure.constEnd(); ++it) {
                if (old.value(it.key()) != it.value())
                    fields.append(
                        tr("%1 %2 \u2192 %3")
                            .arg(AuditWording::figureField(it.key()),
                                shown(it.key(), old.value(it.key())), shown(it.key(), it.value())));
            }
            lines.append(tr("figure %1 changed: %2")
                             .arg(figureLine(old), fields.join(QStringLiteral("; "))));
        }
    }
    for (const QJsonObject &figure : std::as_const(figuresBefore))
        lines.append(tr("figure removed: %1").arg(figureLine(figure)));
    return lines;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditStore::Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case When: {
            const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODate);
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                : entry.at;
        }
        case Who:
            return entry.osUser;
        case Action:
            return actionLabel(entry.action);
        case Summary:
            return entry.summary;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == When)
            return entry.at;
        return {};
    case DetailsRole:
        return describeChanges(entry.beforeJson, entry.afterJson).join(QLatin1Char('\n'));
    case BeforeJsonRole:
        return entry.beforeJson;
    case AfterJsonRole:
        return entry.afterJson;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("What");
    case Summary:
        return tr("Change");
    }
    return {};
}

} // namespace opcc
