// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <functional>

class QAbstractItemView;

namespace opcc {

class SchemeTableModel;

// A diagnostic for the start-up benchmark. With OPCC_REPORT_FIRST_PAINT=1 in the environment the
// window prints to standard output, in nanoseconds of CLOCK_MONOTONIC (the clock of
// QDeadlineTimer::current), once the scheme table has painted for the first time:
//   first_paint_ns: N
// then, once the figure counts and headline figures are in:
//   statistics_ns: N
//   peak_rss_kib: N      (VmHWM of the process, where /proc has it)
// and leaves the event loop. With OPCC_REPORT_FIRST_PAINT=2 it then reads the register again as
// View > Refresh does (refresh) and prints, once the figure counts are in again:
//   refresh_ns: N        (the time the refresh took, counts included)
//   refresh_peak_rss_kib: N
// Without the variable nothing of this is made.
class FirstPaintReport final : public QObject
{
    Q_OBJECT

public:
    static bool isRequested();
    // refresh: what View > Refresh does, for OPCC_REPORT_FIRST_PAINT=2.
    FirstPaintReport(QAbstractItemView *table, SchemeTableModel *schemes,
        std::function<void()> refresh, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void painted();
    void statisticsIn();
    void finish();

    QAbstractItemView *m_table;
    SchemeTableModel *m_schemes;
    std::function<void()> m_refresh; // empty unless OPCC_REPORT_FIRST_PAINT=2
    bool m_painted = false;
    qint64 m_refreshStarted = -1;
};

} // namespace opcc
