// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/historystore.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace opcc {

namespace {

// A scheme named as it is stored, or, once deleted, as the entry's own record names it.
const QString entriesSql = QStringLiteral(R"(
SELECT a.id, a.at, a.os_user, a.action, a.entity, COALESCE(a.entity_id, 0),
    CASE a.entity
        WHEN 'scheme' THEN COALESCE(s.name,
            json_extract(CASE WHEN json_valid(a.after_json) THEN a.after_json END, '$.name'),
            json_extract(CASE WHEN json_valid(a.before_json) THEN a.before_json END, '$.name'))
        WHEN 'foi_request' THEN COALESCE(f.reference,
            json_extract(CASE WHEN json_valid(a.after_json) THEN a.after_json END, '$.reference'),
            json_extract(CASE WHEN json_valid(a.before_json) THEN a.before_json END,
                '$.reference'))
    END,
    CASE a.entity
        WHEN 'scheme' THEN COALESCE(s.area_key,
            json_extract(CASE WHEN json_valid(a.after_json) THEN a.after_json END, '$.area'),
            json_extract(CASE WHEN json_valid(a.before_json) THEN a.before_json END, '$.area'))
    END,
    a.summary,
    CASE WHEN a.entity = 'import' AND json_valid(a.after_json)
        THEN json_extract(a.after_json, '$.files') END
FROM audit_log a
LEFT JOIN scheme s ON a.entity = 'scheme' AND s.id = a.entity_id
LEFT JOIN foi_request f ON a.entity = 'foi_request' AND f.id = a.entity_id
WHERE a.id > :after
ORDER BY a.id)");

} // namespace

HistoryStore::HistoryStore(const Database &db)
    : m_db(db)
{ }

std::optional<QList<HistoryStore::Entry>> HistoryStore::entries(qint64 afterId) const
{
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    query.setForwardOnly(true);
    if (!query.prepare(entriesSql)) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    query.bindValue(QStringLiteral(":after"), afterId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<Entry> entries;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toString();
        entry.osUser = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toLongLong();
        entry.record = query.value(6).toString();
        entry.area = query.value(7).toString();
        entry.summary = query.value(8).toString();
        const QString files = query.value(9).toString();
        if (!files.isEmpty()) {
            for (const QJsonValue &file : QJsonDocument::fromJson(files.toUtf8()).array())
                entry.files.append(file.toString());
        }
        entries.append(entry);
    }
    // A read that failed part way is an error, not the end of the log.
    if (query.lastError().isValid()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    return entries;
}

std::optional<QPair<QString, QString>> HistoryStore::records(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    if (!query.prepare(
            QStringLiteral("SELECT before_json, after_json FROM audit_log WHERE id = ?"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    return qMakePair(query.value(0).toString(), query.value(1).toString());
}

} // namespace opcc
