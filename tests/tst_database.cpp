// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/auditstore.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schema.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QSignalSpy>

using opcc::Database;
using namespace testsupport;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void createsCurrentSchema();
    void migratesVersion1WithBackup();
    void refusesAndLeavesUntouched_data();
    void refusesAndLeavesUntouched();
    void enforcesForeignKeys();
    void rollsBackOnFailure();
    void nestedTransactions();
    void wholeTransactionJoinsInnerOnes();
    void changedSignal();
    void staleRowIsAConflict();
    void upsertFigure();
    void readsASelectionOnly();
    void readsOnASecondConnection();

private:
    QStringList fixtureStatements() const;
    opcc::Scheme sampleScheme() const;
};

QStringList tst_Database::fixtureStatements() const
{
    const QString sql
        = QString::fromUtf8(fileBytes(sourcePath(QStringLiteral("tests/fixtures/schemes-v1.sql"))));
    QStringList statements;
    for (const QString &part : sql.split(QStringLiteral(";\n"))) {
        QStringList lines;
        for (const QString &line : part.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                lines.append(line);
        }
        statements.append(lines.join(QLatin1Char('\n')));
    }
    return statements;
}

opcc::Scheme tst_Database::sampleScheme() const
{
    opcc::Scheme s;
    s.name = QStringLiteral("DIVERT");
    s.areas = { QStringLiteral("West Midlands") };
    s.strand = opcc::Strand::Demand;
    s.organisations = { { QStringLiteral("Cranstoun"), opcc::Role::Provider } };
    s.source = QStringLiteral("APCC, Tackling Addictions In Focus");
    return s;
}

void tst_Database::createsCurrentSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    Database db;
    QVERIFY(db.create(path).ok());
    QVERIFY(db.isOpen());
    db.close();

    QStringList tables;
    const QString name = QStringLiteral("inspect");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), opcc::schema::currentVersion());
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), opcc::schema::applicationId);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                      "name NOT GLOB '*_fts_*' ORDER BY name")));
        while (q.next())
            tables.append(q.value(0).toString());
        q.finish();
    }
    QSqlDatabase::removeDatabase(name);
    // The full-text indexes' own tables (scheme_fts_data...) are SQLite's business.
    QCOMPARE(tables,
        (QStringList { "area", "audit_log", "figure", "figure_fts", "foi_request",
            "foi_request_scheme", "foi_time", "measure", "organisation", "scheme", "scheme_area",
            "scheme_fts", "scheme_organisation", "source_attachment", "source_document",
            "source_fts", "undo_journal", "undo_step" }));

    // Opening it again is not a migration.
    const Database::OpenResult reopened = db.open(path);
    QVERIFY(reopened.ok());
    QVERIFY(reopened.backupPath.isEmpty());
    QCOMPARE(reopened.fromVersion, opcc::schema::currentVersion());
}

void tst_Database::migratesVersion1WithBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QString error;
    QVERIFY2(runRawSql(path, fixtureStatements(), &error), qPrintable(error));
    const QByteArray before = fileBytes(path);

    Database db;
    const Database::OpenResult result = db.open(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.fromVersion, 1);
    QCOMPARE(result.backupPath, Database::backupPathFor(path, 1));
    QCOMPARE(fileBytes(result.backupPath), before);

    // The data came through, and the new columns have their defaults.
    const auto id = opcc::SchemeStore::reader(db).idOf(
        QStringLiteral("DIVERT"), QStringLiteral("West Midlands"));
    QVERIFY(id);
    const auto scheme = opcc::SchemeStore::reader(db).scheme(*id);
    QVERIFY(scheme);
    QCOMPARE(scheme->rowVersion, 1);
    QCOMPARE(scheme->organisationsWithRole(opcc::Role::Provider), QStringList { "Cranstoun" });
    const auto figures = opcc::FigureStore::reader(db).ofScheme(*id);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().value.hundredths(), qint64(600000));
    QCOMPARE(figures.first().qualifier, opcc::Qualifier::MoreThan);

    // The migration is in the audit log.
    const auto log = opcc::AuditStore::reader(db).entries(QStringLiteral("database"));
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, QStringLiteral("migrate"));

    // The migrated schema is the one a new database gets.
    db.close();
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY(db.create(fresh).ok());
    db.close();
    const auto schemaOf = [](const QString &file) {
        QStringList sql;
        const QString name = QStringLiteral("schema-") + file;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(file);
            raw.open();
            QSqlQuery q(raw);
            q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
            while (q.next())
                sql.append(q.value(0).toString() + q.value(1).toString() + q.value(2).toString());
        }
        QSqlDatabase::removeDatabase(name);
        return sql;
    };
    QCOMPARE(schemaOf(path), schemaOf(fresh));
}

void tst_Database::refusesAndLeavesUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("failure");
    QTest::newRow("newerVersion") << "newer" << int(Database::Failure::NewerVersion);
    QTest::newRow("textFile") << "text" << int(Database::Failure::NotADatabase);
    QTest::newRow("emptyFile") << "empty" << int(Database::Failure::NotADatabase);
    QTest::newRow("otherApplication") << "foreign" << int(Database::Failure::NotADatabase);
    QTest::newRow("truncatedSqlite") << "truncated" << int(Database::Failure::NotADatabase);
}

void tst_Database::refusesAndLeavesUntouched()
{
    QFETCH(QString, kind);
    QFETCH(int, failure);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));
    if (kind == QLatin1String("newer")) {
        Database db;
        QVERIFY(db.create(path).ok());
        db.close();
        QVERIFY(runRawSql(path, { QStringLiteral("PRAGMA user_version = 99") }));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, "name,area,strand\nDIVERT,West Midlands,demand\n"));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(runRawSql(path,
            { QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)") }));
    } else if (kind == QLatin1String("truncated")) {
        Database db;
        QVERIFY(db.create(path).ok());
        db.close();
        QVERIFY(writeFile(path, fileBytes(path).left(1024)));
    }
    const QByteArray before = fileBytes(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    Database db;
    const Database::OpenResult result = db.open(path);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.failure), failure);
    QVERIFY(result.message.contains(path));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void tst_Database::enforcesForeignKeys()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("fk.sqlite"))).ok());
    opcc::Measure measure;
    measure.key = QStringLiteral("referrals");
    measure.label = QStringLiteral("Referrals");
    QVERIFY(opcc::LookupStore(db).insertMeasure(measure));

    opcc::Figure orphan;
    orphan.schemeId = 4242;
    orphan.measure = QStringLiteral("referrals");
    orphan.value = opcc::Decimal::fromInteger(1);
    QVERIFY(!opcc::FigureStore(db).insert(orphan));
    QVERIFY(db.errorString().contains(QLatin1String("FOREIGN KEY")));

    const auto id = opcc::SchemeStore(db).insert(sampleScheme());
    QVERIFY(id);
    opcc::Figure figure = orphan;
    figure.schemeId = *id;
    QVERIFY(opcc::FigureStore(db).insert(figure));
    QCOMPARE(opcc::BrowseStore(db).figureCount(), 1);
    // Deleting the scheme takes its figures with it.
    QVERIFY(opcc::SchemeStore(db).remove(*id));
    QCOMPARE(opcc::BrowseStore(db).figureCount(), 0);
}

void tst_Database::rollsBackOnFailure()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("tx.sqlite"))).ok());
    {
        Database::Transaction transaction(db);
        QVERIFY(transaction.isActive());
        QVERIFY(opcc::SchemeStore(db).insert(sampleScheme()));
        QVERIFY(!opcc::SchemeStore(db).insert(sampleScheme())); // same name and area
        // no commit: the destructor rolls back
    }
    QCOMPARE(opcc::BrowseStore(db).schemeCount(), 0);
    QVERIFY(opcc::LookupStore::reader(db).organisationNames().isEmpty());
}

void tst_Database::nestedTransactions()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("nested.sqlite"))).ok());
    Database::Transaction outer(db);
    QVERIFY(opcc::SchemeStore(db).insert(sampleScheme()));
    {
        Database::Transaction inner(db);
        opcc::Scheme other = sampleScheme();
        other.name = QStringLiteral("Offender to Rehab");
        QVERIFY(opcc::SchemeStore(db).insert(other));
        inner.rollback();
    }
    QVERIFY(outer.commit());
    QCOMPARE(opcc::BrowseStore(db).schemeCount(), 1);
}

void tst_Database::wholeTransactionJoinsInnerOnes()
{
    // An all-or-nothing batch: what is written inside it stays or goes with it, inner
    // transactions (which would be savepoints) included.
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("whole.sqlite"))).ok());
    {
        Database::Transaction whole(db, Database::Transaction::Nesting::Whole);
        {
            Database::Transaction inner(db);
            QVERIFY(opcc::SchemeStore(db).insert(sampleScheme()));
            inner.rollback(); // joined: the batch decides
        }
        QCOMPARE(opcc::BrowseStore(db).schemeCount(), 1);
    } // not committed
    QCOMPARE(opcc::BrowseStore(db).schemeCount(), 0);
    {
        Database::Transaction whole(db, Database::Transaction::Nesting::Whole);
        QVERIFY(opcc::SchemeStore(db).insert(sampleScheme()));
        QVERIFY(whole.commit());
    }
    QCOMPARE(opcc::BrowseStore(db).schemeCount(), 1);
    // After the batch, inner transactions are savepoints again.
    Database::Transaction outer(db);
    {
        Database::Transaction inner(db);
        opcc::Scheme other = sampleScheme();
        other.name = QStringLiteral("Offender to Rehab");
        QVERIFY(opcc::SchemeStore(db).insert(other));
        inner.rollback();
    }
    QCOMPARE(opcc::BrowseStore(db).schemeCount(), 1);
}

void tst_Database::changedSignal()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("signal.sqlite"))).ok());
    QSignalSpy spy(&db, &Database::changed);
    QVERIFY(spy.isValid());
    QVERIFY(opcc::SchemeStore(db).insert(sampleScheme()));
    QCOMPARE(spy.count(), 1);
    {
        Database::Transaction transaction(db);
        opcc::Scheme other = sampleScheme();
        other.name = QStringLiteral("Offender to Rehab");
        QVERIFY(opcc::SchemeStore(db).insert(other));
        QCOMPARE(spy.count(), 1); // not before the commit
        QVERIFY(transaction.commit());
    }
    QCOMPARE(spy.count(), 2);
    {
        Database::Transaction transaction(db);
        opcc::Scheme third = sampleScheme();
        third.name = QStringLiteral("Rolled back");
        QVERIFY(opcc::SchemeStore(db).insert(third));
    }
    QCOMPARE(spy.count(), 2); // rolled back: nothing changed
}

void tst_Database::staleRowIsAConflict()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.sqlite"));
    Database first;
    QVERIFY(first.create(path).ok());
    const auto id = opcc::SchemeStore(first).insert(sampleScheme());
    QVERIFY(id);
    first.close();
    QVERIFY(first.open(path).ok());
    Database second;
    QVERIFY(second.open(path).ok());

    auto mine = *opcc::SchemeStore::reader(first).scheme(*id);
    auto theirs = *opcc::SchemeStore::reader(second).scheme(*id);
    theirs.summary = QStringLiteral("Changed by the other copy.");
    QVERIFY(opcc::SchemeStore(second).update(theirs));

    mine.summary = QStringLiteral("Changed here.");
    QVERIFY(!opcc::SchemeStore(first).update(mine));
    QCOMPARE(first.lastFailure(), Database::Failure::Conflict);
    QCOMPARE(opcc::SchemeStore::reader(first).scheme(*id)->summary,
        QStringLiteral("Changed by the other copy."));
    QCOMPARE(opcc::SchemeStore::reader(first).scheme(*id)->rowVersion, 2);
}

void tst_Database::upsertFigure()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.create(dir.filePath(QStringLiteral("upsert.sqlite"))).ok());
    opcc::Measure measure;
    measure.key = QStringLiteral("referrals");
    measure.label = QStringLiteral("Referrals");
    QVERIFY(opcc::LookupStore(db).insertMeasure(measure));
    const auto id = opcc::SchemeStore(db).insert(sampleScheme());
    opcc::Figure figure;
    figure.schemeId = *id;
    figure.measure = QStringLiteral("referrals");
    figure.value = opcc::Decimal::fromInteger(6000);
    figure.qualifier = opcc::Qualifier::MoreThan;
    QCOMPARE(opcc::FigureStore(db).upsert(figure), Database::Upsert::Inserted);
    QCOMPARE(opcc::FigureStore(db).upsert(figure), Database::Upsert::Unchanged);
    figure.value = opcc::Decimal::fromInteger(6500);
    QCOMPARE(opcc::FigureStore(db).upsert(figure), Database::Upsert::Updated);
    figure.baseline = true; // another identity
    QCOMPARE(opcc::FigureStore(db).upsert(figure), Database::Upsert::Inserted);
    QCOMPARE(opcc::BrowseStore(db).figureCount(), 2);
}

// schemes(ids) and figuresOfMeasure(key, ids) give what the whole-register reads give for those
// schemes, in the same order.
void tst_Database::readsASelectionOnly()
{
    ShippedDatabase data;
    QVERIFY(data.open());
    const QList<opcc::Scheme> all = opcc::SchemeStore::reader(data.db).schemes();
    QVERIFY(all.size() > 10);
    QList<qint64> ids;
    QList<opcc::Scheme> expected;
    for (qsizetype i = 0; i < all.size(); i += 3) {
        ids.prepend(all.at(i).id); // any order in, register order out
        expected.append(all.at(i));
    }
    const QList<opcc::Scheme> selected = opcc::SchemeStore::reader(data.db).schemes(ids);
    QCOMPARE(selected.size(), expected.size());
    for (qsizetype i = 0; i < selected.size(); ++i) {
        QCOMPARE(selected.at(i).id, expected.at(i).id);
        QCOMPARE(selected.at(i).name, expected.at(i).name);
        QCOMPARE(selected.at(i).organisations, expected.at(i).organisations);
    }
    QVERIFY(opcc::SchemeStore::reader(data.db).schemes(QList<qint64>()).isEmpty());

    for (const QString &measure : { QStringLiteral("funding"), QStringLiteral("referrals") }) {
        QList<qint64> figureIds;
        for (const opcc::Figure &f : opcc::FigureStore::reader(data.db).ofMeasure(measure)) {
            if (ids.contains(f.schemeId))
                figureIds.append(f.id);
        }
        QList<qint64> selectedIds;
        for (const opcc::Figure &f : opcc::FigureStore::reader(data.db).ofMeasure(measure, ids))
            selectedIds.append(f.id);
        QVERIFY(!selectedIds.isEmpty() || measure != QLatin1String("funding"));
        QCOMPARE(selectedIds, figureIds);
    }
}

void tst_Database::readsOnASecondConnection()
{
    ShippedDatabase data;
    QVERIFY(data.open());
    Database reader;
    QVERIFY(reader.openForReading(data.path).ok());
    QCOMPARE(opcc::BrowseStore(reader).schemeCount(), opcc::BrowseStore(data.db).schemeCount());
    QVERIFY(!opcc::LookupStore(reader).insertArea(
        { 0, QStringLiteral("Nowhere"), opcc::Nation::England, {} }));
    const qsizetype all = opcc::BrowseStore(data.db).statistics().size();
    std::atomic<bool> stop { true };
    reader.setStopFlag(&stop);
    QVERIFY(opcc::BrowseStore(reader).statistics().size() < all); // stopped within a hundred steps
    reader.setStopFlag(nullptr);
    QCOMPARE(opcc::BrowseStore(reader).statistics().size(), all);
    QVERIFY(!Database().openForReading(data.dir.filePath(QStringLiteral("missing.sqlite"))).ok());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
