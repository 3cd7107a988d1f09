// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The users of a shared register, on the tests' private PostgreSQL server: the logins with the
// role each holds, the roles a user may give (an administrator the viewer's and the editor's,
// the server's superuser all three, an editor none), and giving or taking a role: exactly the
// role given is held afterwards, with an audit entry; what may not be given or taken is refused
// and changes nothing. The list model over them. A role given or taken reaches the user's other
// open connections at once: each asks its access again and says so (accessChanged) only when it
// changed.

#include "interchange/shippeddataset.h"
#include "models/serverusermodel.h"
#include "pgserver.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/serverusers.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using opcc::Database;
using opcc::ServerUsers;
using testsupport::PgServer;

class TestServerUsers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
        m_uri = PgServer::instance().createDatabase();
        QVERIFY(!m_uri.isEmpty());
        Database db;
        const auto opened = opcc::shippeddataset::openOrCreate(db, m_uri);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        db.close();
        m_suffix = QString::number(QCoreApplication::applicationPid());
        for (const char *role : { "viewer", "editor", "admin" })
            QVERIFY(createUser(
                QLatin1String(role), QStringLiteral("opcc_%1").arg(QLatin1String(role))));
        QVERIFY(createUser(QStringLiteral("nobody"), QString()));
        QVERIFY(createUser(QStringLiteral("subject"), QStringLiteral("opcc_editor")));
        QVERIFY(createUser(QStringLiteral("bystander"), QString()));
    }

    void listsLoginsWithTheirRoles()
    {
        Database db;
        QVERIFY(db.open(m_uri).ok());
        const auto users = ServerUsers(db).users();
        QVERIFY2(users, qPrintable(ServerUsers(db).errorString()));
        QHash<QString, QString> roles;
        for (const ServerUsers::User &user : *users)
            roles.insert(user.name, user.role);
        QCOMPARE(roles.value(user(QStringLiteral("viewer"))), QStringLiteral("opcc_viewer"));
        QCOMPARE(roles.value(user(QStringLiteral("editor"))), QStringLiteral("opcc_editor"));
        QCOMPARE(roles.value(user(QStringLiteral("admin"))), QStringLiteral("opcc_admin"));
        QVERIFY(roles.contains(user(QStringLiteral("nobody"))));
        QCOMPARE(roles.value(user(QStringLiteral("nobody"))), QString());
        // Group roles are no logins.
        QVERIFY(!roles.contains(QStringLiteral("opcc_editor")));
    }

    void grantableRoles_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("grantable");
        QTest::newRow("administrator") << "admin" << QStringList { "opcc_viewer", "opcc_editor" };
        QTest::newRow("superuser")
            << "" << QStringList { "opcc_viewer", "opcc_editor", "opcc_admin" };
        QTest::newRow("editor") << "editor" << QStringList();
        QTest::newRow("viewer") << "viewer" << QStringList();
    }

    void grantableRoles()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, grantable);
        Database db;
        QVERIFY(db.open(uriOf(who)).ok());
        QCOMPARE(ServerUsers(db).grantableRoles(), grantable);
    }

    void fileHasNoUsers()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(
            opcc::shippeddataset::openOrCreate(db, dir.filePath(QStringLiteral("r.sqlite"))).ok());
        const ServerUsers users(db);
        QVERIFY(!users.users());
        QVERIFY(!users.errorString().isEmpty());
        QVERIFY(users.grantableRoles().isEmpty());
    }

    // Run in order: each row starts from what the one before left.
    void setRole_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("done");
        QTest::addColumn<QString>("held"); // afterwards
        QTest::newRow("none to editor") << "admin"
                                        << "nobody"
                                        << "opcc_editor" << true << "opcc_editor";
        QTest::newRow("editor to viewer") << "admin"
                                          << "nobody"
                                          << "opcc_viewer" << true << "opcc_viewer";
        QTest::newRow("viewer to none") << "admin"
                                        << "nobody"
                                        << "" << true << "";
        QTest::newRow("administrator not made") << "admin"
                                                << "nobody"
                                                << "opcc_admin" << false << "";
        QTest::newRow("administrator not taken") << "admin"
                                                 << "admin"
                                                 << "opcc_viewer" << false << "opcc_admin";
        QTest::newRow("editor may not give") << "editor"
                                             << "nobody"
                                             << "opcc_viewer" << false << "";
        QTest::newRow("superuser makes administrator") << ""
                                                       << "nobody"
                                                       << "opcc_admin" << true << "opcc_admin";
        QTest::newRow("and takes it") << ""
                                      << "nobody"
                                      << "" << true << "";
    }

    void setRole()
    {
        QFETCH(QString, who);
        QFETCH(QString, target);
        QFETCH(QString, role);
        QFETCH(bool, done);
        QFETCH(QString, held);
        Database db;
        QVERIFY(db.open(uriOf(who)).ok());
        ServerUsers users(db);
        const int entriesBefore = int(opcc::AuditStore::reader(db).entries().size());
        QVERIFY2(users.setRole(user(target), role) == done, qPrintable(users.errorString()));
        QCOMPARE(users.errorString().isEmpty(), done);
        const auto after = users.users();
        QVERIFY(after);
        for (const ServerUsers::User &u : *after) {
            if (u.name == user(target))
                QCOMPARE(u.role, held);
        }
        const auto entries = opcc::AuditStore::reader(db).entries();
        QCOMPARE(int(entries.size()), entriesBefore + (done ? 1 : 0));
        if (done) {
            QCOMPARE(entries.constLast().action, QStringLiteral("update"));
            QCOMPARE(entries.constLast().entity, QStringLiteral("database"));
            QVERIFY2(entries.constLast().summary.startsWith(
                         QStringLiteral("Role of %1: ").arg(user(target))),
                qPrintable(entries.constLast().summary));
        }
    }

    // Run in order: each row starts from what the one before left (the subject an editor at
    // first). The subject's own connection, open while another changes a role, follows: its
    // access, whether it writes (and the session's default), and one accessChanged() when the
    // change was its own user's; none for another user's, nor on the connection that changed it.
    void accessFollowsRoleChange_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("changed");
        QTest::addColumn<bool>("readOnly"); // the subject's connection, afterwards
        QTest::newRow("editor made viewer") << "admin"
                                            << "subject"
                                            << "opcc_viewer" << true << true;
        QTest::newRow("viewer made editor") << "admin"
                                            << "subject"
                                            << "opcc_editor" << true << false;
        QTest::newRow("editor made administrator") << ""
                                                   << "subject"
                                                   << "opcc_admin" << true << false;
        QTest::newRow("administrator made editor") << ""
                                                   << "subject"
                                                   << "opcc_editor" << true << false;
        QTest::newRow("another user's role") << "admin"
                                             << "bystander"
                                             << "opcc_viewer" << false << false;
        // Last: a user with no role cannot open the register (the rows before could not start).
        QTest::newRow("editor's role taken") << "admin"
                                             << "subject"
                                             << "" << true << true;
    }

    void accessFollowsRoleChange()
    {
        QFETCH(QString, who);
        QFETCH(QString, target);
        QFETCH(QString, role);
        QFETCH(bool, changed);
        QFETCH(bool, readOnly);
        Database subject;
        const auto opened = subject.open(uriOf(QStringLiteral("subject")));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const bool wasReadOnly = subject.isReadOnly();
        QSignalSpy access(&subject, &Database::accessChanged);
        QSignalSpy records(&subject, &Database::recordsChanged);
        QVERIFY(access.isValid() && records.isValid());
        Database changer;
        QVERIFY(changer.open(uriOf(who)).ok());
        QSignalSpy changerAccess(&changer, &Database::accessChanged);
        ServerUsers users(changer);
        QVERIFY2(users.setRole(user(target), role), qPrintable(users.errorString()));
        // The announcement arrives with its audit entry; the access is asked again at once.
        QTRY_VERIFY(!records.isEmpty());
        QVERIFY(records.constLast().at(0).value<opcc::ChangeSet>().roles);
        QCOMPARE(access.size(), changed ? 1 : 0);
        QCOMPARE(subject.isReadOnly(), changed ? readOnly : wasReadOnly);
        QCOMPARE(changerAccess.size(), 0);
        QSqlQuery show(QSqlDatabase::database(subject.connectionName(), false));
        QVERIFY(show.exec(QStringLiteral("SHOW default_transaction_read_only")) && show.next());
        QCOMPARE(show.value(0).toString(),
            subject.isReadOnly() ? QStringLiteral("on") : QStringLiteral("off"));
        show.finish();
    }

    // A role changed while the user's connection was gone (the server restarted) was announced
    // to no one there: the connection made again at the next read asks its access again.
    void accessAskedAgainAfterReconnecting()
    {
        Database owner;
        QVERIFY(owner.open(m_uri).ok());
        QVERIFY(ServerUsers(owner).setRole(
            user(QStringLiteral("subject")), QStringLiteral("opcc_editor")));
        owner.close();
        Database subject;
        QVERIFY(subject.open(uriOf(QStringLiteral("subject"))).ok());
        QVERIFY(!subject.isReadOnly());
        QSignalSpy access(&subject, &Database::accessChanged);
        QVERIFY(access.isValid());
        QVERIFY2(PgServer::instance().halt(), qPrintable(PgServer::instance().error()));
        QVERIFY2(PgServer::instance().resume(), qPrintable(PgServer::instance().error()));
        {
            Database changer;
            QVERIFY(changer.open(uriOf(QStringLiteral("admin"))).ok());
            ServerUsers users(changer);
            QVERIFY2(users.setRole(user(QStringLiteral("subject")), QStringLiteral("opcc_viewer")),
                qPrintable(users.errorString()));
        }
        QVERIFY2(!opcc::AuditStore::reader(subject).entries().isEmpty(),
            qPrintable(subject.errorString()));
        QTRY_COMPARE(access.size(), 1);
        QVERIFY(subject.isReadOnly());
    }

    void modelListsUsers()
    {
        Database db;
        QVERIFY(db.open(uriOf(QStringLiteral("admin"))).ok());
        opcc::ServerUserModel model(db);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        const int row = model.rowOf(user(QStringLiteral("editor")));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, opcc::ServerUserModel::Name).data().toString(),
            user(QStringLiteral("editor")));
        QCOMPARE(model.index(row, opcc::ServerUserModel::Role).data().toString(),
            QStringLiteral("editor"));
        QCOMPARE(model.index(row, 0).data(opcc::ServerUserModel::RoleKeyRole).toString(),
            QStringLiteral("opcc_editor"));
        QCOMPARE(model.rowOf(QStringLiteral("no such user")), -1);
    }

private:
    QString user(const QString &kind) const { return QStringLiteral("%1_%2").arg(kind, m_suffix); }

    bool createUser(const QString &kind, const QString &role)
    {
        return PgServer::instance().createLogin(user(kind), role);
    }

    // The register as one of the users ("" for the tests' superuser, who set it up).
    QString uriOf(const QString &kind) const
    {
        return kind.isEmpty()
            ? m_uri
            : PgServer::instance().uri(m_uri.section(QLatin1Char('/'), -1), user(kind));
    }

    QString m_uri;
    QString m_suffix;
};

QTEST_GUILESS_MAIN(TestServerUsers)
#include "tst_serverusers.moc"
