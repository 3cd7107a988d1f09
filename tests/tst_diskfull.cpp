// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A disk that fills up during a write, made real: SQLite's max_page_count caps the database so
// that the next page it needs fails with SQLITE_FULL, as a full disk does. An import then exits 4
// and names the full disk, an edit is refused with the same words, and neither leaves anything
// half-written.

#include "editing/schemewriter.h"
#include "importfixture.h"
#include "storage/auditstore.h"
#include "storage/schemestore.h"

#include <QSqlQuery>
#include <sqlite3.h>

using namespace testsupport;
using opcc::Database;

namespace {

// The cap that every connection this process opens from now on gets (0: none), set by an SQLite
// auto extension: the command line's job opens its own connection.
int pageCap = 0;

int capPages(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    if (pageCap > 0)
        sqlite3_exec(db, QByteArray("PRAGMA max_page_count = " + QByteArray::number(pageCap)),
            nullptr, nullptr, nullptr);
    return SQLITE_OK;
}

// The pages the file holds now, from its header (the database is closed and checkpointed).
int pagesOf(const QString &path)
{
    const QByteArray header = fileBytes(path).left(100);
    if (header.size() < 100)
        return 0;
    const auto byte = [&header](int at) { return quint32(quint8(header.at(at))); };
    return int((byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31));
}

bool runPragma(Database &db, const QString &pragma)
{
    QSqlQuery query(QSqlDatabase::database(db.connectionName()));
    return query.exec(pragma);
}

} // namespace

class tst_DiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.prepare());
        QCOMPARE(sqlite3_auto_extension(reinterpret_cast<void (*)()>(&capPages)), SQLITE_OK);
    }
    void init() { m_files.renew(); }
    void cleanup() { pageCap = 0; }
    void cleanupTestCase()
    {
        sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(&capPages));
    }
    void importExitsFourAndWritesNothing();
    void editIsRefusedAndWritesNothing();

private:
    ImportFixture m_files;
};

void tst_DiskFull::importExitsFourAndWritesNothing()
{
    const QString database = m_files.freshDatabase();
    const QByteArray schemesBefore = m_files.exportOf(database, QStringLiteral("schemes.csv"));
    const QByteArray outcomesBefore = m_files.exportOf(database, QStringLiteral("outcomes.csv"));
    QVERIFY(!schemesBefore.isEmpty());
    // 2,000 new schemes with a figure each: far more than the few pages left.
    QByteArray schemes = "name,area,strand,summary\n";
    QByteArray outcomes = outcomesHeader;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray name = "Scheme " + QByteArray::number(i);
        schemes += name + ",Gwent,treatment," + QByteArray(200, 'a' + char(i % 26)) + "\n";
        outcomes += name + ",Gwent,referrals," + QByteArray::number(i) + ",,,,,,,2023,2023\n";
    }
    const QString schemesFile = m_files.write(QStringLiteral("schemes.csv"), schemes);
    const QString outcomesFile = m_files.write(QStringLiteral("outcomes.csv"), outcomes);

    const int pages = pagesOf(database);
    QVERIFY(pages > 0);
    pageCap = pages + 8;
    QString out;
    QString err;
    const int code = m_files.runImport(database, { schemesFile, outcomesFile }, &out, &err);
    pageCap = 0;
    QCOMPARE(code, 4);
    QVERIFY2(err.contains(QLatin1String("The disk is full")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String(".csv:")), qPrintable(err)); // no input line blamed
    QCOMPARE(m_files.exportOf(database, QStringLiteral("schemes.csv")), schemesBefore);
    QCOMPARE(m_files.exportOf(database, QStringLiteral("outcomes.csv")), outcomesBefore);
}

void tst_DiskFull::editIsRefusedAndWritesNothing()
{
    const QString database = m_files.freshDatabase();
    Database db;
    QVERIFY(db.open(database).ok());
    const qint64 id = opcc::SchemeStore::reader(db)
                          .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))
                          .value_or(0);
    QVERIFY(id != 0);
    opcc::SchemeWriter writer(db);
    const auto current = writer.read(id);
    QVERIFY(current);
    const int audits = int(opcc::AuditStore::reader(db).entries().size());
    opcc::SchemeWriter::Change change;
    change.from = current;
    change.to = current;
    change.to->scheme.description = QString(200000, QLatin1Char('x')); // some fifty pages
    change.summary = QStringLiteral("Edit");

    QSqlQuery count(QSqlDatabase::database(db.connectionName()));
    QVERIFY(count.exec(QStringLiteral("PRAGMA page_count")) && count.next());
    const int pages = count.value(0).toInt();
    count.finish();
    QVERIFY(runPragma(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)));
    QVERIFY(!writer.apply(change));
    QCOMPARE(writer.problem(), opcc::SchemeWriter::Problem::Failed);
    QCOMPARE(db.lastFailure(), Database::Failure::DiskFull);
    QVERIFY(Database::isDatabaseFault(db.lastFailure())); // exit code 4 on the command line
    QVERIFY2(writer.errorString().contains(QLatin1String("The disk is full")),
        qPrintable(writer.errorString()));
    const auto after = writer.read(id);
    QVERIFY(after);
    QVERIFY(opcc::sameContent(*after, *current));
    QCOMPARE(after->scheme.rowVersion, current->scheme.rowVersion);
    QCOMPARE(int(opcc::AuditStore::reader(db).entries().size()), audits);

    // With room again the same connection writes the same change.
    QVERIFY(runPragma(db, QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QVERIFY2(writer.apply(change), qPrintable(writer.errorString()));
    QCOMPARE(int(opcc::AuditStore::reader(db).entries().size()), audits + 1);
}

QTEST_GUILESS_MAIN(tst_DiskFull)
#include "tst_diskfull.moc"
