// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_report: reports of a generated register written to PDF, as File > Report of Shown
// Schemes and --report make them: the schemes read (ReportParts::open, "build"), then each
// scheme's part read, built, laid out and painted into a PDF (ReportWriter, "pdf_write"). Measured
// for 50 schemes from all over the register, internal and for release, and once for every
// scheme of the register. Prints one line per measurement, "name: value unit"; never fails on
// time.
//
//   bench_report [--sizes large] [--iterations N] [--data-dir DIR] [--no-whole-register]
//                [--whole-counts 50,1000,all] [--whole-formats pdf,html,odt]

#include "benchsupport.h"
#include "reports/reportdocument.h"
#include "reports/reportparts.h"
#include "reports/reportwriter.h"
#include "storage/browsestore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextDocument>
#include <ctime>

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Every n-th scheme of the register, so that the 50 come from all over it.
QList<qint64> spread(const QList<opcc::SchemeListing> &all, int count)
{
    QList<qint64> ids;
    const qsizetype step = qMax<qsizetype>(1, all.size() / count);
    for (qsizetype i = 0; i < all.size() && ids.size() < count; i += step)
        ids.append(all.at(i).id);
    return ids;
}

// Processor time of this process: on a machine shared with other work the wall clock says more
// about the neighbours than about the report.
double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Run
{
    double cpu = 0;
    double build = 0;
    double write = 0;
    int pages = 0;
    qint64 bytes = 0;
};

Run writeReport(opcc::Database &db, const opcc::ReportRequest &request, const QString &path)
{
    Run run;
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    opcc::ReportParts parts(db, request);
    if (!parts.open()) {
        QTextStream(stderr) << parts.errorString() << Qt::endl;
        return run;
    }
    run.build = elapsedMs(timer);
    timer.start();
    opcc::ReportWriter writer(parts,
        { opcc::ReportBuilder::titleOf(request), opcc::ReportBuilder::markingOf(request), {} });
    if (!writer.write(path))
        QTextStream(stderr) << writer.errorString() << Qt::endl;
    run.write = elapsedMs(timer);
    run.cpu = cpuMs() - cpuStart;
    run.pages = writer.pagesWritten();
    run.bytes = QFileInfo(path).size();
    return run;
}

void measureFifty(opcc::Database &db, const QString &size, const QList<qint64> &ids,
    bool forRelease, int iterations)
{
    QTemporaryDir dir;
    opcc::ReportRequest request;
    request.title = QStringLiteral("Benchmark report");
    request.schemeIds = ids;
    request.forRelease = forRelease;
    request.period = *opcc::ReportPeriod::financialYear(u"2021/22", nullptr);
    QList<double> build, write, total, cpu;
    Run last;
    for (int i = 0; i < iterations; ++i) {
        last = writeReport(db, request, dir.filePath(QStringLiteral("report.pdf")));
        build.append(last.build);
        write.append(last.write);
        total.append(last.build + last.write);
        cpu.append(last.cpu);
    }
    const QString prefix = QStringLiteral("report_50_schemes_%1%2_")
                               .arg(size, forRelease ? QStringLiteral("_public") : QString());
    bench::reportRuns(prefix + QStringLiteral("build"), build, "ms");
    bench::reportRuns(prefix + QStringLiteral("pdf_write"), write, "ms");
    bench::reportRuns(prefix + QStringLiteral("to_pdf"), total, "ms");
    bench::reportRuns(prefix + QStringLiteral("to_pdf_cpu"), cpu, "ms");
    bench::report(prefix + QStringLiteral("pages"), last.pages, "pages");
    bench::report(prefix + QStringLiteral("pdf_size"), double(last.bytes) / 1024.0, "KiB");
}

// Starts the peak resident memory (VmHWM) afresh at what is resident now, so that each report's
// peak is its own (Linux: "5" written to /proc/self/clear_refs).
void resetPeakMemory()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

// Every figure of `count` schemes (every period), as File > Report of Shown Schemes makes it
// of a whole register: count is the first schemes of the register, or all of them.
// format: "pdf", "html" or "odt" (the file's suffix).
void measureWholeRegister(opcc::Database &db, const QString &size,
    const QList<opcc::SchemeListing> &all, qsizetype count, const QString &format)
{
    // Once: the whole register is a long document, and one run says what a user waits for.
    QTemporaryDir dir;
    opcc::ReportRequest request;
    request.title = QStringLiteral("Benchmark report of the whole register");
    for (qsizetype i = 0; i < qMin(count, all.size()); ++i)
        request.schemeIds.append(all.at(i).id);
    resetPeakMemory();
    const Run run = writeReport(db, request, dir.filePath(QStringLiteral("all.") + format));
    const QString kind = format == QLatin1String("pdf") ? QString() : format + QLatin1Char('_');
    const QString prefix = count >= all.size()
        ? QStringLiteral("report_all_schemes_%1_%2").arg(size, kind)
        : QStringLiteral("report_first_%1_schemes_%2_%3").arg(count).arg(size, kind);
    bench::report(prefix + QStringLiteral("schemes"), double(request.schemeIds.size()), "schemes");
    bench::report(prefix + QStringLiteral("build"), run.build / 1000.0, "s");
    bench::report(prefix + QStringLiteral("write"), run.write / 1000.0, "s");
    bench::report(prefix + QStringLiteral("total"), (run.build + run.write) / 1000.0, "s");
    bench::report(prefix + QStringLiteral("total_cpu"), run.cpu / 1000.0, "s");
    if (format == QLatin1String("pdf"))
        bench::report(prefix + QStringLiteral("pages"), run.pages, "pages");
    bench::report(prefix + QStringLiteral("file_size"), double(run.bytes) / 1048576.0, "MiB");
    bench::report(prefix + QStringLiteral("peak_memory"), bench::peakRssMiB(), "MiB");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const bench::SizeOptions common(
        QStringLiteral("large"), QStringLiteral("Runs of the 50-scheme report (median shown)."));
    const QCommandLineOption noWhole(
        QStringLiteral("no-whole-register"), QStringLiteral("Skip the report of every scheme."));
    const QCommandLineOption wholeCounts(QStringLiteral("whole-counts"),
        QStringLiteral("Reports of every period of the first N schemes, comma-separated "
                       "(\"all\": every scheme)."),
        QStringLiteral("LIST"), QStringLiteral("50,1000,all"));
    const QCommandLineOption wholeFormats(QStringLiteral("whole-formats"),
        QStringLiteral("Formats of those reports, comma-separated (pdf, html, odt); odt is "
                       "written whole, so only up to 1,000 schemes."),
        QStringLiteral("LIST"), QStringLiteral("pdf,html,odt"));
    parser.addOptions(common.options());
    parser.addOption(noWhole);
    parser.addOption(wholeCounts);
    parser.addOption(wholeFormats);
    parser.process(application);

    for (const QString &size : common.sizes(parser)) {
        QString error;
        const auto path = bench::benchmarkDatabase(size, common.dataDirectory(parser), &error);
        opcc::Database db;
        if (!path || !db.open(*path).ok()) {
            QTextStream(stderr) << (path ? db.errorString() : error) << Qt::endl;
            return 1;
        }
        const QList<opcc::SchemeListing> all = opcc::BrowseStore(db).listings();
        const QList<qint64> fifty = spread(all, 50);
        measureFifty(db, size, fifty, false, common.iterations(parser));
        measureFifty(db, size, fifty, true, common.iterations(parser));
        if (parser.isSet(noWhole))
            bench::skipped(QStringLiteral("report_all_schemes_%1").arg(size),
                QStringLiteral("--no-whole-register"));
        else {
            for (const QString &count : parser.value(wholeCounts).split(QLatin1Char(','))) {
                const qsizetype n = count == QLatin1String("all") ? all.size() : count.toInt();
                if (n <= 0 || (n >= all.size() && count != QLatin1String("all")))
                    continue;
                for (const QString &format : parser.value(wholeFormats).split(QLatin1Char(','))) {
                    if (format == QLatin1String("odt") && n > 1000)
                        bench::skipped(QStringLiteral("report_%1_schemes_odt").arg(count),
                            QStringLiteral("ODT is written whole; see README"));
                    else
                        measureWholeRegister(db, size, all, n, format);
                }
            }
        }
    }
    return 0;
}
