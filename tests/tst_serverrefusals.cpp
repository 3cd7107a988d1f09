// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a server register refuses, and how, on the tests' private server (pgserver.h): a register
// of a newer schema or another application's database (exit 4, left as it was), a server that
// cannot be reached, an editor's import that brings or changes an area or measure (its row named,
// nothing written), and a user who may only read.

#include "interchange/shippeddataset.h"
#include "registerjobs.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using opcc::Database;
using namespace registerjobs;

class TestServerRefusals final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
    }

    // A register of a newer schema, or a database holding other tables, is refused (exit 4)
    // and left as it was.
    void refusedAndLeftAsItWas_data()
    {
        QTest::addColumn<QStringList>("setUp");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("says");
        QTest::newRow("newer version")
            << QStringList { QStringLiteral("UPDATE opcc_schema SET version = version + 1") }
            << int(Database::Failure::NewerVersion) << "newer version";
        QTest::newRow("another application's tables")
            << QStringList { QStringLiteral("DROP TABLE opcc_schema CASCADE") }
            << int(Database::Failure::NotADatabase) << "another application";
    }

    void refusedAndLeftAsItWas()
    {
        QFETCH(QStringList, setUp);
        QFETCH(int, failure);
        QFETCH(QString, says);
        PgServer &server = PgServer::instance();
        Register target(QStringLiteral("postgresql"));
        {
            Database db;
            QVERIFY(opcc::shippeddataset::openOrCreate(db, target.address).ok());
        }
        QVERIFY2(server.runSql(target.serverName(), setUp), qPrintable(server.error()));
        const QString countSql
            = QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
        const QString tablesBefore = server.queryValue(target.serverName(), countSql);
        Database db;
        const auto opened = opcc::shippeddataset::openOrCreate(db, target.address);
        QCOMPARE(int(opened.failure), failure);
        QVERIFY2(opened.message.contains(says), qPrintable(opened.message));
        QCOMPARE(server.queryValue(target.serverName(), countSql), tablesBefore);
        QCOMPARE(
            server.queryValue(target.serverName(), QStringLiteral("SELECT count(*) FROM scheme")),
            QStringLiteral("47"));
        const JobResult job = exportTo(target.address, target.dir.filePath(QStringLiteral("out")));
        QCOMPARE(job.code, int(opcc::ExitDatabaseUnusable));
    }

    void cannotConnect_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("says");
        const PgServer &server = PgServer::instance();
        QTest::newRow("nothing listens")
            << QStringLiteral("postgresql://opcc_test@127.0.0.1:1/x") << server.password().toUtf8()
            << "Cannot reach the PostgreSQL server at 127.0.0.1:1";
        QTest::newRow("wrong password")
            << server.uri(QStringLiteral("postgres")) << QByteArray("wrong")
            << QStringLiteral("refused the user \"opcc_test\"");
        QTest::newRow("no such database")
            << server.uri(QStringLiteral("nowhere")) << server.password().toUtf8()
            << "no database or user of that name";
        QTest::newRow("password in the address")
            << QStringLiteral("postgresql://opcc_test:%1@127.0.0.1:%2/postgres")
                   .arg(server.password())
                   .arg(server.port())
            << server.password().toUtf8() << "does not belong in the address";
    }

    // Exit code 4 with a message naming the server; never a password in it.
    void cannotConnect()
    {
        QFETCH(QString, address);
        QFETCH(QByteArray, password);
        QFETCH(QString, says);
        const QByteArray kept = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", password);
        QTemporaryDir dir;
        const JobResult job = exportTo(address, dir.filePath(QStringLiteral("out")));
        qputenv("PGPASSWORD", kept);
        QCOMPARE(job.code, int(opcc::ExitDatabaseUnusable));
        QVERIFY2(job.err.contains(says), qPrintable(job.err));
        QVERIFY2(!job.err.contains(PgServer::instance().password()), qPrintable(job.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
    }

    // Areas and measures are an administrator's to add and change: an editor's import that
    // brings a new one, or changes one already there (an area's nation or region, a measure's
    // label, direction or description), is refused as the input's fault (exit 3), naming the
    // first row that does and the columns, before the server would refuse it, and changes
    // nothing; an administrator's import of the same files does it. An editor's import of
    // schemes and figures of known areas and measures, or of an area or measure restated as it
    // is, goes through.
    void importOfAreaOrMeasure_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("refusal"); // what the editor is told; empty: accepted
        const QByteArray pilot = "name,area,strand,status,summary\n"
                                 "New Pilot,Cleveland,treatment,pilot,A pilot\n";
        const struct
        {
            const char *name;
            const char *file;
            QByteArray content;
            const char *refusal;
        } cases[] = {
            { "new area of a scheme", "schemes.csv",
                pilot
                    + "Island Pilot,Cleveland; Lyonesse,treatment,pilot,Offshore\n"
                      "Second Island Pilot,Lyonesse,treatment,pilot,Offshore\n",
                "schemes.csv:3: area: \"Lyonesse\" is a new area; only a register administrator "
                "may add one" },
            { "new area of areas.csv", "areas.csv",
                "area,nation,region\nCleveland,england,North East\nLyonesse,england,South West\n",
                "areas.csv:3: area: \"Lyonesse\" is a new area; only a register administrator "
                "may add one" },
            { "new measure of a figure", "outcomes.csv",
                "scheme,area,measure,value,unit\nDIVERT,West Mercia,referrals,42,\n"
                "DIVERT,West Mercia,naloxone_kits,12,count\n"
                "Heroin Assisted Treatment,Cleveland,naloxone_kits,14,count\n",
                "outcomes.csv:3: measure: \"naloxone_kits\" is a new measure; only a register "
                "administrator may add one" },
            { "new measure of measures.csv", "measures.csv",
                "measure,unit,label\nnaloxone_kits,count,Naloxone kits\n",
                "measures.csv:2: measure: \"naloxone_kits\" is a new measure; only a register "
                "administrator may add one" },
            { "changed area of areas.csv", "areas.csv",
                "area,nation,region\nCleveland,england,North East\nKent,wales,Wales\n",
                "areas.csv:3: nation: \"Kent\" is an area already in the register; only a "
                "register administrator may change its nation, region" },
            { "changed measure of measures.csv", "measures.csv",
                "measure,unit,label,higher_is_better\nreferrals,count,Referrals,yes\n"
                "referrals_mental_health,count,Mental health referrals,no\n",
                "measures.csv:3: label: \"referrals_mental_health\" is a measure already in the "
                "register; only a register administrator may change its label, higher_is_better" },
            { "changed description of measures.csv", "measures.csv",
                "measure,unit,description\nreferrals,count,People referred by anyone\n",
                "measures.csv:2: description: \"referrals\" is a measure already in the register; "
                "only a register administrator may change its description" },
            { "known area and measure", "schemes.csv", pilot, "" },
        };
        for (const auto &each : cases) {
            for (const char *role : { "editor", "admin" })
                QTest::addRow("%s, %s", role, each.name)
                    << QString::fromLatin1(role) << QString::fromLatin1(each.file) << each.content
                    << (QLatin1String(role) == QLatin1String("editor")
                               ? QString::fromUtf8(each.refusal)
                               : QString());
        }
    }

    void importOfAreaOrMeasure()
    {
        QFETCH(QString, role);
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, refusal);
        PgServer &server = PgServer::instance();
        Register target(QStringLiteral("postgresql"));
        QVERIFY(!target.address.isEmpty());
        {
            Database db;
            QVERIFY(opcc::shippeddataset::openOrCreate(db, target.address).ok());
        }
        const QString user = QStringLiteral("%1_%2").arg(role, target.serverName());
        QVERIFY2(
            server.createLogin(user, QStringLiteral("opcc_") + role), qPrintable(server.error()));
        const QString before = target.dir.filePath(QStringLiteral("before"));
        QCOMPARE(exportTo(target.address, before).code, int(opcc::ExitOk));

        const QString path = target.dir.filePath(file);
        QVERIFY(testsupport::writeFile(path, content));
        opcc::CommandLineOptions options;
        options.database = server.uri(target.serverName(), user);
        options.imports = QStringList { path };
        const JobResult imported = runJob(options);
        const QString after = target.dir.filePath(QStringLiteral("after"));
        QCOMPARE(exportTo(target.address, after).code, int(opcc::ExitOk));
        if (refusal.isEmpty()) {
            QVERIFY2(imported.code == opcc::ExitOk, qPrintable(imported.err));
            QVERIFY(exportFiles(after) != exportFiles(before));
            return;
        }
        QVERIFY2(imported.code == opcc::ExitInvalidInput, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(refusal), qPrintable(imported.err));
        // Said once, at the first row that brings it.
        QCOMPARE(imported.err.count(QLatin1String("only a register administrator")), 1);
        QVERIFY2(
            !imported.err.contains(QLatin1String("refused the row")), qPrintable(imported.err));
        QCOMPARE(exportFiles(after), exportFiles(before));
    }

    // A user the server lets only read: exports work, an import is refused with exit code 4.
    void readOnlyUser()
    {
        PgServer &server = PgServer::instance();
        Register target(QStringLiteral("postgresql"));
        {
            Database db;
            QVERIFY(opcc::shippeddataset::openOrCreate(db, target.address).ok());
        }
        const QString reader = QStringLiteral("reader_%1").arg(target.serverName());
        QVERIFY2(server.runSql(target.serverName(),
                     { QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                             .arg(reader, server.password()),
                         QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1")
                             .arg(reader) }),
            qPrintable(server.error()));
        const QString address = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                                    .arg(reader)
                                    .arg(server.port())
                                    .arg(target.serverName());
        {
            Database db;
            const auto opened = opcc::shippeddataset::openOrCreate(db, address);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QVERIFY(db.isReadOnly());
        }
        QCOMPARE(
            exportTo(address, target.dir.filePath(QStringLiteral("out"))).code, int(opcc::ExitOk));
        opcc::CommandLineOptions options;
        options.database = address;
        options.imports = QStringList { testsupport::sourcePath(
            QStringLiteral("resources/dataset/outcomes.csv")) };
        const JobResult imported = runJob(options);
        QVERIFY2(imported.code == opcc::ExitDatabaseUnusable, qPrintable(imported.err));
    }
};

QTEST_GUILESS_MAIN(TestServerRefusals)
#include "tst_serverrefusals.moc"
