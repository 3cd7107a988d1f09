// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/database.h"

#include "storage/auditstore.h"
#include "storage/lookupids.h"
#include "storage/rowwriter.h"
#include "storage/schema.h"
#include "storage/serveraddress.h"
#include "storage/serversession.h"
#include "storage/sqlitecode.h"
#include "storage/sqlitereader.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

namespace opcc {

namespace {

constexpr int busyTimeoutMs = 5000;
const QByteArray sqliteMagic("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("opcc-%1").arg(counter.fetchAndAddRelaxed(1));
}

using storage::sqliteCode;

bool isBusy(const QSqlError &error)
{
    const int primary = sqliteCode(error) & 0xFF;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

// Whether the file at path can be changed: the file itself and its folder (SQLite writes its
// journal and write-ahead log beside it).
bool isWritable(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(nextConnectionName())
    , m_ids(std::make_unique<LookupIds>(*this))
    , m_rows(std::make_unique<RowWriter>(*this))
{
    qRegisterMetaType<opcc::ChangeSet>();
}

Database::~Database()
{
    close();
}

int Database::schemaVersion()
{
    return schema::currentVersion();
}

QString Database::backupPathFor(const QString &path, int version)
{
    return path + QStringLiteral(".bak-v%1").arg(version);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void Database::close()
{
    m_session.reset();
    clearCaches();
    m_statements.clear();
    m_staleStatements.clear();
    m_controlStatements.clear();
    m_inSnapshot = false;
    m_serverAway = false;
    m_reader.reset();
    m_readerName.clear();
    m_readerUri = false;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_engine = Engine::SQLite;
    m_readOnly = false;
    m_readOnlyAsked = false;
    m_writeRefusal.clear();
    m_quickCheckPending = false;
    m_transactionDepth = 0;
    m_joinNested = false;
}

Database::OpenResult Database::openConnection(const QString &path, bool readOnly)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    const QFileInfo info(path);
    if (readOnly && !QFileInfo(info.absolutePath()).isWritable()
        && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        // A folder nobody may write to holds no write-ahead log that SQLite could create or
        // read: the file is all there is, and nothing can change it through this folder.
        QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        close();
        return OpenResult::failed(Failure::CannotOpen, tr("Cannot open %1: %2").arg(path, reason));
    }
    m_path = path;
    m_readerUri = options.contains(QLatin1String("QSQLITE_OPEN_URI"));
    m_readerName = db.databaseName();
    return {};
}

Database::OpenResult Database::openForReading(const QString &path)
{
    clearError();
    if (ServerAddress::isServerUri(path)) {
        OpenResult result = connectServer(path);
        m_readOnly = result.ok();
        m_readOnlyAsked = m_readOnly; // refused here, whatever the user's role
        return result;
    }
    if (!QFileInfo::exists(path))
        return OpenResult::failed(Failure::CannotOpen, tr("%1 does not exist.").arg(path));
    return openConnection(path, true);
}

void Database::setStopFlag(const std::atomic<bool> *stop)
{
    m_stopFlag = stop;
    if (m_reader)
        m_reader->setStopFlag(stop);
}

SqliteReader *Database::reader() const
{
    if (isServer() || m_readerName.isEmpty())
        return nullptr;
    if (!m_reader || !m_reader->isOpen())
        m_reader = std::make_unique<SqliteReader>(m_readerName, m_readerUri, m_stopFlag);
    return m_reader.get();
}

Database::OpenResult Database::inspect(const QString &path, int *version)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return OpenResult::failed(
            Failure::CannotOpen, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(sqliteMagic)) {
        return OpenResult::failed(Failure::NotADatabase,
            tr("%1 is not an OPCC Schemes database (it is not an SQLite file). "
               "It has been left as it was.")
                .arg(path));
    }

    OpenResult result = openConnection(path, true);
    if (!result.ok())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    int applicationId = 0;
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        const QSqlError error = query.lastError();
        close();
        if (isBusy(error))
            return OpenResult::failed(Failure::Locked,
                tr("%1 is locked by another program. Close it and try again.").arg(path));
        return OpenResult::failed(Failure::NotADatabase,
            tr("%1 cannot be read as a database (%2). It has been left as it was.")
                .arg(path, error.text()));
    }
    applicationId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        close();
        return OpenResult::failed(
            Failure::NotADatabase, tr("%1 cannot be read as a database.").arg(path));
    }
    *version = query.value(0).toInt();
    query.finish();
    close();

    if (applicationId != schema::applicationId) {
        return OpenResult::failed(Failure::NotADatabase,
            tr("%1 is an SQLite database of another application, not an OPCC Schemes "
               "database. It has been left as it was.")
                .arg(path));
    }
    if (*version > schema::currentVersion()) {
        OpenResult newer = OpenResult::failed(Failure::NewerVersion,
            tr("%1 was made by a newer version of OPCC Schemes (database version "
               "%2; this version reads up to %3). Update the application to open "
               "it. The file has been left as it was.")
                .arg(path)
                .arg(*version)
                .arg(schema::currentVersion()));
        newer.fromVersion = *version;
        return newer;
    }
    if (*version < 1) {
        return OpenResult::failed(Failure::NotADatabase,
            tr("%1 has no OPCC Schemes tables. It has been left as it was.").arg(path));
    }
    return {};
}

Database::OpenResult Database::open(const QString &path, Access access, Check check)
{
    clearError();
    if (ServerAddress::isServerUri(path))
        return openServer(path, access);
    if (!QFileInfo::exists(path))
        return OpenResult::failed(Failure::CannotOpen, tr("%1 does not exist.").arg(path));
    int version = 0;
    OpenResult result = inspect(path, &version);
    if (!result.ok())
        return result;

    m_readOnly = false;
    const bool readOnly = access == Access::ReadOnly || !isWritable(path);
    result = openConnection(path, readOnly);
    if (!result.ok())
        return result;
    m_readOnly = readOnly;
    m_quickCheckPending = check == Check::Deferred;
    result.fromVersion = version;
    OpenResult checked = check == Check::Quick ? quickCheck() : OpenResult();
    if (!checked.ok()) {
        close();
        return checked;
    }
    if (m_readOnly && version < schema::currentVersion()) {
        close();
        return OpenResult::failed(Failure::ReadOnly,
            tr("%1 was made by an older version and must be upgraded, but the file or its "
               "folder is read-only. Copy it to a folder you may write to and open the copy. "
               "The file has been left as it was.")
                .arg(path));
    }
    // An older file is copied before anything, even the journal mode, touches it.
    if (!executeSql(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs))) {
        const OpenResult failed = OpenResult::failed(m_failure, m_error);
        close();
        return failed;
    }
    if (version < schema::currentVersion()) {
        OpenResult migrated = migrate(version);
        if (!migrated.ok()) {
            close();
            return migrated;
        }
        result.backupPath = migrated.backupPath;
    }
    if (!applyPragmas()) {
        const OpenResult failed = OpenResult::failed(m_failure, m_error);
        close();
        return failed;
    }
    return result;
}

Database::OpenResult Database::create(const QString &path)
{
    clearError();
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return OpenResult::failed(Failure::CannotOpen, tr("%1 already exists.").arg(path));
    OpenResult result = openConnection(path, false);
    if (!result.ok())
        return result;
    Transaction transaction(*this);
    bool ok = transaction.isActive()
        && executeSql(QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId));
    for (const QStringList &step : schema::migrations()) {
        for (const QString &statement : step)
            ok = ok && executeSql(statement);
    }
    ok = ok && executeSql(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion()));
    ok = ok && transaction.commit();
    if (!ok) {
        OpenResult failed = OpenResult::failed(
            Failure::CannotOpen, tr("Cannot create %1: %2").arg(path, m_error));
        close();
        return failed;
    }
    if (!executeSql(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        OpenResult failed = OpenResult::failed(Failure::CannotOpen, m_error);
        close();
        return failed;
    }
    return result;
}

Database::OpenResult Database::quickCheck()
{
    // SQLite's quick check reads every page of the b-trees (not the indexes' contents): a file
    // with a damaged page is refused before anything reads short data from it or writes into it.
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QStringList problems;
    if (query.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        while (query.next())
            problems.append(query.value(0).toString());
    }
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid() && isBusy(error))
        return OpenResult::failed(Failure::Locked,
            tr("%1 is locked by another program. Close it and try again.").arg(m_path));
    if (error.isValid())
        problems.append(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    if (problems == QStringList { QStringLiteral("ok") })
        return {};
    return OpenResult::failed(Failure::Damaged,
        tr("%1 is damaged (%2). It has been left as it was: restore it from a backup, or "
           "open a copy in DB Browser for SQLite to recover what it can.")
            .arg(m_path, problems.join(QStringLiteral("; "))));
}

void Database::refuseWrites(const QString &message)
{
    m_quickCheckPending = false;
    m_readOnly = true;
    m_writeRefusal = message;
}

bool Database::checkIntegrity(QStringList *problems, Depth depth)
{
    problems->clear();
    if (isServer())
        return checkServerIntegrity(problems);
    // On a connection of its own, which the stop flag can interrupt: the check reads the whole
    // file (seconds on the huge register).
    if (!isOpen())
        return fail(Failure::QueryFailed, tr("The database is not open."));
    SqliteReader checker(m_readerName, m_readerUri, m_stopFlag);
    SqliteReader::Statement check(
        checker, depth == Depth::Full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(5)");
    while (check.next())
        problems->append(check.text(0));
    if (!check.isValid() || check.failed()) {
        failCode(checker.errorCode(), checker.errorMessage());
        return failRead(m_failure, m_error);
    }
    if (*problems == QStringList { QStringLiteral("ok") })
        problems->clear();
    else if (problems->isEmpty())
        return fail(Failure::QueryFailed, tr("The check of %1 gave no answer.").arg(m_path));
    return true;
}

bool Database::applyPragmas()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QStringList pragmas {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    // A read-only file keeps the journal mode it has (WAL for every file this app made).
    if (!m_readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            if (isBusy(query.lastError()))
                return fail(Failure::Locked,
                    tr("%1 is locked by another program. Close it and try again.").arg(m_path));
            return failQuery(query);
        }
    }
    return true;
}

Database::OpenResult Database::migrate(int fromVersion)
{
    // Fold any write-ahead log into the main file so that the copy is complete.
    if (!executeSql(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return OpenResult::failed(Failure::MigrationFailed, m_error);
    QString backup = backupPathFor(m_path, fromVersion);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = backupPathFor(m_path, fromVersion) + QStringLiteral(".%1").arg(n);
    if (!QFile::copy(m_path, backup)) {
        return OpenResult::failed(Failure::MigrationFailed,
            tr("Cannot copy %1 to %2 before upgrading it; nothing was changed.")
                .arg(m_path, backup));
    }

    // Table rebuilds in later migrations need foreign keys off; it cannot change inside a
    // transaction, and foreign_key_check below still verifies the result.
    bool ok = executeSql(QStringLiteral("PRAGMA foreign_keys = OFF"));
    {
        Transaction transaction(*this);
        ok = ok && transaction.isActive();
        const auto &steps = schema::migrations();
        for (int version = fromVersion; ok && version < steps.size(); ++version) {
            for (const QString &statement : steps.at(version))
                ok = ok && executeSql(statement);
        }
        ok = ok
            && executeSql(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion()));
        if (ok) {
            QSqlQuery check(QSqlDatabase::database(m_connectionName));
            ok = check.exec(QStringLiteral("PRAGMA foreign_key_check"));
            if (ok && check.next())
                ok = fail(Failure::MigrationFailed,
                    tr("The upgraded database breaks a reference in table %1.")
                        .arg(check.value(0).toString()));
        }
        ok = ok
            && AuditStore(*this).write(QStringLiteral("migrate"), QStringLiteral("database"), 0,
                tr("Upgraded from database version %1 to %2; backup in %3")
                    .arg(fromVersion)
                    .arg(schema::currentVersion())
                    .arg(QFileInfo(backup).fileName()));
        ok = ok && transaction.commit();
    }
    executeSql(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!ok) {
        return OpenResult::failed(Failure::MigrationFailed,
            tr("Upgrading %1 from version %2 failed: %3. The database was not changed; a "
               "copy is in %4.")
                .arg(m_path)
                .arg(fromVersion)
                .arg(m_error, backup));
    }
    OpenResult result;
    result.fromVersion = fromVersion;
    result.backupPath = backup;
    return result;
}

} // namespace opcc
