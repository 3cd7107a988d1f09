// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The PostgreSQL schema (serverschema.cpp) is kept beside the SQLite migrations (schema.cpp):
// a new file register and a new server register must hold the same tables with the same
// columns in the same order, and the server records the current schema version.

#include "interchange/shippeddataset.h"
#include "pgserver.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/serverschema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using testsupport::PgServer;

namespace {

using Columns = QMap<QString, QStringList>;

// Each table of a file register (not SQLite's own, nor the full-text indexes, which a server
// register does without) with its columns in order.
Columns fileColumns(const opcc::Database &db)
{
    Columns columns;
    QSqlQuery tables(QSqlDatabase::database(db.connectionName(), false));
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery info(QSqlDatabase::database(db.connectionName(), false));
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info.next())
            columns[table].append(info.value(1).toString());
    }
    return columns;
}

Columns serverColumns(const QString &database)
{
    Columns columns;
    QTest::qVerify(PgServer::instance().runSql(database, {}), "connect", "", __FILE__, __LINE__);
    QSqlQuery info(QSqlDatabase::database(QStringLiteral("pgserver-") + database, false));
    info.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                             "WHERE table_schema = 'public' AND table_name <> '%1' "
                             "ORDER BY table_name, ordinal_position")
                  .arg(QLatin1String(opcc::schema::serverVersionTable)));
    while (info.next())
        columns[info.value(0).toString()].append(info.value(1).toString());
    return columns;
}

// The triggers that record undo on a server: one per table, two for the figures.
const QString undoTriggers
    = QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'opcc\\_undo\\_%'");

// The word search's indexes (serverschema.cpp's serverSearchIndexes()), one per table it reads.
const QString searchIndexes = QStringLiteral(
    "SELECT count(*) FROM pg_indexes WHERE indexname LIKE '%\\_search' AND indexdef LIKE "
    "'%USING gin%opcc_fold%'");

} // namespace

class TestServerSchema final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
    }

    void bothEnginesHoldTheSameColumns()
    {
        QTemporaryDir dir;
        opcc::Database file;
        QVERIFY(file.create(dir.filePath(QStringLiteral("s.sqlite"))).ok());
        const QString address = PgServer::instance().createDatabase();
        opcc::Database server;
        const auto opened = server.openServer(address);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(opened.created);
        QVERIFY(server.isServer());
        const Columns onFile = fileColumns(file);
        const Columns onServer = serverColumns(address.section(QLatin1Char('/'), -1));
        QCOMPARE(onServer.keys(), onFile.keys());
        for (auto it = onFile.cbegin(); it != onFile.cend(); ++it)
            QCOMPARE(onServer.value(it.key()), it.value());
        QCOMPARE(onServer.keys(), [] {
            QStringList tables = opcc::schema::serverTables();
            tables.sort();
            return tables;
        }());
    }

    void serverKeepsTheVersion()
    {
        const QString address = PgServer::instance().createDatabase();
        opcc::Database server;
        QVERIFY(server.openServer(address).ok());
        const QString name = address.section(QLatin1Char('/'), -1);
        QCOMPARE(PgServer::instance().queryValue(
                     name, QStringLiteral("SELECT version FROM opcc_schema")),
            QString::number(opcc::schema::currentVersion()));
        QCOMPARE(PgServer::instance().queryValue(
                     name, QStringLiteral("SELECT application_id FROM opcc_schema")),
            QString::number(opcc::schema::applicationId));
        // Opened again: found, not made again.
        server.close();
        const auto again = server.openServer(address);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(!again.created);
    }

    // A register made by the release before the undo journal (version 9) is upgraded when it is
    // opened: the journal's table and the steps' column added, the audit trigger and the roles'
    // rights, the version raised; the old steps (session change sets) go, the register's own rows
    // stay.
    void serverUpgradesFromVersion9()
    {
        const QString address = PgServer::instance().createDatabase();
        const QString name = address.section(QLatin1Char('/'), -1);
        {
            opcc::Database server;
            QVERIFY(opcc::shippeddataset::openOrCreate(server, address).ok());
        }
        const QString schemes
            = PgServer::instance().queryValue(name, QStringLiteral("SELECT count(*) FROM scheme"));
        QString error;
        QVERIFY2(PgServer::instance().runSql(name,
                     { QStringLiteral("DROP FUNCTION opcc_undo_record() CASCADE"),
                         QStringLiteral("DROP FUNCTION opcc_fold(text) CASCADE"),
                         QStringLiteral("DROP TRIGGER audit_log_user ON audit_log"),
                         QStringLiteral("DROP FUNCTION opcc_audit_user()"),
                         QStringLiteral("DROP TABLE undo_journal"),
                         QStringLiteral("ALTER TABLE undo_step DROP COLUMN journal"),
                         QStringLiteral("INSERT INTO undo_step (changes) VALUES ('\\x00')"),
                         QStringLiteral("UPDATE opcc_schema SET version = 9") },
                     &error),
            qPrintable(error));
        opcc::Database server;
        const auto opened = server.openServer(address);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.fromVersion, 9);
        QCOMPARE(PgServer::instance().queryValue(
                     name, QStringLiteral("SELECT version FROM opcc_schema")),
            QString::number(opcc::schema::currentVersion()));
        QCOMPARE(PgServer::instance().queryValue(
                     name, QStringLiteral("SELECT count(*) FROM undo_journal")),
            QStringLiteral("0"));
        QCOMPARE(PgServer::instance().queryValue(
                     name, QStringLiteral("SELECT count(*) FROM undo_step WHERE journal = 0")),
            QStringLiteral("0"));
        QCOMPARE(
            PgServer::instance().queryValue(name, QStringLiteral("SELECT count(*) FROM scheme")),
            schemes);
        // The audit log's user and the roles' rights came with the same version.
        QCOMPARE(PgServer::instance().queryValue(name,
                     QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = "
                                    "'audit_log_user'")),
            QStringLiteral("1"));
        QCOMPARE(PgServer::instance().queryValue(name,
                     QStringLiteral("SELECT has_table_privilege('opcc_editor', 'undo_journal', "
                                    "'INSERT')")),
            QStringLiteral("true"));
        QCOMPARE(PgServer::instance().queryValue(name, undoTriggers), QStringLiteral("13"));
        QCOMPARE(PgServer::instance().queryValue(name, searchIndexes), QStringLiteral("4"));
    }

    // A register of version 10 kept its undo journal but recorded nothing into it on a server:
    // opened, it gains the triggers that record (one per table, two for the figures), its rows
    // and steps untouched.
    void serverUpgradesFromVersion10()
    {
        const QString address = PgServer::instance().createDatabase();
        const QString name = address.section(QLatin1Char('/'), -1);
        {
            opcc::Database server;
            QVERIFY(opcc::shippeddataset::openOrCreate(server, address).ok());
        }
        QCOMPARE(PgServer::instance().queryValue(name, undoTriggers), QStringLiteral("13"));
        QString error;
        QVERIFY2(PgServer::instance().runSql(name,
                     { QStringLiteral("DROP FUNCTION opcc_undo_record() CASCADE"),
                         QStringLiteral("DROP FUNCTION opcc_fold(text) CASCADE"),
                         QStringLiteral("ALTER TABLE undo_journal DROP CONSTRAINT "
                                        "undo_journal_pkey, ADD PRIMARY KEY (seq), ALTER COLUMN "
                                        "seq ADD GENERATED BY DEFAULT AS IDENTITY"),
                         QStringLiteral(
                             "CREATE INDEX undo_journal_journal ON undo_journal (journal, seq)"),
                         QStringLiteral("UPDATE opcc_schema SET version = 10") },
                     &error),
            qPrintable(error));
        QCOMPARE(PgServer::instance().queryValue(name, undoTriggers), QStringLiteral("0"));
        opcc::Database server;
        const auto opened = server.openServer(address);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.fromVersion, 10);
        QCOMPARE(PgServer::instance().queryValue(
                     name, QStringLiteral("SELECT version FROM opcc_schema")),
            QString::number(opcc::schema::currentVersion()));
        QCOMPARE(PgServer::instance().queryValue(name, undoTriggers), QStringLiteral("13"));
        // The journal's rows are numbered within their journal, by no sequence.
        QCOMPARE(PgServer::instance().queryValue(name,
                     QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                    "table_name = 'undo_journal' AND is_identity = 'YES'")),
            QStringLiteral("0"));
        QCOMPARE(PgServer::instance().queryValue(name, searchIndexes), QStringLiteral("4"));
    }

    // A register of version 11 searched its texts without an index: opened, it gains the
    // folding function and the word search's four GIN indexes, made from the rows it holds, so
    // that a word with or without its accents finds them at once.
    void serverUpgradesFromVersion11()
    {
        const QString address = PgServer::instance().createDatabase();
        const QString name = address.section(QLatin1Char('/'), -1);
        {
            opcc::Database server;
            QVERIFY(opcc::shippeddataset::openOrCreate(server, address).ok());
        }
        QCOMPARE(PgServer::instance().queryValue(name, searchIndexes), QStringLiteral("4"));
        QString error;
        QVERIFY2(PgServer::instance().runSql(name,
                     { QStringLiteral("DROP FUNCTION opcc_fold(text) CASCADE"),
                         QStringLiteral("UPDATE scheme SET summary = 'Cyfarfod yn Nhŵr y Dŵr' "
                                        "WHERE id = (SELECT min(id) FROM scheme)"),
                         QStringLiteral("UPDATE opcc_schema SET version = 11") },
                     &error),
            qPrintable(error));
        QCOMPARE(PgServer::instance().queryValue(name, searchIndexes), QStringLiteral("0"));
        opcc::Database server;
        const auto opened = server.openServer(address);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.fromVersion, 11);
        QCOMPARE(PgServer::instance().queryValue(
                     name, QStringLiteral("SELECT version FROM opcc_schema")),
            QString::number(opcc::schema::currentVersion()));
        QCOMPARE(PgServer::instance().queryValue(name, searchIndexes), QStringLiteral("4"));
        QCOMPARE(PgServer::instance().queryValue(name,
                     QStringLiteral("SELECT count(*) FROM scheme WHERE %1 @@ "
                                    "CAST('nhwr' AS tsquery)")
                         .arg(opcc::schema::serverSearchVector("scheme"))),
            QStringLiteral("1"));
    }

    // A register of version 12 folded its words with translate() alone, a slow scan of its
    // letters for every character: opened, it gains the quicker function, which folds the same,
    // and its indexes are built again, so that a session that had read their expressions matches
    // them to the search's statement (its own connection here had, by its UPDATE).
    void serverUpgradesFromVersion12()
    {
        const QString fresh = PgServer::instance().createDatabase().section(QLatin1Char('/'), -1);
        {
            opcc::Database server;
            QVERIFY(server.openServer(PgServer::instance().uri(fresh)).ok());
        }
        const QString definition
            = QStringLiteral("SELECT pg_get_functiondef(CAST('opcc_fold(text)' AS regprocedure))");
        const QString indexes = QStringLiteral(
            "SELECT string_agg(indexdef, ';' ORDER BY indexname) FROM pg_indexes WHERE indexname "
            "LIKE '%\\_search'");
        const QString address = PgServer::instance().createDatabase();
        const QString name = address.section(QLatin1Char('/'), -1);
        {
            opcc::Database server;
            QVERIFY(opcc::shippeddataset::openOrCreate(server, address).ok());
        }
        QString error;
        QVERIFY2(PgServer::instance().runSql(name,
                     { QStringLiteral("CREATE OR REPLACE FUNCTION opcc_fold(text) RETURNS text "
                                      "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT "
                                      "translate($1, ''ABCDEFGHIJKLMNOPQRSTUVWXYZŴŵ'', "
                                      "''abcdefghijklmnopqrstuvwxyzww'')'"),
                         QStringLiteral("UPDATE scheme SET summary = 'Cyfarfod yn Nhŵr y Dŵr' "
                                        "WHERE id = (SELECT min(id) FROM scheme)"),
                         QStringLiteral("UPDATE opcc_schema SET version = 12") },
                     &error),
            qPrintable(error));
        QVERIFY(PgServer::instance().queryValue(name, definition)
            != PgServer::instance().queryValue(fresh, definition));
        opcc::Database server;
        const auto opened = server.openServer(address);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(opened.fromVersion, 12);
        QCOMPARE(PgServer::instance().queryValue(
                     name, QStringLiteral("SELECT version FROM opcc_schema")),
            QString::number(opcc::schema::currentVersion()));
        // As a new register has them.
        QCOMPARE(PgServer::instance().queryValue(name, definition),
            PgServer::instance().queryValue(fresh, definition));
        QCOMPARE(PgServer::instance().queryValue(name, indexes),
            PgServer::instance().queryValue(fresh, indexes));
        QCOMPARE(PgServer::instance().queryValue(name, searchIndexes), QStringLiteral("4"));
        const QString search = QStringLiteral("SELECT id FROM scheme WHERE %1 @@ CAST('nhwr' AS "
                                              "tsquery)")
                                   .arg(opcc::schema::serverSearchVector("scheme"));
        QCOMPARE(PgServer::instance().queryValue(
                     name, QStringLiteral("SELECT count(*) FROM (%1) AS found").arg(search)),
            QStringLiteral("1"));
        QVERIFY2(PgServer::instance().runSql(
                     name, { QStringLiteral("SET enable_seqscan = off") }, &error),
            qPrintable(error));
        const QString plan = PgServer::instance().queryValue(
            name, QStringLiteral("EXPLAIN (COSTS OFF) ") + search, &error);
        QVERIFY2(plan.startsWith(QLatin1String("Bitmap Heap Scan")), qPrintable(plan + error));
        QVERIFY2(
            PgServer::instance().runSql(name, { QStringLiteral("RESET enable_seqscan") }, &error),
            qPrintable(error));
        QCOMPARE(
            PgServer::instance().queryValue(name, QStringLiteral("SELECT opcc_fold(NULL) IS NULL")),
            QStringLiteral("true"));
    }

    // The word search's folding: capitals and the Latin letters' accents to plain small letters,
    // Welsh ones among them; what it does not know (other scripts, punctuation) left as it is.
    void searchFoldsCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("welsh") << QStringLiteral("ŴŵŶŷÂâÊêÎîÔôÛûËëÏïÖöÜüẀẁẂẃỲỳÝý")
                               << QStringLiteral("wwyyaaeeiioouueeiioouuwwwwyyyy");
        QTest::newRow("western") << QStringLiteral("Ça Façade Mañana Ærø Straße Ångström Łódź")
                                 << QStringLiteral("ca facade manana Æro straße angstrom Łodz");
        QTest::newRow("plain") << QStringLiteral("Heroin Assisted Treatment, 2019/20")
                               << QStringLiteral("heroin assisted treatment, 2019/20");
        QTest::newRow("otherScripts") << QStringLiteral("Ωμέγα") << QStringLiteral("Ωμέγα");
        // A text beyond ASCII is folded by the list of letters, the rest of it as plain ASCII.
        QTest::newRow("mixed") << QStringLiteral("ΣΑ Ŵ AbC") << QStringLiteral("ΣΑ w abc");
    }

    void searchFoldsCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        const QString address = PgServer::instance().createDatabase();
        opcc::Database server;
        QVERIFY(server.openServer(address).ok());
        const QString name = address.section(QLatin1Char('/'), -1);
        QString error;
        QCOMPARE(PgServer::instance().queryValue(
                     name, QStringLiteral("SELECT opcc_fold('%1')").arg(text), &error),
            folded);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Names sort and compare as on a file (ASCII letters folded only, then bytes), whatever the
    // server's locale: a second area differing only in case is refused, as SQLite's NOCASE does.
    void namesFoldAsOnAFile()
    {
        const QString address = PgServer::instance().createDatabase();
        opcc::Database server;
        QVERIFY(opcc::shippeddataset::openOrCreate(server, address).ok());
        const QString name = address.section(QLatin1Char('/'), -1);
        QString error;
        QVERIFY(!PgServer::instance().runSql(
            name, { QStringLiteral("INSERT INTO area (name) VALUES ('CLEVELAND')") }, &error));
        QVERIFY2(error.contains(QLatin1String("area_name")), qPrintable(error));
        QCOMPARE(
            PgServer::instance().queryValue(name, QStringLiteral("SELECT opcc_nocase('ŴaLeS Ab')")),
            QStringLiteral("Ŵales ab"));
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
