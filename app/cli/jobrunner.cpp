// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/jobrunner.h"

#include "cli/reportjob.h"
#include "domain/measurecatalogue.h"
#include "foi/foicalendar.h"
#include "interchange/csvexporter.h"
#include "interchange/csvimporter.h"
#include "interchange/shippeddataset.h"
#include "interchange/xlsxexporter.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/networkshare.h"
#include "storage/undostore.h"

#include <QDir>
#include <QTextStream>

namespace opcc {

JobRunner::JobRunner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int JobRunner::run(const CommandLineOptions &options)
{
    if (options.help) {
        m_out << CommandLine::helpText();
        return ExitOk;
    }
    if (options.version) {
        m_out << CommandLine::versionText();
        return ExitOk;
    }

    if (options.foiDue.isValid()) {
        // A calendar sum: no database is opened (or created) for it.
        m_out << foicalendar::replyDue(options.foiDue).toString(Qt::ISODate) << Qt::endl;
        return ExitOk;
    }

    const QString path
        = options.database.isEmpty() ? shippeddataset::defaultDatabasePath() : options.database;
    Database db;
    const Database::OpenResult opened = shippeddataset::openOrCreate(db, path);
    if (!opened.ok()) {
        m_err << opened.message << Qt::endl;
        return ExitDatabaseUnusable;
    }
    if (!db.isServer()) {
        // A warning, not a failure: the job runs, and the user hears why the file is at risk.
        const QString share = networkshare::fileSystemOf(path);
        if (!share.isEmpty())
            m_err << networkshare::warning(path, share) << Qt::endl;
    }
    if (opened.created)
        m_err << tr("Created %1 with the shipped dataset.").arg(QDir::toNativeSeparators(path))
              << Qt::endl;
    if (!opened.backupPath.isEmpty())
        m_err << tr("Upgraded %1 from database version %2; the old file is kept as %3.")
                     .arg(path)
                     .arg(opened.fromVersion)
                     .arg(opened.backupPath)
              << Qt::endl;

    int code = ExitOk;
    if (options.check)
        code = checkDatabase(db);
    if (code == ExitOk && !options.imports.isEmpty())
        code = unlessReadFailed(db, importFiles(db, options.imports));
    if (code == ExitOk && !options.exportDirectory.isEmpty())
        code = unlessReadFailed(db, exportFiles(db, options.exportDirectory));
    if (code == ExitOk && !options.exportWorkbook.isEmpty())
        code = unlessReadFailed(db, exportWorkbook(db, options.exportWorkbook));
    if (code == ExitOk && options.listMeasures)
        code = unlessReadFailed(db, listMeasures(db));
    if (code == ExitOk && options.chart) {
        if (!m_chartJob) {
            m_err << tr("This build cannot draw charts.") << Qt::endl;
            return ExitFailure;
        }
        code = unlessReadFailed(db, m_chartJob(db, *options.chart, m_out, m_err));
    }
    if (code == ExitOk && options.report)
        code = ReportJob(db, m_out, m_err).run(*options.report);
    return code;
}

int JobRunner::unlessReadFailed(Database &db, int code)
{
    if (!db.hasReadError())
        return code;
    // A job that read short data has not done what it said, whatever it printed.
    m_err << tr("The database could not be read: %1").arg(db.readError()) << Qt::endl;
    return ExitDatabaseUnusable;
}

int JobRunner::importFiles(Database &db, const QStringList &files)
{
    CsvImporter importer(db);
    importer.setRecordChanges(true);
    const ImportSummary summary = importer.run(files, CsvImporter::Mode::Write);
    if (summary.hasErrors()) {
        m_err << summary.errorText() << Qt::endl;
        if (summary.errorsTruncated)
            m_err << tr("Stopped after %1 errors.").arg(CsvImporter::maxErrors) << Qt::endl;
        m_err << tr("Nothing was imported.") << Qt::endl;
        // Exit code 3 is for the files alone: a locked, read-only, damaged or full database is 4.
        return summary.databaseFault ? ExitDatabaseUnusable : ExitInvalidInput;
    }
    m_out << summary.describe() << Qt::endl;
    keepUndoStep(db, files, summary.changes);
    return ExitOk;
}

// The import becomes a step of this account's undo history, as File > Import makes it, so that
// the window's Edit > Undo "Import of ..." takes it back. The import stands if it cannot be kept.
void JobRunner::keepUndoStep(Database &db, const QStringList &files, const QByteArray &changes)
{
    if (changes.isEmpty())
        return; // nothing changed, or a database that does not record changes
    UndoStore store(db);
    UndoStore::Step step;
    step.text = ImportSummary::stepName(files);
    step.entity = QStringLiteral("import");
    step.changes = changes;
    if (!store.add(step))
        m_err << tr("The import cannot be undone from the window: %1").arg(store.errorString())
              << Qt::endl;
}

int JobRunner::exportFiles(Database &db, const QString &directory)
{
    CsvExporter exporter(db);
    if (!exporter.exportTo(directory)) {
        m_err << exporter.errorString() << Qt::endl;
        return db.hasReadError() || Database::isDatabaseFault(db.lastFailure())
            ? ExitDatabaseUnusable
            : ExitFailure;
    }
    m_out << tr("Wrote %1 and %2 to %3.", "schemes, figures, folder")
                 .arg(tr("%n scheme(s)", nullptr, exporter.schemesWritten()),
                     tr("%n figure(s)", nullptr, exporter.figuresWritten()),
                     QDir::toNativeSeparators(directory))
          << Qt::endl;
    return ExitOk;
}

int JobRunner::exportWorkbook(Database &db, const QString &path)
{
    XlsxExporter exporter(db);
    if (!exporter.exportTo(path)) {
        m_err << exporter.errorString() << Qt::endl;
        return ExitFailure;
    }
    m_out << tr("Wrote %1 and %2 to %3.", "schemes, figures, file")
                 .arg(tr("%n scheme(s)", nullptr, exporter.schemesWritten()),
                     tr("%n figure(s)", nullptr, exporter.figuresWritten()),
                     QDir::toNativeSeparators(path))
          << Qt::endl;
    return ExitOk;
}

int JobRunner::listMeasures(Database &db)
{
    for (const Measure &measure : LookupStore::reader(db).measures()) {
        m_out << measure.key << '\t' << Vocabulary<Unit>::key(measure.unit) << '\t'
              << measureLabel(measure) << '\n';
    }
    m_out.flush();
    return ExitOk;
}

int JobRunner::checkDatabase(Database &db)
{
    QStringList problems;
    if (!db.checkIntegrity(&problems)) {
        m_err << tr("The database could not be checked: %1").arg(db.errorString()) << Qt::endl;
        return ExitDatabaseUnusable;
    }
    if (problems.isEmpty()) {
        m_out << tr("%1: no damage found.").arg(QDir::toNativeSeparators(db.path())) << Qt::endl;
        return ExitOk;
    }
    m_err << tr("%1 is damaged:").arg(QDir::toNativeSeparators(db.path())) << Qt::endl;
    for (const QString &problem : std::as_const(problems))
        m_err << problem << Qt::endl;
    return ExitDatabaseUnusable;
}

} // namespace opcc
