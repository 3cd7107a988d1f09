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
#include "interchange/shippeddataset.h"
#include "interchange/xlsxexporter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

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
    return bench::timedImport(db, files, true);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::ImportOptions options(false);
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
