// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "browsebench.h"

#include "benchsupport.h"
#include "detailpanel.h"
#include "models/figuretablemodel.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "models/strandtreemodel.h"
#include "schemebrowser.h"
#include "storage/searchstore.h"
#include "strandnavigator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTest>
#include <ctime>

namespace bench {

qint64 threadProcessorNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

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

} // namespace bench
