// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where the database lives without --database, and the one-time move from where earlier
// versions kept it (a folder named twice, roaming on Windows), -wal contents included.

#include "storage/datalocation.h"
#include "storage/lookupstore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace opcc;
using namespace testsupport;

class tst_DataLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pathIsTheDocumentedOne();
    void movesOnceWithWalContents();
    void leavesADatabaseInUse();
    void keepsAnExistingDatabase();

private:
    // A shipped database at `path` with one area in its -wal file only, the writer still open.
    bool makeWithWalOnly(Database &db, const QString &path);
    static int areaCount(const QString &path);

    QTemporaryDir m_home;
};

void tst_DataLocation::initTestCase()
{
    QVERIFY(m_home.isValid());
    QCoreApplication::setApplicationName(QStringLiteral("opcc-schemes"));
    QCoreApplication::setOrganizationName(QStringLiteral("opcc-schemes"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("share"))));
}

void tst_DataLocation::init()
{
    QDir(m_home.filePath(QStringLiteral("share"))).removeRecursively();
}

bool tst_DataLocation::makeWithWalOnly(Database &db, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!shippeddataset::openOrCreate(db, path).ok())
        return false;
    Area area;
    area.name = QStringLiteral("Moved Area");
    area.nation = Nation::England;
    return LookupStore(db).insertArea(area).has_value()
        && QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

int tst_DataLocation::areaCount(const QString &path)
{
    Database db;
    if (!db.open(path).ok())
        return -1;
    return int(LookupStore::reader(db).areas().size());
}

void tst_DataLocation::pathIsTheDocumentedOne()
{
    const QString share = m_home.filePath(QStringLiteral("share"));
    QCOMPARE(datalocation::databasePath(), share + QStringLiteral("/opcc-schemes/schemes.sqlite"));
    QCOMPARE(datalocation::previousDatabasePath(),
        share + QStringLiteral("/opcc-schemes/opcc-schemes/schemes.sqlite"));
    // With nothing to move, the new place is used.
    QCOMPARE(datalocation::databasePathAfterMove(), datalocation::databasePath());
}

void tst_DataLocation::movesOnceWithWalContents()
{
    const QString previous = datalocation::previousDatabasePath();
    int before = 0;
    {
        // The files are copied to the old place while the writer holds its change in -wal.
        QTemporaryDir scratch;
        const QString built = scratch.filePath(QStringLiteral("schemes.sqlite"));
        Database db;
        QVERIFY(makeWithWalOnly(db, built));
        before = int(LookupStore::reader(db).areas().size());
        QDir().mkpath(QFileInfo(previous).absolutePath());
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QVERIFY(QFile::copy(built + suffix, previous + suffix));
    }
    QVERIFY(before > 0);
    QCOMPARE(datalocation::databasePathAfterMove(), datalocation::databasePath());
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QVERIFY2(!QFileInfo::exists(previous + suffix), qPrintable(suffix));
    QVERIFY(!QFileInfo::exists(QFileInfo(previous).absolutePath()));
    QCOMPARE(areaCount(datalocation::databasePath()), before);
    // Once moved, a second start finds it in place.
    QCOMPARE(datalocation::databasePathAfterMove(), datalocation::databasePath());
    QCOMPARE(areaCount(datalocation::databasePath()), before);
}

void tst_DataLocation::leavesADatabaseInUse()
{
    const QString previous = datalocation::previousDatabasePath();
    Database writer;
    QVERIFY(makeWithWalOnly(writer, previous));
    const int areas = int(LookupStore::reader(writer).areas().size());
    {
        // An older copy of the app reading the register.
        QSqlDatabase reader
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(previous);
        QVERIFY(reader.open());
        QSqlQuery query(reader);
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM area")));
        QVERIFY(query.next());
        QCOMPARE(datalocation::moveDatabase(previous, datalocation::databasePath()),
            datalocation::Move::InUse);
        QCOMPARE(datalocation::databasePathAfterMove(), previous);
        query.finish();
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    QVERIFY(!QFileInfo::exists(datalocation::databasePath()));
    QVERIFY(QFileInfo::exists(previous));
    writer.close();
    QCOMPARE(areaCount(previous), areas); // the register, its last change included, is there
}

void tst_DataLocation::keepsAnExistingDatabase()
{
    Database current;
    QVERIFY(shippeddataset::openOrCreate(current,
        [] {
            QDir().mkpath(datalocation::folder());
            return datalocation::databasePath();
        }())
                .ok());
    current.close();
    const QByteArray currentBytes = fileBytes(datalocation::databasePath());
    const QString previous = datalocation::previousDatabasePath();
    {
        Database old;
        QVERIFY(makeWithWalOnly(old, previous));
    }
    const QByteArray previousBytes = fileBytes(previous);
    QCOMPARE(datalocation::databasePathAfterMove(), datalocation::databasePath());
    QCOMPARE(fileBytes(datalocation::databasePath()), currentBytes);
    QCOMPARE(fileBytes(previous), previousBytes);
}

QTEST_GUILESS_MAIN(tst_DataLocation)
#include "tst_datalocation.moc"
