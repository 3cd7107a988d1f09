// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/changeset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opcc {

namespace {

QJsonArray noticeIds(const QSet<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids) {
        if (array.size() == ChangeSet::maxNoticeIds)
            break;
        array.append(double(id));
    }
    return array;
}

QSet<qint64> idSet(const QJsonValue &value)
{
    QSet<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids.insert(qint64(id.toDouble()));
    return ids;
}

} // namespace

QString ChangeSet::notice() const
{
    QJsonObject message;
    message.insert(QStringLiteral("s"), noticeIds(touchedSchemes()));
    message.insert(QStringLiteral("f"), noticeIds(figuresOfSchemes));
    message.insert(QStringLiteral("all"), allFigures);
    message.insert(QStringLiteral("lookups"), lookups);
    message.insert(QStringLiteral("audit"), audit);
    if (roles)
        message.insert(QStringLiteral("roles"), true);
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

ChangeSet ChangeSet::fromNotice(const QString &payload)
{
    const QJsonObject message = QJsonDocument::fromJson(payload.toUtf8()).object();
    ChangeSet changes;
    changes.schemesUpdated = idSet(message.value(QStringLiteral("s")));
    changes.figuresOfSchemes = idSet(message.value(QStringLiteral("f")));
    changes.allFigures = message.value(QStringLiteral("all")).toBool();
    changes.lookups = message.value(QStringLiteral("lookups")).toBool();
    changes.audit = message.value(QStringLiteral("audit")).toBool();
    changes.roles = message.value(QStringLiteral("roles")).toBool();
    return changes;
}

} // namespace opcc
