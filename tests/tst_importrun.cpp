// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The interchange import as a whole: the preview writes nothing, a re-import changes nothing and
// says so, updates are counted, cancelling writes nothing, the shipped dataset round-trips, and
// formula-like cells are neutralised on export and restored on import.

#include "importfixture.h"
#include "interchange/csvimporter.h"
#include "storage/auditstore.h"
#include "storage/browsestore.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"
#include "storage/searchstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace testsupport;
using opcc::CsvImporter;
using opcc::Database;
using opcc::ImportSummary;
using opcc::SearchStore;

class tst_ImportRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_files.prepare()); }
    void init() { m_files.renew(); }
    void previewWritesNothingAndCounts();
    void newMeasureAfterKnownOnes();
    void reimportChangesNothingAndSaysSo();
    void updatesReportedAsUpdated();
    void cancelWritesNothing();
    void progressHandlerMayUseTheDatabase_data();
    void progressHandlerMayUseTheDatabase();
    void roundTripOfShippedDataset();
    void formulaCellsNeutralisedAndRestored();
    void rebuildsIndexes_data();
    void rebuildsIndexes();
    void largeImportIsSearchable_data();
    void largeImportIsSearchable();

private:
    ImportFixture m_files;
};

void tst_ImportRun::previewWritesNothingAndCounts()
{
    const QString database = m_files.freshDatabase();
    const QString schemes = m_files.write(QStringLiteral("schemes.csv"),
        "name,area,strand\n"
        "Keyworker pilot,Gwent,treatment\n"
        "DIVERT,West Mercia,demand\n" // shipped, unchanged
        "Harbour Project,Isle of Scilly,treatment\n");
    const QString outcomes = m_files.write(QStringLiteral("outcomes.csv"),
        outcomesHeader
            + "Keyworker pilot,Gwent,referrals,5,,,,,,,2023,2023\n"
              "Keyworker pilot,Gwent,kits_issued,7,,count,,,,,2023,2023\n");
    Database db;
    QVERIFY(db.open(database).ok());
    const QByteArray before = m_files.exportOf(database, QStringLiteral("outcomes.csv"));
    const int audits = int(opcc::AuditStore::reader(db).entries().size());
    CsvImporter importer(db);
    const ImportSummary summary = importer.run({ schemes, outcomes }, CsvImporter::Mode::Preview);
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QVERIFY(!summary.written);
    QCOMPARE(summary.schemesAdded, 2);
    QCOMPARE(summary.schemesUnchanged, 1);
    QCOMPARE(summary.figuresAdded, 2);
    QCOMPARE(summary.areasCreated, QStringList { QStringLiteral("Isle of Scilly") });
    QCOMPARE(summary.measuresCreated, QStringList { QStringLiteral("kits_issued") });
    QVERIFY(summary.describe().contains(QLatin1String("New areas: Isle of Scilly.")));
    QCOMPARE(m_files.exportOf(database, QStringLiteral("outcomes.csv")), before);
    QCOMPARE(int(opcc::AuditStore::reader(db).entries().size()), audits);
    QVERIFY(!opcc::LookupStore::reader(db).measure(QStringLiteral("kits_issued")));
}

void tst_ImportRun::newMeasureAfterKnownOnes()
{
    // The measure id cache is loaded by the first figure; a measure created later must reach it.
    const QString database = m_files.freshDatabase();
    QString out;
    QString err;
    const int code = m_files.runImport(database,
        { m_files.write(QStringLiteral("schemes.csv"), keyworker),
            m_files.write(QStringLiteral("outcomes.csv"),
                outcomesHeader
                    + "Keyworker pilot,Gwent,referrals,5,,,,,,,2023,2023\n"
                      "Keyworker pilot,Gwent,kits_issued,7,,count,,,,,2023,2023\n"
                      "Keyworker pilot,Gwent,kits_issued,8,,,,,,,2024,2024\n") },
        &out, &err);
    QVERIFY2(code == opcc::ExitOk, qPrintable(err));
    QVERIFY(out.contains(QLatin1String("New measures: kits_issued.")));
    QVERIFY(m_files.exportOf(database, QStringLiteral("outcomes.csv"))
                .contains("Keyworker pilot,Gwent,kits_issued,8,,count,exact,,,,2024,2024,,,\n"));
}

void tst_ImportRun::reimportChangesNothingAndSaysSo()
{
    const QString database = m_files.freshDatabase();
    const QString dir = m_files.filePath(QStringLiteral("shipped"));
    {
        Database db;
        QVERIFY(db.open(database).ok());
        QVERIFY(opcc::CsvExporter(db).exportTo(dir));
    }
    const QByteArray before = fileBytes(database);
    QVERIFY(!QFile::exists(database + QStringLiteral("-wal")));
    QString out;
    QString err;
    QCOMPARE(m_files.runImport(database,
                 { QDir(dir).filePath(QStringLiteral("outcomes.csv")),
                     QDir(dir).filePath(QStringLiteral("schemes.csv")) },
                 &out, &err),
        int(opcc::ExitOk));
    QVERIFY2(out.startsWith(QLatin1String("Nothing to change: the database already holds these "
                                          "schemes (47) and figures (129) exactly.")),
        qPrintable(out));
    // Not a byte of the file changed: no row, no audit entry, not even a row version.
    QCOMPARE(fileBytes(database), before);
}

void tst_ImportRun::updatesReportedAsUpdated()
{
    const QString database = m_files.freshDatabase();
    const QString schemes = m_files.write(QStringLiteral("schemes.csv"),
        "name,area,strand,providers\nKeyworker pilot,Gwent,treatment,Kaleidoscope\n");
    const QString outcomes = m_files.write(QStringLiteral("outcomes.csv"),
        outcomesHeader + "Keyworker pilot,Gwent,referrals,5,,,,,,,2023,2023\n");
    QString out;
    QString err;
    QCOMPARE(m_files.runImport(database, { schemes, outcomes }, &out, &err), int(opcc::ExitOk));
    const QString changed = m_files.write(QStringLiteral("outcomes2.csv"),
        outcomesHeader
            + "Keyworker pilot,Gwent,referrals,6,,,,,,,2023,2023\n"
              "Keyworker pilot,Gwent,referrals,4,,,,,,,2022,2022\n");
    const QString moved = m_files.write(QStringLiteral("schemes2.csv"),
        "name,area,strand,providers\nKeyworker pilot,Gwent,treatment,Kaleidoscope; Gwent Drug and "
        "Alcohol Service\n");
    out.clear();
    QCOMPARE(m_files.runImport(database, { moved, changed }, &out, &err), int(opcc::ExitOk));
    QVERIFY2(
        out.contains(QLatin1String("Schemes: 0 added, 1 updated, 0 unchanged.")), qPrintable(out));
    QVERIFY2(
        out.contains(QLatin1String("Figures: 1 added, 1 updated, 0 unchanged.")), qPrintable(out));
}

void tst_ImportRun::cancelWritesNothing()
{
    QByteArray bytes("name,area,strand\n");
    for (int i = 0; i < 2000; ++i)
        bytes += "Scheme " + QByteArray::number(i) + ",Gwent,supply\n";
    const QString database = m_files.freshDatabase();
    const QString schemes = m_files.write(QStringLiteral("schemes.csv"), bytes);
    Database db;
    QVERIFY(db.open(database).ok());
    const int before = opcc::BrowseStore(db).schemeCount();
    CsvImporter importer(db);
    int calls = 0;
    qint64 lastDone = 0;
    importer.setProgressHandler([&](qint64 done, qint64 total) {
        ++calls;
        lastDone = done;
        return done < total / 2 && total == bytes.size();
    });
    const ImportSummary summary = importer.run({ schemes }, CsvImporter::Mode::Write);
    QVERIFY(calls >= 1);
    QVERIFY(lastDone > 0);
    QVERIFY(summary.cancelled);
    QVERIFY(!summary.written);
    QCOMPARE(summary.describe(), QStringLiteral("The import was cancelled; nothing was written."));
    QCOMPARE(opcc::BrowseStore(db).schemeCount(), before);
}

void tst_ImportRun::progressHandlerMayUseTheDatabase_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("complete") << false;
    QTest::newRow("cancelledWhileFiguresAreWritten") << true;
}

void tst_ImportRun::progressHandlerMayUseTheDatabase()
{
    // Figures are written on a thread of their own; the progress handler (a dialog letting the
    // window repaint) may read the database meanwhile, and a cancel there writes nothing.
    QFETCH(bool, cancel);
    QByteArray outcomes = outcomesHeader;
    for (int month = 0; month < 3000; ++month) {
        outcomes += "Keyworker pilot,Gwent,referrals," + QByteArray::number(month % 97) + ",,,,,,,"
            + QByteArray::number(1950 + month / 12) + "-"
            + QByteArray::number(month % 12 + 1).rightJustified(2, '0') + ",\n";
    }
    const QString database = m_files.freshDatabase();
    const QStringList files { m_files.write(QStringLiteral("schemes.csv"), keyworker),
        m_files.write(QStringLiteral("outcomes.csv"), outcomes) };
    Database db;
    QVERIFY(db.open(database).ok());
    const int figuresBefore = opcc::BrowseStore(db).figureCount();
    CsvImporter importer(db);
    int calls = 0;
    int figuresSeen = 0;
    importer.setProgressHandler([&](qint64 done, qint64 total) {
        ++calls;
        figuresSeen
            = std::max(figuresSeen, opcc::BrowseStore(db).figureCount()); // a read mid-import
        return done <= total && !(cancel && calls == 3);
    });
    const ImportSummary summary = importer.run(files, CsvImporter::Mode::Write);
    QVERIFY(calls >= (cancel ? 3 : 5));
    QVERIFY(figuresSeen >= figuresBefore);
    if (cancel) {
        QVERIFY(summary.cancelled);
        QVERIFY(!summary.written);
        QCOMPARE(opcc::BrowseStore(db).figureCount(), figuresBefore);
    } else {
        QVERIFY2(summary.written, qPrintable(summary.errors.value(0).toString()));
        QCOMPARE(summary.figuresAdded, 3000);
        QCOMPARE(opcc::BrowseStore(db).figureCount(), figuresBefore + 3000);
    }
}

void tst_ImportRun::roundTripOfShippedDataset()
{
    // Export, import into a new database (which starts with the shipped dataset), export again.
    const QString first = m_files.freshDatabase();
    const QString a = m_files.filePath(QStringLiteral("a"));
    {
        Database db;
        QVERIFY(db.open(first).ok());
        QVERIFY(opcc::CsvExporter(db).exportTo(a));
    }
    const QString second = m_files.filePath(QStringLiteral("second.sqlite"));
    Database db;
    QVERIFY(opcc::shippeddataset::openOrCreate(db, second).ok());
    CsvImporter importer(db);
    const ImportSummary summary
        = importer.run({ QDir(a).filePath(QStringLiteral("schemes.csv")),
                           QDir(a).filePath(QStringLiteral("outcomes.csv")) },
            CsvImporter::Mode::Write);
    QVERIFY(!summary.hasErrors());
    QVERIFY(!summary.changesSomething());
    const QString b = m_files.filePath(QStringLiteral("b"));
    QVERIFY(opcc::CsvExporter(db).exportTo(b));
    for (const QString &name : { QStringLiteral("schemes.csv"), QStringLiteral("outcomes.csv") })
        QCOMPARE(fileBytes(QDir(b).filePath(name)), fileBytes(QDir(a).filePath(name)));
    QCOMPARE(fileBytes(QDir(a).filePath(QStringLiteral("outcomes.csv"))),
        "\xEF\xBB\xBF" + fileBytes(sourcePath(QStringLiteral("resources/dataset/outcomes.csv"))));
}

void tst_ImportRun::formulaCellsNeutralisedAndRestored()
{
    const QString database = m_files.freshDatabase();
    // Text as officers might type it; the CSV quotes it, nothing guards it yet.
    const QString schemes = m_files.write(QStringLiteral("schemes.csv"),
        "name,area,strand,summary,providers\n"
        "\"=HYPERLINK(\"\"http://example.invalid\"\")\",Gwent,supply,+44 1633 838111 helpline,"
        "@Cranstoun\n"
        "Tabbed,Gwent,supply,\"\tindented\",-Dash Ltd\n"
        "Returned,Gwent,supply,\"\rcarriage\",\n");
    const QString outcomes = m_files.write(QStringLiteral("outcomes.csv"),
        outcomesHeader + "Tabbed,Gwent,arrests,5,,,,,,-5 on last year,2023,2023\n");
    QString out;
    QString err;
    QVERIFY2(m_files.runImport(database, { schemes, outcomes }, &out, &err) == opcc::ExitOk,
        qPrintable(err));

    const QString a = m_files.filePath(QStringLiteral("a"));
    {
        Database db;
        QVERIFY(db.open(database).ok());
        QVERIFY(opcc::CsvExporter(db).exportTo(a));
    }
    const QByteArray exported = fileBytes(QDir(a).filePath(QStringLiteral("schemes.csv")));
    QVERIFY(exported.contains(
        "\"'=HYPERLINK(\"\"http://example.invalid\"\")\",Gwent,supply,active,,,'@Cranstoun,,'+44 "
        "1633 838111 helpline,\n"));
    QVERIFY(exported.contains("Tabbed,Gwent,supply,active,,,'-Dash Ltd,,'\tindented,\n"));
    QVERIFY(exported.contains("Returned,Gwent,supply,active,,,,,\"'\rcarriage\",\n"));
    QVERIFY(
        fileBytes(QDir(a).filePath(QStringLiteral("outcomes.csv"))).contains(",'-5 on last year,"));

    // Read back into a new database: the values are the officers' text again.
    const QString second = m_files.filePath(QStringLiteral("second.sqlite"));
    Database db;
    QVERIFY(opcc::shippeddataset::openOrCreate(db, second).ok());
    const ImportSummary summary
        = CsvImporter(db).run({ QDir(a).filePath(QStringLiteral("schemes.csv")),
                                  QDir(a).filePath(QStringLiteral("outcomes.csv")) },
            CsvImporter::Mode::Write);
    QVERIFY(summary.written);
    const auto id = opcc::SchemeStore::reader(db).idOf(
        QStringLiteral("=HYPERLINK(\"http://example.invalid\")"), QStringLiteral("Gwent"));
    QVERIFY(id);
    QCOMPARE(opcc::SchemeStore::reader(db).scheme(*id)->summary,
        QStringLiteral("+44 1633 838111 helpline"));
    QCOMPARE(opcc::SchemeStore::reader(db).scheme(*id)->organisationsWithRole(opcc::Role::Provider),
        QStringList { QStringLiteral("@Cranstoun") });
    const auto tabbed
        = opcc::SchemeStore::reader(db).idOf(QStringLiteral("Tabbed"), QStringLiteral("Gwent"));
    QVERIFY(tabbed);
    QCOMPARE(opcc::SchemeStore::reader(db).scheme(*tabbed)->summary, QStringLiteral("\tindented"));
    QCOMPARE(opcc::FigureStore::reader(db).ofScheme(*tabbed).value(0).note,
        QStringLiteral("-5 on last year"));
    const QString b = m_files.filePath(QStringLiteral("b"));
    QVERIFY(opcc::CsvExporter(db).exportTo(b));
    for (const QString &name : { QStringLiteral("schemes.csv"), QStringLiteral("outcomes.csv") })
        QCOMPARE(fileBytes(QDir(b).filePath(name)), fileBytes(QDir(a).filePath(name)));
}

// Which indexes an import leaves out and makes again at its end, by its size (bytes of figure
// rows, some 150 a row) and the figures the register holds before it.
void tst_ImportRun::rebuildsIndexes_data()
{
    QTest::addColumn<qint64>("schemeRows"); // of schemes, details and documents
    QTest::addColumn<qint64>("schemes");
    QTest::addColumn<qint64>("figureRows");
    QTest::addColumn<qint64>("figures");
    QTest::addColumn<bool>("search"); // the schemes' and documents' full-text indexes
    QTest::addColumn<bool>("figureSearch"); // the figures' full-text index, new figures only
    QTest::addColumn<bool>("figureIndexes"); // the figure table's by measure and by document
    QTest::newRow("a few rows") << qint64(10) << qint64(47) << qint64(20) << qint64(129) << false
                                << false << false;
    QTest::newRow("the small register into the shipped one")
        << qint64(1000) << qint64(47) << qint64(50000) << qint64(129) << true << true << true;
    QTest::newRow("1,000 figures into the large register")
        << qint64(0) << qint64(10000) << qint64(1000) << qint64(500000) << false << true << false;
    QTest::newRow("2,000 schemes and 200,000 figures into the huge register")
        << qint64(2000) << qint64(50000) << qint64(200000) << qint64(2500000) << true << true
        << false;
    QTest::newRow("a fiftieth of the huge register's schemes")
        << qint64(1000) << qint64(50000) << qint64(0) << qint64(2500000) << true << false << false;
    QTest::newRow("under a fiftieth")
        << qint64(900) << qint64(50000) << qint64(0) << qint64(2500000) << false << false << false;
    QTest::newRow("as many figures again")
        << qint64(0) << qint64(10000) << qint64(500000) << qint64(500000) << false << true << false;
    QTest::newRow("twice the figures")
        << qint64(0) << qint64(10000) << qint64(1000000) << qint64(500000) << false << true << true;
}

void tst_ImportRun::rebuildsIndexes()
{
    QFETCH(qint64, schemeRows);
    QFETCH(qint64, schemes);
    QFETCH(qint64, figureRows);
    QFETCH(qint64, figures);
    QFETCH(bool, search);
    QFETCH(bool, figureSearch);
    QFETCH(bool, figureIndexes);
    QCOMPARE(CsvImporter::rebuildsSearchIndex(schemeRows, schemes), search);
    QCOMPARE(CsvImporter::indexesNewFiguresAtTheEnd(figureRows), figureSearch);
    QCOMPARE(CsvImporter::rebuildsFigureIndexes(figureRows, figures), figureIndexes);
}

// An import large enough to leave the search triggers and the figure indexes out: what it wrote
// is found all the same, the indexes are whole, and a preview or a failed import leaves the
// indexes and triggers as they were.
void tst_ImportRun::largeImportIsSearchable_data()
{
    QTest::addColumn<bool>("write");
    QTest::addColumn<bool>("broken"); // a bad row at the end: nothing is written
    QTest::newRow("written") << true << false;
    QTest::newRow("preview") << false << false;
    QTest::newRow("failed") << true << true;
}

void tst_ImportRun::largeImportIsSearchable()
{
    QFETCH(bool, write);
    QFETCH(bool, broken);
    QByteArray outcomes = outcomesHeader;
    // One figure a day, each with a note as long as a real one.
    for (int day = 0; day < 2500; ++day) {
        const QByteArray date = QDate(2015, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1();
        outcomes += "Keyworker pilot,Gwent,referrals," + QByteArray::number(day + 1)
            + ",,,,,,Counted by the Quokkaword team in a note as long as a real one," + date + ","
            + date + "\n";
    }
    if (broken)
        outcomes += "Keyworker pilot,Gwent,referrals,-5,,,,,,,2024,2023\n";
    // And 150 schemes with a summary as long as a real one, each with the same rare word.
    QByteArray schemes = "name,area,strand,providers,summary\n"
                         "Keyworker pilot,Gwent,treatment,Kaleidoscope,\n";
    for (int n = 1; n <= 150; ++n) {
        schemes += "Zebrafinch hub " + QByteArray::number(n)
            + ",Gwent,demand,Marigold Trust,\"A Zebrafinch hub: " + QByteArray(280, 'x') + "\"\n";
    }
    const QStringList files { m_files.write(QStringLiteral("schemes.csv"), schemes),
        m_files.write(QStringLiteral("outcomes.csv"), outcomes) };
    Database db;
    QVERIFY(db.open(m_files.freshDatabase()).ok());
    // Rows told from the files' sizes as the import tells them (300 and 150 bytes a row).
    const opcc::BrowseStore counts(db);
    QVERIFY(CsvImporter::rebuildsSearchIndex(
        QFileInfo(files.at(0)).size() / 300, counts.schemeCount()));
    QVERIFY(CsvImporter::indexesNewFiguresAtTheEnd(QFileInfo(files.at(1)).size() / 150));
    QVERIFY(CsvImporter::rebuildsFigureIndexes(
        QFileInfo(files.at(1)).size() / 150, counts.figureCount()));
    QSqlQuery triggers(QSqlDatabase::database(db.connectionName(), false));
    // The triggers, and the indexes with their definitions.
    const QString countTriggers = QStringLiteral(
        "SELECT count(*), (SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = 'figure' ORDER BY name)) "
        "FROM sqlite_master WHERE type = 'trigger'");
    QVERIFY(triggers.exec(countTriggers) && triggers.next());
    const int before = triggers.value(0).toInt();
    const QString indexesBefore = triggers.value(1).toString();
    QVERIFY(indexesBefore.contains(QLatin1String("figure_measure")));
    triggers.finish(); // a statement still reading keeps SQLite from dropping an index
    CsvImporter importer(db);
    const ImportSummary summary
        = importer.run(files, write ? CsvImporter::Mode::Write : CsvImporter::Mode::Preview);
    QVERIFY2(summary.errors.isEmpty() == !broken,
        qPrintable(summary.errors.isEmpty() ? QString() : summary.errors.first().toString()));
    QCOMPARE(summary.written, write && !broken);
    QVERIFY(triggers.exec(countTriggers) && triggers.next());
    QCOMPARE(triggers.value(0).toInt(), before);
    QCOMPARE(triggers.value(1).toString(), indexesBefore);
    QVERIFY(triggers.exec(QStringLiteral("PRAGMA integrity_check")) && triggers.next());
    QCOMPARE(triggers.value(0).toString(), QStringLiteral("ok"));
    const auto found = SearchStore(db).schemesMatching(QStringLiteral("quokkaword"));
    QVERIFY(found);
    QCOMPARE(found->size(), summary.written ? 1 : 0);
    const auto provider = SearchStore(db).schemesMatching(QStringLiteral("kaleidoscope"));
    QCOMPARE(provider->size(), summary.written ? 1 : 0);
    const auto summaries = SearchStore(db).schemesMatching(QStringLiteral("zebrafinch"));
    QVERIFY(summaries);
    QCOMPARE(summaries->size(), summary.written ? 150 : 0);
    const auto providers = SearchStore(db).schemesMatching(QStringLiteral("marigold"));
    QCOMPARE(providers->size(), summary.written ? 150 : 0);
}

QTEST_GUILESS_MAIN(tst_ImportRun)
#include "tst_importrun.moc"
