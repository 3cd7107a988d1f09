// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the benchmarks share: the "name: value unit" report lines, medians, peak memory, and the
// generated databases they measure (made once per size and kept in a data folder).

#include "datasetgenerator.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

namespace opcc {
class Database;
}

namespace bench {

QTextStream &out();
// One line, "name: value unit"; a negative value means "not measured" and prints "n/a".
void report(const QString &name, double value, const char *unit);
inline void report(const char *name, double value, const char *unit)
{
    report(QString::fromLatin1(name), value, unit);
}
// A line saying why something was not measured: "name: skipped (reason)".
void skipped(const QString &name, const QString &reason);

double median(QList<double> values);
double fastest(const QList<double> &values);
// Median, fastest and slowest of the runs as three lines: name, name_fastest, name_slowest.
void reportRuns(const QString &name, const QList<double> &values, const char *unit);

// Peak resident set (VmHWM) of this process, or of process pid, in MiB; -1 when unknown.
double peakRssMiB(qint64 pid = 0);
// Current resident set (VmRSS) of process pid, in MiB; -1 when unknown.
double rssMiB(qint64 pid);

// CLOCK_MONOTONIC in nanoseconds: the clock the window's OPCC_REPORT_FIRST_PAINT lines use.
qint64 monotonicNs();

// A peer program (the sqlite3 shell, psql) run to its end with arguments, input written to its
// standard input, its errors shown: milliseconds from its start, or -1 when it could not start,
// failed or took over ten minutes.
double peerRunMs(const QString &program, const QStringList &arguments, const QString &input = {});

// The scheme the detail benchmark selects: one with this many figures, added to every benchmark
// database (the generated schemes have at most about a hundred).
constexpr int heavySchemeFigures = 1000;
QString heavySchemeName();

// The database of a named size ("small", "large", "huge") generated with seed 1 and imported,
// plus the heavy scheme; kept in dataDir as <size>-<versions>.sqlite and made only when missing.
// Returns the path, or nullopt with *error set.
std::optional<QString> benchmarkDatabase(
    const QString &size, const QString &dataDir, QString *error);

// Fills db (opened with the shipped dataset, a file or a server register) as benchmarkDatabase()
// fills its files: the generated dataset of size, seed 1, imported, and the heavy scheme.
bool fillBenchmarkRegister(opcc::Database &db, const opcc::generator::Size &size, QString *error);

// The options of the benchmarks that measure generated databases: --sizes, --iterations and
// --data-dir.
class SizeOptions
{
public:
    SizeOptions(const QString &defaultSizes, const QString &iterationsHelp);
    QList<QCommandLineOption> options() const { return { m_sizes, m_iterations, m_dataDir }; }
    QStringList sizes(const QCommandLineParser &parser) const;
    int iterations(const QCommandLineParser &parser) const; // at least 1
    QString dataDirectory(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_sizes;
    QCommandLineOption m_iterations;
    QCommandLineOption m_dataDir;
};

// The options of the benchmarks that import generated interchange files: --figures, --seed,
// --iterations, --size (which overrides --figures) and, when asked for, --schemes.
class ImportOptions
{
public:
    explicit ImportOptions(bool withSchemes);
    QList<QCommandLineOption> options() const;
    // The size to generate; nullopt, with a message on stderr, for an unknown --size.
    std::optional<opcc::generator::Size> size(const QCommandLineParser &parser) const;
    quint64 seed(const QCommandLineParser &parser) const;
    int iterations(const QCommandLineParser &parser) const; // at least 1

private:
    bool m_withSchemes;
    QCommandLineOption m_figures;
    QCommandLineOption m_schemes;
    QCommandLineOption m_seed;
    QCommandLineOption m_iterations;
    QCommandLineOption m_size;
};

// One importer run of files into db, timed: milliseconds, or -1 when a write was asked for and
// failed (its messages on stderr). *changed, when given, says whether the run changed anything.
double timedImport(
    opcc::Database &db, const QStringList &files, bool write, bool *changed = nullptr);

// The data folder: --data-dir when given, else OPCC_BENCH_DATA, else a folder in the system's
// temporary directory.
QString dataDirectory(const QString &option);

} // namespace bench
