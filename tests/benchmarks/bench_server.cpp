// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_server: the register on a PostgreSQL server over loopback (the tests' private server,
// pgserver.h: fsync and synchronous commit off, as for the tests), beside the same on its file in
// the same run. Prints one line per measurement, "name: value unit"; never fails on time.
//
// - An import of generated figures (schemes.csv and outcomes.csv) into a new server register,
//   beside psql's \copy of the same outcomes file into a plain table of text columns on the same
//   server, with the ratio, and beside the same import into a new file register. Beside those,
//   the floor under any import: psql's \copy of the same figures, resolved to the register's
//   ids, into the register's own figure table (its keys, indexes and triggers).
// - The real program started offscreen on the file and on the server register of each size, to
//   its first scheme rows painted and its figure counts loaded (OPCC_REPORT_FIRST_PAINT).
// - The window on the file register and then on the server register of the same size, driven
//   as bench_browse drives it (BrowseBench): filter keystrokes, full-text search, strand
//   switches, sorting, the scheme with 1,000 figures selected. --processor-time counts only the
//   window thread's own processor time, which leaves out the waits for the server: on a server
//   the wall clock is the measure.
// - Another user's edit: a second connection saves a change to the scheme in the window's first
//   row (SchemeEditor, as that user's window would), timed from its save returning (committed)
//   to the window's row showing the change, repainted.
//
//   bench_server [--sizes large] [--iterations N] [--data-dir DIR] [--figures N]
//                [--processor-time] [--app PATH] [--no-import] [--no-browse]

#include "benchsupport.h"
#include "browsebench.h"
#include "datasetgenerator.h"
#include "editing/schemeeditor.h"
#include "interchange/shippeddataset.h"
#include "mainwindow.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "pgserver.h"
#include "schemebrowser.h"
#include "storage/database.h"
#include "storage/schemestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <ctime>
#include <unistd.h>

namespace {

using bench::out;
using bench::report;
using testsupport::PgServer;

constexpr int serverBenchTimeoutMs = 600000;

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').value(0));
}

QString databaseName(const QString &address)
{
    return QUrl(address).path().mid(1);
}

// A new server register with the shipped dataset, opened in db; its address, or empty.
QString newServerRegister(opcc::Database &db)
{
    PgServer &server = PgServer::instance();
    const QString address = server.createDatabase();
    if (address.isEmpty()) {
        QTextStream(stderr) << server.error() << Qt::endl;
        return {};
    }
    const auto opened = opcc::shippeddataset::openOrCreate(db, address);
    if (!opened.ok()) {
        QTextStream(stderr) << opened.message << Qt::endl;
        return {};
    }
    return address;
}

// A psql command (-c) run on the server's database: milliseconds of the psql run, or -1.
double psqlMs(const QString &database, const QString &command)
{
    PgServer &server = PgServer::instance();
    QString psql = testsupport::postgresBinDirectory() + QStringLiteral("/psql");
    if (!QFileInfo(psql).isExecutable())
        psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    return bench::peerRunMs(psql,
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"), QString::number(server.port()), QStringLiteral("-U"),
            server.user(), QStringLiteral("-d"), database, QStringLiteral("-c"), command });
}

// psql's \copy of the file into a new plain table of text columns, one per column of its
// header; milliseconds of the psql run, or -1.
double psqlCopyMs(const QString &csv)
{
    PgServer &server = PgServer::instance();
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const int columns = int(file.readLine().count(',')) + 1;
    file.close();
    const QString address = server.createDatabase();
    QStringList definitions;
    for (int column = 1; column <= columns; ++column)
        definitions.append(QStringLiteral("c%1 text").arg(column));
    if (address.isEmpty()
        || !server.runSql(databaseName(address),
            { QStringLiteral("CREATE TABLE outcomes (%1)")
                    .arg(definitions.join(QLatin1Char(','))) }))
        return -1;
    return psqlMs(databaseName(address),
        QStringLiteral("\\copy outcomes FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv));
}

// The floor under any client's import: psql's \copy of the figures an import wrote (those after
// lastBefore), already resolved to the register's ids, into the register's own figure table,
// with its keys, indexes, word index and triggers. They are copied out, deleted and vacuumed
// away first (not timed). Milliseconds of the copy in, or -1.
double psqlRegisterCopyMs(const QString &address, qint64 lastBefore, const QString &csv)
{
    const QString database = databaseName(address);
    const QString columns = QStringLiteral("scheme_id, measure_id, value_x100, value_high_x100, "
                                           "qualifier, per, baseline, period_start, period_end, "
                                           "period_label, note, source_id, quote");
    if (psqlMs(database,
            QStringLiteral("\\copy (SELECT %1 FROM figure WHERE id > %2 ORDER BY id) TO '%3' "
                           "WITH (FORMAT csv)")
                .arg(columns)
                .arg(lastBefore)
                .arg(csv))
            < 0
        || psqlMs(database, QStringLiteral("DELETE FROM figure WHERE id > %1").arg(lastBefore)) < 0
        || psqlMs(database, QStringLiteral("VACUUM figure")) < 0)
        return -1;
    return psqlMs(database,
        QStringLiteral("\\copy figure (%1) FROM '%2' WITH (FORMAT csv)").arg(columns, csv));
}

// Processor time, in milliseconds, of this process and of the server's processes serving the
// database (its backends, read from /proc), which tells the client's work from the server's and
// from waiting for the loopback round trips.
double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double backendsCpuMs(const QString &database)
{
    const QString pids = PgServer::instance().queryValue(databaseName(database),
        QStringLiteral("SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE datname = "
                       "current_database() AND pid <> pg_backend_pid()"));
    double total = 0;
    for (const QString &pid : pids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        // After the command's name in parentheses: fields 3 on; utime and stime are 14 and 15.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        total += (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1e3
            / double(sysconf(_SC_CLK_TCK));
    }
    return total;
}

void importBench(qint64 figures, int runs)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    opcc::generator::Size size;
    size.figures = figures;
    size.schemes = int(std::max<qint64>(1, figures / 50));
    opcc::generator::DatasetGenerator generator(size, 1);
    QString error;
    if (!generator.writeTo(data, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return;
    }
    const QStringList files { QDir(data).filePath(QStringLiteral("schemes.csv")),
        QDir(data).filePath(QStringLiteral("outcomes.csv")) };
    out() << "figures: " << generator.figuresWritten() << " figures" << Qt::endl;
    QList<double> server, file, psql, registerCopy, client, backend;
    for (int run = 0; run < runs; ++run) {
        {
            opcc::Database db;
            const QString address = newServerRegister(db);
            if (address.isEmpty())
                return;
            const qint64 lastBefore = PgServer::instance()
                                          .queryValue(databaseName(address),
                                              QStringLiteral("SELECT max(id) FROM figure"))
                                          .toLongLong();
            const double clientBefore = processCpuMs();
            const double backendBefore = backendsCpuMs(address);
            server.append(bench::timedImport(db, files, true));
            client.append(processCpuMs() - clientBefore);
            backend.append(backendsCpuMs(address) - backendBefore);
            db.close();
            registerCopy.append(psqlRegisterCopyMs(
                address, lastBefore, dir.filePath(QStringLiteral("resolved%1.csv").arg(run))));
        }
        {
            opcc::Database db;
            const QString path = dir.filePath(QStringLiteral("run%1.sqlite").arg(run));
            if (!opcc::shippeddataset::openOrCreate(db, path).ok())
                return;
            file.append(bench::timedImport(db, files, true));
        }
        psql.append(psqlCopyMs(files.constLast()));
    }
    bench::reportRuns(QStringLiteral("server_import"), server, "ms");
    report("server_import_client_processor_time", bench::median(client), "ms");
    report("server_import_server_processor_time", bench::median(backend), "ms");
    bench::reportRuns(QStringLiteral("file_import"), file, "ms");
    bench::reportRuns(QStringLiteral("psql_copy_outcomes"), psql, "ms");
    const double peer = bench::median(psql);
    report("server_import_ratio_to_psql", peer > 0 ? bench::median(server) / peer : -1, "x");
    // What the register's table itself costs: the same figures, resolved, copied into it.
    bench::reportRuns(QStringLiteral("psql_copy_into_register_figures"), registerCopy, "ms");
    const double floor = bench::median(registerCopy);
    report("psql_copy_into_register_ratio_to_psql", peer > 0 ? floor / peer : -1, "x");
    report("server_import_ratio_to_psql_copy_into_register",
        floor > 0 ? bench::median(server) / floor : -1, "x");
}

// The real program started offscreen on database to its first rows painted and its figure
// counts loaded: milliseconds, or nullopt.
std::optional<std::pair<double, double>> startApp(
    const QString &app, const QString &database, const QTemporaryDir &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("OPCC_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 started = bench::monotonicNs();
    process.start(app, { QStringLiteral("--database"), database });
    if (!process.waitForFinished(serverBenchTimeoutMs) || process.exitCode() != 0)
        return std::nullopt;
    QHash<QByteArray, qint64> values;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            values.insert(line.left(colon), line.mid(colon + 1).trimmed().toLongLong());
    }
    if (!values.contains("first_paint_ns") || !values.contains("statistics_ns"))
        return std::nullopt;
    return std::make_pair(double(values.value("first_paint_ns") - started) / 1e6,
        double(values.value("statistics_ns") - started) / 1e6);
}

void startupBench(
    const QString &app, const QString &size, const QString &file, const QString &server, int runs)
{
    QTemporaryDir home;
    QList<double> paint[2], statistics[2];
    const QString databases[2] = { file, server };
    for (int run = 0; run <= runs; ++run) {
        for (int which = 0; which < 2; ++which) {
            const auto times = startApp(app, databases[which], home);
            if (!times) {
                bench::skipped(QStringLiteral("startup_offscreen_%1").arg(size),
                    QStringLiteral("the window did not report its first paint"));
                return;
            }
            if (run == 0)
                continue; // warms the caches; not counted
            paint[which].append(times->first);
            statistics[which].append(times->second);
        }
    }
    const char *engines[2] = { "file", "server" };
    for (int which = 0; which < 2; ++which) {
        const QString prefix
            = QStringLiteral("startup_offscreen_%1_%2_").arg(QLatin1String(engines[which]), size);
        bench::reportRuns(prefix + QStringLiteral("first_paint"), paint[which], "ms");
        bench::reportRuns(prefix + QStringLiteral("statistics_loaded"), statistics[which], "ms");
    }
}

// Another user's saved edit, from their save committed to the window's row repainted with it.
void otherClientBench(
    opcc::MainWindow &window, const QString &address, const QString &size, int runs)
{
    opcc::Database theirs;
    if (!theirs.open(address).ok()) {
        QTextStream(stderr) << theirs.errorString() << Qt::endl;
        return;
    }
    opcc::SchemeEditor editor(theirs);
    QTableView *table = window.browser()->table();
    const auto *schemes
        = qobject_cast<const opcc::SchemeTableModel *>(window.browser()->proxy()->sourceModel());
    const qint64 id = table->model()->index(0, 0).data(opcc::SchemeTableModel::IdRole).toLongLong();
    const auto first = editor.load(id);
    if (!first)
        return;
    QList<double> saves, arrivals;
    for (int run = 0; run < runs; ++run) {
        const auto before = editor.load(id);
        if (!before)
            return;
        opcc::SchemeRecord after = *before;
        after.scheme.name = QStringLiteral("%1 (%2)").arg(first->scheme.name).arg(run + 1);
        const auto shown = [&] {
            const int row = schemes->rowOfScheme(id);
            return row >= 0
                && schemes->index(row, opcc::SchemeTableModel::Name).data().toString()
                == after.scheme.name;
        };
        QElapsedTimer timer;
        timer.start();
        if (!editor.saveScheme(*before, after)) {
            QTextStream(stderr) << editor.errorString() << Qt::endl;
            return;
        }
        const qint64 saved = timer.nsecsElapsed();
        QDeadlineTimer patience(30000);
        while (!shown() && !patience.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
        if (!shown()) {
            bench::skipped(QStringLiteral("other_client_edit_to_visible_%1").arg(size),
                QStringLiteral("the change did not arrive in 30 s"));
            return;
        }
        table->viewport()->repaint();
        saves.append(double(saved) / 1e6);
        arrivals.append(double(timer.nsecsElapsed() - saved) / 1e6);
        QCoreApplication::processEvents();
    }
    bench::reportRuns(QStringLiteral("other_client_save_%1").arg(size), saves, "ms");
    bench::reportRuns(QStringLiteral("other_client_edit_to_visible_%1").arg(size), arrivals, "ms");
}

bool browseBench(
    const QString &size, const QString &dataDir, const QString &app, int runs, bool processorTime)
{
    QString error;
    const auto file = bench::benchmarkDatabase(size, dataDir, &error);
    const auto generated = opcc::generator::Size::named(size);
    if (!file || !generated) {
        QTextStream(stderr) << (file ? QStringLiteral("unknown size ") + size : error) << Qt::endl;
        return false;
    }
    auto db = std::make_unique<opcc::Database>();
    const QString address = newServerRegister(*db);
    if (address.isEmpty())
        return false;
    out() << "# filling the " << size << " register on the server" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    if (!bench::fillBenchmarkRegister(*db, *generated, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return false;
    }
    report(QStringLiteral("server_fill_%1").arg(size), double(timer.nsecsElapsed()) / 1e6, "ms");
    db.reset();

    if (!app.isEmpty())
        startupBench(app, size, *file, address, runs);

    // The window on the file, then on the server, driven the same way in the same run.
    for (const QString &engine : { QStringLiteral("file"), QStringLiteral("server") }) {
        const bool onServer = engine == QLatin1String("server");
        db = std::make_unique<opcc::Database>();
        if (!db->open(onServer ? address : *file).ok()) {
            QTextStream(stderr) << db->errorString() << Qt::endl;
            return false;
        }
        const auto heavy
            = opcc::SchemeStore::reader(*db).idOf(bench::heavySchemeName(), QStringLiteral("Kent"));
        timer.restart();
        opcc::MainWindow window(std::move(db));
        window.resize(1400, 860);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        const auto *schemes = qobject_cast<const opcc::SchemeTableModel *>(
            window.browser()->proxy()->sourceModel());
        while (!schemes->statisticsLoaded())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        report(QStringLiteral("window_ready_in_process_%1_%2").arg(engine, size),
            double(timer.nsecsElapsed()) / 1e6, "ms");

        // Named as bench_browse's measurements, with "file_" or "server_" before the size.
        bench::BrowseBench browse(window, engine + QLatin1Char('_') + size, runs, processorTime);
        browse.search();
        browse.filter();
        browse.strandSwitch();
        browse.sort();
        if (heavy)
            browse.detail(*heavy);
        if (onServer)
            otherClientBench(window, address, size, runs);
    }
    return true;
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
    const QCommandLineOption figures(QStringLiteral("figures"),
        QStringLiteral("Figures of the import measured against psql."), QStringLiteral("N"),
        QStringLiteral("200000"));
    const QCommandLineOption processorTime(QStringLiteral("processor-time"),
        QStringLiteral("Time the window's actions by the processor time of its thread, not the "
                       "wall clock (which leaves out the waits for the server)."));
    const QCommandLineOption appOption(QStringLiteral("app"),
        QStringLiteral("The opcc-schemes program, started to its first rows painted."),
        QStringLiteral("PATH"));
    const QCommandLineOption noImport(
        QStringLiteral("no-import"), QStringLiteral("Leave out the import."));
    const QCommandLineOption noBrowse(
        QStringLiteral("no-browse"), QStringLiteral("Leave out the window."));
    parser.addOptions({ figures, processorTime, appOption, noImport, noBrowse });
    parser.process(application);

    PgServer &server = PgServer::instance();
    if (!server.ok()) {
        QTextStream(stderr) << server.error() << Qt::endl;
        return 1;
    }
    out() << "# PostgreSQL "
          << server.queryValue(QStringLiteral("postgres"), QStringLiteral("SHOW server_version"))
          << " on 127.0.0.1:" << server.port() << ", load average " << loadAverage() << Qt::endl;
    const int runs = common.iterations(parser);
    if (!parser.isSet(noImport))
        importBench(parser.value(figures).toLongLong(), runs);
    if (!parser.isSet(noBrowse)) {
        for (const QString &size : common.sizes(parser)) {
            if (!browseBench(size, common.dataDirectory(parser), parser.value(appOption), runs,
                    parser.isSet(processorTime)))
                return 1;
        }
    }
    out() << "# load average at the end " << loadAverage() << Qt::endl;
    return 0;
}
