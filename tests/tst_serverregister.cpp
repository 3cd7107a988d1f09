// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A shared register on PostgreSQL against a file register: the command-line jobs give the same
// result on both (each test on a temporary SQLite file and on its own database of the tests'
// private server, pgserver.h), and a server register is set up, refused and reported on as the
// interchange contract says. What a server refuses, and how: tst_serverrefusals.

#include "cli/commandline.h"
#include "cli/jobrunner.h"
#include "interchange/shippeddataset.h"
#include "pgserver.h"
#include "registerjobs.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/schemestore.h"
#include "storage/searchstore.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <algorithm>
#include <memory>

using opcc::Database;
using testsupport::PgServer;

using namespace registerjobs;

class TestServerRegister final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
    }

    // The contract: --export-csv of a new file register and of a new server register are
    // identical, file for file and byte for byte.
    void newRegistersExportAlike()
    {
        Register file(QStringLiteral("sqlite"));
        Register server(QStringLiteral("postgresql"));
        QVERIFY(!server.address.isEmpty());
        const JobResult fromFile = exportTo(file.address, file.dir.filePath(QStringLiteral("out")));
        const JobResult fromServer
            = exportTo(server.address, server.dir.filePath(QStringLiteral("out")));
        QVERIFY2(fromFile.code == opcc::ExitOk, qPrintable(fromFile.err));
        QVERIFY2(fromServer.code == opcc::ExitOk, qPrintable(fromServer.err));
        QVERIFY2(fromServer.err.contains(QLatin1String("Created")), qPrintable(fromServer.err));
        const auto fileExport = exportFiles(file.dir.filePath(QStringLiteral("out")));
        const auto serverExport = exportFiles(server.dir.filePath(QStringLiteral("out")));
        QCOMPARE(serverExport.keys(), fileExport.keys());
        QCOMPARE(fileExport.size(), 10);
        for (auto it = fileExport.cbegin(); it != fileExport.cend(); ++it)
            QVERIFY2(serverExport.value(it.key()) == it.value(), qPrintable(it.key()));
        QVERIFY(fileExport.value(QStringLiteral("outcomes.csv")).count('\n') == 130);
    }

    void importIsAllOrNothing_data()
    {
        addEngines();
        QTest::addColumn<bool>("valid");
        for (const char *engine : { "sqlite", "postgresql" }) {
            QTest::addRow("%s, valid files", engine) << QString::fromLatin1(engine) << true;
            QTest::addRow("%s, a bad row", engine) << QString::fromLatin1(engine) << false;
        }
    }

    // A bad file leaves the register as it was; good files give the same register on both.
    void importIsAllOrNothing()
    {
        QFETCH(QString, engine);
        QFETCH(bool, valid);
        Register target(engine);
        QVERIFY(!target.address.isEmpty());
        const QString before = target.dir.filePath(QStringLiteral("before"));
        QCOMPARE(exportTo(target.address, before).code, int(opcc::ExitOk));

        const QString schemes = target.dir.filePath(QStringLiteral("schemes.csv"));
        const QString outcomes = target.dir.filePath(QStringLiteral("outcomes.csv"));
        QVERIFY(testsupport::writeFile(schemes,
            "name,area,strand,status,summary\nNew Pilot,Cleveland,treatment,pilot,A pilot\n"));
        QVERIFY(testsupport::writeFile(outcomes,
            valid ? QByteArray("scheme,area,measure,value\nNew Pilot,Cleveland,referrals,42\n")
                  : QByteArray("scheme,area,measure,value\nNew Pilot,Cleveland,referrals,42\n"
                               "New Pilot,Cleveland,referrals,abc\n")));
        opcc::CommandLineOptions options;
        options.database = target.address;
        options.imports = QStringList { schemes, outcomes };
        const JobResult imported = runJob(options);
        QCOMPARE(imported.code, int(valid ? opcc::ExitOk : opcc::ExitInvalidInput));

        const QString after = target.dir.filePath(QStringLiteral("after"));
        QCOMPARE(exportTo(target.address, after).code, int(opcc::ExitOk));
        const QByteArray outcomesAfter
            = testsupport::fileBytes(QDir(after).filePath(QStringLiteral("outcomes.csv")));
        if (!valid) {
            QVERIFY2(imported.err.contains(QLatin1String("outcomes.csv:3: value")),
                qPrintable(imported.err));
            QCOMPARE(exportFiles(after), exportFiles(before));
        } else {
            QVERIFY(outcomesAfter.contains("New Pilot,Cleveland,referrals,42,"));
            QVERIFY(testsupport::fileBytes(QDir(after).filePath(QStringLiteral("schemes.csv")))
                        .contains("New Pilot,Cleveland,treatment,pilot"));
        }
    }

    void importNotesEachScheme_data()
    {
        addEngines();
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // Each scheme an import adds or changes has an entry of it in its own history (written in
    // one statement for them all), and a scheme it leaves has none.
    void importNotesEachScheme()
    {
        QFETCH(QString, engine);
        Register target(engine);
        QVERIFY(!target.address.isEmpty());
        QCOMPARE(exportTo(target.address, target.dir.filePath(QStringLiteral("before"))).code,
            int(opcc::ExitOk));
        const QString schemes = target.dir.filePath(QStringLiteral("schemes.csv"));
        const QString outcomes = target.dir.filePath(QStringLiteral("outcomes.csv"));
        QVERIFY(testsupport::writeFile(schemes,
            "name,area,strand,status,summary\nNew Pilot,Cleveland,treatment,pilot,A pilot\n"
            "Second Pilot,Gwent,supply,pilot,Another\n"));
        QVERIFY(testsupport::writeFile(
            outcomes, "scheme,area,measure,value\nSecond Pilot,Gwent,referrals,7\n"));
        opcc::CommandLineOptions options;
        options.database = target.address;
        options.imports = QStringList { schemes, outcomes };
        const JobResult imported = runJob(options);
        QVERIFY2(imported.code == opcc::ExitOk, qPrintable(imported.err));

        opcc::Database db;
        QVERIFY(opcc::shippeddataset::openOrCreate(db, target.address).ok());
        QMap<qint64, QStringList> noted;
        for (const auto &entry : opcc::AuditStore::reader(db).entries(QStringLiteral("scheme"))) {
            if (entry.action == QLatin1String("import"))
                noted[entry.entityId].append(entry.summary);
        }
        QList<qint64> added;
        for (const opcc::Scheme &scheme : opcc::SchemeStore::reader(db).schemes()) {
            if (scheme.name.endsWith(QLatin1String(" Pilot")))
                added.append(scheme.id);
        }
        std::sort(added.begin(), added.end());
        QCOMPARE(added.size(), 2);
        QCOMPARE(noted.keys(), added);
        for (const QStringList &summaries : noted)
            QCOMPARE(
                summaries, QStringList { QStringLiteral("Import of schemes.csv, outcomes.csv") });
    }

    // Both engines import the same files into the same register: compared byte for byte.
    void importGivesTheSameRegister()
    {
        Register file(QStringLiteral("sqlite"));
        Register server(QStringLiteral("postgresql"));
        const QString export1 = file.dir.filePath(QStringLiteral("first"));
        QCOMPARE(exportTo(file.address, export1).code, int(opcc::ExitOk));
        // Every figure changed, so that the import updates each one on both engines.
        QByteArray outcomes
            = testsupport::fileBytes(QDir(export1).filePath(QStringLiteral("outcomes.csv")));
        outcomes.replace(",exact,", ",approx,");
        const QString changed = file.dir.filePath(QStringLiteral("outcomes.csv"));
        QVERIFY(testsupport::writeFile(changed, outcomes));
        for (const Register *target : { &file, &server }) {
            opcc::CommandLineOptions options;
            options.database = target->address;
            options.imports = QStringList { changed };
            const JobResult imported = runJob(options);
            QVERIFY2(imported.code == opcc::ExitOk, qPrintable(imported.err));
            QVERIFY2(imported.out.contains(QLatin1String("updated")), qPrintable(imported.out));
        }
        const QString fromFile = file.dir.filePath(QStringLiteral("file"));
        const QString fromServer = file.dir.filePath(QStringLiteral("server"));
        QCOMPARE(exportTo(file.address, fromFile).code, int(opcc::ExitOk));
        QCOMPARE(exportTo(server.address, fromServer).code, int(opcc::ExitOk));
        QCOMPARE(exportFiles(fromServer), exportFiles(fromFile));
        QVERIFY(testsupport::fileBytes(QDir(fromServer).filePath(QStringLiteral("outcomes.csv")))
                    .contains(",approx,"));
    }

    // New schemes with several areas and organisations each, more links than a server writes in
    // one statement (they are queued and written a thousand at a time), and new organisations:
    // the same register on both engines.
    void newSchemesImportAlike()
    {
        Register file(QStringLiteral("sqlite"));
        Register server(QStringLiteral("postgresql"));
        QByteArray schemes = "name,area,strand,providers,funders\n";
        for (int i = 0; i < 700; ++i)
            schemes += QStringLiteral("Link Pilot %1,Gwent; Cleveland,treatment,Provider %2; "
                                      "Kaleidoscope,Funder %3\n")
                           .arg(i)
                           .arg(i % 50)
                           .arg(i % 7)
                           .toUtf8();
        const QString path = file.dir.filePath(QStringLiteral("schemes.csv"));
        QVERIFY(testsupport::writeFile(path, schemes));
        for (const Register *target : { &file, &server }) {
            opcc::CommandLineOptions options;
            options.database = target->address;
            options.imports = QStringList { path };
            const JobResult imported = runJob(options);
            QVERIFY2(imported.code == opcc::ExitOk, qPrintable(imported.err));
            QVERIFY2(imported.out.contains(QLatin1String("700 added")), qPrintable(imported.out));
        }
        const QString fromFile = file.dir.filePath(QStringLiteral("file"));
        const QString fromServer = file.dir.filePath(QStringLiteral("server"));
        QCOMPARE(exportTo(file.address, fromFile).code, int(opcc::ExitOk));
        QCOMPARE(exportTo(server.address, fromServer).code, int(opcc::ExitOk));
        QCOMPARE(exportFiles(fromServer), exportFiles(fromFile));
        QCOMPARE(PgServer::instance().queryValue(server.serverName(),
                     QStringLiteral("SELECT count(*) FROM scheme_organisation so JOIN scheme s ON "
                                    "s.id = so.scheme_id WHERE s.name LIKE 'Link Pilot %'")),
            QStringLiteral("2100"));
        QCOMPARE(PgServer::instance().queryValue(server.serverName(),
                     QStringLiteral("SELECT count(*) FROM scheme_area sa JOIN scheme s ON "
                                    "s.id = sa.scheme_id WHERE s.name LIKE 'Link Pilot %'")),
            QStringLiteral("1400"));
    }

    // A file register copied up to a server by an export and an import loses nothing: what the
    // shipped dataset does not exercise included (an organisation no scheme names, attached
    // copies with bytes no text holds, FOI requests with their schemes and time).
    void fileRegisterCopiedUp()
    {
        Register file(QStringLiteral("sqlite"));
        {
            Database db;
            QVERIFY(opcc::shippeddataset::openOrCreate(db, file.address).ok());
        }
        QString error;
        QVERIFY2(testsupport::runRawSql(file.address,
                     { QStringLiteral("INSERT INTO organisation (name) VALUES ('Unlinked Trust')"),
                         QStringLiteral("UPDATE area SET region = 'Wales, South' WHERE name = "
                                        "'Gwent'"),
                         QStringLiteral("INSERT INTO source_attachment (source_id, file_name, "
                                        "media_type, content, added_at) SELECT id, 'reply.pdf', "
                                        "'application/pdf', X'255044462D312E340A00FF0D0A', "
                                        "'2026-11-10T10:00:00Z' FROM source_document ORDER BY "
                                        "title LIMIT 1"),
                         QStringLiteral("INSERT INTO foi_request (reference, received, due, "
                                        "subject, questions, status, replied, exemptions) VALUES "
                                        "('FOI 2020-500', '2020-04-20', '2020-05-19', "
                                        "'Diversion schemes', 'Which schemes divert?', "
                                        "'replied', '2020-05-01', 's40_2')"),
                         QStringLiteral("INSERT INTO foi_request_scheme (request_id, scheme_id, "
                                        "position) SELECT r.id, s.id, 0 FROM foi_request r, "
                                        "scheme s WHERE s.name = 'DIVERT' AND s.area_key = "
                                        "'West Mercia'"),
                         QStringLiteral("INSERT INTO foi_time (request_id, on_date, minutes, "
                                        "note) SELECT id, '2020-04-21', 90, 'search' FROM "
                                        "foi_request") },
                     &error),
            qPrintable(error));
        const QString fromFile = file.dir.filePath(QStringLiteral("file"));
        QCOMPARE(exportTo(file.address, fromFile).code, int(opcc::ExitOk));

        Register server(QStringLiteral("postgresql"));
        opcc::CommandLineOptions options;
        options.database = server.address;
        for (const QString &name : QDir(fromFile).entryList({ QStringLiteral("*.csv") }))
            options.imports.append(QDir(fromFile).filePath(name));
        const JobResult imported = runJob(options);
        QVERIFY2(imported.code == opcc::ExitOk, qPrintable(imported.err + imported.out));
        const QString fromServer = file.dir.filePath(QStringLiteral("server"));
        QCOMPARE(exportTo(server.address, fromServer).code, int(opcc::ExitOk));
        QCOMPARE(exportFiles(fromServer), exportFiles(fromFile));
        QCOMPARE(exportFiles(fromServer + QStringLiteral("/attachments")),
            exportFiles(fromFile + QStringLiteral("/attachments")));
        QVERIFY(exportFiles(fromServer)
                    .value(QStringLiteral("foi_requests.csv"))
                    .contains("FOI 2020-500"));
        QVERIFY(!exportFiles(fromServer + QStringLiteral("/attachments")).isEmpty());
    }

    void listsAlike_data()
    {
        QTest::addColumn<bool>("check");
        QTest::newRow("--list-measures") << false;
        QTest::newRow("--check") << true;
    }

    void listsAlike()
    {
        QFETCH(bool, check);
        Register file(QStringLiteral("sqlite"));
        Register server(QStringLiteral("postgresql"));
        QStringList outputs;
        for (const Register *target : { &file, &server }) {
            opcc::CommandLineOptions options;
            options.database = target->address;
            options.listMeasures = !check;
            options.check = check;
            JobResult listed = runJob(options);
            QVERIFY2(listed.code == opcc::ExitOk, qPrintable(listed.err));
            outputs.append(listed.out.replace(target->address, QStringLiteral("DB")));
        }
        QVERIFY(!outputs.at(0).isEmpty());
        QCOMPARE(outputs.at(1), outputs.at(0));
    }

    void searchFindsAlike_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("a scheme's word") << "diver";
        QTest::newRow("a quote's word") << "arrests";
        QTest::newRow("a source's publisher") << "APCC";
        QTest::newRow("an organisation") << "Turning";
        QTest::newRow("two words") << "Operation Scorpion";
        QTest::newRow("regular expression characters") << "zzq.x*(";
        QTest::newRow("nowhere") << "zzqx";
    }

    // The server's word search (no FTS5 there) finds the schemes the file's indexes find.
    void searchFindsAlike()
    {
        QFETCH(QString, word);
        Register file(QStringLiteral("sqlite"));
        Register server(QStringLiteral("postgresql"));
        QList<QSet<qint64>> found;
        for (const Register *target : { &file, &server }) {
            Database db;
            const auto opened = opcc::shippeddataset::openOrCreate(db, target->address);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            const opcc::SearchStore search(db);
            const auto ids = search.schemesMatching(word);
            QVERIFY2(ids, qPrintable(search.errorString()));
            found.append(*ids);
        }
        QCOMPARE(found.at(1), found.at(0));
        if (!word.startsWith(QLatin1String("zzq")))
            QVERIFY(!found.at(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerRegister)
#include "tst_serverregister.moc"
