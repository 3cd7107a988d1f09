// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File > Copy Register to Server, on the tests' private PostgreSQL server: a register file (the
// shipped dataset, an FOI request, an edited scheme) copied into a new, empty database loses
// nothing (the two registers export the same files, byte for byte) and leaves the file as it
// was; a database that holds a register already is refused and left as it was; a shared register
// is not copied from.

#include "foi/foirequest.h"
#include "foisupport.h"
#include "interchange/csvexporter.h"
#include "interchange/registercopy.h"
#include "interchange/shippeddataset.h"
#include "pgserver.h"
#include "storage/database.h"
#include "storage/foistore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace opcc;
using testsupport::PgServer;

namespace {

// Every exported file's bytes, by name.
QHash<QString, QByteArray> exportOf(Database &db, const QString &folder)
{
    QHash<QString, QByteArray> files;
    if (!CsvExporter(db).exportTo(folder))
        return files;
    for (const QString &name : CsvExporter::exportedFileNames())
        files.insert(name, testsupport::fileBytes(QDir(folder).filePath(name)));
    return files;
}

} // namespace

class TestRegisterCopy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
        m_file = m_dir.filePath(QStringLiteral("team.sqlite"));
        Database db;
        QVERIFY(shippeddataset::openOrCreate(db, m_file).ok());
        // More than the shipped dataset: an FOI request and a scheme changed by hand.
        Database::Transaction transaction(db);
        const qint64 divert = *SchemeStore::reader(db).idOf(
            QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
        FoiRequest request
            = foisupport::request(QStringLiteral("FOI 2026-014"), QDate(2026, 10, 5), { divert });
        request.due = foi::computedDue(request); // as the window saves it
        QVERIFY(FoiStore(db).insert(request));
        Scheme scheme = *SchemeStore::reader(db).scheme(divert);
        scheme.description = QStringLiteral("Custody referral to a keyworker, Welsh: ŵ ŷ.");
        QVERIFY(SchemeStore(db).update(scheme));
        QVERIFY(transaction.commit());
    }

    void copiesEverything()
    {
        Database file;
        QVERIFY(file.open(m_file).ok());
        const auto before = exportOf(file, m_dir.filePath(QStringLiteral("file-before")));
        QCOMPARE(before.size(), CsvExporter::exportedFileNames().size());
        const QString uri = PgServer::instance().createDatabase();
        RegisterCopy copy(file);
        QVERIFY2(copy.toServer(uri), qPrintable(copy.errorString()));
        QVERIFY(copy.schemesCopied() > 40);
        QVERIFY(copy.figuresCopied() > 100);
        Database server;
        QVERIFY(server.open(uri).ok());
        const auto copied = exportOf(server, m_dir.filePath(QStringLiteral("server")));
        for (const QString &name : CsvExporter::exportedFileNames())
            QVERIFY2(copied.value(name) == before.value(name), qPrintable(name));
        QVERIFY(copied.value(QStringLiteral("foi_requests.csv")).contains("FOI 2026-014"));
        // The file is only read.
        QCOMPARE(exportOf(file, m_dir.filePath(QStringLiteral("file-after"))), before);
    }

    void refusesARegisterAlreadyThere()
    {
        const QString uri = PgServer::instance().createDatabase();
        {
            Database server;
            QVERIFY(shippeddataset::openOrCreate(server, uri).ok()); // a register of its own
        }
        Database server;
        QVERIFY(server.open(uri).ok());
        const auto before = exportOf(server, m_dir.filePath(QStringLiteral("there-before")));
        server.close();
        Database file;
        QVERIFY(file.open(m_file).ok());
        RegisterCopy copy(file);
        QVERIFY(!copy.toServer(uri));
        QVERIFY2(copy.errorString().contains(QLatin1String("holds a register already")),
            qPrintable(copy.errorString()));
        QVERIFY(server.open(uri).ok());
        QCOMPARE(exportOf(server, m_dir.filePath(QStringLiteral("there-after"))), before);
    }

    void copiesFromAFileOnly()
    {
        const QString uri = PgServer::instance().createDatabase();
        Database server;
        QVERIFY(shippeddataset::openOrCreate(server, uri).ok());
        RegisterCopy copy(server);
        QVERIFY(!copy.toServer(PgServer::instance().createDatabase()));
        QVERIFY(!copy.errorString().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestRegisterCopy)
#include "tst_registercopy.moc"
