// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sourcestore.h"

#include "storage/auditstore.h"
#include "storage/columnvalues.h"
#include "storage/database.h"
#include "storage/lookupids.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSqlError>
#include <QVariant>

namespace opcc {

namespace {

using columnvalues::text;

// Every document with what cites it and what is attached; the WHERE clause is appended.
#define OPCC_SOURCE_ENTRY_SELECT                                                                   \
    "SELECT d.id, d.title, d.kind, d.publisher, d.reference, d.issued, d.file, "                   \
    "(SELECT COUNT(*) FROM scheme s WHERE s.source_id = d.id), "                                   \
    "(SELECT COUNT(*) FROM figure f WHERE f.source_id = d.id), "                                   \
    "COALESCE(a.file_name, ''), COALESCE(length(a.content), 0) "                                   \
    "FROM source_document d LEFT JOIN source_attachment a ON a.source_id = d.id "

enum EntryColumn {
    EntryId,
    EntryTitle,
    EntryKind,
    EntryPublisher,
    EntryReference,
    EntryIssued,
    EntryFile,
    EntrySchemes,
    EntryFigures,
    EntryAttachmentName,
    EntryAttachmentSize
};

SourceEntry entryFrom(const QSqlQuery &q)
{
    SourceEntry e;
    SourceDocument &d = e.document;
    d.id = q.value(EntryId).toLongLong();
    d.title = q.value(EntryTitle).toString();
    d.kind = Vocabulary<SourceKind>::fromKey(q.value(EntryKind).toString())
                 .value_or(SourceKind::Other);
    d.publisher = q.value(EntryPublisher).toString();
    d.reference = q.value(EntryReference).toString();
    d.issued = PartialDate::parse(q.value(EntryIssued).toString()).value_or(PartialDate());
    d.file = q.value(EntryFile).toString();
    e.schemeCount = q.value(EntrySchemes).toInt();
    e.figureCount = q.value(EntryFigures).toInt();
    e.attachmentName = q.value(EntryAttachmentName).toString();
    e.attachmentSize = q.value(EntryAttachmentSize).toLongLong();
    return e;
}

QJsonObject json(const SourceDocument &d)
{
    return QJsonObject { { QStringLiteral("title"), d.title },
        { QStringLiteral("kind"), Vocabulary<SourceKind>::key(d.kind) },
        { QStringLiteral("publisher"), d.publisher }, { QStringLiteral("reference"), d.reference },
        { QStringLiteral("issued"), d.issued.toIsoString() }, { QStringLiteral("file"), d.file } };
}

QString jsonText(const std::optional<SourceDocument> &d)
{
    return d ? QString::fromUtf8(QJsonDocument(json(*d)).toJson(QJsonDocument::Compact))
             : QString();
}

} // namespace

SourceStore::SourceStore(Database &db)
    : m_db(db)
{ }

const SourceStore SourceStore::reader(const Database &db)
{
    // Only the const reading methods can be called on the store returned.
    return SourceStore(const_cast<Database &>(db));
}

QList<SourceEntry> SourceStore::read(const QString &where, const QVariant &value) const
{
    static const char *const all = OPCC_SOURCE_ENTRY_SELECT "ORDER BY d.title";
    static const char *const byId = OPCC_SOURCE_ENTRY_SELECT "WHERE d.id = ?";
    static const char *const byTitle = OPCC_SOURCE_ENTRY_SELECT "WHERE d.title = ?";
    const char *sql = where.isEmpty() ? all : where == QLatin1String("id") ? byId : byTitle;
    QSqlQuery &q = m_db.prepared(sql);
    if (!where.isEmpty())
        q.bindValue(0, value);
    QList<SourceEntry> entries;
    if (!m_db.readRows(q, &entries, entryFrom))
        return {};
    return entries;
}

QList<SourceEntry> SourceStore::entries() const
{
    return read({}, {});
}

std::optional<SourceEntry> SourceStore::entry(qint64 id) const
{
    const QList<SourceEntry> found = read(QStringLiteral("id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<SourceEntry>(found.constFirst());
}

std::optional<SourceEntry> SourceStore::entry(const QString &title) const
{
    const QList<SourceEntry> found = read(QStringLiteral("title"), text(title));
    return found.isEmpty() ? std::nullopt : std::optional<SourceEntry>(found.constFirst());
}

std::optional<SourceAttachment> SourceStore::attachment(qint64 sourceId) const
{
    QSqlQuery &q = m_db.prepared(
        "SELECT file_name, media_type, content FROM source_attachment WHERE source_id = ?");
    q.bindValue(0, sourceId);
    QList<SourceAttachment> found;
    const bool ok = m_db.readRows(q, &found, [](const QSqlQuery &row) {
        return SourceAttachment { row.value(0).toString(), row.value(1).toString(),
            row.value(2).toByteArray() };
    });
    if (!ok || found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

bool SourceStore::checkTitle(const SourceDocument &document) const
{
    if (document.title.trimmed().isEmpty())
        return m_db.fail(Database::Failure::QueryFailed, tr("A source document needs a title."));
    const std::optional<SourceEntry> same = entry(document.title);
    if (same && same->document.id != document.id)
        return m_db.fail(Database::Failure::QueryFailed,
            tr("There is already a source document titled \"%1\".").arg(document.title));
    return true;
}

bool SourceStore::audit(const char *action, qint64 id, const QString &summary,
    const std::optional<SourceDocument> &before, const std::optional<SourceDocument> &after)
{
    return AuditStore(m_db).write(QString::fromLatin1(action), QStringLiteral("source_document"),
        id, summary, jsonText(before), jsonText(after));
}

void SourceStore::noteWrite(bool titlesChanged)
{
    m_db.m_wroteInTransaction = true;
    m_db.m_changes.lookups = true;
    // A figure shows its document's title: a new title is a change to the figures that cite it.
    m_db.m_changes.allFigures = m_db.m_changes.allFigures || titlesChanged;
    m_db.ids().forgetSources();
}

std::optional<qint64> SourceStore::insert(const SourceDocument &document)
{
    Database::Transaction transaction(m_db);
    if (!transaction.isActive() || !checkTitle(document))
        return std::nullopt;
    QSqlQuery &q = m_db.prepared(R"(
        INSERT INTO source_document (title, kind, publisher, reference, issued, file)
        VALUES (?, ?, ?, ?, ?, ?))");
    q.bindValue(0, text(document.title.trimmed()));
    q.bindValue(1, Vocabulary<SourceKind>::key(document.kind));
    q.bindValue(2, text(document.publisher));
    q.bindValue(3, text(document.reference));
    q.bindValue(4, text(document.issued.toIsoString()));
    q.bindValue(5, text(document.file));
    if (!m_db.execute(q))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    noteWrite(false);
    SourceDocument stored = document;
    stored.id = id;
    if (!audit("create", id, tr("Source document \"%1\" added").arg(document.title), std::nullopt,
            stored)
        || !transaction.commit())
        return std::nullopt;
    return id;
}

bool SourceStore::update(const SourceDocument &document)
{
    Database::Transaction transaction(m_db);
    if (!transaction.isActive() || !checkTitle(document))
        return false;
    const std::optional<SourceEntry> before = entry(document.id);
    if (!before)
        return m_db.fail(Database::Failure::NotFound,
            tr("The source document \"%1\" is no longer in the register.").arg(document.title));
    QSqlQuery &q = m_db.prepared(R"(
        UPDATE source_document SET title = ?, kind = ?, publisher = ?, reference = ?, issued = ?,
            file = ? WHERE id = ?)");
    q.bindValue(0, text(document.title.trimmed()));
    q.bindValue(1, Vocabulary<SourceKind>::key(document.kind));
    q.bindValue(2, text(document.publisher));
    q.bindValue(3, text(document.reference));
    q.bindValue(4, text(document.issued.toIsoString()));
    q.bindValue(5, text(document.file));
    q.bindValue(6, document.id);
    if (!m_db.execute(q))
        return false;
    noteWrite(before->document.title != document.title.trimmed());
    return audit("update", document.id, tr("Source document \"%1\" changed").arg(document.title),
               before->document, document)
        && transaction.commit();
}

bool SourceStore::remove(qint64 id)
{
    Database::Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    const std::optional<SourceEntry> before = entry(id);
    if (!before)
        return m_db.fail(
            Database::Failure::NotFound, tr("That source document is no longer in the register."));
    if (before->citations() > 0)
        return m_db.fail(Database::Failure::QueryFailed,
            tr("\"%1\" is cited by %n scheme(s) or figure(s): cite another document there first.",
                nullptr, before->citations())
                .arg(before->document.title));
    QSqlQuery &q = m_db.prepared("DELETE FROM source_document WHERE id = ?");
    q.bindValue(0, id);
    if (!m_db.execute(q))
        return false;
    noteWrite(false);
    return audit("delete", id, tr("Source document \"%1\" removed").arg(before->document.title),
               before->document, std::nullopt)
        && transaction.commit();
}

bool SourceStore::attach(qint64 sourceId, const SourceAttachment &attachment)
{
    if (attachment.content.size() > maximumAttachmentSize)
        return m_db.fail(Database::Failure::QueryFailed,
            tr("\"%1\" is larger than %2 MB: keep its path or web address instead.")
                .arg(attachment.fileName)
                .arg(maximumAttachmentSize / (1024 * 1024)));
    Database::Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QSqlQuery &q = m_db.prepared(R"(
        INSERT INTO source_attachment (source_id, file_name, media_type, content, added_at)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (source_id) DO UPDATE SET file_name = excluded.file_name,
            media_type = excluded.media_type, content = excluded.content,
            added_at = excluded.added_at)");
    q.bindValue(0, sourceId);
    q.bindValue(1, text(attachment.fileName));
    q.bindValue(2, text(attachment.mediaType));
    // Never a null blob, even for an empty file: the column is NOT NULL.
    q.bindValue(3, attachment.content.isNull() ? QByteArray("") : attachment.content);
    q.bindValue(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!m_db.execute(q))
        return false;
    noteWrite(false);
    return audit("update", sourceId, tr("File \"%1\" attached").arg(attachment.fileName),
               std::nullopt, std::nullopt)
        && transaction.commit();
}

bool SourceStore::detach(qint64 sourceId)
{
    Database::Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    QSqlQuery &q = m_db.prepared("DELETE FROM source_attachment WHERE source_id = ?");
    q.bindValue(0, sourceId);
    if (!m_db.execute(q))
        return false;
    noteWrite(false);
    return audit("update", sourceId, tr("Attached file removed"), std::nullopt, std::nullopt)
        && transaction.commit();
}

QString SourceStore::jsonOf(const std::optional<SourceDocument> &document)
{
    return jsonText(document);
}

QString SourceStore::mediaTypeOf(const QString &fileName, const QByteArray &content)
{
    const QMimeDatabase mimes;
    const QMimeType byContent = mimes.mimeTypeForData(content);
    if (byContent.isValid() && !byContent.isDefault())
        return byContent.name();
    return mimes.mimeTypeForFile(QFileInfo(fileName), QMimeDatabase::MatchExtension).name();
}

} // namespace opcc
