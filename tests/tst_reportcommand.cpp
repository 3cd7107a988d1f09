// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/reportjob.h"
#include "domain/language.h"
#include "reports/reportrequest.h"
#include "storage/database.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

using namespace opcc;
using namespace testsupport;

namespace {

ProcessRun runApp(const QStringList &arguments)
{
    return runProgram(testsupport::appExecutable(), arguments);
}

// Spaces simplified and ligatures ("ﬀ" in "Oﬀender") taken apart, as pdftotext keeps them.
QString simplified(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC)
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

bool havePoppler()
{
    return QFileInfo(testsupport::pdftotextPath()).isExecutable()
        && QFileInfo(testsupport::pdfinfoPath()).isExecutable();
}

const char *const popplerMissing = "pdftotext and pdfinfo (poppler-utils) were not found when the "
                                   "build was configured: install poppler-utils and configure "
                                   "again";

// The names of the schemes the options select, worked out the way the job does.
QStringList selectedNames(Database &db, const ReportOptions &options)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    ReportRequest request;
    QString error;
    if (!ReportJob(db, outStream, errStream).requestFor(options, &request, &error))
        return {};
    QStringList names;
    for (const Scheme &scheme : SchemeStore::reader(db).schemes(request.schemeIds))
        names.append(scheme.name);
    return names;
}

} // namespace

class tst_ReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHoldsEverything_data();
    void pdfHoldsEverything();
    void otherFormats_data();
    void otherFormats();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void unwritableExit1();
};

void tst_ReportCommand::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_ReportCommand::pdfHoldsEverything_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("schemes");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("demandStrandPanel")
        << QStringList { "--strand", "demand", "--title", "Diversion and prevention" } << 6
        << QStringList { "Diversion and prevention", "Internal: exact figures" }
        << QStringList { "Suppressed for release" };
    QTest::newRow("clevelandForRelease")
        << QStringList { "--area", "Cleveland", "--public" } << 3
        << QStringList { "Suppressed for release", "fewer than 5", "section 40(2)",
               "People started treatment", "withheld (see note)" }
        << QStringList { "Three clients voluntarily left the programme",
               "a total of 14 people were accepted" };
    QTest::newRow("sharesOfTwentyResidents")
        << QStringList { "--scheme", "Integrated Offender Management Houses", "--public" } << 1
        << QStringList { "as a share of the group counted beside them", "Cohort with a disability",
               "fewer than 5" }
        << QStringList { "10% with a disability", "three residents successfully left" };
    QTest::newRow("clevelandInternal")
        << QStringList { "--area", "Cleveland" } << 3
        << QStringList { "Three clients voluntarily left the programme",
               "a total of 14 people were accepted" }
        << QStringList { "fewer than 5", "Suppressed for release" };
    QTest::newRow("diversionFinancialYear")
        << QStringList { "--search", "diver", "--financial-year", "2019/20", "--public" } << 8
        << QStringList { "financial year 2019/20", "No figure held for this period.",
               "period not stated", "schemes matching \"diver\"", "held for other periods" }
        << QStringList {};
    QTest::newRow("calendarYear") << QStringList { "--scheme", "Heroin Assisted Treatment",
        "--from", "2020", "--to",
        "2020" } << 1 << QStringList { "only partly in this period: covers Oct 2019 onwards" }
                                  << QStringList {};
}

void tst_ReportCommand::pdfHoldsEverything()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, schemes);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    if (!havePoppler())
        QFAIL(popplerMissing);

    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("schemes.sqlite"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const ProcessRun report
        = runApp(QStringList { "--database", database, "--report", pdf } + arguments);
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY(report.out.contains(QStringLiteral("%1 scheme").arg(schemes)));

    const ProcessRun info = runProgram(testsupport::pdfinfoPath(), { pdf });
    QCOMPARE(info.exitCode, 0);
    const auto pagesMatch
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)\\n")).match(info.out);
    QVERIFY(pagesMatch.hasMatch());
    const int pages = pagesMatch.captured(1).toInt();
    QVERIFY(pages >= schemes + 2); // cover, a page or more per scheme, the sources
    const ProcessRun text = runProgram(testsupport::pdftotextPath(), { pdf, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    const QString all = simplified(text.out);

    Database db;
    QVERIFY(db.open(database).ok());
    ReportOptions options;
    const auto value = [&](const char *name) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        return at >= 0 ? arguments.at(at + 1) : QString();
    };
    options.strand = value("--strand");
    options.area = value("--area");
    options.search = value("--search");
    if (!value("--scheme").isEmpty())
        options.schemes = { value("--scheme") };
    const QStringList names = selectedNames(db, options);
    QCOMPARE(names.size(), schemes);
    for (const QString &name : names)
        QVERIFY2(all.contains(simplified(name)), qPrintable(name));
    // The footer of every page, and the header's marking.
    const QStringList pageTexts = text.out.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    for (int i = 0; i < pages; ++i) {
        const QString page = simplified(pageTexts.at(i));
        QVERIFY2(
            page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)), qPrintable(page));
        QVERIFY(page.contains(QLatin1String("OFFICIAL")));
        QVERIFY(page.contains(QLatin1String("Printed ")));
    }
    for (const QString &part : present)
        QVERIFY2(all.contains(part), qPrintable(part));
    for (const QString &part : absent)
        QVERIFY2(!all.contains(part), qPrintable(part));
}

void tst_ReportCommand::otherFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("odt") << "report.odt" << QByteArray("PK");
    QTest::newRow("html") << "report.html" << QByteArray("<!DOCTYPE HTML");
}

void tst_ReportCommand::otherFormats()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    const QString output = dir.filePath(file);
    const ProcessRun report = runApp({ "--database", dir.filePath(QStringLiteral("s.sqlite")),
        "--report", output, "--strand", "demand", "--public" });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QByteArray bytes = fileBytes(output);
    QVERIFY(bytes.startsWith(start));
    if (file.endsWith(QLatin1String(".html"))) {
        const QString html = QString::fromUtf8(bytes);
        QVERIFY(html.contains(QLatin1String("Checkpoint Cymru")));
        QVERIFY(html.contains(QLatin1String("OFFICIAL")));
    } else {
        QVERIFY(bytes.contains("content.xml"));
    }
    // Nothing left beside it: the temporary file was renamed into place.
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("report*") }, QDir::Files),
        QStringList { file });
}

void tst_ReportCommand::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformedFinancialYear")
        << QStringList { "--financial-year", "2019/21" } << "write it as YYYY/YY";
    QTest::newRow("financialYearInWords")
        << QStringList { "--financial-year", "last year" } << "is not a financial year";
    QTest::newRow("endBeforeStart")
        << QStringList { "--from", "2020-04-01", "--to", "2020-03-31" } << "before it starts";
    QTest::newRow("malformedDate") << QStringList { "--from", "1/4/2019", "--to", "2020-03-31" }
                                   << "\"1/4/2019\" is not a date";
    QTest::newRow("fromWithoutTo") << QStringList { "--from", "2020-04-01" } << "give both dates";
    QTest::newRow("bothPeriods") << QStringList { "--financial-year", "2019/20", "--from", "2019",
        "--to", "2020" } << "not both";
    QTest::newRow("unknownStrand")
        << QStringList { "--strand", "enforcement" } << "Unknown strand \"enforcement\"";
    QTest::newRow("nothingMatches")
        << QStringList { "--search", "zebra crossing" } << "No scheme matches";
}

void tst_ReportCommand::usageErrorsExit2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(writeFile(output, "earlier report"));
    const ProcessRun report = runApp(
        QStringList { "--database", dir.filePath(QStringLiteral("s.sqlite")), "--report", output }
        + arguments);
    QCOMPARE(report.exitCode, 2);
    QVERIFY2(report.err.contains(message), qPrintable(report.err));
    QCOMPARE(fileBytes(output), QByteArray("earlier report"));

    const ProcessRun withoutReport = runApp({ "--search", "divert" });
    QCOMPARE(withoutReport.exitCode, 2);
    QVERIFY(withoutReport.err.contains(QLatin1String("--search goes with --report")));
    const ProcessRun wrongSuffix = runApp({ "--report", dir.filePath(QStringLiteral("r.docx")) });
    QCOMPARE(wrongSuffix.exitCode, 2);
    QVERIFY(wrongSuffix.err.contains(QLatin1String(".pdf, .odt or .html")));
}

void tst_ReportCommand::unwritableExit1()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("a-file"));
    QVERIFY(writeFile(blocker, "not a folder"));
    const ProcessRun report = runApp({ "--database", dir.filePath(QStringLiteral("s.sqlite")),
        "--report", blocker + QStringLiteral("/report.pdf") });
    QCOMPARE(report.exitCode, 1);
    QVERIFY2(report.err.contains(QLatin1String("Cannot write")), qPrintable(report.err));
    QCOMPARE(fileBytes(blocker), QByteArray("not a folder"));
}

QTEST_GUILESS_MAIN(tst_ReportCommand)
#include "tst_reportcommand.moc"
