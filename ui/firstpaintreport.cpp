// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "firstpaintreport.h"

#include "models/schemetablemodel.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QFile>
#include <cstdio>

namespace opcc {

namespace {

void printLine(const char *name, qint64 value)
{
    std::printf("%s: %lld\n", name, static_cast<long long>(value));
    std::fflush(stdout);
}

qint64 now()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

bool FirstPaintReport::isRequested()
{
    const int asked = qEnvironmentVariableIntValue("OPCC_REPORT_FIRST_PAINT");
    return asked == 1 || asked == 2;
}

FirstPaintReport::FirstPaintReport(QAbstractItemView *table, SchemeTableModel *schemes,
    std::function<void()> refresh, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_schemes(schemes)
{
    // The refresh is only made when asked for: m_refresh says so from here on.
    if (qEnvironmentVariableIntValue("OPCC_REPORT_FIRST_PAINT") == 2)
        m_refresh = std::move(refresh);
    m_table->viewport()->installEventFilter(this);
    connect(m_schemes, &SchemeTableModel::statisticsReady, this, [this] {
        if (m_painted)
            statisticsIn();
    });
}

bool FirstPaintReport::eventFilter(QObject *watched, QEvent *event)
{
    const bool rowsToShow = m_table->model()->rowCount() > 0 || m_schemes->rowCount() == 0;
    if (event->type() != QEvent::Paint || m_painted || !rowsToShow)
        return QObject::eventFilter(watched, event);
    // Paint now, so that the time taken is when the rows are painted, not when painting began.
    watched->removeEventFilter(this);
    QCoreApplication::sendEvent(watched, event);
    painted();
    return true;
}

void FirstPaintReport::painted()
{
    m_painted = true;
    printLine("first_paint_ns", now());
    if (m_schemes->statisticsLoaded())
        statisticsIn();
}

void FirstPaintReport::statisticsIn()
{
    if (m_refreshStarted >= 0) {
        printLine("refresh_ns", now() - m_refreshStarted);
        if (const qint64 peak = peakRssKib(); peak >= 0)
            printLine("refresh_peak_rss_kib", peak);
        finish();
        return;
    }
    printLine("statistics_ns", now());
    if (const qint64 peak = peakRssKib(); peak >= 0)
        printLine("peak_rss_kib", peak);
    if (!m_refresh) {
        finish();
        return;
    }
    m_refreshStarted = now();
    m_refresh();
}

void FirstPaintReport::finish()
{
    disconnect(m_schemes, nullptr, this, nullptr);
    QCoreApplication::exit(0);
}

} // namespace opcc
