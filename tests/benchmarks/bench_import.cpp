// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_import: import and export of generated interchange files, compared with the sqlite3
// shell's .import of the same outcomes file into a plain table. Prints one line per measurement,
// "name: value unit"; never fails on time.
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
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

using bench::out;
using bench::report;

// The sqlite3 shell loading the file into a new plain table; -1 when the shell is missing.
double sqliteImportMs(const QString &csv, const QString &database)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return -1;
    QFile::remove(database);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(shell, { database });
    process.write(QStringLiteral(".mode csv\n.import '%1' outcomes\n").arg(csv).toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
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
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("run%1.sqlite").arg(run));
        opcc::Database db;
        const auto opened = opcc::shippeddataset::openOrCreate(db, path);
        if (!opened.ok()) {
            QTextStream(stderr) << opened.message << Qt::endl;
            return 1;
        }
        const QStringList files { schemesCsv, outcomesCsv };
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
        shells.append(sqliteImportMs(outcomesCsv, dir.filePath(QStringLiteral("plain.sqlite"))));
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
    report("export_time", bench::median(exports), "ms");
    report("peak_rss", bench::peakRssMiB(), "MiB");
    return 0;
}
