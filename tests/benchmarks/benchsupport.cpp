// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "benchsupport.h"

#include "datasetgenerator.h"
#include "interchange/csvimporter.h"
#include "interchange/shippeddataset.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>

namespace bench {

namespace {

// Bump when the generator or the heavy scheme changes, so that kept databases are made again.
constexpr int fixtureVersion = 1;

double statusField(qint64 pid, const char *field)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status")
                          : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

bool addHeavyScheme(opcc::Database &db, QString *error)
{
    const QString source = QStringLiteral("Benchmark register, FOI 2024-001 response");
    opcc::Scheme scheme;
    scheme.name = heavySchemeName();
    scheme.areas = { QStringLiteral("Kent") };
    scheme.strand = opcc::Strand::Treatment;
    scheme.start = opcc::PartialDate::fromYearMonth(2016, 1);
    scheme.summary = QStringLiteral("A long-running treatment service with monthly returns.");
    scheme.source = source;
    scheme.organisations = { { QStringLiteral("Change Grow Live"), opcc::Role::Provider },
        { QStringLiteral("Home Office"), opcc::Role::Funder } };
    QStringList measures;
    for (const opcc::Measure &measure : opcc::LookupStore::reader(db).measures()) {
        if (measure.unit == opcc::Unit::Count && measures.size() < 10)
            measures.append(measure.key);
    }
    const int months = (heavySchemeFigures + int(measures.size()) - 1) / int(measures.size());
    opcc::Database::Transaction transaction(db);
    const auto id = opcc::SchemeStore(db).insert(scheme);
    for (int n = 0; id && n < heavySchemeFigures; ++n) {
        opcc::Figure figure;
        figure.schemeId = *id;
        figure.measure = measures.at(n / months);
        figure.value = opcc::Decimal::fromInteger(10 + (n * 37) % 500);
        const int month = n % months;
        figure.periodStart = opcc::PartialDate::fromYearMonth(2016 + month / 12, month % 12 + 1);
        figure.periodEnd = figure.periodStart;
        figure.source = source;
        if (!opcc::FigureStore(db).insert(figure)) {
            *error = db.errorString();
            return false;
        }
    }
    if (!id || !transaction.commit()) {
        *error = db.errorString();
        return false;
    }
    return true;
}

bool makeDatabase(const opcc::generator::Size &size, const QString &path, QString *error)
{
    const QString building = path + QStringLiteral(".building");
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(building + suffix);
    {
        opcc::Database db;
        const auto opened = opcc::shippeddataset::openOrCreate(db, building);
        if (!opened.ok()) {
            *error = opened.message;
            return false;
        }
        if (!fillBenchmarkRegister(db, size, error))
            return false;
    }
    return QFile::rename(building, path)
        || (*error = QStringLiteral("cannot rename %1").arg(building), false);
}

} // namespace

bool fillBenchmarkRegister(opcc::Database &db, const opcc::generator::Size &size, QString *error)
{
    QTemporaryDir data;
    opcc::generator::DatasetGenerator generator(size, 1);
    if (!generator.writeTo(data.path(), error))
        return false;
    opcc::CsvImporter importer(db);
    const QDir dir(data.path());
    const auto summary = importer.run({ dir.filePath(QStringLiteral("schemes.csv")),
                                          dir.filePath(QStringLiteral("outcomes.csv")) },
        opcc::CsvImporter::Mode::Write);
    if (!summary.written) {
        *error = summary.errors.isEmpty() ? QStringLiteral("the import wrote nothing")
                                          : summary.errors.constFirst().toString();
        return false;
    }
    return addHeavyScheme(db, error);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const QString &name, double value, const char *unit)
{
    if (value < 0) {
        out() << name << ": n/a " << unit << Qt::endl;
        return;
    }
    out() << name << ": " << QString::number(value, 'f', value < 10 ? 3 : 1) << ' ' << unit
          << Qt::endl;
}

void skipped(const QString &name, const QString &reason)
{
    out() << name << ": skipped (" << reason << ')' << Qt::endl;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

double fastest(const QList<double> &values)
{
    return values.isEmpty() ? -1 : *std::min_element(values.cbegin(), values.cend());
}

void reportRuns(const QString &name, const QList<double> &values, const char *unit)
{
    report(name, median(values), unit);
    if (values.size() > 1) {
        report(name + QStringLiteral("_fastest"), fastest(values), unit);
        report(name + QStringLiteral("_slowest"), *std::max_element(values.cbegin(), values.cend()),
            unit);
    }
}

double peakRssMiB(qint64 pid)
{
    return statusField(pid, "VmHWM:");
}

double rssMiB(qint64 pid)
{
    return statusField(pid, "VmRSS:");
}

double peerRunMs(const QString &program, const QStringList &arguments, const QString &input)
{
    if (program.isEmpty())
        return -1;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 monotonicNs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
}

QString heavySchemeName()
{
    return QStringLiteral("Kent Treatment Service (monthly returns since 2016)");
}

QString dataDirectory(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString fromEnvironment = qEnvironmentVariable("OPCC_BENCH_DATA");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::temp().filePath(QStringLiteral("opcc-bench-data"));
}

std::optional<QString> benchmarkDatabase(
    const QString &sizeName, const QString &dataDir, QString *error)
{
    const auto size = opcc::generator::Size::named(sizeName);
    if (!size) {
        *error = QStringLiteral("unknown size %1; use small, large or huge").arg(sizeName);
        return std::nullopt;
    }
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create %1").arg(dataDir);
        return std::nullopt;
    }
    const QString path = QDir(dataDir).filePath(QStringLiteral("%1-s1-v%2-f%3.sqlite")
                                                    .arg(sizeName)
                                                    .arg(opcc::Database::schemaVersion())
                                                    .arg(fixtureVersion));
    // Benchmarks running side by side (ctest -j) make each size once.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.lock()) {
        *error = QStringLiteral("cannot lock %1").arg(path);
        return std::nullopt;
    }
    if (QFileInfo::exists(path))
        return path;
    out() << "# preparing the " << sizeName << " database in " << dataDir << Qt::endl;
    if (!makeDatabase(*size, path, error))
        return std::nullopt;
    return path;
}

SizeOptions::SizeOptions(const QString &defaultSizes, const QString &iterationsHelp)
    : m_sizes(QStringLiteral("sizes"), QStringLiteral("Database sizes, comma-separated."),
        QStringLiteral("LIST"), defaultSizes)
    , m_iterations(
          QStringLiteral("iterations"), iterationsHelp, QStringLiteral("N"), QStringLiteral("5"))
    , m_dataDir(QStringLiteral("data-dir"),
          QStringLiteral("Where the generated databases are kept."), QStringLiteral("DIR"))
{ }

QStringList SizeOptions::sizes(const QCommandLineParser &parser) const
{
    return parser.value(m_sizes).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

int SizeOptions::iterations(const QCommandLineParser &parser) const
{
    return qMax(1, parser.value(m_iterations).toInt());
}

QString SizeOptions::dataDirectory(const QCommandLineParser &parser) const
{
    return bench::dataDirectory(parser.value(m_dataDir));
}

ImportOptions::ImportOptions(bool withSchemes)
    : m_withSchemes(withSchemes)
    , m_figures(QStringLiteral("figures"), QStringLiteral("Figures to import."),
          QStringLiteral("N"), QStringLiteral("200000"))
    , m_schemes(QStringLiteral("schemes"), QStringLiteral("Schemes (default: one per 50 figures)."),
          QStringLiteral("N"))
    , m_seed(QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("S"),
          QStringLiteral("1"))
    , m_iterations(QStringLiteral("iterations"),
          QStringLiteral("Runs of each measurement (median shown)."), QStringLiteral("N"),
          QStringLiteral("3"))
    , m_size(QStringLiteral("size"), QStringLiteral("small, large or huge (overrides --figures)."),
          QStringLiteral("SIZE"))
{ }

QList<QCommandLineOption> ImportOptions::options() const
{
    if (m_withSchemes)
        return { m_figures, m_schemes, m_seed, m_iterations, m_size };
    return { m_figures, m_seed, m_iterations, m_size };
}

std::optional<opcc::generator::Size> ImportOptions::size(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_size)) {
        const auto chosen = opcc::generator::Size::named(parser.value(m_size));
        if (!chosen)
            QTextStream(stderr) << "unknown size " << parser.value(m_size) << Qt::endl;
        return chosen;
    }
    opcc::generator::Size size;
    size.figures = parser.value(m_figures).toLongLong();
    size.schemes = m_withSchemes && parser.isSet(m_schemes)
        ? parser.value(m_schemes).toInt()
        : int(std::max<qint64>(1, size.figures / 50));
    return size;
}

quint64 ImportOptions::seed(const QCommandLineParser &parser) const
{
    return parser.value(m_seed).toULongLong();
}

int ImportOptions::iterations(const QCommandLineParser &parser) const
{
    return qMax(1, parser.value(m_iterations).toInt());
}

double timedImport(opcc::Database &db, const QStringList &files, bool write, bool *changed)
{
    opcc::CsvImporter importer(db);
    QElapsedTimer timer;
    timer.start();
    const auto summary = importer.run(
        files, write ? opcc::CsvImporter::Mode::Write : opcc::CsvImporter::Mode::Preview);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (changed)
        *changed = summary.changesSomething();
    // An import that finds nothing to change commits nothing, and is no failure.
    if (write && !summary.written && (summary.hasErrors() || summary.changesSomething())) {
        for (const auto &message : summary.errors)
            QTextStream(stderr) << message.toString() << Qt::endl;
        return -1;
    }
    return ms;
}

} // namespace bench
