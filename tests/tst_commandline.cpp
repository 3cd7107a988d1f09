// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commandline.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QProcess>

using namespace testsupport;

namespace {

using Run = ProcessRun;

Run runApp(
    const QStringList &arguments, const QProcessEnvironment &environment = offscreenEnvironment())
{
    return runProgram(testsupport::appExecutable(), arguments, environment);
}

// As on a server or in a terminal without a desktop: no display and no platform chosen.
QProcessEnvironment noDisplayEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        environment.remove(QString::fromLatin1(name));
    return environment;
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void versionAndHelp();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void withoutDisplay_data();
    void withoutDisplay();
    void exportCreatesDatabaseAndFiles();
    void listMeasures();
    void unusableDatabaseExits4_data();
    void unusableDatabaseExits4();
    void badImportExits3AndWritesNothing();
    void goodImportThenReimportChangesNothing();
};

void tst_CommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("job");
    QTest::newRow("window") << QStringList { "opcc-schemes" } << true << false;
    QTest::newRow("windowOnDatabase")
        << QStringList { "opcc-schemes", "--database", "x.sqlite" } << true << false;
    QTest::newRow("export") << QStringList { "opcc-schemes", "--export-csv", "out" } << true
                            << true;
    QTest::newRow("twoImports") << QStringList { "opcc-schemes", "--import-csv", "a.csv",
        "--import-csv", "b.csv" }
                                << true << true;
    QTest::newRow("chart") << QStringList { "opcc-schemes", "--chart", "referrals", "--scheme",
        "DIVERT@West Mercia", "--scheme", "DIVERT", "--output", "c.pdf" }
                           << true << true;
    QTest::newRow("chartWithoutOutput")
        << QStringList { "opcc-schemes", "--chart", "referrals" } << false << false;
    QTest::newRow("chartBadSuffix")
        << QStringList { "opcc-schemes", "--chart", "referrals", "--output", "c.doc" } << false
        << false;
    QTest::newRow("strandWithoutChart")
        << QStringList { "opcc-schemes", "--strand", "supply" } << false << false;
    QTest::newRow("unknownOption")
        << QStringList { "opcc-schemes", "--frobnicate" } << false << false;
    QTest::newRow("positional") << QStringList { "opcc-schemes", "file.csv" } << false << false;
    QTest::newRow("twoDatabases") << QStringList { "opcc-schemes", "--database", "a", "--database",
        "b" } << false << false;
    QTest::newRow("badLanguage") << QStringList { "opcc-schemes", "--lang", "fr" } << false
                                 << false;
}

void tst_CommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(bool, job);
    const auto parsed = opcc::CommandLine::parse(arguments);
    QCOMPARE(parsed.error.isEmpty(), ok);
    if (ok)
        QCOMPARE(parsed.options.hasJob(), job);
}

void tst_CommandLine::versionAndHelp()
{
    const Run version = runApp({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("opcc-schemes ")));
    const Run help = runApp({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *option : { "--database", "--import-csv", "--export-csv", "--chart",
             "--list-measures", "--output", "--scheme" })
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

void tst_CommandLine::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknownOption") << QStringList { "--frobnicate" } << "frobnicate";
    QTest::newRow("missingValue") << QStringList { "--export-csv" } << "export-csv";
    QTest::newRow("chartWithoutOutput") << QStringList { "--chart", "referrals" } << "--output";
}

void tst_CommandLine::usageErrorsExit2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runApp(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void tst_CommandLine::withoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknownOption") << QStringList { "--frobnicate" } << 2 << "frobnicate";
    QTest::newRow("window") << QStringList {} << 1 << "no display";
    QTest::newRow("job") << QStringList { "--list-measures" } << 0 << "";
}

// Without a display a job still runs, a usage error is still exit 2, and a window start says
// why it cannot open (where Qt alone aborts).
void tst_CommandLine::withoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("schemes.sqlite"));
    const Run run = runApp(
        QStringList { QStringLiteral("--database"), database } + arguments, noDisplayEnvironment());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    if (exitCode == 0)
        QVERIFY(run.out.contains(QLatin1String("referrals")));
}

void tst_CommandLine::exportCreatesDatabaseAndFiles()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("new.sqlite"));
    const QString out = dir.filePath(QStringLiteral("export"));
    const Run run
        = runApp({ QStringLiteral("--database"), database, QStringLiteral("--export-csv"), out });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(database));
    const QByteArray schemes = fileBytes(QDir(out).filePath(QStringLiteral("schemes.csv")));
    const QByteArray outcomes = fileBytes(QDir(out).filePath(QStringLiteral("outcomes.csv")));
    QVERIFY(schemes.startsWith(
        "\xEF\xBB\xBFname,area,strand,status,start,end,providers,funders,summary,source\n"));
    QVERIFY(outcomes.startsWith(
        "\xEF\xBB\xBFscheme,area,measure,value,value_high,unit,qualifier,per,baseline,"
        "note,period_start,period_end,period_label,source,quote\n"));
    QVERIFY(schemes.contains("Operation Scorpion"));
    QVERIFY(outcomes.contains(",drug_disruptions,1514,"));
    // A second export of the same database gives the same bytes.
    const QString again = dir.filePath(QStringLiteral("again"));
    QCOMPARE(
        runApp({ QStringLiteral("--database"), database, QStringLiteral("--export-csv"), again })
            .exitCode,
        0);
    QCOMPARE(fileBytes(QDir(again).filePath(QStringLiteral("outcomes.csv"))), outcomes);
}

void tst_CommandLine::listMeasures()
{
    QTemporaryDir dir;
    const Run run = runApp({ QStringLiteral("--database"), dir.filePath(QStringLiteral("m.sqlite")),
        QStringLiteral("--list-measures") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 50);
    QVERIFY(lines.contains(QStringLiteral("referrals\tcount\tReferrals")));
    QVERIFY(lines.contains(QStringLiteral("funding\tgbp\tFunding")));
}

void tst_CommandLine::unusableDatabaseExits4_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("newer");
    QTest::newRow("notSqlite") << QByteArray("this is a spreadsheet, not a database\n") << false;
    QTest::newRow("newerVersion") << QByteArray() << true;
}

void tst_CommandLine::unusableDatabaseExits4()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, newer);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    if (newer) {
        opcc::Database db;
        QVERIFY(db.create(path).ok());
        db.close();
        QVERIFY(runRawSql(path,
            { QStringLiteral("PRAGMA user_version = %1")
                    .arg(opcc::schema::currentVersion() + 1) }));
    } else {
        QVERIFY(writeFile(path, content));
    }
    const QByteArray before = fileBytes(path);
    const Run run = runApp({ QStringLiteral("--database"), path, QStringLiteral("--export-csv"),
        dir.filePath(QStringLiteral("out")) });
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains(path));
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out/schemes.csv"))));
}

void tst_CommandLine::badImportExits3AndWritesNothing()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("i.sqlite"));
    const QString before = dir.filePath(QStringLiteral("before"));
    QCOMPARE(
        runApp({ QStringLiteral("--database"), database, QStringLiteral("--export-csv"), before })
            .exitCode,
        0);

    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(csv,
        "name,area,strand\n"
        "New scheme,Gwent,demand\n"
        "Another,Gwent,enforcement\n"));
    const Run run
        = runApp({ QStringLiteral("--database"), database, QStringLiteral("--import-csv"), csv });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(csv + QStringLiteral(":3: strand: ")), qPrintable(run.err));

    const QString after = dir.filePath(QStringLiteral("after"));
    QCOMPARE(
        runApp({ QStringLiteral("--database"), database, QStringLiteral("--export-csv"), after })
            .exitCode,
        0);
    for (const QString &name : { QStringLiteral("schemes.csv"), QStringLiteral("outcomes.csv") })
        QCOMPARE(fileBytes(QDir(after).filePath(name)), fileBytes(QDir(before).filePath(name)));
}

void tst_CommandLine::goodImportThenReimportChangesNothing()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("g.sqlite"));
    const QString schemes = dir.filePath(QStringLiteral("schemes.csv"));
    const QString outcomes = dir.filePath(QStringLiteral("outcomes.csv"));
    QVERIFY(writeFile(
        schemes, "name,area,strand,providers\nKeyworker pilot,Gwent,treatment,Kaleidoscope\n"));
    QVERIFY(writeFile(outcomes,
        "scheme,area,measure,value,period_start,period_end\n"
        "Keyworker pilot,Gwent,referrals,\"1,234\",2023-04,2024-03\n"));
    // Outcomes first on the command line: the schemes file is still read first.
    const Run first = runApp({ QStringLiteral("--database"), database,
        QStringLiteral("--import-csv"), outcomes, QStringLiteral("--import-csv"), schemes });
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QLatin1String("1 added")), qPrintable(first.out));
    const QByteArray afterFirst = fileBytes(database);

    const Run second = runApp({ QStringLiteral("--database"), database,
        QStringLiteral("--import-csv"), schemes, QStringLiteral("--import-csv"), outcomes });
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("Nothing to change")), qPrintable(second.out));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
