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
#include "detailpanel.h"
#include "mainwindow.h"
#include "models/figuretablemodel.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "models/strandtreemodel.h"
#include "schemebrowser.h"
#include "storage/database.h"
#include "storage/schemestore.h"
#include "storage/searchstore.h"
#include "strandnavigator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>
#include <functional>

namespace {

// Nanoseconds of processor time of the calling thread.
qint64 threadProcessorNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

class BrowseBench final
{
public:
    BrowseBench(opcc::MainWindow &window, QString size, int iterations, bool processorTime)
        : m_window(window)
        , m_size(std::move(size))
        , m_iterations(iterations)
        , m_processorTime(processorTime)
        , m_table(window.browser()->table())
        , m_filter(window.browser()->findChild<QLineEdit *>(QStringLiteral("schemeFilter")))
    { }

    void filter();
    void search();
    void searchOnTheGuiThread();
    void strandSwitch();
    void sort();
    void detail(qint64 heavyScheme);

private:
    // Milliseconds of action() followed by a repaint of what it changed.
    double timed(const std::function<void()> &action, QWidget *repainted) const;
    void settle() const { QCoreApplication::processEvents(); }
    void typeFirstTwo(const char *word);
    void clickStrand(std::optional<opcc::Strand> strand);
    QString name(const char *measurement) const
    {
        return QStringLiteral("%1_%2").arg(QLatin1String(measurement), m_size);
    }

    opcc::MainWindow &m_window;
    QString m_size;
    int m_iterations;
    bool m_processorTime; // the window thread's processor time, not the wall clock
    QTableView *m_table;
    QLineEdit *m_filter;
};

double BrowseBench::timed(const std::function<void()> &action, QWidget *repainted) const
{
    QElapsedTimer timer;
    timer.start();
    const qint64 processorStart = threadProcessorNs();
    action();
    repainted->repaint();
    const double ms = m_processorTime ? double(threadProcessorNs() - processorStart) / 1e6
                                      : double(timer.nsecsElapsed()) / 1e6;
    settle();
    return ms;
}

void BrowseBench::filter()
{
    // "hub": the first letter keeps many schemes, the next ones fewer; then back out.
    QList<double> first, second, third, widen, clear;
    QList<int> shown;
    for (int i = 0; i < m_iterations; ++i) {
        m_filter->setFocus();
        m_filter->clear();
        settle();
        const auto type
            = [this](char letter) { return [this, letter] { QTest::keyClick(m_filter, letter); }; };
        const auto backspace = [this] { QTest::keyClick(m_filter, Qt::Key_Backspace); };
        first.append(timed(type('h'), m_table->viewport()));
        shown.append(m_table->model()->rowCount());
        second.append(timed(type('u'), m_table->viewport()));
        third.append(timed(type('b'), m_table->viewport()));
        widen.append(timed(backspace, m_table->viewport()));
        timed(backspace, m_table->viewport());
        clear.append(timed(backspace, m_table->viewport()));
    }
    bench::report(name("filter_rows_after_first_key"), shown.constFirst(), "rows");
    bench::reportRuns(name("filter_keystroke_first"), first, "ms");
    bench::reportRuns(name("filter_keystroke_second"), second, "ms");
    bench::reportRuns(name("filter_keystroke_third"), third, "ms");
    bench::reportRuns(name("filter_backspace_widening"), widen, "ms");
    bench::reportRuns(name("filter_backspace_to_all"), clear, "ms");
}

void BrowseBench::search()
{
    // The keystroke that makes a word three letters long is the one that asks the full-text
    // indexes (SearchStore::minimumWordLength): "ref" begins a word in the quote of almost every
    // figure (the worst case), "pel" a few scheme names, "pro" notes and providers. The search
    // runs on its own thread (SearchLoader): the keystroke is timed to its return with the list
    // repainted on its own text, then to the indexes' answer applied and repainted. The first
    // run of each word is reported alone: nothing of its index pages is cached yet.
    auto *proxy = m_window.browser()->proxy();
    for (const char *word : { "ref", "pel", "pro" }) {
        QList<double> keystroke, answered;
        int shown = 0;
        for (int i = 0; i <= m_iterations; ++i) {
            typeFirstTwo(word);
            QElapsedTimer timer;
            timer.start();
            keystroke.append(
                timed([this, word] { QTest::keyClick(m_filter, word[2]); }, m_table->viewport()));
            while (proxy->isSearching())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            m_table->viewport()->repaint();
            answered.append(double(timer.nsecsElapsed()) / 1e6);
            shown = m_table->model()->rowCount();
        }
        const QString w = QLatin1String(word);
        bench::report(QStringLiteral("search_rows_%1_%2").arg(w, m_size), shown, "rows");
        bench::report(QStringLiteral("search_keystroke_first_%1_%2").arg(w, m_size),
            keystroke.takeFirst(), "ms");
        bench::reportRuns(QStringLiteral("search_keystroke_%1_%2").arg(w, m_size), keystroke, "ms");
        answered.removeFirst();
        bench::reportRuns(QStringLiteral("search_answered_%1_%2").arg(w, m_size), answered, "ms");
    }
    m_filter->clear();
    settle();
}

void BrowseBench::searchOnTheGuiThread()
{
    // The same keystrokes with the search asked on the window's own connection, as before it had
    // a thread: the keystroke returns only when the indexes have answered. Beside the figures
    // above, on the same machine in the same run. Leaves the window searching so.
    auto *proxy = m_window.browser()->proxy();
    const opcc::SearchStore store(
        qobject_cast<const opcc::SchemeTableModel *>(proxy->sourceModel())->database());
    proxy->setSearchRequest({});
    proxy->setSearch([&store](const QString &word) { return store.schemesMatching(word); });
    for (const char *word : { "ref", "pel", "pro" }) {
        QList<double> runs;
        for (int i = 0; i <= m_iterations; ++i) {
            typeFirstTwo(word);
            runs.append(
                timed([this, word] { QTest::keyClick(m_filter, word[2]); }, m_table->viewport()));
        }
        runs.removeFirst();
        bench::reportRuns(
            QStringLiteral("search_keystroke_on_gui_thread_%1_%2").arg(QLatin1String(word), m_size),
            runs, "ms");
    }
    proxy->setSearch({});
    m_filter->clear();
    settle();
}

void BrowseBench::typeFirstTwo(const char *word)
{
    m_filter->setFocus();
    m_filter->clear();
    QTest::keyClick(m_filter, word[0]);
    QTest::keyClick(m_filter, word[1]);
    while (m_window.browser()->proxy()->isSearching())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    settle();
}

void BrowseBench::clickStrand(std::optional<opcc::Strand> strand)
{
    opcc::StrandNavigator *navigator = m_window.navigator();
    for (int row = 0; row < navigator->model()->rowCount(); ++row) {
        const QModelIndex index = navigator->model()->index(row, 0);
        const int value = index.data(opcc::StrandTreeModel::StrandRole).toInt();
        if (value == (strand ? int(*strand) : -1)) {
            QTest::mouseClick(
                navigator->viewport(), Qt::LeftButton, {}, navigator->visualRect(index).center());
            return;
        }
    }
}

void BrowseBench::strandSwitch()
{
    using opcc::Strand;
    QList<double> narrow, across, back;
    for (int i = 0; i < m_iterations; ++i) {
        const auto click = [this](std::optional<Strand> strand) {
            return [this, strand] { clickStrand(strand); };
        };
        narrow.append(timed(click(Strand::Treatment), m_table->viewport()));
        across.append(timed(click(Strand::Supply), m_table->viewport()));
        back.append(timed(click(std::nullopt), m_table->viewport()));
    }
    bench::reportRuns(name("strand_switch_all_to_one"), narrow, "ms");
    bench::reportRuns(name("strand_switch_one_to_another"), across, "ms");
    bench::reportRuns(name("strand_switch_one_to_all"), back, "ms");
}

void BrowseBench::sort()
{
    QHeaderView *header = m_table->horizontalHeader();
    const auto clickColumn = [header](int column) {
        return [header, column] {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2));
        };
    };
    QList<double> figures, name_;
    for (int i = 0; i < m_iterations; ++i) {
        figures.append(timed(clickColumn(opcc::SchemeTableModel::Figures), m_table->viewport()));
        name_.append(timed(clickColumn(opcc::SchemeTableModel::Name), m_table->viewport()));
        if (header->sortIndicatorOrder() != Qt::AscendingOrder)
            timed(clickColumn(opcc::SchemeTableModel::Name), m_table->viewport());
    }
    bench::reportRuns(name("sort_by_figures"), figures, "ms");
    bench::reportRuns(name("sort_by_name"), name_, "ms");
}

void BrowseBench::detail(qint64 heavyScheme)
{
    opcc::SchemeBrowser *browser = m_window.browser();
    opcc::DetailPanel *panel = m_window.detail();
    const qint64 other
        = m_table->model()->index(0, 0).data(opcc::SchemeTableModel::IdRole).toLongLong();
    QList<double> heavy, typical;
    int figures = 0;
    for (int i = 0; i < m_iterations; ++i) {
        heavy.append(timed([&] { browser->selectScheme(heavyScheme); }, panel));
        figures = panel->figureModel()->rowCount();
        typical.append(timed([&] { browser->selectScheme(other); }, panel));
    }
    bench::report(name("detail_figures_shown"), figures, "figures");
    bench::reportRuns(name("detail_select_1000_figures"), heavy, "ms");
    bench::reportRuns(name("detail_select_typical"), typical, "ms");
}

} // namespace

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

        BrowseBench bench(window, size, common.iterations(parser), parser.isSet(processorTime));
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
