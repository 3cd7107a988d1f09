// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

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
// and leaves the event loop. Without the variable nothing of this is made.
class FirstPaintReport final : public QObject
{
    Q_OBJECT

public:
    static bool isRequested();
    FirstPaintReport(QAbstractItemView *table, SchemeTableModel *schemes, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void painted();
    void finish();

    QAbstractItemView *m_table;
    SchemeTableModel *m_schemes;
    bool m_painted = false;
};

} // namespace opcc
