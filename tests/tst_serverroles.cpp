// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The roles of a shared register, on the tests' private PostgreSQL server: the schema makes
// opcc_viewer, opcc_editor and opcc_admin (once for the whole server: a second register finds
// them made), the app reads which one the user holds and what it may do, and the server itself
// refuses what the role does not allow (a viewer's UPDATE, an editor's change to a measure).
// Audit entries name the database user.

#include "interchange/shippeddataset.h"
#include "pgserver.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/serveraccess.h"
#include "storage/serverschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using opcc::Database;
using opcc::ServerAccess;
using testsupport::PgServer;

namespace {

// The database's name in a postgresql:// address.
QString databaseOf(const QString &uri)
{
    return uri.section(QLatin1Char('/'), -1);
}

// The same register as another user (who has the tests' password, given as PGPASSWORD).
QString uriAs(const QString &user, const QString &database)
{
    return PgServer::instance().uri(database, user);
}

} // namespace

class TestServerRoles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
        // One register, set up by the tests' superuser as an officer's IT would; its users.
        m_uri = PgServer::instance().createDatabase();
        QVERIFY(!m_uri.isEmpty());
        m_database = databaseOf(m_uri);
        Database db;
        const auto opened = opcc::shippeddataset::openOrCreate(db, m_uri);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        db.close();
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        for (const char *role : { "viewer", "editor", "admin" }) {
            const QString user = QStringLiteral("%1_%2").arg(QLatin1String(role), suffix);
            m_users.insert(QLatin1String(role), user);
            QVERIFY2(PgServer::instance().createLogin(
                         user, QStringLiteral("opcc_") + QLatin1String(role)),
                qPrintable(PgServer::instance().error()));
        }
        m_users.insert(QStringLiteral("none"), QStringLiteral("nobody_%1").arg(suffix));
        QVERIFY(PgServer::instance().createLogin(m_users.value(QStringLiteral("none"))));
    }

    void cleanup()
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QLatin1String("direct-"))) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
    }

    void rolesMade()
    {
        const QString made = PgServer::instance().queryValue(m_database,
            QStringLiteral("SELECT string_agg(rolname || ':' || rolcanlogin::text, ',' ORDER BY "
                           "rolname) FROM pg_roles WHERE rolname IN ('opcc_viewer', 'opcc_editor', "
                           "'opcc_admin')"));
        QCOMPARE(made, QStringLiteral("opcc_admin:false,opcc_editor:false,opcc_viewer:false"));
        // Each holds the one below it.
        QCOMPARE(PgServer::instance().queryValue(m_database,
                     QStringLiteral("SELECT pg_has_role('opcc_admin', 'opcc_viewer', 'USAGE')")),
            QStringLiteral("true"));
    }

    // Roles belong to the server: a second register on it finds them made and grants to them.
    void secondRegisterOnTheServer()
    {
        const QString second = PgServer::instance().createDatabase();
        Database db;
        const auto opened = opcc::shippeddataset::openOrCreate(db, second);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(opened.created);
        db.close();
        Database viewer;
        const auto asViewer
            = viewer.open(uriAs(m_users.value(QStringLiteral("viewer")), databaseOf(second)));
        QVERIFY2(asViewer.ok(), qPrintable(asViewer.message));
        QCOMPARE(ServerAccess::of(viewer).permission, ServerAccess::Permission::Read);
    }

    void permissionOfEachRole_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("permission");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("viewer") << "viewer" << int(ServerAccess::Permission::Read) << "opcc_viewer"
                                << true;
        QTest::newRow("editor") << "editor" << int(ServerAccess::Permission::Edit) << "opcc_editor"
                                << false;
        QTest::newRow("admin") << "admin" << int(ServerAccess::Permission::Administer)
                               << "opcc_admin" << false;
        // The register's owner (who set it up) may do everything; the tests' owner is the
        // server's superuser, who holds every role.
        QTest::newRow("owner") << "owner" << int(ServerAccess::Permission::Administer)
                               << "opcc_admin" << false;
        // A user given none of the roles reads nothing: the server refuses even that.
        QTest::newRow("none") << "none" << -1 << "" << true;
    }

    void permissionOfEachRole()
    {
        QFETCH(QString, who);
        QFETCH(int, permission);
        QFETCH(QString, role);
        QFETCH(bool, readOnly);
        const QString uri
            = who == QLatin1String("owner") ? m_uri : uriAs(m_users.value(who), m_database);
        Database db;
        const auto opened = db.open(uri);
        if (permission < 0) {
            QVERIFY(!opened.ok());
            QVERIFY2(
                opened.message.contains(QLatin1String("opcc_viewer")), qPrintable(opened.message));
            return;
        }
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const ServerAccess access = ServerAccess::of(db);
        QCOMPARE(int(access.permission), permission);
        QCOMPARE(access.role, role);
        QCOMPARE(db.isReadOnly(), readOnly);
        QCOMPARE(access.user,
            who == QLatin1String("owner") ? PgServer::instance().user() : m_users.value(who));
    }

    // The server refuses what the role does not allow, whatever the client: a statement typed
    // into psql by a viewer fails as the app's would.
    void serverEnforces_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");
        const QString renameScheme = QStringLiteral(
            "UPDATE scheme SET summary = summary || '.' WHERE id = (SELECT min(id) FROM scheme)");
        const QString relabelMeasure
            = QStringLiteral("UPDATE measure SET description = 'changed' WHERE key = 'referrals'");
        const QString addArea = QStringLiteral("INSERT INTO area (name) VALUES ('Atlantis')");
        QTest::newRow("viewerReads") << "viewer"
                                     << "SELECT count(*) FROM figure" << true;
        QTest::newRow("viewerUpdatesScheme") << "viewer" << renameScheme << false;
        QTest::newRow("viewerDeletesFigure") << "viewer"
                                             << "DELETE FROM figure" << false;
        QTest::newRow("viewerWritesAudit")
            << "viewer"
            << "INSERT INTO audit_log (at, action, entity) VALUES ('x', 'update', 'x')" << false;
        QTest::newRow("editorUpdatesScheme") << "editor" << renameScheme << true;
        QTest::newRow("editorChangesMeasure") << "editor" << relabelMeasure << false;
        QTest::newRow("editorAddsArea") << "editor" << addArea << false;
        QTest::newRow("editorRewritesAudit") << "editor"
                                             << "UPDATE audit_log SET summary = ''" << false;
        QTest::newRow("adminChangesMeasure") << "admin" << relabelMeasure << true;
        QTest::newRow("adminAddsArea") << "admin" << addArea << true;
        // An administrator gives the roles to users.
        QTest::newRow("adminGrantsRole") << "admin"
                                         << QStringLiteral("GRANT opcc_viewer TO nobody_%1")
                                                .arg(QCoreApplication::applicationPid())
                                         << true;
        QTest::newRow("editorGrantsRole") << "editor"
                                          << QStringLiteral("GRANT opcc_viewer TO nobody_%1")
                                                 .arg(QCoreApplication::applicationPid())
                                          << false;
    }

    void serverEnforces()
    {
        QFETCH(QString, who);
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        const QString name = QStringLiteral("direct-") + who;
        QSqlDatabase direct = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        direct.setHostName(QStringLiteral("127.0.0.1"));
        direct.setPort(PgServer::instance().port());
        direct.setDatabaseName(m_database);
        direct.setUserName(m_users.value(who));
        QVERIFY2(direct.open(), qPrintable(direct.lastError().text()));
        QSqlQuery query(direct);
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        const bool ran = query.exec(sql);
        const QString error = query.lastError().text();
        const QString state = query.lastError().nativeErrorCode();
        QSqlQuery(direct).exec(QStringLiteral("ROLLBACK"));
        QVERIFY2(ran == allowed, qPrintable(error));
        if (!allowed)
            QCOMPARE(state, QStringLiteral("42501")); // insufficient_privilege
    }

    // Through the app's own code: an editor's change to a measure is refused as the server's
    // refusal (read-only for that user), and nothing is changed.
    void editorCannotChangeMeasureThroughTheApp()
    {
        Database db;
        const auto opened = db.open(uriAs(m_users.value(QStringLiteral("editor")), m_database));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        auto measure = opcc::LookupStore::reader(db).measure(QStringLiteral("referrals"));
        QVERIFY(measure);
        measure->description = QStringLiteral("changed by an editor");
        QVERIFY(!opcc::LookupStore(db).updateMeasure(*measure));
        QCOMPARE(db.lastFailure(), Database::Failure::ReadOnly);
        QVERIFY(opcc::LookupStore::reader(db).measure(QStringLiteral("referrals"))->description
            != QStringLiteral("changed by an editor"));
    }

    // Who the audit log names on a server: the database user (session_user), set by the server
    // itself, so that a client cannot write another name.
    void auditNamesTheDatabaseUser()
    {
        const QString editor = m_users.value(QStringLiteral("editor"));
        Database db;
        const auto opened = db.open(uriAs(editor, m_database));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY2(opcc::AuditStore(db).write(QStringLiteral("update"), QStringLiteral("scheme"), 1,
                     QStringLiteral("audited by role test")),
            qPrintable(db.errorString()));
        QCOMPARE(PgServer::instance().queryValue(m_database,
                     QStringLiteral("SELECT os_user FROM audit_log WHERE summary = 'audited by "
                                    "role test'")),
            editor);
        QSqlQuery spoof(QSqlDatabase::database(db.connectionName(), false));
        QVERIFY2(spoof.exec(QStringLiteral("INSERT INTO audit_log (at, os_user, action, entity, "
                                           "summary) VALUES ('now', 'mallory', 'update', "
                                           "'scheme', 'spoofed')")),
            qPrintable(spoof.lastError().text()));
        QCOMPARE(PgServer::instance().queryValue(m_database,
                     QStringLiteral("SELECT os_user FROM audit_log WHERE summary = 'spoofed'")),
            editor);
    }

private:
    QString m_uri;
    QString m_database;
    QHash<QString, QString> m_users;
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
