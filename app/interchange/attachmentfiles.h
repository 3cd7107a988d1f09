// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/attachmentstore.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace opcc {

class Database;

// The attached copies of source documents in an export: attachments.csv (or the workbook's
// "attachments" sheet) names each copy's document, its file name, media type and time of
// attaching, and the path of its bytes, a file in a folder beside the export ("attachments/"),
// relative to the folder of the file that names it. Copies are written into a temporary folder
// while the export's snapshot is read, and that folder replaces the earlier one only when the
// whole export is complete, as the CSV files do.
class AttachmentFiles final
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFiles)

public:
    using RowVisitor = std::function<bool(const QStringList &row)>;

    // folder: the name of the folder of copies, beside the export's files.
    AttachmentFiles(const Database &db, const QString &folder);

    // The rows of attachments.csv, header first, in the order of the documents' titles.
    bool forEachRow(const RowVisitor &visit);
    // Writes every copy's bytes into a new temporary folder in directory (none when nothing is
    // attached).
    bool writeTemporary(const QString &directory);
    // Puts the copies written in place of directory/folder, moving an earlier folder aside;
    // restore() takes that back, finish() removes what was set aside, discard() the copies.
    bool moveIntoPlace();
    void restore();
    void finish();
    void discard();
    QString errorString() const { return m_error; }

    // A name the copy can have on Windows, macOS and Linux alike, unique among used (compared
    // ignoring case) and added to it: "FOI reply (2).pdf".
    static QString exportName(const QString &fileName, QStringList *used);

private:
    bool load();

    const Database &m_db;
    QString m_folder;
    QList<AttachmentStore::Attachment> m_attachments;
    QStringList m_names; // each copy's file in the folder
    bool m_loaded = false;
    QString m_final; // directory/folder
    QString m_temporary;
    QString m_aside;
    bool m_placed = false;
    QString m_error;
};

} // namespace opcc
