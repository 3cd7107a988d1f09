// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartdatabuilder.h"
#include "charts/chartscope.h"
#include "domain/language.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <unistd.h>

using namespace opcc;
using namespace testsupport;

namespace {

using Run = ProcessRun;

Run run(const QString &program, const QStringList &arguments)
{
    return runProgram(program, arguments);
}

Run runApp(const QStringList &arguments)
{
    return runProgram(testsupport::appExecutable(), arguments);
}

QString simplified(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// The poppler tools the configure step found; the test fails, saying so, without them.
bool havePoppler()
{
    return QFileInfo(testsupport::pdftotextPath()).isExecutable()
        && QFileInfo(testsupport::pdfinfoPath()).isExecutable();
}

const char *const popplerMissing = "pdftotext and pdfinfo (poppler-utils) were not found when the "
                                   "build was configured: install poppler-utils and configure "
                                   "again";

} // namespace

class tst_ChartCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfPageHoldsEverything_data();
    void pdfPageHoldsEverything();
    void imageFormats_data();
    void imageFormats();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void measureByKeyOrLabel_data();
    void measureByKeyOrLabel();
    void chartType_data();
    void chartType();
    void chartAloneAtSize_data();
    void chartAloneAtSize();
    void unwritableFileExits1_data();
    void unwritableFileExits1();
    void readOnlyFolderKeepsEarlierFile();
    void publicLeavesSmallCountsOut();
};

void tst_ChartCommand::initTestCase()
{
    // The program words its plurals through the English catalogue; so must the expectations.
    QVERIFY(installLanguage(QStringLiteral("en")));
}

void tst_ChartCommand::pdfPageHoldsEverything_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("strand");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<int>("rows");

    QTest::newRow("referralsEverywhere")
        << QStringList { "--chart", "referrals" } << "referrals" << QString() << QStringList() << 7;
    QTest::newRow("referralsOfDemandStrand")
        << QStringList { "--chart", "referrals", "--strand", "demand" } << "referrals"
        << "demand" << QStringList() << 3;
    QTest::newRow("clevelandBeforeAfter")
        << QStringList { "--chart", "detected_crimes", "--scheme",
               "Heroin Assisted Treatment@Cleveland" }
        << "detected_crimes" << QString() << QStringList { "Heroin Assisted Treatment@Cleveland" }
        << 1;
    QTest::newRow("funding") << QStringList { "--chart", "funding" } << "funding" << QString()
                             << QStringList() << 4;
}

void tst_ChartCommand::pdfPageHoldsEverything()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, measure);
    QFETCH(QString, strand);
    QFETCH(QStringList, schemes);
    QFETCH(int, rows);
    if (!havePoppler())
        QFAIL(popplerMissing);

    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("schemes.sqlite"));
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    const Run chart = runApp(
        QStringList { "--database", database } + arguments + QStringList { "--output", pdf });
    QVERIFY2(chart.exitCode == 0, qPrintable(chart.err));
    QVERIFY(QFileInfo(pdf).size() > 0);

    const Run info = run(testsupport::pdfinfoPath(), { pdf });
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
        qPrintable(info.out));
    const Run text = run(testsupport::pdftotextPath(), { pdf, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    const QString page = simplified(text.out);

    // What the page must say, built the same way from the database the command used.
    Database db;
    QVERIFY(db.open(database).ok());
    ChartScope scope;
    scope.strand = strand;
    scope.schemes = schemes;
    const ChartScopeResolver resolver(db);
    const ResolvedScope resolved = resolver.resolve(scope);
    const ChartDataBuilder builder(db);
    ChartSpec spec;
    spec.measure = measure;
    spec.kind = builder.suggestedKind(measure, resolver.withMeasure(measure, resolved.schemes));
    const ChartData data = builder.build(spec, resolved.schemes, resolved.description);
    QCOMPARE(data.rows.size(), rows);

    QVERIFY2(page.contains(simplified(data.title)), qPrintable(data.title));
    QVERIFY2(page.contains(simplified(data.subtitle)), qPrintable(data.subtitle));
    for (const ChartRow &row : data.rows) {
        QVERIFY2(page.contains(row.scheme), qPrintable(row.scheme));
        QVERIFY2(page.contains(row.figure.fullLabel), qPrintable(row.figure.fullLabel));
    }
    QVERIFY(!data.footnotes.isEmpty());
    for (const Footnote &note : data.footnotes) {
        QVERIFY2(page.contains(QStringLiteral("[%1]").arg(note.number)), qPrintable(note.text()));
        QVERIFY2(page.contains(simplified(note.text())), qPrintable(note.text()));
    }
    for (const QString &note : data.notes)
        QVERIFY2(page.contains(simplified(note)), qPrintable(note));
    QVERIFY(page.contains(QLatin1String("Printed ")));
}

void tst_ChartCommand::imageFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");

    QTest::newRow("png150dpi") << "chart.png" << QSize(1754, 1240);
    QTest::newRow("svg") << "chart.svg" << QSize();
}

void tst_ChartCommand::imageFormats()
{
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    const QString output = dir.filePath(file);
    const Run chart = runApp({ "--database", dir.filePath(QStringLiteral("schemes.sqlite")),
        "--chart", "referrals", "--output", output });
    QVERIFY2(chart.exitCode == 0, qPrintable(chart.err));
    QVERIFY(chart.out.contains(QLatin1String("Referrals by scheme")));
    QVERIFY(QFileInfo(output).size() > 1000);
    if (size.isValid()) {
        QImageReader reader(output);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), size);
    } else {
        const QString svg = QString::fromUtf8(fileBytes(output));
        QVERIFY(svg.contains(QLatin1String("<svg")));
        QVERIFY(svg.contains(QLatin1String("<title>Referrals by scheme: all schemes</title>")));
    }
}

void tst_ChartCommand::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("message");

    QTest::newRow("unknownMeasure") << QStringList { "--chart",
        "referals" } << QStringList { "Unknown measure \"referals\"", "referrals", "funding" };
    QTest::newRow("unknownScheme") << QStringList { "--chart", "referrals", "--scheme",
        "DIVERTED" } << QStringList { "Unknown scheme \"DIVERTED\"", "DIVERT", "WONDER+" };
    QTest::newRow("unknownSchemeAtArea") << QStringList { "--chart", "referrals", "--scheme",
        "DIVERT@Kent" } << QStringList { "Unknown scheme \"DIVERT@Kent\"", "NAME@AREA" };
    QTest::newRow("measureNotInSelection")
        << QStringList { "--chart", "funding", "--scheme", "DIVERT" }
        << QStringList { "None of the selected schemes has a figure for \"funding\"",
               "Growing Rooms@West Yorkshire" };
    QTest::newRow("unknownStrand")
        << QStringList { "--chart", "referrals", "--strand", "enforcement" }
        << QStringList { "Unknown strand \"enforcement\"", "supply", "other_addictions" };
    QTest::newRow("unknownArea") << QStringList { "--chart", "referrals", "--area", "Gotham" }
                                 << QStringList { "Unknown area \"Gotham\"", "West Mercia" };
    QTest::newRow("unknownType") << QStringList { "--chart", "referrals", "--type",
        "pie" } << QStringList { "Unknown chart type \"pie\"", "before-after", "strand-summary" };
    QTest::newRow("sizeNotWxH") << QStringList { "--chart", "referrals", "--size", "big" }
                                << QStringList { "--size must be WIDTHxHEIGHT", "1600x900" };
    QTest::newRow("sizeWithPdf") << QStringList { "--chart", "referrals", "--size", "1600x900" }
                                 << QStringList { "--size writes the chart alone as .png or .svg" };
}

void tst_ChartCommand::usageErrorsExit2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, message);
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("chart.pdf"));
    const Run chart = runApp(QStringList { "--database", dir.filePath(QStringLiteral("s.sqlite")) }
        + arguments + QStringList { "--output", output });
    QCOMPARE(chart.exitCode, 2);
    for (const QString &part : message)
        QVERIFY2(chart.err.contains(part), qPrintable(chart.err));
    QVERIFY(!QFileInfo::exists(output));
}

void tst_ChartCommand::measureByKeyOrLabel_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("title");

    QTest::newRow("key") << "referrals"
                         << "Referrals by scheme";
    QTest::newRow("labelAsShown") << "Referrals"
                                  << "Referrals by scheme";
    QTest::newRow("labelUpperCase") << "REFERRALS"
                                    << "Referrals by scheme";
    QTest::newRow("keyMixedCase") << "People_Diverted"
                                  << "People diverted by scheme";
    QTest::newRow("labelOfTwoWords") << "cash seized"
                                     << "Cash seized by scheme";
    QTest::newRow("peopleThroughTheScheme")
        << "People through the scheme"
        << "People through the scheme, each scheme by its own measure";
}

void tst_ChartCommand::measureByKeyOrLabel()
{
    QFETCH(QString, measure);
    QFETCH(QString, title);
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("chart.png"));
    const Run chart = runApp({ "--database", dir.filePath(QStringLiteral("s.sqlite")), "--chart",
        measure, "--output", output });
    QVERIFY2(chart.exitCode == 0, qPrintable(chart.err));
    QVERIFY2(chart.out.contains(title), qPrintable(chart.out));
    QVERIFY(QFileInfo(output).size() > 1000);
}

void tst_ChartCommand::chartType_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("title");

    QTest::newRow("beforeAfter") << QStringList { "--chart", "detected_crimes", "--type",
        "before-after" } << "Detected crimes before and after";
    QTest::newRow("comparisonOfTheSame") << QStringList { "--chart", "detected_crimes", "--type",
        "comparison" } << "Detected crimes by scheme";
    QTest::newRow("strandSummary")
        << QStringList { "--chart", "funding", "--type", "strand-summary" } << "Funding by strand";
    QTest::newRow("trend") << QStringList { "--chart", "people_in_treatment", "--type", "trend" }
                           << "People in treatment over time";
}

void tst_ChartCommand::chartType()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, title);
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("chart.svg"));
    const Run chart = runApp(QStringList { "--database", dir.filePath(QStringLiteral("s.sqlite")) }
        + arguments + QStringList { "--output", output });
    QVERIFY2(chart.exitCode == 0, qPrintable(chart.err));
    QVERIFY2(chart.out.contains(title), qPrintable(chart.out));
}

void tst_ChartCommand::chartAloneAtSize_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QSize>("pixels");

    QTest::newRow("widescreenPng") << "slide.png"
                                   << "1600x900" << QSize(1600, 900);
    QTest::newRow("smallPng") << "slide.png"
                              << "640x480" << QSize(640, 480);
    QTest::newRow("svg") << "slide.svg"
                         << "1280x720" << QSize(1280, 720);
}

void tst_ChartCommand::chartAloneAtSize()
{
    QFETCH(QString, file);
    QFETCH(QString, size);
    QFETCH(QSize, pixels);
    QTemporaryDir dir;
    const QString output = dir.filePath(file);
    const Run chart = runApp({ "--database", dir.filePath(QStringLiteral("s.sqlite")), "--chart",
        "referrals", "--size", size, "--output", output });
    QVERIFY2(chart.exitCode == 0, qPrintable(chart.err));
    if (file.endsWith(QLatin1String(".png"))) {
        QImageReader reader(output);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), pixels);
    } else {
        const QString svg = QString::fromUtf8(fileBytes(output));
        QVERIFY(svg.contains(
            QStringLiteral("viewBox=\"0 0 %1 %2\"").arg(pixels.width()).arg(pixels.height())));
        // The chart alone: its title and sources, none of the page's table or footer.
        QVERIFY(svg.contains(QLatin1String("Referrals by scheme")));
        QVERIFY(!svg.contains(QLatin1String("Printed ")));
    }
}

void tst_ChartCommand::unwritableFileExits1_data()
{
    QTest::addColumn<QString>("output");

    QTest::newRow("fullDevicePdf") << "/dev/full.pdf";
    QTest::newRow("fullDevice") << "/dev/full";
    QTest::newRow("folderMissing") << "missing/chart.png";
}

void tst_ChartCommand::unwritableFileExits1()
{
    QFETCH(QString, output);
    QTemporaryDir dir;
    const QString path = output.startsWith(QLatin1Char('/')) ? output : dir.filePath(output);
    // /dev/full has no suffix: the chart is asked for as a PNG through a link named .png.
    QString target = path;
    if (path == QLatin1String("/dev/full")) {
        target = dir.filePath(QStringLiteral("full.png"));
        QVERIFY(QFile::link(path, target));
    } else if (path == QLatin1String("/dev/full.pdf")) {
        target = dir.filePath(QStringLiteral("full.pdf"));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), target));
    }
    const Run chart = runApp({ "--database", dir.filePath(QStringLiteral("s.sqlite")), "--chart",
        "referrals", "--output", target });
    QCOMPARE(chart.exitCode, 1);
    QVERIFY2(chart.err.contains(QLatin1String("Cannot write")), qPrintable(chart.err));
    QVERIFY2(!chart.out.contains(QLatin1String("Wrote")), qPrintable(chart.out));
    if (output.startsWith(QLatin1String("/dev/")))
        QVERIFY2(QFileInfo(target).isSymLink(), "the link to the device was replaced");
}

void tst_ChartCommand::readOnlyFolderKeepsEarlierFile()
{
    // Root may write anywhere: the program is then run as the unprivileged user nobody.
    const bool asRoot = ::geteuid() == 0;
    const QString setpriv = QStringLiteral("/usr/bin/setpriv");
    if (asRoot && !QFileInfo(setpriv).isExecutable())
        QFAIL("setpriv (util-linux) is needed to run the program unprivileged as root");
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
    const QString folder = dir.filePath(QStringLiteral("charts"));
    QVERIFY(QDir().mkpath(folder));
    const QString output = QDir(folder).filePath(QStringLiteral("chart.png"));
    const QByteArray earlier("the chart printed last month");
    QFile file(output);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(earlier), earlier.size());
    file.close();
    QVERIFY(QFile::setPermissions(output,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(folder,
        QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QStringList arguments { "--database", dir.filePath(QStringLiteral("s.sqlite")), "--chart",
        "referrals", "--output", output };
    const Run chart = asRoot ? runProgram(setpriv,
                          QStringList { "--reuid=65534", "--regid=65534", "--clear-groups",
                              testsupport::appExecutable() }
                              + arguments)
                             : runApp(arguments);
    QVERIFY(QFile::setPermissions(
        folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QCOMPARE(chart.exitCode, 1);
    QVERIFY2(chart.err.contains(QLatin1String("Cannot write")), qPrintable(chart.err));
    QCOMPARE(fileBytes(output), earlier);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { "chart.png" });
}

// --public, as a report's chart for release: a count of 1 to 4 people is not drawn, the chart
// says so, and the source's words that state it are withheld.
void tst_ChartCommand::publicLeavesSmallCountsOut()
{
    if (!havePoppler())
        QFAIL(popplerMissing);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("schemes.sqlite"));
    QStringList pages;
    for (const QStringList &extra : { QStringList(), QStringList { "--public" } }) {
        const QString pdf = dir.filePath(QStringLiteral("chart%1.pdf").arg(pages.size()));
        const Run chart = runApp(QStringList { "--database", database, "--chart",
                                     "people_in_treatment", "--output", pdf }
            + extra);
        QVERIFY2(chart.exitCode == 0, qPrintable(chart.err));
        const Run text = run(testsupport::pdftotextPath(), { pdf, QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        pages.append(simplified(text.out));
    }
    const QString quote = QStringLiteral("there were four participants");
    QVERIFY2(pages.at(0).contains(quote), qPrintable(pages.at(0)));
    QVERIFY2(!pages.at(1).contains(quote), qPrintable(pages.at(1)));
    QVERIFY(!pages.at(0).contains(QStringLiteral("fewer than 5")));
    QVERIFY2(pages.at(1).contains(QStringLiteral("fewer than 5")), qPrintable(pages.at(1)));
    QVERIFY(pages.at(1).contains(QStringLiteral("not drawn for release")));
}

QTEST_GUILESS_MAIN(tst_ChartCommand)
#include "tst_chartcommand.moc"
