// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ServerAddress: a postgresql:// URI read into the QPSQL driver's parts; passwords refused.

#include "storage/serveraddress.h"

#include <QTest>

using opcc::ServerAddress;

class TestServerAddress final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("shown");
        QTest::newRow("host and database") << "postgresql://db.opcc.local/register"
                                           << "db.opcc.local" << -1 << "register"
                                           << ""
                                           << ""
                                           << "postgresql://db.opcc.local/register";
        QTest::newRow("user, port, parameters")
            << "postgresql://alice@10.0.0.5:6432/schemes?sslmode=require&connect_timeout=5"
            << "10.0.0.5" << 6432 << "schemes"
            << "alice"
            << "sslmode='require';connect_timeout='5'"
            << "postgresql://alice@10.0.0.5:6432/schemes";
        QTest::newRow("postgres scheme, encoded names") << "postgres://o%27brien@host/my%20register"
                                                        << "host" << -1 << "my register"
                                                        << "o'brien"
                                                        << ""
                                                        << "postgresql://o'brien@host/my register";
        QTest::newRow("socket folder as a parameter")
            << "postgresql:///register?host=/var/run/postgresql"
            << "" << -1 << "register"
            << ""
            << "host='/var/run/postgresql'"
            << "postgresql:///register";
        QTest::newRow("service names the database") << "postgresql://?service=opcc"
                                                    << "" << -1 << ""
                                                    << ""
                                                    << "service='opcc'"
                                                    << "postgresql:///";
        QTest::newRow("quote in a value") << "postgresql://h/d?application_name=it%27s"
                                          << "h" << -1 << "d"
                                          << ""
                                          << "application_name='it\\'s'"
                                          << "postgresql://h/d";
        QTest::newRow("IPv6 host") << "postgresql://[::1]:5433/d"
                                   << "::1" << 5433 << "d"
                                   << ""
                                   << ""
                                   << "postgresql://::1:5433/d";
    }

    void parses()
    {
        QFETCH(QString, uri);
        QVERIFY(ServerAddress::isServerUri(uri));
        QString error;
        const auto address = ServerAddress::parse(uri, &error);
        QVERIFY2(address, qPrintable(error));
        QTEST(address->host, "host");
        QTEST(address->port, "port");
        QTEST(address->database, "database");
        QTEST(address->user, "user");
        QTEST(address->connectOptions(), "options");
        QTEST(address->displayName(), "shown");
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("says");
        QTest::newRow("password in the user part") << "postgresql://alice:secret@host/db"
                                                   << "password does not belong";
        QTest::newRow("password parameter") << "postgresql://host/db?password=secret"
                                            << "password does not belong";
        QTest::newRow("no database") << "postgresql://host"
                                     << "names no database";
        QTest::newRow("nested path") << "postgresql://host/a/b"
                                     << "with a \"/\"";
        QTest::newRow("semicolon in a value") << "postgresql://host/db?options=a;b"
                                              << "not a connection parameter";
        QTest::newRow("odd parameter name") << "postgresql://host/db?Bad-Key=1"
                                            << "not a connection parameter";
        QTest::newRow("bad port") << "postgresql://host:notaport/db"
                                  << "not a PostgreSQL address";
    }

    void refuses()
    {
        QFETCH(QString, uri);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ServerAddress::parse(uri, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
    }

    void filesAreNotServers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("plain file") << "schemes.sqlite";
        QTest::newRow("absolute") << "/home/a/postgresql/schemes.sqlite";
        QTest::newRow("file URL") << "file:///tmp/x.sqlite";
    }

    void filesAreNotServers()
    {
        QFETCH(QString, path);
        QVERIFY(!ServerAddress::isServerUri(path));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
