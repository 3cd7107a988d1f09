// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A shared register on PostgreSQL against a file register: the command-line jobs give the same
// result on both (each test on a temporary SQLite file and on its own database of the tests'
// private server, pgserver.h), and a server register is set up, refused and reported on as the
// interchange contract says. An editor's import that brings a new area or measure, or changes one
// already there, names its row.

#include "cli/commandline.h"
#include "cli/jobrunner.h"
#include "interchange/shippeddataset.h"
#include "pgserver.h"
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

namespace {

// A new register on either engine: its address for --database.
struct Register
{
    QTemporaryDir dir;
    QString address;

    explicit Register(const QString &engine)
    {
        address = engine == QLatin1String("sqlite") ? dir.filePath(QStringLiteral("schemes.sqlite"))
                                                    : PgServer::instance().createDatabase();
    }
    // The database's name on the server.
    QString serverName() const { return address.section(QLatin1Char('/'), -1); }
};

struct JobResult
{
    int code = -1;
    QString out;
    QString err;
};

JobResult runJob(opcc::CommandLineOptions options)
{
    JobResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = opcc::JobRunner(out, err).run(options);
    out.flush();
    err.flush();
    return result;
}

JobResult exportTo(const QString &address, const QString &directory)
{
    opcc::CommandLineOptions options;
    options.database = address;
    options.exportDirectory = directory;
    return runJob(options);
}

// Every file of an export, by name.
QMap<QString, QByteArray> exportFiles(const QString &directory)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(directory).entryList(QDir::Files))
        files.insert(name, testsupport::fileBytes(QDir(directory).filePath(name)));
    return files;
}

void addEngines()
{
    QTest::addColumn<QString>("engine");
}

} // namespace

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

QTEST_GUILESS_MAIN(TestServerRegister)
#include "tst_serverregister.moc"
