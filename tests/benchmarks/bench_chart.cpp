// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_chart: a comparison chart of 50 schemes on a generated database, as the main window's
// "Compare Selected Schemes" makes it: the schemes resolved and the chart data built
// (ChartScopeResolver, ChartDataBuilder), then the printed page written to PDF and to PNG
// (ChartExporter, through ChartPagePainter); and the chart window opened on the selection.
// Prints one line per measurement, "name: value unit"; never fails on time.
//
//   bench_chart [--sizes large] [--iterations N] [--data-dir DIR] [--measure KEY]

#include "benchsupport.h"
#include "charts/chartdatabuilder.h"
#include "charts/chartexporter.h"
#include "charts/chartscope.h"
#include "charts/chartwindow.h"
#include "storage/database.h"
#include "storage/schemestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Every n-th scheme that has the measure, so that the 50 come from all over the register.
QList<qint64> fiftySchemes(const opcc::Database &db, const QString &measure)
{
    const opcc::ChartScopeResolver resolver(db);
    const QList<opcc::Scheme> having
        = resolver.withMeasure(measure, opcc::SchemeStore::reader(db).schemes());
    QList<qint64> ids;
    const qsizetype step = qMax<qsizetype>(1, having.size() / 50);
    for (qsizetype i = 0; i < having.size() && ids.size() < 50; i += step)
        ids.append(having.at(i).id);
    return ids;
}

void measure(opcc::Database &db, const QString &size, const QString &measureKey, int iterations)
{
    const QList<qint64> ids = fiftySchemes(db, measureKey);
    bench::report(QStringLiteral("chart_schemes_%1").arg(size), double(ids.size()), "schemes");
    QTemporaryDir dir;
    QList<double> build, pdf, png, total, window;
    qint64 pdfBytes = 0;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        opcc::ChartScope scope;
        scope.schemeIds = ids;
        const opcc::ResolvedScope resolved = opcc::ChartScopeResolver(db).resolve(scope);
        opcc::ChartSpec spec;
        spec.measure = measureKey;
        spec.kind = opcc::ChartKind::Comparison;
        const opcc::ChartData data
            = opcc::ChartDataBuilder(db).build(spec, resolved.schemes, resolved.description);
        const double built = elapsedMs(timer);
        build.append(built);

        opcc::ui::ChartExporter exporter(data);
        const QString pdfPath = dir.filePath(QStringLiteral("chart.pdf"));
        timer.start();
        if (!exporter.exportPdf(pdfPath))
            QTextStream(stderr) << exporter.errorString() << Qt::endl;
        const double wrote = elapsedMs(timer);
        pdf.append(wrote);
        total.append(built + wrote);
        pdfBytes = QFileInfo(pdfPath).size();

        timer.start();
        if (!exporter.exportPng(dir.filePath(QStringLiteral("chart.png")), 150))
            QTextStream(stderr) << exporter.errorString() << Qt::endl;
        png.append(elapsedMs(timer));

        timer.start();
        auto *chartWindow = opcc::ui::ChartWindow::open(db, ids);
        chartWindow->setMeasure(measureKey);
        chartWindow->repaint();
        window.append(elapsedMs(timer));
        delete chartWindow;
        QCoreApplication::processEvents();
    }
    const QString prefix = QStringLiteral("chart_50_schemes_%1_").arg(size);
    bench::reportRuns(prefix + QStringLiteral("build"), build, "ms");
    bench::reportRuns(prefix + QStringLiteral("pdf_write"), pdf, "ms");
    bench::reportRuns(prefix + QStringLiteral("to_pdf"), total, "ms");
    bench::reportRuns(prefix + QStringLiteral("png_write_150dpi"), png, "ms");
    bench::reportRuns(prefix + QStringLiteral("window_open"), window, "ms");
    bench::report(prefix + QStringLiteral("pdf_size"), double(pdfBytes) / 1024.0, "KiB");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::SizeOptions common(
        QStringLiteral("large"), QStringLiteral("Runs of each measurement (median shown)."));
    const QCommandLineOption measureOption(QStringLiteral("measure"),
        QStringLiteral("The measure compared."), QStringLiteral("KEY"),
        QStringLiteral("referrals"));
    parser.addOptions(common.options());
    parser.addOptions({ measureOption });
    parser.process(application);

    for (const QString &size : common.sizes(parser)) {
        QString error;
        const auto path = bench::benchmarkDatabase(size, common.dataDirectory(parser), &error);
        opcc::Database db;
        if (!path || !db.open(*path).ok()) {
            QTextStream(stderr) << (path ? db.errorString() : error) << Qt::endl;
            return 1;
        }
        measure(db, size, parser.value(measureOption), common.iterations(parser));
    }
    return 0;
}
