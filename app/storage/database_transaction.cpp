// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: the transaction scope, running statements for the stores, and recording every
// failure as one Failure with its message.

#include "storage/database.h"
#include "storage/lookupids.h"
#include "storage/serversession.h"
#include "storage/sqlitecode.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <utility>

namespace opcc {

namespace {

using storage::sqliteCode;

bool isReadStatement(const QString &sql)
{
    const QString head = sql.trimmed().left(6);
    return head.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
        || head.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive)
        || head.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive);
}

} // namespace

// ---- transactions

Database::Transaction::Transaction(Database &db, Nesting nesting)
    : m_db(db)
{
    m_depth = m_db.m_transactionDepth;
    const bool joins = nesting == Nesting::Join || (m_db.m_joinNested && nesting != Nesting::Whole);
    if (m_depth > 0 && joins) {
        m_joined = true;
        m_active = true;
        return;
    }
    if (m_db.m_readOnly && !m_db.m_writeRefusal.isEmpty()) {
        m_db.fail(Failure::Damaged, m_db.m_writeRefusal);
        return;
    }
    // A server's user whose role lets it read only (perhaps taken while a form was being
    // filled) is refused by the server itself, whose session reads only: its message says so.
    if (m_db.m_readOnly && !(m_db.isServer() && !m_db.m_readOnlyAsked)) {
        m_db.fail(Failure::ReadOnly,
            Database::tr("%1 is open for reading only (the file or its folder cannot be written): "
                         "nothing can be changed in it.")
                .arg(m_db.m_path));
        return;
    }
    // SQLite takes the write lock at once (IMMEDIATE), so that a transaction never fails half
    // way on a lock; PostgreSQL locks the rows written, as they are written.
    const QString begin
        = m_db.isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    const QString sql = m_depth == 0 ? begin : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (m_depth == 0)
        m_db.clearCaches();
    // A connection to the server that dropped since the last write is made again first: at
    // the start of a transaction nothing of it can be lost.
    // (The driver closes a connection it finds broken: a statement then fails with no word.)
    const bool began = m_db.executeSql(sql)
        || (m_depth == 0 && m_db.isServer()
            && (m_db.lastFailure() == Failure::CannotOpen || !m_db.isOpen())
            && m_db.reconnectServer() && m_db.executeSql(sql));
    if (began) {
        m_active = true;
        ++m_db.m_transactionDepth;
        if (m_depth == 0) {
            m_db.m_wroteInTransaction = false;
            m_db.m_changes = ChangeSet();
        }
        if (nesting == Nesting::Whole) {
            m_whole = true;
            m_joinedBefore = m_db.m_joinNested;
            m_db.m_joinNested = true;
        }
    }
}

Database::Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Database::Transaction::commit()
{
    if (!m_active)
        return false;
    if (m_joined) {
        m_active = false;
        return true;
    }
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth);
    if (m_depth == 0 && m_db.m_session && m_db.m_wroteInTransaction
        && !m_db.m_session->announce(m_db.m_changes)) {
        rollback();
        return false;
    }
    if (!m_db.executeSql(sql)) {
        rollback();
        return false;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_whole)
        m_db.m_joinNested = m_joinedBefore;
    if (m_depth == 0) {
        m_db.clearCaches();
        bool rolesChanged = false;
        if (m_db.m_wroteInTransaction) {
            m_db.m_wroteInTransaction = false;
            const ChangeSet changes = std::exchange(m_db.m_changes, ChangeSet());
            emit m_db.recordsChanged(changes);
            emit m_db.changed();
            // A role this connection gave or took may be its own user's.
            rolesChanged = changes.roles;
        }
        if (m_db.m_session)
            m_db.m_session->transactionEnded(rolesChanged);
    }
    return true;
}

void Database::Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_joined)
        return; // the outer transaction decides
    --m_db.m_transactionDepth;
    if (m_whole)
        m_db.m_joinNested = m_joinedBefore;
    // Keep the error that caused the rollback.
    const Failure failure = m_db.m_failure;
    const QString error = m_db.m_error;
    if (m_depth == 0) {
        m_db.executeSql(QStringLiteral("ROLLBACK"));
        m_db.clearCaches();
        m_db.m_wroteInTransaction = false;
        m_db.m_changes = ChangeSet();
    } else {
        m_db.executeSql(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth));
        m_db.executeSql(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth));
        // Name lookups may hold ids of rows the savepoint removed.
        m_db.clearCaches();
    }
    m_db.m_failure = failure;
    m_db.m_error = error;
    if (m_depth == 0 && m_db.m_session)
        m_db.m_session->transactionEnded(); // keeps the failure as it is
}

// ---- plumbing

QSqlQuery &Database::prepared(const char *sql) const
{
    return statement(sql, false);
}

QSqlQuery &Database::preparedRead(const char *sql) const
{
    return statement(sql, true);
}

QSqlQuery &Database::statement(const char *sql, bool forwardOnly) const
{
    auto it = m_statements.find(sql);
    // (The figure writer's thread asks for its statements too: on a file, nothing is written.)
    if (it != m_statements.end()
        && (m_staleStatements.empty() || m_staleStatements.erase(&it->second) == 0))
        return it->second;
    connectBeforeReading(sql);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(forwardOnly); // before prepare(), as Qt asks
    // On a lost connection the read, run, connects again (execute()).
    if (!m_readReconnectFailed && !query.prepare(statementText(sql)) && !mayReadAgain(query))
        failQuery(query);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::move(query)).first;
    else
        it->second = std::move(query); // in place: a caller may hold it
    return it->second;
}

void Database::connectBeforeReading(const char *sql) const
{
    if (!isServer())
        return;
    m_readReconnectFailed = false;
    if (m_transactionDepth > 0 || m_inSnapshot
        || QSqlDatabase::database(m_connectionName, false).isOpen()
        || !isReadStatement(QString::fromUtf8(sql)))
        return;
    // The connection was lost and not made again (the server was away at the last read): a
    // statement cannot even be prepared until it is.
    m_readReconnectFailed = !const_cast<Database *>(this)->reconnectServer();
}

bool Database::execute(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    if (std::exchange(m_readReconnectFailed, false))
        return failServerAway(); // tried when the statement was prepared
    if (mayReadAgain(query))
        return const_cast<Database *>(this)->readAgain(query);
    return failQuery(query);
}

bool Database::failServerAway() const
{
    const QString reason
        = QSqlDatabase::database(m_connectionName, false).lastError().text().simplified();
    return failRead(Failure::CannotOpen,
        tr("The PostgreSQL server of %1 cannot be reached: the connection was lost and could not "
           "be made again (%2).")
            .arg(m_path, reason));
}

QString Database::statementOf(const QSqlQuery &query) const
{
    // A statement prepared when the driver had closed the connection keeps no text.
    if (!query.lastQuery().isEmpty())
        return query.lastQuery();
    for (const auto &[key, kept] : m_statements) {
        if (&kept == &query)
            return statementText(key);
    }
    return {};
}

bool Database::mayReadAgain(const QSqlQuery &query) const
{
    return isServer() && m_transactionDepth == 0 && !m_inSnapshot
        && isReadStatement(statementOf(query)) && lostConnection(query);
}

bool Database::lostConnection(const QSqlQuery &query) const
{
    if (!isServer() || m_transactionDepth > 0 || m_inSnapshot)
        return false;
    // The driver closes a connection it finds broken: a statement then fails with no word.
    if (!QSqlDatabase::database(m_connectionName, false).isOpen())
        return true;
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return isConnectionLost(error.nativeErrorCode(), text.trimmed());
}

bool Database::readAgain(QSqlQuery &query)
{
    const QString sql = statementOf(query);
    const QVariantList values = query.boundValues();
    const bool forwardOnly = query.isForwardOnly();
    if (!reconnectServer())
        return failServerAway();
    m_staleStatements.erase(&query); // when it is one of m_statements, made again here
    query = QSqlQuery(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(forwardOnly);
    if (!query.prepare(sql))
        return failQuery(query);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return failQuery(query);
    return true;
}

bool Database::executeSql(const QString &sql)
{
    // Transaction control runs around every scheme an import writes; a QSqlQuery made and
    // prepared for each statement cost more than the writes themselves, so those few texts
    // (BEGIN, COMMIT, a savepoint of each depth) are prepared once and reused.
    const bool control = sql.startsWith(QLatin1String("BEGIN"))
        || sql.startsWith(QLatin1String("COMMIT")) || sql.startsWith(QLatin1String("ROLLBACK"))
        || sql.startsWith(QLatin1String("SAVEPOINT")) || sql.startsWith(QLatin1String("RELEASE"));
    // (PostgreSQL prepares no transaction control.)
    if (!control || isServer()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(sql))
            return failQuery(query);
        return true;
    }
    auto it = m_controlStatements.find(sql);
    if (it == m_controlStatements.end()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.prepare(sql))
            return failQuery(query);
        it = m_controlStatements.emplace(sql, std::move(query)).first;
    }
    if (!it->second.exec())
        return failQuery(it->second);
    return true;
}

bool Database::fail(Failure failure, const QString &message) const
{
    m_failure = failure;
    m_error = message;
    return false;
}

bool Database::failQuery(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (isServer())
        failServerCode(error.nativeErrorCode(), text.trimmed());
    else
        failCode(sqliteCode(error), text);
    if (isReadStatement(query.lastQuery()))
        failRead(m_failure, m_error);
    return false;
}

bool Database::failCode(int code, const QString &text) const
{
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return fail(Failure::Locked,
            tr("The database is locked by another program. Close it and try again."));
    case SQLITE_READONLY:
        return fail(Failure::ReadOnly,
            tr("The database cannot be written (%1). Nothing was changed.").arg(text));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return fail(Failure::Damaged,
            tr("The database is damaged (%1). Restore it from a backup.").arg(text));
    case SQLITE_FULL:
        return fail(Failure::DiskFull,
            tr("The disk is full (%1). Nothing was changed; free some space and try "
               "again.")
                .arg(text));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return fail(
            Failure::CannotOpen, tr("The database file cannot be read or written (%1).").arg(text));
    default:
        return fail(Failure::QueryFailed, text);
    }
}

bool Database::failRead(Failure failure, const QString &message) const
{
    fail(failure == Failure::None ? Failure::QueryFailed : failure, message);
    ++m_readFailures;
    if (m_readError.isEmpty()) {
        m_readError = m_error;
        emit const_cast<Database *>(this)->readFailed(m_error);
    }
    return false;
}

bool Database::finishRead(QSqlQuery &query) const
{
    const bool failed = query.lastError().isValid();
    if (failed)
        failQuery(query);
    query.finish();
    return !failed;
}

void Database::releaseCache() const
{
    if (!isOpen() || isServer())
        return;
    // It only frees: one that fails leaves the cache as it was, and every read as it would be.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(QStringLiteral("PRAGMA shrink_memory"));
}

bool Database::isDatabaseFault(Failure failure)
{
    switch (failure) {
    case Failure::Locked:
    case Failure::CannotOpen:
    case Failure::Damaged:
    case Failure::ReadOnly:
    case Failure::DiskFull:
    case Failure::NotADatabase:
    case Failure::NewerVersion:
    case Failure::MigrationFailed:
        return true;
    default:
        return false;
    }
}

void Database::clearError() const
{
    m_failure = Failure::None;
    m_error.clear();
}

void Database::noteWritten(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    m_wroteInTransaction = true;
    m_changes.schemesInserted |= changes.schemesInserted;
    m_changes.schemesUpdated |= changes.schemesUpdated;
    m_changes.schemesRemoved |= changes.schemesRemoved;
    m_changes.figuresOfSchemes |= changes.figuresOfSchemes;
    m_changes.allFigures = m_changes.allFigures || changes.allFigures;
    m_changes.lookups = m_changes.lookups || changes.lookups;
    m_changes.audit = m_changes.audit || changes.audit;
    // What the journal wrote may be in the caches (a lookup's name, a document's title).
    clearCaches();
}

void Database::clearCaches()
{
    m_ids->clear();
}

// Runs an INSERT ... RETURNING id: the new row's id, or nothing with the failure recorded.
std::optional<qint64> Database::insertedId(QSqlQuery &q)
{
    if (!execute(q))
        return std::nullopt;
    const std::optional<qint64> id
        = q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    if (!finishRead(q))
        return std::nullopt;
    if (!id) {
        fail(Failure::QueryFailed, tr("The new row's id could not be read."));
        return std::nullopt;
    }
    return id;
}

} // namespace opcc
