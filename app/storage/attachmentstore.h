// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace opcc {

class Database;

// The attached copies of source documents (table source_attachment) as the interchange files
// move them: every field, the time of attaching included, so that an export imported into
// another database gives the same rows. The source-document manager's own writes, with their
// audit entries, are SourceStore's; these run inside the caller's transaction (an import's, an
// export's snapshot) on the Database's connection.
class AttachmentStore final
{
public:
    struct Attachment
    {
        qint64 sourceId = 0;
        QString title; // the document's
        QString fileName; // as attached: "FOI 2020-500 reply.pdf"
        QString mediaType;
        QString attached; // when, ISO 8601 UTC as stored
        QByteArray content; // read only by content() and find()
    };

    explicit AttachmentStore(const Database &db);

    // Every attached copy without its bytes, by the document's title; nothing when the read
    // failed (errorString()).
    std::optional<QList<Attachment>> list() const;
    // The copy attached to a document, bytes included: nullopt when there is none or the read
    // failed (then errorString() is not empty).
    std::optional<Attachment> find(qint64 sourceId) const;
    // Keeps attachment (its sourceId's) as given, replacing any earlier copy.
    bool put(const Attachment &attachment);
    QString errorString() const { return m_error; }

private:
    const Database &m_db;
    mutable QString m_error;
};

} // namespace opcc
