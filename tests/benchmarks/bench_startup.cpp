// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_startup: cold start of the real opcc-schemes executable on generated databases, from
// process start to the main window shown and its first scheme rows painted (the window's
// OPCC_REPORT_FIRST_PAINT diagnostic), then to the figure counts loaded, and the window's peak
// resident memory; on the offscreen platform and on a private Xvfb server. On the same server and
// files, the start of DB Browser for SQLite (sqlitebrowser) to its window, where it is installed.
// With --refresh, each start then reads the register again as View > Refresh does, and the
// window's peak resident memory is reported after it too (a refresh holds the list shown while it
// reads the new one). Prints one line per measurement, "name: value unit"; never fails on time.
//
//   bench_startup [--sizes small,large,huge] [--iterations N] [--data-dir DIR]
//                 [--platforms offscreen,xcb] [--no-peer] [--refresh] [--app PATH]

#include "benchsupport.h"
#include "xserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

namespace {

constexpr int timeoutMs = 120000;

struct Run
{
    double firstPaintMs = -1;
    double windowMs = -1; // window mapped (xcb only)
    double statisticsMs = -1;
    double peakRssMiB = -1;
    double refreshMs = -1;
    double refreshPeakRssMiB = -1;
};

class StartupBench final
{
public:
    StartupBench(QString app, int iterations, bool refresh)
        : m_app(std::move(app))
        , m_iterations(iterations)
        , m_refresh(refresh)
    { }

    bool startXServer(QString *reason) { return m_x.start(reason); }
    void measureApp(const QString &size, const QString &database, bool xcb);
    void measurePeer(const QString &size, const QString &database);

private:
    QProcessEnvironment environment(bool xcb) const;
    std::optional<Run> runApp(const QString &database, bool xcb);

    QString m_app;
    int m_iterations;
    bool m_refresh;
    QTemporaryDir m_home; // settings of both programs, so that no saved state changes a run
    bench::XServer m_x;
};

QProcessEnvironment StartupBench::environment(bool xcb) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (xcb) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("DISPLAY"), m_x.display());
    } else {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    return env;
}

std::optional<Run> StartupBench::runApp(const QString &database, bool xcb)
{
    QProcess process;
    QProcessEnvironment env = environment(xcb);
    env.insert(QStringLiteral("OPCC_REPORT_FIRST_PAINT"),
        m_refresh ? QStringLiteral("2") : QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (xcb)
        m_x.beginWatch();
    const qint64 started = bench::monotonicNs();
    process.start(m_app, { QStringLiteral("--database"), database });
    if (!process.waitForStarted(timeoutMs))
        return std::nullopt;
    Run run;
    if (xcb) {
        if (const auto mapped = m_x.waitForWindow(process.processId(), timeoutMs))
            run.windowMs = double(*mapped - started) / 1e6;
    }
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    QHash<QByteArray, qint64> values;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            values.insert(line.left(colon), line.mid(colon + 1).trimmed().toLongLong());
    }
    if (!values.contains("first_paint_ns"))
        return std::nullopt;
    run.firstPaintMs = double(values.value("first_paint_ns") - started) / 1e6;
    if (values.contains("statistics_ns"))
        run.statisticsMs = double(values.value("statistics_ns") - started) / 1e6;
    if (values.contains("peak_rss_kib"))
        run.peakRssMiB = double(values.value("peak_rss_kib")) / 1024.0;
    if (values.contains("refresh_ns"))
        run.refreshMs = double(values.value("refresh_ns")) / 1e6;
    if (values.contains("refresh_peak_rss_kib"))
        run.refreshPeakRssMiB = double(values.value("refresh_peak_rss_kib")) / 1024.0;
    return run;
}

void StartupBench::measureApp(const QString &size, const QString &database, bool xcb)
{
    const QString platform = xcb ? QStringLiteral("xvfb") : QStringLiteral("offscreen");
    const QString prefix = QStringLiteral("startup_%1_%2_").arg(platform, size);
    runApp(database, xcb); // warms the page cache; not counted
    QList<double> paint, window, statistics, rss, refresh, refreshRss;
    for (int i = 0; i < m_iterations; ++i) {
        const auto run = runApp(database, xcb);
        if (!run) {
            bench::skipped(prefix + QStringLiteral("first_paint"),
                QStringLiteral("the window did not report its first paint"));
            return;
        }
        paint.append(run->firstPaintMs);
        if (run->windowMs >= 0)
            window.append(run->windowMs);
        statistics.append(run->statisticsMs);
        rss.append(run->peakRssMiB);
        if (run->refreshMs >= 0) {
            refresh.append(run->refreshMs);
            refreshRss.append(run->refreshPeakRssMiB);
        }
    }
    if (!window.isEmpty())
        bench::reportRuns(prefix + QStringLiteral("window_shown"), window, "ms");
    bench::reportRuns(prefix + QStringLiteral("first_paint"), paint, "ms");
    bench::reportRuns(prefix + QStringLiteral("statistics_loaded"), statistics, "ms");
    bench::report(prefix + QStringLiteral("peak_rss"), bench::median(rss), "MiB");
    if (!m_refresh)
        return;
    if (refresh.size() != paint.size()) {
        bench::skipped(prefix + QStringLiteral("refresh"),
            QStringLiteral("the window did not report its refresh"));
        return;
    }
    bench::reportRuns(prefix + QStringLiteral("refresh"), refresh, "ms");
    bench::report(
        prefix + QStringLiteral("peak_rss_after_refresh"), bench::median(refreshRss), "MiB");
}

void StartupBench::measurePeer(const QString &size, const QString &database)
{
    const QString prefix = QStringLiteral("sqlitebrowser_xvfb_%1_").arg(size);
    const QString peer = QStandardPaths::findExecutable(QStringLiteral("sqlitebrowser"));
    if (peer.isEmpty()) {
        bench::skipped(prefix + QStringLiteral("window_shown"),
            QStringLiteral("sqlitebrowser is not installed"));
        return;
    }
    QList<double> window, rss, peak;
    for (int i = 0; i <= m_iterations; ++i) {
        QProcess process;
        process.setProcessEnvironment(environment(true));
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        m_x.beginWatch();
        const qint64 started = bench::monotonicNs();
        process.start(peer, { QStringLiteral("--read-only"), database });
        const auto mapped = process.waitForStarted(timeoutMs)
            ? m_x.waitForWindow(process.processId(), timeoutMs)
            : std::nullopt;
        // Resident memory once it has settled after showing the window.
        QThread::msleep(1000);
        const double resident = bench::rssMiB(process.processId());
        const double highWater = bench::peakRssMiB(process.processId());
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished();
        }
        if (!mapped) {
            bench::skipped(
                prefix + QStringLiteral("window_shown"), QStringLiteral("no window appeared"));
            return;
        }
        if (i == 0)
            continue; // warms the page cache; not counted
        window.append(double(*mapped - started) / 1e6);
        rss.append(resident);
        peak.append(highWater);
    }
    bench::reportRuns(prefix + QStringLiteral("window_shown"), window, "ms");
    bench::report(prefix + QStringLiteral("rss_after_1s"), bench::median(rss), "MiB");
    bench::report(prefix + QStringLiteral("peak_rss"), bench::median(peak), "MiB");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::SizeOptions common(
        QStringLiteral("small,large,huge"), QStringLiteral("Starts of each program and size."));
    const QCommandLineOption platforms(QStringLiteral("platforms"),
        QStringLiteral("offscreen and/or xvfb, comma-separated."), QStringLiteral("LIST"),
        QStringLiteral("offscreen,xvfb"));
    const QCommandLineOption noPeer(
        QStringLiteral("no-peer"), QStringLiteral("Do not start sqlitebrowser."));
    const QCommandLineOption refresh(QStringLiteral("refresh"),
        QStringLiteral("Refresh the window once after each start, and report its peak after."));
    const QCommandLineOption app(QStringLiteral("app"),
        QStringLiteral("The opcc-schemes executable (default: $OPCC_EXECUTABLE)."),
        QStringLiteral("PATH"), qEnvironmentVariable("OPCC_EXECUTABLE"));
    parser.addOptions(common.options());
    parser.addOptions({ platforms, noPeer, refresh, app });
    parser.process(application);

    const QStringList chosen = parser.value(platforms).split(QLatin1Char(','));
    StartupBench bench(parser.value(app), common.iterations(parser), parser.isSet(refresh));
    bool xvfb = chosen.contains(QStringLiteral("xvfb"));
    if (xvfb) {
        QString reason;
        xvfb = bench.startXServer(&reason);
        if (!xvfb)
            bench::skipped(QStringLiteral("startup_xvfb"), reason);
    }
    for (const QString &size : common.sizes(parser)) {
        QString error;
        const auto database = bench::benchmarkDatabase(size, common.dataDirectory(parser), &error);
        if (!database) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        if (chosen.contains(QStringLiteral("offscreen")))
            bench.measureApp(size, *database, false);
        if (xvfb) {
            bench.measureApp(size, *database, true);
            if (!parser.isSet(noPeer))
                bench.measurePeer(size, *database);
        }
    }
    return 0;
}
