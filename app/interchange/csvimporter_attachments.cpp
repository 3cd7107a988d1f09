// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CsvImporter: rows of attachments.csv, the copies of source documents kept in the database.
// A row's path names the copy's bytes, relative to the folder of the file (or workbook) that
// holds the row. A column the file lacks keeps what is stored; a present but empty cell clears.

#include "interchange/csvimporter.h"
#include "interchange/importrow.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "storage/sourcestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace opcc {

bool CsvImporter::readAttachment(const Row &row, QByteArray *content)
{
    const QString path = row.value("path");
    if (path.isEmpty())
        return addError(row.file(), row.line(), QStringLiteral("path"),
            tr("the path of the copy's file is missing"));
    const QString full = QDir(row.folder()).filePath(QDir::fromNativeSeparators(path));
    QFile file(full);
    if (!file.open(QIODevice::ReadOnly))
        return addError(row.file(), row.line(), QStringLiteral("path"),
            tr("cannot read %1: %2; keep the folder of copies beside the file that names them")
                .arg(QDir::toNativeSeparators(full), file.errorString()));
    if (file.size() > SourceStore::maximumAttachmentSize)
        return addError(row.file(), row.line(), QStringLiteral("path"),
            tr("%1 is larger than %2 MB, the most a copy kept in the database may be")
                .arg(QDir::toNativeSeparators(full))
                .arg(SourceStore::maximumAttachmentSize / (1024 * 1024)));
    *content = file.readAll();
    // A read that fails part way is an error, never the end of the file.
    if (file.error() != QFileDevice::NoError || content->size() != file.size())
        return addError(row.file(), row.line(), QStringLiteral("path"),
            tr("cannot read %1: %2").arg(QDir::toNativeSeparators(full), file.errorString()));
    return true;
}

bool CsvImporter::importAttachment(const Row &row)
{
    const QString title = row.value("source");
    if (title.isEmpty())
        return addError(row.file(), row.line(), QStringLiteral("source"),
            tr("an attached copy needs the title of its source document"));
    const QString fileName = row.value("file");
    if (fileName.isEmpty())
        return addError(row.file(), row.line(), QStringLiteral("file"),
            tr("an attached copy needs the name of its file"));
    const QString attached = row.value("attached");
    if (!attached.isEmpty() && !QDateTime::fromString(attached, Qt::ISODate).isValid())
        return addError(row.file(), row.line(), QStringLiteral("attached"),
            tr("\"%1\" is not a date and time such as 2026-03-01T09:30:00Z").arg(attached));
    const auto entry = SourceStore::reader(m_db).entry(title);
    if (!entry) {
        if (m_db.hasReadError())
            return databaseError(row);
        return addError(row.file(), row.line(), QStringLiteral("source"),
            tr("no source document is titled \"%1\"; add it to sources.csv").arg(title));
    }
    QByteArray content;
    if (!readAttachment(row, &content))
        return false;
    AttachmentStore store(m_db);
    const auto stored = store.find(entry->document.id);
    AttachmentStore::Attachment copy;
    copy.sourceId = entry->document.id;
    copy.fileName = fileName;
    copy.content = content;
    copy.mediaType = row.has("media_type") ? row.value("media_type")
        : stored                           ? stored->mediaType
                                           : SourceStore::mediaTypeOf(fileName, content);
    copy.attached = row.has("attached") ? attached
        : stored                        ? stored->attached
                                        : QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (stored && stored->fileName == copy.fileName && stored->mediaType == copy.mediaType
        && stored->attached == copy.attached && stored->content == copy.content) {
        ++m_summary.attachmentsUnchanged;
        return true;
    }
    if ((!stored && !store.errorString().isEmpty()) || !store.put(copy)) {
        addError(row.file(), row.line(), QStringLiteral("-"),
            tr("the database refused the row: %1").arg(store.errorString()));
        m_stopped = true;
        m_summary.databaseFault = true;
        return false;
    }
    ++(stored ? m_summary.attachmentsUpdated : m_summary.attachmentsAdded);
    return true;
}

} // namespace opcc
