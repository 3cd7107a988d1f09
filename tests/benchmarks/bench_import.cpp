// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_import: import and export of generated interchange files, compared with the sqlite3
// shell's .import of the same outcomes file into a plain table, and with the import into a database
// without the full-text search triggers (what they cost), and with the shell writing the same
// figures, resolved to the register's ids and read already, into the register's own figure
// table (the floor that the table's keys, indexes and full-text index put under any import). Prints
// one line per measurement, "name: value unit"; never fails on time.
//
//   bench_import [--size small|large|huge | --figures N [--schemes N]] [--seed S] [--iterations N]

#include "benchsupport.h"
#include "datasetgenerator.h"
#include "interchange/csvexporter.h"
#include "interchange/shippeddataset.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

using bench::out;
using bench::report;

// The sqlite3 shell running script on database (with options before it): milliseconds, or -1
// when the shell is missing or the script failed.
double sqliteScriptMs(
    const QString &database, const QString &script, const QStringList &options = {})
{
    return bench::peerRunMs(QStandardPaths::findExecutable(QStringLiteral("sqlite3")),
        QStringList(options) << database, script);
}

// The sqlite3 shell loading the file into a new plain table; -1 when the shell is missing.
double sqliteImportMs(const QString &csv, const QString &database)
{
    QFile::remove(database);
    return sqliteScriptMs(database, QStringLiteral(".mode csv\n.import '%1' outcomes\n").arg(csv));
}

// The sqlite3 shell writing the rows of the export's two large files from the same database as
// CSV (.mode csv, .once): schemes.csv (providers and funders joined, source title) and
// outcomes.csv (the figure, its scheme's name and area, measure, unit and source title), in the
// export's order; -1 when the shell is missing. The export itself writes six small files more.
double sqliteExportMs(const QString &database, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return -1;
    const QDir dir(directory);
    const QString organisations = QStringLiteral(
        "(SELECT group_concat(o.name, '; ') FROM scheme_organisation so JOIN organisation o "
        "ON o.id = so.organisation_id WHERE so.scheme_id = s.id AND so.role = '%1')");
    const QString script = QStringLiteral(".headers on\n.mode csv\n.once '%1'\n")
                               .arg(dir.filePath(QStringLiteral("schemes.csv")))
        + QStringLiteral(
            "SELECT s.name, s.area_key, s.strand, s.status, s.start_date, s.end_date, %1, %2, "
            "s.summary, COALESCE(d.title, '') FROM scheme s LEFT JOIN source_document d "
            "ON d.id = s.source_id ORDER BY s.area_key COLLATE NOCASE, s.name COLLATE NOCASE;\n")
              .arg(organisations.arg(QStringLiteral("provider")),
                  organisations.arg(QStringLiteral("funder")))
        + QStringLiteral(".once '%1'\n").arg(dir.filePath(QStringLiteral("outcomes.csv")))
        + QStringLiteral(
            "SELECT s.name, s.area_key, m.key, "
            "CASE WHEN f.value_x100 % 100 = 0 THEN f.value_x100 / 100 "
            "ELSE printf('%.2f', f.value_x100 / 100.0) END, "
            "CASE WHEN f.value_high_x100 IS NULL THEN '' ELSE printf('%.2f', f.value_high_x100 / "
            "100.0) END, "
            "m.unit, f.qualifier, f.per, CASE f.baseline WHEN 1 THEN 'yes' ELSE '' END, f.note, "
            "f.period_start, f.period_end, f.period_label, COALESCE(d.title, ''), f.quote "
            "FROM figure f JOIN scheme s ON s.id = f.scheme_id JOIN measure m ON m.id = "
            "f.measure_id "
            "LEFT JOIN source_document d ON d.id = f.source_id "
            "ORDER BY s.area_key COLLATE NOCASE, s.name COLLATE NOCASE, s.area_key, s.name, m.key, "
            "f.period_start, f.period_end, f.per, f.baseline DESC;\n");
    return sqliteScriptMs(database, script, { QStringLiteral("-readonly") });
}

// The floor under any import into the register: the shell writing the figures an import wrote
// into `imported` (those after lastBefore), already resolved to the register's ids and already
// read into a plain table of the same file, into the register's own figure table (its keys,
// indexes and checks, foreign keys on), then building their full-text index whole, as the import
// does for a new register. Reading no file, this is what writing the register's table costs
// whoever writes it. Copying the figures out of a copy of the file, deleting them from it and
// reading them into the plain table come first (not timed). Milliseconds, or -1.
double sqliteRegisterWriteMs(const QString &imported, qint64 lastBefore, const QString &directory)
{
    const QDir dir(directory);
    const QString copy = dir.filePath(QStringLiteral("floor.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("resolved.csv"));
    const QString columns = QStringLiteral("scheme_id, measure_id, value_x100, value_high_x100, "
                                           "qualifier, per, baseline, period_start, period_end, "
                                           "period_label, note, source_id, quote");
    QFile::remove(copy);
    // The file's empty cells are empty texts to the shell: the two numbers that may be missing
    // are made NULL again.
    if (!QFile::copy(imported, copy)
        || sqliteScriptMs(copy,
               QStringLiteral(
                   ".mode csv\n.once '%1'\nSELECT %2 FROM figure WHERE id > %3 ORDER BY id;\n"
                   "DELETE FROM figure WHERE id > %3;\nCREATE TABLE resolved (%2);\n"
                   ".import '%1' resolved\nUPDATE resolved SET value_high_x100 = "
                   "NULLIF(value_high_x100, ''), source_id = NULLIF(source_id, '');\nVACUUM;\n")
                   .arg(csv, columns)
                   .arg(lastBefore),
               { QStringLiteral("-bail") })
            < 0)
        return -1;
    return sqliteScriptMs(copy,
        QStringLiteral("PRAGMA foreign_keys = ON;\nBEGIN;\nDROP TRIGGER figure_fts_insert;\n"
                       "INSERT INTO figure (%1) SELECT %1 FROM resolved;\n"
                       "INSERT INTO figure_fts (figure_fts) VALUES ('rebuild');\nCOMMIT;\n")
            .arg(columns),
        { QStringLiteral("-bail") });
}

// Drops the triggers that keep the full-text indexes in step (schema.cpp), so that an import can
// be timed without them beside one with them: what the search indexes cost a write.
bool dropSearchTriggers(const opcc::Database &db)
{
    QSqlDatabase connection = QSqlDatabase::database(db.connectionName(), false);
    QSqlQuery list(connection);
    if (!list.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_fts\\_%' "
            "ESCAPE '\\'")))
        return false;
    QStringList names;
    while (list.next())
        names.append(list.value(0).toString());
    list.finish();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(connection);
        if (!drop.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
            return false;
    }
    return !names.isEmpty();
}

// The largest figure id of the register open in db, or -1.
qint64 lastFigureId(const opcc::Database &db)
{
    QSqlQuery query(QSqlDatabase::database(db.connectionName(), false));
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM figure")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Milliseconds of one import of the files into a new database at path (made with the shipped
// dataset); with searchTriggers false, the full-text triggers are dropped first. -1 on failure.
double importMs(const QString &path, const QStringList &files, bool searchTriggers)
{
    opcc::Database db;
    if (!opcc::shippeddataset::openOrCreate(db, path).ok())
        return -1;
    if (!searchTriggers && !dropSearchTriggers(db))
        return -1;
    return bench::timedImport(db, files, true);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::ImportOptions options(true);
    parser.addOptions(options.options());
    parser.process(app);
    const auto size = options.size(parser);
    if (!size)
        return 2;
    const int runs = options.iterations(parser);

    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QString error;
    opcc::generator::DatasetGenerator generator(*size, options.seed(parser));
    if (!generator.writeTo(data, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const QString schemesCsv = QDir(data).filePath(QStringLiteral("schemes.csv"));
    const QString outcomesCsv = QDir(data).filePath(QStringLiteral("outcomes.csv"));
    out() << "figures: " << generator.figuresWritten() << " figures" << Qt::endl;
    out() << "schemes: " << generator.schemesWritten() << " schemes" << Qt::endl;
    report("outcomes_file_size", double(QFile(outcomesCsv).size()) / (1024.0 * 1024.0), "MiB");

    QList<double> imports;
    QList<double> previews;
    QList<double> reimports;
    QList<double> exports;
    QList<double> shells;
    QList<double> shellExports;
    QList<double> withoutSearch; // the peer run: the same import without the search triggers
    QList<double> registerLoads; // the shell writing the same figures into the register's table
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("run%1.sqlite").arg(run));
        opcc::Database db;
        const auto opened = opcc::shippeddataset::openOrCreate(db, path);
        if (!opened.ok()) {
            QTextStream(stderr) << opened.message << Qt::endl;
            return 1;
        }
        const QStringList files { schemesCsv, outcomesCsv };
        const qint64 lastBefore = lastFigureId(db);
        previews.append(bench::timedImport(db, files, false));
        imports.append(bench::timedImport(db, files, true));
        if (imports.last() < 0)
            return 1;
        bool changed = false;
        reimports.append(bench::timedImport(db, files, true, &changed));
        if (changed)
            QTextStream(stderr) << "re-import changed something" << Qt::endl;
        QElapsedTimer timer;
        {
            opcc::CsvExporter exporter(db);
            timer.start();
            if (!exporter.exportTo(dir.filePath(QStringLiteral("export%1").arg(run))))
                QTextStream(stderr) << exporter.errorString() << Qt::endl;
            exports.append(double(timer.nsecsElapsed()) / 1e6);
        }
        // Beside it, the shell writing the same schemes and figures from the same database.
        shellExports.append(
            sqliteExportMs(path, dir.filePath(QStringLiteral("shellexport%1").arg(run))));
        shells.append(sqliteImportMs(outcomesCsv, dir.filePath(QStringLiteral("plain.sqlite"))));
        db.close();
        registerLoads.append(
            lastBefore < 0 ? -1 : sqliteRegisterWriteMs(path, lastBefore, dir.path()));
        withoutSearch.append(importMs(dir.filePath(QStringLiteral("nofts%1.sqlite").arg(run)),
            { schemesCsv, outcomesCsv }, false));
    }
    const double import = bench::median(imports);
    const double shell = bench::median(shells);
    report("import_time", import, "ms");
    report("import_rate", double(generator.figuresWritten()) / (import / 1000.0), "figures/s");
    report("preview_time", bench::median(previews), "ms");
    report("reimport_unchanged_time", bench::median(reimports), "ms");
    report("sqlite3_shell_import_time", shell, "ms");
    if (shell > 0)
        report("import_ratio_to_sqlite3_shell", import / shell, "x");
    // The fastest runs, less disturbed by other work on a shared machine.
    report("import_time_fastest", bench::fastest(imports), "ms");
    report("sqlite3_shell_import_time_fastest", bench::fastest(shells), "ms");
    if (bench::fastest(shells) > 0)
        report("import_ratio_to_sqlite3_shell_fastest",
            bench::fastest(imports) / bench::fastest(shells), "x");
    // What keeping the full-text search indexes in step costs an import.
    const double bare = bench::median(withoutSearch);
    report("import_without_search_triggers_time", bare, "ms");
    if (bare > 0) {
        report("search_triggers_import_cost", import - bare, "ms");
        report("import_ratio_to_without_search_triggers", import / bare, "x");
        report("import_ratio_to_without_search_triggers_fastest",
            bench::fastest(imports) / bench::fastest(withoutSearch), "x");
    }
    // What writing the register's table costs any import: the same figures, resolved and read
    // already, written by the shell into it.
    const double floor = bench::median(registerLoads);
    report("sqlite3_shell_write_into_register_time", floor, "ms");
    if (shell > 0 && floor > 0) {
        report("sqlite3_shell_write_into_register_ratio_to_plain_import", floor / shell, "x");
        report("import_ratio_to_sqlite3_shell_write_into_register", import / floor, "x");
    }
    report("export_time", bench::median(exports), "ms");
    const double shellExport = bench::median(shellExports);
    report("sqlite3_shell_export_time", shellExport, "ms");
    if (shellExport > 0) {
        report("export_ratio_to_sqlite3_shell", bench::median(exports) / shellExport, "x");
        report("export_ratio_to_sqlite3_shell_fastest",
            bench::fastest(exports) / bench::fastest(shellExports), "x");
    }
    report("peak_rss", bench::peakRssMiB(), "MiB");
    return 0;
}
