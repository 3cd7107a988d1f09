// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "interchange/interchangeformat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace opcc {

class AttachmentFiles;
class CsvWriter;
class Database;

// Writes the interchange files, every field the database holds, sorted so that two exports can
// be compared with diff: schemes.csv and outcomes.csv, and details.csv, sources.csv,
// attachments.csv (with the folder of attached copies beside it), areas.csv, measures.csv and
// organisations.csv for what those two cannot carry. The files are UTF-8 with a
// byte order mark, so that Excel and LibreOffice open "£" and "ŵ" as written.
//
// One export is one snapshot: every file is read inside one read transaction, so a writer on
// another connection shows up in all files or in none. Each file is written to a temporary name
// in the target folder; only when all are complete are they renamed into place, and if anything
// fails before that the earlier files are left byte for byte as they were.
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    explicit CsvExporter(const Database &db);

    // Writes every file into DIR, creating DIR if needed, and the attached copies of source
    // documents into the folder DIR/attachments (AttachmentFiles), which it replaces.
    bool exportTo(const QString &directory);
    // The name of that folder, as attachments.csv gives it: for the workbook export's own.
    void setAttachmentFolder(const QString &name) { m_attachmentFolder = name; }
    QString errorString() const { return m_error; }
    int schemesWritten() const { return m_schemes; }
    int figuresWritten() const { return m_figures; }

    // The rows of each file as they would be written (header first), for other writers such as
    // the spreadsheet export. Rows come one at a time (there may be millions of figures);
    // visiting stops, returning false, when visit returns false or the database fails.
    using RowVisitor = std::function<bool(const QStringList &row)>;
    bool forEachRow(interchange::FileKind kind, const RowVisitor &visit) const;
    QList<QStringList> schemeRows() const;
    bool forEachOutcomeRow(const RowVisitor &visit) const;

    // The files an export writes, in the order written.
    static const QList<interchange::FileKind> &exportedKinds();
    // The names of every file an export writes, those of exportedKinds(): the FOI requests
    // register's foi_requests.csv and foi_time.csv travel with the schemes.
    static QStringList exportedFileNames();

    // For tests: called after each file is complete (with its kind) and once more before the
    // renames (with no kind); returning false fails the export there, as a full disk would.
    using StageHook = std::function<bool(std::optional<interchange::FileKind> kind)>;
    void setStageHook(StageHook hook) { m_hook = std::move(hook); }

private:
    QList<Scheme> schemes() const;
    bool writeStoredOutcomes(CsvWriter &writer, bool *writeFailed, int *count) const;
    bool detailRows(const RowVisitor &visit) const;
    bool sourceRows(const RowVisitor &visit) const;
    bool areaRows(const RowVisitor &visit) const;
    bool measureRows(const RowVisitor &visit) const;
    bool organisationRows(const RowVisitor &visit) const;
    bool makeTemporary(const QString &directory, const QString &name, QStringList *temporaries);
    bool writeAll(const QString &directory, QStringList *temporaries);
    bool writeFile(const QString &path, interchange::FileKind kind, int *written);
    bool replaceFiles(const QString &directory, const QStringList &temporaries);
    bool replaceAll(
        const QString &directory, const QStringList &temporaries, AttachmentFiles &attachments);

    const Database &m_db;
    QString m_error;
    int m_schemes = 0;
    int m_figures = 0;
    StageHook m_hook;
    QString m_attachmentFolder = QStringLiteral("attachments");
    // Inside exportTo's snapshot the schemes cannot change: three files read them once.
    bool m_inSnapshot = false;
    mutable std::optional<QList<Scheme>> m_snapshotSchemes;
};

} // namespace opcc
