// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// opcc-generate: writes a realistic interchange dataset, and optionally imports it.
//
//   opcc-generate --size small|large|huge [--schemes N --figures N] [--seed S]
//                 --output DIR [--database FILE [--xlsx FILE]]

#include "datasetgenerator.h"
#include "interchange/csvimporter.h"
#include "interchange/shippeddataset.h"
#include "interchange/xlsxexporter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes DIR/schemes.csv and DIR/outcomes.csv: a seeded, deterministic interchange "
        "dataset for tests and benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption size(QStringLiteral("size"),
        QStringLiteral("small (1,000 schemes / 50,000 figures), large "
                       "(10,000 / 500,000) or huge (50,000 / 2,500,000)."),
        QStringLiteral("SIZE"), QStringLiteral("small"));
    const QCommandLineOption schemes(QStringLiteral("schemes"),
        QStringLiteral("Number of schemes (overrides --size)."), QStringLiteral("N"));
    const QCommandLineOption figures(QStringLiteral("figures"),
        QStringLiteral("Number of figures (overrides --size)."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption output(QStringLiteral("output"),
        QStringLiteral("Folder to write the CSV files to."), QStringLiteral("DIR"));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("Also import the files into this database "
                       "(created with the shipped dataset if new)."),
        QStringLiteral("FILE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"),
        QStringLiteral("Then export the database as an Excel workbook."), QStringLiteral("FILE"));
    parser.addOptions({ size, schemes, figures, seed, output, database, xlsx });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto chosen = opcc::generator::Size::named(parser.value(size));
    if (!chosen) {
        err << "unknown size " << parser.value(size) << "; use small, large or huge" << Qt::endl;
        return 2;
    }
    if (parser.isSet(schemes))
        chosen->schemes = parser.value(schemes).toInt();
    if (parser.isSet(figures))
        chosen->figures = parser.value(figures).toLongLong();
    if (!parser.isSet(output) || chosen->schemes <= 0 || chosen->figures < 0) {
        err << "--output DIR and a positive size are required" << Qt::endl;
        return 2;
    }

    opcc::generator::DatasetGenerator generator(*chosen, parser.value(seed).toULongLong());
    QString error;
    if (!generator.writeTo(parser.value(output), &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << "Wrote " << generator.schemesWritten() << " schemes and " << generator.figuresWritten()
        << " figures to " << parser.value(output) << Qt::endl;

    if (parser.isSet(database)) {
        opcc::Database db;
        const auto opened = opcc::shippeddataset::openOrCreate(db, parser.value(database));
        if (!opened.ok()) {
            err << opened.message << Qt::endl;
            return 4;
        }
        const QDir dir(parser.value(output));
        opcc::CsvImporter importer(db);
        const opcc::ImportSummary summary
            = importer.run({ dir.filePath(QStringLiteral("schemes.csv")),
                               dir.filePath(QStringLiteral("outcomes.csv")) },
                opcc::CsvImporter::Mode::Write);
        for (const opcc::ImportMessage &message : summary.errors)
            err << message.toString() << Qt::endl;
        if (!summary.written && summary.changesSomething()) {
            err << "Nothing was imported." << Qt::endl;
            return 3;
        }
        out << summary.describe() << Qt::endl;
        if (parser.isSet(xlsx)) {
            opcc::XlsxExporter exporter(db);
            if (!exporter.exportTo(parser.value(xlsx))) {
                err << exporter.errorString() << Qt::endl;
                return 1;
            }
            out << "Wrote " << parser.value(xlsx) << Qt::endl;
        }
    }
    return 0;
}
