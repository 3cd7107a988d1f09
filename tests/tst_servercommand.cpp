// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The built program run with --database postgresql://...: the chart and report jobs write the
// same files from a server register as from a file register, and a malformed address is a
// usage error.

#include "pgserver.h"
#include "testsupport.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using testsupport::PgServer;

class TestServerCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
    }

    void sameFilesFromEither_data()
    {
        QTest::addColumn<QStringList>("job");
        QTest::addColumn<QString>("output");
        QTest::newRow("--chart to SVG")
            << QStringList { QStringLiteral("--chart"), QStringLiteral("referrals") }
            << "chart.svg";
        QTest::newRow("--report to HTML, a search and a year") << QStringList {
            QStringLiteral("--search"), QStringLiteral("diver"), QStringLiteral("--financial-year"),
            QStringLiteral("2019/20"), QStringLiteral("--public"), QStringLiteral("--report")
        } << "report.html";
    }

    void sameFilesFromEither()
    {
        QFETCH(QStringList, job);
        QFETCH(QString, output);
        QTemporaryDir dir;
        const QString server = PgServer::instance().createDatabase();
        QVERIFY(!server.isEmpty());
        QList<QByteArray> written;
        // A report is dated the day it is printed: both runs again if midnight fell between them.
        QDate day;
        do {
            day = QDate::currentDate();
            written.clear();
            for (const QString &database :
                { dir.filePath(QStringLiteral("schemes.sqlite")), server }) {
                const QString file = dir.filePath(QString::number(written.size()) + output);
                QStringList arguments { QStringLiteral("--database"), database };
                arguments += job;
                if (output.endsWith(QLatin1String(".svg")))
                    arguments << QStringLiteral("--output");
                arguments << file;
                const auto run
                    = testsupport::runProgram(QStringLiteral(OPCC_EXECUTABLE), arguments);
                QVERIFY2(run.exitCode == 0, qPrintable(run.err));
                written.append(testsupport::fileBytes(file));
            }
        } while (QDate::currentDate() != day);
        QVERIFY(written.at(0).size() > 1000);
        QVERIFY(written.at(1) == written.at(0));
    }

    void malformedAddressIsAUsageError()
    {
        const auto run = testsupport::runProgram(QStringLiteral(OPCC_EXECUTABLE),
            { QStringLiteral("--database"), QStringLiteral("postgresql://a:secret@host/db"),
                QStringLiteral("--list-measures") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("does not belong")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(TestServerCommand)
#include "tst_servercommand.moc"
