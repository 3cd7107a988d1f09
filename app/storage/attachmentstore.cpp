// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/attachmentstore.h"

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace opcc {

namespace {

enum AttachmentColumn {
    AttachmentSourceId,
    AttachmentTitle,
    AttachmentFileName,
    AttachmentMediaType,
    AttachmentAttached,
    AttachmentContent
};

AttachmentStore::Attachment attachmentFrom(const QSqlQuery &query, bool withContent)
{
    AttachmentStore::Attachment a;
    a.sourceId = query.value(AttachmentSourceId).toLongLong();
    a.title = query.value(AttachmentTitle).toString();
    a.fileName = query.value(AttachmentFileName).toString();
    a.mediaType = query.value(AttachmentMediaType).toString();
    a.attached = query.value(AttachmentAttached).toString();
    if (withContent)
        a.content = query.value(AttachmentContent).toByteArray();
    return a;
}

} // namespace

AttachmentStore::AttachmentStore(const Database &db)
    : m_db(db)
{ }

std::optional<QList<AttachmentStore::Attachment>> AttachmentStore::list() const
{
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    query.setForwardOnly(true);
    QList<Attachment> found;
    if (!query.exec(QStringLiteral(
            "SELECT a.source_id, d.title, a.file_name, a.media_type, a.added_at FROM "
            "source_attachment a JOIN source_document d ON d.id = a.source_id ORDER BY d.title"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next())
        found.append(attachmentFrom(query, false));
    if (query.lastError().isValid()) { // a read that fails part way is no end of the rows
        m_error = query.lastError().text();
        return std::nullopt;
    }
    return found;
}

std::optional<AttachmentStore::Attachment> AttachmentStore::find(qint64 sourceId) const
{
    m_error.clear();
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    query.setForwardOnly(true);
    const bool ok = query.prepare(QStringLiteral(
        "SELECT a.source_id, d.title, a.file_name, a.media_type, a.added_at, a.content FROM "
        "source_attachment a JOIN source_document d ON d.id = a.source_id WHERE a.source_id = ?"));
    query.addBindValue(sourceId);
    if (!ok || !query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (query.next())
        return attachmentFrom(query, true);
    if (query.lastError().isValid())
        m_error = query.lastError().text();
    return std::nullopt;
}

bool AttachmentStore::put(const Attachment &attachment)
{
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    const bool ok = query.prepare(QStringLiteral(R"(
        INSERT INTO source_attachment (source_id, file_name, media_type, content, added_at)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (source_id) DO UPDATE SET file_name = excluded.file_name,
            media_type = excluded.media_type, content = excluded.content,
            added_at = excluded.added_at)"));
    if (ok) {
        query.addBindValue(attachment.sourceId);
        query.addBindValue(attachment.fileName);
        query.addBindValue(
            attachment.mediaType.isNull() ? QString::fromLatin1("") : attachment.mediaType);
        // Never a null blob, even for an empty file: the column is NOT NULL.
        query.addBindValue(attachment.content.isNull() ? QByteArray("") : attachment.content);
        query.addBindValue(
            attachment.attached.isNull() ? QString::fromLatin1("") : attachment.attached);
    }
    if (!ok || !query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace opcc
