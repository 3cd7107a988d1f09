// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The server dies during an import: the built program's --import-csv job is writing a generated
// dataset into a server register when the tests' private server is killed (every process of it,
// as in a power cut), then started again. The register holds all of the import or none of it,
// the job fails with the contract's exit code 4 (the database cannot be used: interchange.md,
// "unreachable is exit 4, never 3"), and the same job run again after the restart succeeds.

#include "datasetgenerator.h"
#include "interchange/shippeddataset.h"
#include "pgserver.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using testsupport::PgServer;

namespace {

// What an import adds to, read as the superuser: schemes, figures, areas, organisations, source
// documents and import audit entries, one line.
QString serverFaultsCounts(PgServer &server, const QString &database, QString *error = nullptr)
{
    return server.queryValue(database,
        QStringLiteral("SELECT concat_ws(' ', (SELECT count(*) FROM scheme), "
                       "(SELECT count(*) FROM figure), (SELECT count(*) FROM area), "
                       "(SELECT count(*) FROM organisation), "
                       "(SELECT count(*) FROM source_document), "
                       "(SELECT count(*) FROM audit_log WHERE action = 'import'))"),
        error);
}

} // namespace

class TestServerFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
        QVERIFY(QFileInfo(testsupport::appExecutable()).isExecutable());
        // Large enough that the import's transaction is still writing when the server is killed
        // (it takes seconds): the test fails, rather than passing untested, if it is not.
        opcc::generator::DatasetGenerator generator({ 400, 12'000 }, 7);
        QString error;
        QVERIFY2(generator.writeTo(m_data.path(), &error), qPrintable(error));
        m_files = { QDir(m_data.path()).filePath(QStringLiteral("schemes.csv")),
            QDir(m_data.path()).filePath(QStringLiteral("outcomes.csv")) };
    }

    void serverKilledDuringImport_data()
    {
        QTest::addColumn<QString>("table");
        // The server dies once the import's transaction holds a write lock on the table: while
        // it writes schemes, and later while it writes figures.
        QTest::newRow("while writing schemes") << "scheme";
        QTest::newRow("while writing figures") << "figure";
    }

    void serverKilledDuringImport()
    {
        QFETCH(QString, table);
        PgServer &server = PgServer::instance();
        const QString address = server.createDatabase();
        QVERIFY2(!address.isEmpty(), qPrintable(server.error()));
        const QString name = QUrl(address).path().mid(1);
        {
            opcc::Database db;
            const auto opened = opcc::shippeddataset::openOrCreate(db, address);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
        }
        // The tests' server acknowledges commits before their log is written (kill() says so): a
        // register's commits are made durable here, as on a real server, and what was set up is
        // written out, so that the crash loses only what the import had not committed.
        QVERIFY2(server.runSql(name,
                     { QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(name),
                         QStringLiteral("CHECKPOINT") }),
            qPrintable(server.error()));
        const QString before = serverFaultsCounts(server, name);
        QVERIFY(!before.isEmpty());

        QProcess job;
        job.start(testsupport::appExecutable(), importArguments(address));
        QVERIFY2(job.waitForStarted(), qPrintable(job.errorString()));
        // Another backend holding a row-write lock on the table: the import's transaction has
        // begun writing it.
        const QString writing = QStringLiteral(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE c.relname = '%1' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()")
                                    .arg(table);
        bool seen = false;
        while (!seen && job.state() == QProcess::Running) {
            seen = server.queryValue(name, writing).toInt() > 0;
            if (!seen)
                QThread::msleep(5);
        }
        QVERIFY2(seen,
            qPrintable(QStringLiteral("the import ended before it wrote %1 (exit %2): %3")
                           .arg(table)
                           .arg(job.exitCode())
                           .arg(QString::fromLocal8Bit(job.readAllStandardError()))));
        QVERIFY2(server.kill(), qPrintable(server.error()));

        QVERIFY(job.waitForFinished(120000));
        const QString failure = QString::fromLocal8Bit(job.readAllStandardError());
        qInfo("the job said: %s", qPrintable(failure));
        QCOMPARE(job.exitStatus(), QProcess::NormalExit);
        QCOMPARE(job.exitCode(), 4);
        QVERIFY(failure.contains(QLatin1String("PostgreSQL server")));
        QVERIFY(failure.contains(QLatin1String("Nothing was imported.")));

        QVERIFY2(server.restart(), qPrintable(server.error()));
        QString error;
        const QString afterCrash = serverFaultsCounts(server, name, &error);
        QVERIFY2(!afterCrash.isEmpty(), qPrintable(error));

        // Run again, the job succeeds.
        QProcess retry;
        retry.start(testsupport::appExecutable(), importArguments(address));
        QVERIFY(retry.waitForFinished(300000));
        QVERIFY2(retry.exitCode() == 0, qPrintable(QString::fromLocal8Bit(retry.readAll())));
        const QString afterRetry = serverFaultsCounts(server, name);
        QVERIFY(afterRetry != before);

        // All or nothing: after the crash the register was as before the import, or (had the
        // commit come first) as after it, which the retry then left as it was.
        QVERIFY2(afterCrash == before
                || afterCrash.section(QLatin1Char(' '), 0, 4)
                    == afterRetry.section(QLatin1Char(' '), 0, 4),
            qPrintable(QStringLiteral("before %1, after the crash %2, after the retry %3")
                           .arg(before, afterCrash, afterRetry)));
        qInfo("the register after the crash held %s of the import",
            afterCrash == before ? "none" : "all");
    }

private:
    QStringList importArguments(const QString &address) const
    {
        QStringList arguments { QStringLiteral("--database"), address };
        for (const QString &file : m_files)
            arguments << QStringLiteral("--import-csv") << file;
        return arguments;
    }

    QTemporaryDir m_data;
    QStringList m_files;
};

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
