// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_workbook: import of the same register from an .xlsx workbook and from CSV files, both
// written by the app's own exports of one database (so the same seven files or sheets), each
// into a new database. Target: the workbook at most twice the CSV time. Prints one line per
// measurement, "name: value unit"; never fails on time.
//
//   bench_workbook [--size small|large|huge | --figures N] [--seed S] [--iterations N]

#include "benchsupport.h"
#include "datasetgenerator.h"
#include "interchange/csvexporter.h"
#include "interchange/csvimporter.h"
#include "interchange/shippeddataset.h"
#include "interchange/xlsxexporter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {

using bench::out;
using bench::report;

// Milliseconds to import files into a new database with the shipped dataset; -1 on failure.
double importMs(const QStringList &files, const QString &database)
{
    QFile::remove(database);
    opcc::Database db;
    if (!opcc::shippeddataset::openOrCreate(db, database).ok())
        return -1;
    opcc::CsvImporter importer(db);
    QElapsedTimer timer;
    timer.start();
    const auto summary = importer.run(files, opcc::CsvImporter::Mode::Write);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!summary.written) {
        for (const auto &message : summary.errors)
            QTextStream(stderr) << message.toString() << Qt::endl;
        return -1;
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption figures(QStringLiteral("figures"),
        QStringLiteral("Figures to import."), QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Generator seed."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption iterations(QStringLiteral("iterations"),
        QStringLiteral("Runs of each measurement (median shown)."), QStringLiteral("N"),
        QStringLiteral("3"));
    const QCommandLineOption named(QStringLiteral("size"),
        QStringLiteral("small, large or huge (overrides --figures)."), QStringLiteral("SIZE"));
    parser.addOptions({ figures, seed, iterations, named });
    parser.process(app);

    opcc::generator::Size size;
    size.figures = parser.value(figures).toLongLong();
    size.schemes = int(std::max<qint64>(1, size.figures / 50));
    if (parser.isSet(named)) {
        const auto chosen = opcc::generator::Size::named(parser.value(named));
        if (!chosen) {
            QTextStream(stderr) << "unknown size " << parser.value(named) << Qt::endl;
            return 2;
        }
        size = *chosen;
    }
    const int runs = std::max(1, parser.value(iterations).toInt());

    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QString error;
    opcc::generator::DatasetGenerator generator(size, parser.value(seed).toULongLong());
    if (!generator.writeTo(data, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    // One database, exported both ways.
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    if (importMs({ QDir(data).filePath(QStringLiteral("schemes.csv")),
                     QDir(data).filePath(QStringLiteral("outcomes.csv")) },
            source)
        < 0)
        return 1;
    const QString csvDir = dir.filePath(QStringLiteral("csv"));
    const QString workbook = dir.filePath(QStringLiteral("register.xlsx"));
    QStringList csvFiles;
    {
        opcc::Database db;
        if (!db.open(source).ok())
            return 1;
        opcc::CsvExporter csv(db);
        opcc::XlsxExporter xlsx(db);
        if (!csv.exportTo(csvDir) || !xlsx.exportTo(workbook)) {
            QTextStream(stderr) << csv.errorString() << xlsx.errorString() << Qt::endl;
            return 1;
        }
        out() << "figures: " << csv.figuresWritten() << " figures" << Qt::endl;
        for (opcc::interchange::FileKind kind : opcc::CsvExporter::exportedKinds())
            csvFiles.append(QDir(csvDir).filePath(opcc::interchange::fileName(kind)));
    }
    report("workbook_file_size", double(QFile(workbook).size()) / (1024.0 * 1024.0), "MiB");

    QList<double> fromCsv;
    QList<double> fromXlsx;
    for (int run = 0; run < runs; ++run) {
        fromCsv.append(importMs(csvFiles, dir.filePath(QStringLiteral("csv.sqlite"))));
        fromXlsx.append(importMs({ workbook }, dir.filePath(QStringLiteral("xlsx.sqlite"))));
        if (fromCsv.last() < 0 || fromXlsx.last() < 0)
            return 1;
    }
    const double csv = bench::median(fromCsv);
    const double xlsx = bench::median(fromXlsx);
    report("csv_import_time", csv, "ms");
    report("xlsx_import_time", xlsx, "ms");
    report("xlsx_to_csv_import_ratio", xlsx / csv, "x");
    report("csv_import_time_fastest", bench::fastest(fromCsv), "ms");
    report("xlsx_import_time_fastest", bench::fastest(fromXlsx), "ms");
    report("peak_rss", bench::peakRssMiB(), "MiB");
    return 0;
}
