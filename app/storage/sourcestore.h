// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <optional>

namespace opcc {

class Database;

// A copy of a source document kept inside the database, so that the register stays
// self-contained when the file it came from moves or the web page is taken down.
struct SourceAttachment
{
    QString fileName; // the name it had when attached: "FOI 2020-500 reply.pdf"
    QString mediaType; // "application/pdf", "text/plain", ...
    QByteArray content;
};

// A source document as the manager lists it: its record, how many schemes and figures cite it,
// and what copy of it the database holds.
struct SourceEntry
{
    SourceDocument document;
    int schemeCount = 0; // schemes described in it
    int figureCount = 0; // figures quoted from it
    QString attachmentName; // empty when nothing is attached
    qint64 attachmentSize = 0; // bytes
    bool hasAttachment() const { return !attachmentName.isEmpty(); }
    int citations() const { return schemeCount + figureCount; }
};

// The statements of the source-document manager, on the Database's connection and inside its
// transactions, as FoiStore's are: every document with its citations, its attached copy, and the
// writes (each with an audit entry). Failures are recorded on the Database (errorString()).
class SourceStore final
{
    Q_DECLARE_TR_FUNCTIONS(SourceStore)

public:
    explicit SourceStore(Database &db);
    // A store for reading only, from a Database held const.
    static const SourceStore reader(const Database &db);

    // Every document, by title, with its citation counts and attachment.
    QList<SourceEntry> entries() const;
    std::optional<SourceEntry> entry(qint64 id) const;
    std::optional<SourceEntry> entry(const QString &title) const;
    // The copy attached to the document; nullopt when there is none (or the read failed: see
    // Database::hasReadError()).
    std::optional<SourceAttachment> attachment(qint64 sourceId) const;

    // Writes, each its own transaction (or part of the caller's). A title must be given and be
    // unused by another document; a document still cited by a scheme or figure is not removed.
    std::optional<qint64> insert(const SourceDocument &document);
    bool update(const SourceDocument &document);
    bool remove(qint64 id);
    // Keeps a copy of the file's bytes with the document, replacing any earlier one.
    bool attach(qint64 sourceId, const SourceAttachment &attachment);
    bool detach(qint64 sourceId);

    // The document as its audit entries record it (JSON); empty for none.
    static QString jsonOf(const std::optional<SourceDocument> &document);

    // The type of a document by its content (PDF, text) and else by its name.
    static QString mediaTypeOf(const QString &fileName, const QByteArray &content);
    // Files larger than this are refused: a register copied by e-mail must stay small enough.
    static constexpr qint64 maximumAttachmentSize = 64 * 1024 * 1024;

private:
    QList<SourceEntry> read(const QString &where, const QVariant &value) const;
    bool checkTitle(const SourceDocument &document) const;
    bool audit(const char *action, qint64 id, const QString &summary,
        const std::optional<SourceDocument> &before, const std::optional<SourceDocument> &after);
    void noteWrite(bool titlesChanged);

    Database &m_db;
};

} // namespace opcc
