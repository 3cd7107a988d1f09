// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/auditstore.h"

#include "storage/accountname.h"
#include "storage/columnvalues.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace opcc {

namespace {

using columnvalues::text;

// The columns of the read below, in its order.
enum AuditColumn {
    AuditId,
    AuditAt,
    AuditOsUser,
    AuditAction,
    AuditEntity,
    AuditEntityId,
    AuditSummary,
    AuditBefore,
    AuditAfter
};

AuditStore::Entry entryFromRow(const QSqlQuery &q)
{
    AuditStore::Entry e;
    e.id = q.value(AuditId).toLongLong();
    e.at = q.value(AuditAt).toString();
    e.osUser = q.value(AuditOsUser).toString();
    e.action = q.value(AuditAction).toString();
    e.entity = q.value(AuditEntity).toString();
    e.entityId = q.value(AuditEntityId).toLongLong();
    e.summary = q.value(AuditSummary).toString();
    e.beforeJson = q.value(AuditBefore).toString();
    e.afterJson = q.value(AuditAfter).toString();
    return e;
}

} // namespace

AuditStore::AuditStore(Database &db)
    : m_db(db)
{ }

const AuditStore AuditStore::reader(const Database &db)
{
    // Only the const methods can be called on the store returned.
    return AuditStore(const_cast<Database &>(db));
}

QList<AuditStore::Entry> AuditStore::entries(const QString &entity, qint64 entityId) const
{
    QList<Entry> result;
    QSqlQuery &q = m_db.prepared(R"(
        SELECT id, at, os_user, action, entity, COALESCE(entity_id, 0), summary, before_json,
               after_json
        FROM audit_log
        WHERE (:any_entity = 1 OR entity = :entity) AND (:any_id = 1 OR entity_id = :entity_id)
        ORDER BY id)");
    q.bindValue(QStringLiteral(":any_entity"), entity.isEmpty() ? 1 : 0);
    q.bindValue(QStringLiteral(":entity"), entity);
    q.bindValue(QStringLiteral(":any_id"), entityId == 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":entity_id"), entityId);
    if (!m_db.readRows(q, &result, entryFromRow))
        return {};
    return result;
}

bool AuditStore::write(const QString &action, const QString &entity, qint64 entityId,
    const QString &summary, const QString &beforeJson, const QString &afterJson)
{
    QSqlQuery &q = m_db.prepared(R"(
        INSERT INTO audit_log (at, os_user, action, entity, entity_id, summary, before_json,
                               after_json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?))");
    q.bindValue(0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.bindValue(1, text(accountName()));
    q.bindValue(2, text(action));
    q.bindValue(3, text(entity));
    q.bindValue(4, entityId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(entityId));
    q.bindValue(5, text(summary));
    q.bindValue(6, text(beforeJson));
    q.bindValue(7, text(afterJson));
    if (!m_db.execute(q))
        return false;
    m_db.recordWrite().audit = true;
    return true;
}

bool AuditStore::writeEach(const QString &action, const QString &entity,
    const QList<qint64> &entityIds, const QString &summary)
{
    if (entityIds.isEmpty())
        return true;
    QSqlQuery &q = m_db.prepared(R"(
        INSERT INTO audit_log (at, os_user, action, entity, entity_id, summary, before_json,
                               after_json)
        SELECT ?, ?, ?, ?, ids.value, ?, '', '' FROM (SELECT value FROM json_each(?)) AS ids)");
    q.bindValue(0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.bindValue(1, text(accountName()));
    q.bindValue(2, text(action));
    q.bindValue(3, text(entity));
    q.bindValue(4, text(summary));
    q.bindValue(5, Database::idListJson(entityIds));
    if (!m_db.execute(q))
        return false;
    m_db.recordWrite().audit = true;
    return true;
}

} // namespace opcc
