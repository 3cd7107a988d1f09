// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A database that cannot be used is never taken for a short one: damaged pages, a dropped
// table, a lock held past the wait and a read-only file or folder make the command line exit 4
// (or, for reading jobs on a read-only file, succeed in full), and every read says it failed.
// Two first starts on one new path both succeed and leave one complete database.

#include "cli/commandline.h"
#include "datasetgenerator.h"
#include "interchange/csvimporter.h"
#include "storage/auditstore.h"
#include "storage/browsestore.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <unistd.h>

using namespace testsupport;
using opcc::Database;

namespace {

ProcessRun runApp(const QStringList &arguments)
{
    return runProgram(testsupport::appExecutable(), arguments);
}

// The same, as an unprivileged user when the tests run as root (root writes any file, so a
// read-only file would not be read-only to it).
ProcessRun runAppUnprivileged(const QStringList &arguments)
{
    if (::geteuid() != 0)
        return runApp(arguments);
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return {}; // exitCode -1: the comparison fails and says so
    return runProgram(setpriv,
        QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), QStringLiteral("--"), testsupport::appExecutable() }
            + arguments);
}

// The b-tree page types SQLite writes in the first byte of a page's header.
bool isBtreePage(char type)
{
    return type == 2 || type == 5 || type == 10 || type == 13;
}

// Inverts the header of the first b-tree page at or after page (1-based), as a failing disk or
// a bad copy would; false if there is none.
bool damagePage(const QString &path, int page)
{
    QByteArray bytes = fileBytes(path);
    const int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
    for (; qsizetype(page) * pageSize <= bytes.size(); ++page) {
        const qsizetype header = qsizetype(page - 1) * pageSize + (page == 1 ? 100 : 0);
        if (!isBtreePage(bytes.at(header)))
            continue;
        for (int i = 0; i < 8; ++i)
            bytes[header + i] = char(~bytes.at(header + i));
        return writeFile(path, bytes);
    }
    return false;
}

int rootPage(const QString &path, const QString &table)
{
    const QString name = QStringLiteral("root-") + path;
    int root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next())
                root = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return root;
}

} // namespace

class tst_StorageFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void damagedPagesExit4_data();
    void damagedPagesExit4();
    void droppedTableExits4_data();
    void droppedTableExits4();
    void everyReadReportsFailure_data();
    void everyReadReportsFailure();
    void checkJob();
    void lockHeldPastTheWaitExits4();
    void readOnlyExportsButDoesNotWrite_data();
    void readOnlyExportsButDoesNotWrite();
    void twoFirstStartsMakeOneDatabase();

private:
    QString copyOfGenerated(const QTemporaryDir &dir) const;

    QTemporaryDir m_dir;
    QString m_generated; // shipped dataset plus generated schemes and figures
    QString m_importFile; // a small valid outcomes file
    QByteArray m_soundExport;
};

void tst_StorageFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString csv = m_dir.filePath(QStringLiteral("generated"));
    opcc::generator::DatasetGenerator generator({ 200, 6000 }, 14);
    QString error;
    QVERIFY2(generator.writeTo(csv, &error), qPrintable(error));
    m_generated = m_dir.filePath(QStringLiteral("generated.sqlite"));
    {
        Database db;
        QVERIFY(opcc::shippeddataset::openOrCreate(db, m_generated).ok());
        opcc::CsvImporter importer(db);
        const auto summary = importer.run({ QDir(csv).filePath(QStringLiteral("schemes.csv")),
                                              QDir(csv).filePath(QStringLiteral("outcomes.csv")) },
            opcc::CsvImporter::Mode::Write);
        QVERIFY(summary.written);
    }
    m_importFile = m_dir.filePath(QStringLiteral("one.csv"));
    QVERIFY(writeFile(m_importFile,
        "scheme,area,measure,value,value_high,unit,qualifier,per,baseline,note,"
        "period_start,period_end,period_label,source,quote\n"
        "Operation Hypernova,Cambridgeshire,arrests,12,,count,exact,,,,2023-04,"
        "2024-03,,,\n"));
    const ProcessRun sound = runApp({ QStringLiteral("--database"), m_generated,
        QStringLiteral("--export-csv"), m_dir.filePath(QStringLiteral("sound")) });
    QCOMPARE(sound.exitCode, 0);
    m_soundExport = fileBytes(m_dir.filePath(QStringLiteral("sound/schemes.csv")))
        + fileBytes(m_dir.filePath(QStringLiteral("sound/outcomes.csv")));
    QVERIFY(m_soundExport.size() > 100000);
}

QString tst_StorageFailures::copyOfGenerated(const QTemporaryDir &dir) const
{
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    return QFile::copy(m_generated, path) ? path : QString();
}

void tst_StorageFailures::damagedPagesExit4_data()
{
    QTest::addColumn<QString>("table"); // damage this table's root page ...
    QTest::addColumn<double>("fraction"); // ... or the first b-tree page this far into the file
    QTest::newRow("organisationLinks") << QStringLiteral("scheme_organisation") << 0.0;
    QTest::newRow("figures") << QStringLiteral("figure") << 0.0;
    QTest::newRow("measures") << QStringLiteral("measure") << 0.0;
    QTest::newRow("schemes") << QStringLiteral("scheme") << 0.0;
    QTest::newRow("pageAtAQuarter") << QString() << 0.25;
    QTest::newRow("pageAtHalf") << QString() << 0.5;
    QTest::newRow("pageNearTheEnd") << QString() << 0.9;
}

void tst_StorageFailures::damagedPagesExit4()
{
    QFETCH(QString, table);
    QFETCH(double, fraction);
    QTemporaryDir dir;
    const QString path = copyOfGenerated(dir);
    QVERIFY(!path.isEmpty());
    const int pages = int(QFileInfo(path).size() / 4096);
    const int page = table.isEmpty() ? qMax(2, int(pages * fraction)) : rootPage(path, table);
    QVERIFY(page > 0);
    QVERIFY(damagePage(path, page));
    const QByteArray before = fileBytes(path);

    const QString out = dir.filePath(QStringLiteral("out"));
    const QList<QStringList> jobs {
        { QStringLiteral("--export-csv"), out },
        { QStringLiteral("--list-measures") },
        { QStringLiteral("--import-csv"), m_importFile },
        { QStringLiteral("--check") },
    };
    for (const QStringList &job : jobs) {
        const ProcessRun run = runApp(QStringList { QStringLiteral("--database"), path } + job);
        QVERIFY2(run.exitCode == opcc::ExitDatabaseUnusable,
            qPrintable(
                job.first() + QStringLiteral(": exit %1, %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("schemes.csv"))));
    QCOMPARE(fileBytes(path), before); // refused, not repaired or written into

    // The window opens its database the same way, and says so instead of showing short data.
    Database db;
    const auto opened = opcc::shippeddataset::openOrCreate(db, path);
    QCOMPARE(opened.failure, Database::Failure::Damaged);
    QVERIFY(opened.message.contains(path));
}

void tst_StorageFailures::droppedTableExits4_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("job");
    const QStringList exportJob { QStringLiteral("--export-csv"), QStringLiteral("out") };
    const QStringList measuresJob { QStringLiteral("--list-measures") };
    QTest::newRow("organisationLinksExport") << "scheme_organisation" << exportJob;
    QTest::newRow("measuresExport") << "measure" << exportJob;
    QTest::newRow("measuresList") << "measure" << measuresJob;
    QTest::newRow("figuresExport") << "figure" << exportJob;
    QTest::newRow("sourcesExport") << "source_document" << exportJob;
    QTest::newRow("measuresImport")
        << "measure" << QStringList { QStringLiteral("--import-csv"), QString() };
}

void tst_StorageFailures::droppedTableExits4()
{
    QFETCH(QString, table);
    QFETCH(QStringList, job);
    QTemporaryDir dir;
    const QString path = copyOfGenerated(dir);
    QVERIFY(!path.isEmpty());
    QString error;
    QVERIFY2(runRawSql(path,
                 { QStringLiteral("PRAGMA foreign_keys = OFF"),
                     QStringLiteral("DROP TABLE %1").arg(table) },
                 &error),
        qPrintable(error));
    for (QString &argument : job) {
        if (argument == QLatin1String("out"))
            argument = dir.filePath(QStringLiteral("out"));
        else if (argument.isEmpty())
            argument = m_importFile;
    }
    const ProcessRun run = runApp(QStringList { QStringLiteral("--database"), path } + job);
    QVERIFY2(run.exitCode == opcc::ExitDatabaseUnusable,
        qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(table), qPrintable(run.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out/schemes.csv"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out/outcomes.csv"))));
    QVERIFY(!run.out.contains(QStringLiteral("Wrote")));
}

void tst_StorageFailures::everyReadReportsFailure_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("read");
    QTest::newRow("areas") << "area"
                           << "areas";
    QTest::newRow("measures") << "measure"
                              << "measures";
    QTest::newRow("sources") << "source_document"
                             << "sources";
    QTest::newRow("organisationNames") << "organisation"
                                       << "organisationNames";
    QTest::newRow("schemeIndex") << "scheme"
                                 << "schemeIndex";
    QTest::newRow("schemesLinks") << "scheme_organisation"
                                  << "schemes";
    QTest::newRow("selectedSchemesLinks") << "scheme_organisation"
                                          << "selectedSchemes";
    QTest::newRow("schemeLinks") << "scheme_organisation"
                                 << "scheme";
    QTest::newRow("figuresOfScheme") << "figure"
                                     << "figures";
    QTest::newRow("forEachFigure") << "figure"
                                   << "forEachFigure";
    QTest::newRow("listingLinks") << "scheme_organisation"
                                  << "schemeListings";
    QTest::newRow("statistics") << "figure"
                                << "schemeStatistics";
    QTest::newRow("auditLog") << "audit_log"
                              << "auditLog";
    QTest::newRow("measureSchemeCounts") << "figure"
                                         << "measureSchemeCounts";
    QTest::newRow("schemeCount") << "scheme"
                                 << "schemeCount";
}

void tst_StorageFailures::everyReadReportsFailure()
{
    QFETCH(QString, table);
    QFETCH(QString, read);
    ShippedDatabase data;
    QVERIFY(data.open());
    Database &db = data.db;
    const qint64 id = opcc::BrowseStore(db).listings().constFirst().id;
    QVERIFY(!db.hasReadError());
    QVERIFY(runRawSql(data.path,
        { QStringLiteral("PRAGMA foreign_keys = OFF"),
            QStringLiteral("DROP TABLE %1").arg(table) }));
    QSignalSpy failed(&db, &Database::readFailed);
    QVERIFY(failed.isValid());

    qsizetype got = -1; // what the read returned: nothing, never a short list
    if (read == QLatin1String("areas"))
        got = opcc::LookupStore::reader(db).areas().size();
    else if (read == QLatin1String("measures"))
        got = opcc::LookupStore::reader(db).measures().size();
    else if (read == QLatin1String("sources"))
        got = opcc::LookupStore::reader(db).sources().size();
    else if (read == QLatin1String("organisationNames"))
        got = opcc::LookupStore::reader(db).organisationNames().size();
    else if (read == QLatin1String("schemeIndex"))
        got = opcc::SchemeStore::reader(db).index().size();
    else if (read == QLatin1String("schemes"))
        got = opcc::SchemeStore::reader(db).schemes().size();
    else if (read == QLatin1String("selectedSchemes"))
        got = opcc::SchemeStore::reader(db).schemes(QList<qint64> { id }).size();
    else if (read == QLatin1String("scheme"))
        got = opcc::SchemeStore::reader(db).scheme(id) ? 1 : 0;
    else if (read == QLatin1String("figures"))
        got = opcc::FigureStore::reader(db).ofScheme(id).size();
    else if (read == QLatin1String("forEachFigure"))
        got = opcc::FigureStore::reader(db).forEach([](const opcc::Figure &) { return true; }) ? 1
                                                                                               : 0;
    else if (read == QLatin1String("schemeListings"))
        got = opcc::BrowseStore(db).listings().size();
    else if (read == QLatin1String("schemeStatistics"))
        got = opcc::BrowseStore(db).statistics().size();
    else if (read == QLatin1String("auditLog"))
        got = opcc::AuditStore::reader(db).entries().size();
    else if (read == QLatin1String("measureSchemeCounts"))
        got = opcc::BrowseStore(db).measureSchemeCounts().size();
    else if (read == QLatin1String("schemeCount"))
        got = opcc::BrowseStore(db).schemeCount();
    QCOMPARE(got, 0);
    QVERIFY(db.hasReadError());
    QVERIFY2(db.readError().contains(table), qPrintable(db.readError()));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(), db.readError());
}

void tst_StorageFailures::checkJob()
{
    QTemporaryDir dir;
    const QString path = copyOfGenerated(dir);
    const ProcessRun sound
        = runApp({ QStringLiteral("--database"), path, QStringLiteral("--check") });
    QCOMPARE(sound.exitCode, 0);
    QVERIFY2(sound.out.contains(QStringLiteral("no damage found")), qPrintable(sound.out));

    // Damage that only a full check finds: an index that no longer matches its table.
    Database db;
    QVERIFY(db.open(path).ok());
    QStringList problems;
    QVERIFY(db.checkIntegrity(&problems));
    QVERIFY(problems.isEmpty());
    db.close();
    QVERIFY(runRawSql(path,
        { QStringLiteral("PRAGMA writable_schema = ON"),
            QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, "
                           "'figure (measure_id)', 'figure (scheme_id)') "
                           "WHERE type = 'index' AND name = 'figure_measure'"),
            QStringLiteral("PRAGMA writable_schema = OFF") }));
    const ProcessRun damaged
        = runApp({ QStringLiteral("--database"), path, QStringLiteral("--check") });
    QCOMPARE(damaged.exitCode, int(opcc::ExitDatabaseUnusable));
    QVERIFY2(damaged.err.contains(QStringLiteral("damaged")), qPrintable(damaged.err));
}

void tst_StorageFailures::lockHeldPastTheWaitExits4()
{
    QTemporaryDir dir;
    const QString path = copyOfGenerated(dir);
    const QString name = QStringLiteral("holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE scheme SET summary = summary || '' WHERE id = 1")));

        const ProcessRun import = runApp(
            { QStringLiteral("--database"), path, QStringLiteral("--import-csv"), m_importFile });
        QVERIFY2(import.exitCode == opcc::ExitDatabaseUnusable,
            qPrintable(QStringLiteral("exit %1: %2").arg(import.exitCode).arg(import.err)));
        QVERIFY2(import.err.contains(QStringLiteral("locked")), qPrintable(import.err));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Once the lock is gone the same import goes through.
    const ProcessRun later = runApp(
        { QStringLiteral("--database"), path, QStringLiteral("--import-csv"), m_importFile });
    QCOMPARE(later.exitCode, 0);
}

void tst_StorageFailures::readOnlyExportsButDoesNotWrite_data()
{
    QTest::addColumn<bool>("folder");
    QTest::newRow("readOnlyFile") << false;
    QTest::newRow("readOnlyFolder") << true;
}

void tst_StorageFailures::readOnlyExportsButDoesNotWrite()
{
    QFETCH(bool, folder);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store"));
    QVERIFY(QDir().mkpath(store));
    const QString path = QDir(store).filePath(QStringLiteral("register.sqlite"));
    QVERIFY(QFile::copy(m_generated, path));
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const auto all = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto enter = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const auto write = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    QVERIFY(QFile::setPermissions(dir.path(), all | enter | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(out, all | enter | write));
    QVERIFY(QFile::setPermissions(path, folder ? all | write : all));
    QVERIFY(QFile::setPermissions(store, folder ? all | enter : all | enter | write));
    const QByteArray before = fileBytes(path);

    const ProcessRun exported = runAppUnprivileged(
        { QStringLiteral("--database"), path, QStringLiteral("--export-csv"), out });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(fileBytes(QDir(out).filePath(QStringLiteral("schemes.csv")))
            + fileBytes(QDir(out).filePath(QStringLiteral("outcomes.csv"))),
        m_soundExport);

    const ProcessRun imported = runAppUnprivileged(
        { QStringLiteral("--database"), path, QStringLiteral("--import-csv"), m_importFile });
    QVERIFY2(imported.exitCode == opcc::ExitDatabaseUnusable,
        qPrintable(QStringLiteral("exit %1: %2").arg(imported.exitCode).arg(imported.err)));
    QVERIFY2(imported.err.contains(QStringLiteral("read")), qPrintable(imported.err));
    QCOMPARE(fileBytes(path), before);
    QVERIFY(QFile::setPermissions(store, all | enter | write));
}

void tst_StorageFailures::twoFirstStartsMakeOneDatabase()
{
    for (int round = 0; round < 40; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("first.sqlite"));
        QProcess a;
        QProcess b;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QStringList arguments { QStringLiteral("--database"), path,
            QStringLiteral("--list-measures") };
        for (QProcess *process : { &a, &b }) {
            process->setProcessEnvironment(environment);
            process->start(testsupport::appExecutable(), arguments);
        }
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        const QString why = QStringLiteral("round %1: %2 / %3")
                                .arg(round)
                                .arg(QString::fromUtf8(a.readAllStandardError()),
                                    QString::fromUtf8(b.readAllStandardError()));
        QVERIFY2(a.exitCode() == 0 && b.exitCode() == 0, qPrintable(why));
        const QByteArray listed = a.readAllStandardOutput();
        QVERIFY(!listed.isEmpty());
        QCOMPARE(b.readAllStandardOutput(), listed);
        // One database, complete, and nothing else left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("first.sqlite") });
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(opcc::BrowseStore(db).schemeCount(), 47);
        QCOMPARE(opcc::BrowseStore(db).figureCount(), 129);
    }
}

QTEST_GUILESS_MAIN(tst_StorageFailures)
#include "tst_storagefailures.moc"
