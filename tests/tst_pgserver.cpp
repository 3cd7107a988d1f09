// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The tests' private PostgreSQL server (pgserver.h): it starts, gives each test a database of
// its own, and asks for its password as a real server would.

#include "pgserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using testsupport::PgServer;

class TestPgServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
    }

    void databasesAreSeparate()
    {
        PgServer &server = PgServer::instance();
        const QString first = server.createDatabase();
        const QString second = server.createDatabase();
        QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(server.error()));
        QVERIFY(first != second);
        const QString firstName = first.section(QLatin1Char('/'), -1);
        const QString secondName = second.section(QLatin1Char('/'), -1);
        QVERIFY(server.runSql(firstName, { QStringLiteral("CREATE TABLE only_here (x int)") }));
        QCOMPARE(
            server.queryValue(firstName,
                QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'")),
            QStringLiteral("1"));
        QCOMPARE(
            server.queryValue(secondName,
                QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'")),
            QStringLiteral("0"));
    }

    void passwordIsChecked_data()
    {
        QTest::addColumn<bool>("rightPassword");
        QTest::newRow("right password") << true;
        QTest::newRow("wrong password") << false;
    }

    void passwordIsChecked()
    {
        QFETCH(bool, rightPassword);
        PgServer &server = PgServer::instance();
        const QString name = QStringLiteral("check-%1").arg(rightPassword);
        bool opened = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(server.port());
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setUserName(server.user());
            db.setPassword(rightPassword ? server.password() : QStringLiteral("not-it"));
            opened = db.open();
            if (!rightPassword)
                QVERIFY(db.lastError().text().contains(QLatin1String("password")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(opened, rightPassword);
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
