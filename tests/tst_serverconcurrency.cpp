// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Eight officers editing one server register at once: eight client processes (pgeditclient,
// which saves through SchemeEditor as the window does) each make 200 edits to the same few
// schemes, each starting from its own view of them. No update may be lost: every edit is either
// in the register or was reported to its client as a conflict, never both and never neither;
// the audit log holds one entry per edit that was applied, naming the database user; and every
// client's view, kept up to date by the server's notifications, ends equal to the register.

#include "interchange/shippeddataset.h"
#include "pgserver.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>
#include <vector>

using testsupport::PgServer;

namespace {

constexpr int concurrencyClients = 8;
constexpr int concurrencyEdits = 200;
constexpr int concurrencySchemes = 5;

struct ClientOutcome
{
    int applied = 0;
    int conflicts = 0;
    bool converged = false;
    QMap<qint64, QPair<int, QByteArray>> view; // scheme: row version, description (base64)
};

} // namespace

class TestServerConcurrency final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
        QVERIFY(QFile::exists(testsupport::environmentPath("OPCC_EDIT_CLIENT")));
    }

    void noLostUpdates()
    {
        PgServer &server = PgServer::instance();
        const QString address = server.createDatabase();
        QVERIFY2(!address.isEmpty(), qPrintable(server.error()));
        const QString name = QUrl(address).path().mid(1);
        {
            opcc::Database db;
            const auto opened = opcc::shippeddataset::openOrCreate(db, address);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
        }
        QString error;
        const QString idList = server.queryValue(name,
            QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM "
                           "(SELECT id FROM scheme ORDER BY id LIMIT %1) AS chosen")
                .arg(concurrencySchemes),
            &error);
        QVERIFY2(!idList.isEmpty(), qPrintable(error));
        QList<qint64> ids;
        QMap<qint64, QString> original;
        for (const QString &id : idList.split(QLatin1Char(','))) {
            ids.append(id.toLongLong());
            original.insert(ids.constLast(),
                server.queryValue(
                    name, QStringLiteral("SELECT description FROM scheme WHERE id = ") + id));
        }
        QCOMPARE(ids.size(), concurrencySchemes);
        const QString auditCount
            = QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'scheme' AND action = "
                             "'update' AND entity_id IN (%1)")
                  .arg(idList);
        const int auditBefore = server.queryValue(name, auditCount).toInt();
        const qint64 auditLastId
            = server.queryValue(name, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"))
                  .toLongLong();

        QTemporaryDir dir;
        const QString goFile = dir.filePath(QStringLiteral("go"));
        std::vector<std::unique_ptr<QProcess>> clients;
        for (int client = 0; client < concurrencyClients; ++client) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(testsupport::environmentPath("OPCC_EDIT_CLIENT"),
                { address, QString::number(client), QString::number(concurrencyEdits), idList,
                    goFile });
            clients.push_back(std::move(process));
        }
        for (auto &process : clients)
            QVERIFY2(process->waitForStarted(), qPrintable(process->errorString()));

        // Every client has made its edits before any is told to compare its view, so that no
        // view is compared while another client still writes. The deadline only keeps a hung
        // client from hanging the test.
        std::vector<QByteArray> output(clients.size());
        const QDeadlineTimer deadline(240000);
        for (std::size_t i = 0; i < clients.size(); ++i) {
            QProcess &process = *clients[i];
            while (!output[i].contains("edits done\n") && !deadline.hasExpired()
                && process.state() == QProcess::Running) {
                process.waitForReadyRead(1000);
                output[i] += process.readAllStandardOutput();
            }
            output[i] += process.readAllStandardOutput();
            QVERIFY2(output[i].contains("edits done\n"),
                qPrintable(QStringLiteral("client %1 did not finish its edits: %2")
                               .arg(i)
                               .arg(QString::fromUtf8(output[i].right(300)))));
        }
        QFile go(goFile);
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.close();
        for (std::size_t i = 0; i < clients.size(); ++i) {
            QProcess &process = *clients[i];
            QVERIFY(process.waitForFinished(60000));
            output[i] += process.readAllStandardOutput();
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
        }

        // What each client says it did.
        QMap<qint64, QSet<QString>> appliedTokens;
        QSet<QString> conflictTokens;
        std::vector<ClientOutcome> outcomes(clients.size());
        int applied = 0;
        int conflicts = 0;
        for (std::size_t i = 0; i < clients.size(); ++i) {
            ClientOutcome &outcome = outcomes[i];
            for (const QByteArray &line : output[i].split('\n')) {
                const QList<QByteArray> words = line.split(' ');
                if (words.size() == 3 && words.at(0) == "applied") {
                    ++outcome.applied;
                    const QString token = QString::fromLatin1(words.at(2));
                    QVERIFY2(!appliedTokens[words.at(1).toLongLong()].contains(token),
                        qPrintable(token));
                    appliedTokens[words.at(1).toLongLong()].insert(token);
                } else if (words.size() == 3 && words.at(0) == "conflict") {
                    ++outcome.conflicts;
                    conflictTokens.insert(QString::fromLatin1(words.at(2)));
                } else if (words.size() == 4 && words.at(0) == "view") {
                    outcome.view.insert(
                        words.at(1).toLongLong(), qMakePair(words.at(2).toInt(), words.at(3)));
                } else if (line == "converged") {
                    outcome.converged = true;
                }
            }
            qInfo(
                "client %d: %d applied, %d conflicts", int(i), outcome.applied, outcome.conflicts);
            // Every edit was either applied or refused as a conflict: none vanished.
            QCOMPARE(outcome.applied + outcome.conflicts, concurrencyEdits);
            applied += outcome.applied;
            conflicts += outcome.conflicts;
        }
        qInfo("all clients: %d applied, %d conflicts", applied, conflicts);
        QVERIFY(applied > 0);
        // The clients overlapped: some edits started from a view another client had overtaken.
        QVERIFY2(conflicts > 0, "no conflict at all: the clients did not edit at the same time");

        // The register holds exactly the applied edits: each left its token in the description,
        // after the tokens of the edits it started from, and no refused edit left one.
        QMap<qint64, QPair<int, QByteArray>> database;
        for (qint64 id : ids) {
            const QString description = server.queryValue(
                name, QStringLiteral("SELECT description FROM scheme WHERE id = %1").arg(id));
            const int rowVersion = server
                                       .queryValue(name,
                                           QStringLiteral("SELECT row_version FROM scheme WHERE "
                                                          "id = %1")
                                               .arg(id))
                                       .toInt();
            database.insert(id, qMakePair(rowVersion, description.toUtf8().toBase64()));
            QVERIFY(description.startsWith(original.value(id)));
            QStringList tokens = description.mid(original.value(id).size())
                                     .split(QLatin1Char(';'), Qt::SkipEmptyParts);
            QSet<QString> stored;
            QMap<QString, int> lastEditOfClient;
            for (const QString &token : std::as_const(tokens)) {
                const QString full = token + QLatin1Char(';');
                QVERIFY2(!stored.contains(full), qPrintable(full));
                stored.insert(full);
                QVERIFY2(!conflictTokens.contains(full), qPrintable(full));
                // One client's edits are in the order it made them.
                const QString client = token.section(QLatin1Char('e'), 0, 0);
                const int edit = token.section(QLatin1Char('e'), 1).toInt();
                QVERIFY2(edit > lastEditOfClient.value(client, -1), qPrintable(full));
                lastEditOfClient.insert(client, edit);
            }
            QCOMPARE(stored, appliedTokens.value(id));
        }

        // One audit entry for each applied edit, each naming the database user who made it.
        QCOMPARE(server.queryValue(name, auditCount).toInt() - auditBefore, applied);
        QCOMPARE(server
                     .queryValue(name,
                         QStringLiteral("%1 AND id > %2 AND os_user = '%3'")
                             .arg(auditCount)
                             .arg(auditLastId)
                             .arg(server.user()))
                     .toInt(),
            applied);

        // Every client's view, fed by the server's notifications, ended as the register is.
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            QVERIFY2(outcomes[i].converged, qPrintable(QStringLiteral("client %1").arg(i)));
            QCOMPARE(outcomes[i].view, database);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_serverconcurrency.moc"
