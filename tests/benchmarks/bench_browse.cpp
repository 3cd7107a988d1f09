// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_browse: the main window on a generated database, driven as a person drives it (offscreen
// platform): one keystroke in the filter box to the table updated and repainted (the one that
// runs the full-text search among them, first on the register, to its return and to the
// search's answer shown; and, last, the same with the search on the window's thread), a strand
// chosen in the navigator, a column sorted, and a scheme with 1,000 figures selected to the detail
// panel filled and repainted. Prints one line per measurement, "name: value unit"; never fails on
// time. With --processor-time, each action is timed by the processor time of the window's thread
// (CLOCK_THREAD_CPUTIME_ID) instead of the wall clock, which a busy machine's other work inflates
// (the times to a search's answer, which waits for another thread, stay wall clock).
//
//   bench_browse [--sizes small,large,huge] [--iterations N] [--data-dir DIR] [--processor-time]

#include "benchsupport.h"
#include "browsebench.h"
#include "mainwindow.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "schemebrowser.h"
#include "storage/database.h"
#include "storage/schemestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

int main(int argc, char *argv[])
{
    // The window's settings go to a folder of its own, so that no saved state changes a run.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::SizeOptions common(
        QStringLiteral("large"), QStringLiteral("Runs of each measurement (median shown)."));
    parser.addOptions(common.options());
    const QCommandLineOption processorTime(QStringLiteral("processor-time"),
        QStringLiteral("Time each action by the processor time of the window's thread, not the "
                       "wall clock."));
    parser.addOption(processorTime);
    parser.process(application);

    for (const QString &size : common.sizes(parser)) {
        QString error;
        const auto path = bench::benchmarkDatabase(size, common.dataDirectory(parser), &error);
        auto db = std::make_unique<opcc::Database>();
        if (!path || !db->open(*path).ok()) {
            QTextStream(stderr) << (path ? db->errorString() : error) << Qt::endl;
            return 1;
        }
        const auto heavy
            = opcc::SchemeStore::reader(*db).idOf(bench::heavySchemeName(), QStringLiteral("Kent"));
        QElapsedTimer timer;
        timer.start();
        opcc::MainWindow window(std::move(db));
        window.resize(1400, 860);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        const auto *schemes = qobject_cast<const opcc::SchemeTableModel *>(
            window.browser()->proxy()->sourceModel());
        while (!schemes->statisticsLoaded())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        bench::report(QStringLiteral("window_ready_in_process_%1").arg(size),
            double(timer.nsecsElapsed()) / 1e6, "ms");

        bench::BrowseBench bench(
            window, size, common.iterations(parser), parser.isSet(processorTime));
        bench.search();
        bench.filter();
        bench.strandSwitch();
        bench.sort();
        if (heavy)
            bench.detail(*heavy);
        bench.searchOnTheGuiThread();
        bench::report(QStringLiteral("browse_peak_rss_%1").arg(size), bench::peakRssMiB(), "MiB");
    }
    return 0;
}
