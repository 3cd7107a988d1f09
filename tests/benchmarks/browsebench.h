// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The window driven as a person drives it, each action timed to the window repainted: what
// bench_browse measures on a file register and bench_server on a server register.

#include "domain/vocabulary.h"
#include "mainwindow.h"
#include "schemebrowser.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QString>
#include <QTableView>
#include <functional>
#include <optional>

namespace bench {

// Nanoseconds of processor time of the calling thread.
qint64 threadProcessorNs();

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

} // namespace bench
