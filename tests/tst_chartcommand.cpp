#include "charts/chartdatabuilder.h"
#include "charts/chartscope.h"
#include "domain/language.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>

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
    return runProgram(QStringLiteral(OPCC_EXECUTABLE), arguments);
}

QString simplified(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// The poppler tools the configure step found; the test fails, saying so, without them.
bool havePoppler()
{
    return QFileInfo(QStringLiteral(OPCC_PDFTOTEXT)).isExecutable()
        && QFileInfo(QStringLiteral(OPCC_PDFINFO)).isExecutable();
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

    QTest::newRow("referralsEverywhere") << QStringList{"--chart", "referrals"} << "referrals"
                                         << QString() << QStringList() << 7;
    QTest::newRow("referralsOfDemandStrand")
        << QStringList{"--chart", "referrals", "--strand", "demand"} << "referrals" << "demand"
        << QStringList() << 3;
    QTest::newRow("clevelandBeforeAfter")
        << QStringList{"--chart", "detected_crimes", "--scheme",
                       "Heroin Assisted Treatment@Cleveland"}
        << "detected_crimes" << QString() << QStringList{"Heroin Assisted Treatment@Cleveland"}
        << 1;
    QTest::newRow("funding") << QStringList{"--chart", "funding"} << "funding" << QString()
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
    const Run chart = runApp(QStringList{"--database", database} + arguments
                             + QStringList{"--output", pdf});
    QVERIFY2(chart.exitCode == 0, qPrintable(chart.err));
    QVERIFY(QFileInfo(pdf).size() > 0);

    const Run info = run(QStringLiteral(OPCC_PDFINFO), {pdf});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
             qPrintable(info.out));
    const Run text = run(QStringLiteral(OPCC_PDFTOTEXT), {pdf, QStringLiteral("-")});
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
    const Run chart = runApp({"--database", dir.filePath(QStringLiteral("schemes.sqlite")),
                              "--chart", "referrals", "--output", output});
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

    QTest::newRow("unknownMeasure")
        << QStringList{"--chart", "referals"}
        << QStringList{"Unknown measure \"referals\"", "referrals", "funding"};
    QTest::newRow("unknownScheme")
        << QStringList{"--chart", "referrals", "--scheme", "DIVERTED"}
        << QStringList{"Unknown scheme \"DIVERTED\"", "DIVERT", "WONDER+"};
    QTest::newRow("unknownSchemeAtArea")
        << QStringList{"--chart", "referrals", "--scheme", "DIVERT@Kent"}
        << QStringList{"Unknown scheme \"DIVERT@Kent\"", "NAME@AREA"};
    QTest::newRow("measureNotInSelection")
        << QStringList{"--chart", "funding", "--scheme", "DIVERT"}
        << QStringList{"None of the selected schemes has a figure for \"funding\"",
                       "Growing Rooms@West Yorkshire"};
    QTest::newRow("unknownStrand")
        << QStringList{"--chart", "referrals", "--strand", "enforcement"}
        << QStringList{"Unknown strand \"enforcement\"", "supply", "other_addictions"};
    QTest::newRow("unknownArea")
        << QStringList{"--chart", "referrals", "--area", "Gotham"}
        << QStringList{"Unknown area \"Gotham\"", "West Mercia"};
}

void tst_ChartCommand::usageErrorsExit2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, message);
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("chart.pdf"));
    const Run chart = runApp(QStringList{"--database", dir.filePath(QStringLiteral("s.sqlite"))}
                             + arguments + QStringList{"--output", output});
    QCOMPARE(chart.exitCode, 2);
    for (const QString &part : message)
        QVERIFY2(chart.err.contains(part), qPrintable(chart.err));
    QVERIFY(!QFileInfo::exists(output));
}

QTEST_GUILESS_MAIN(tst_ChartCommand)
#include "tst_chartcommand.moc"
