// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqlitereader.h"

#include "domain/cfilename.h"

#include <sqlite3.h>

namespace opcc {

namespace {

constexpr int sqliteReaderBusyMs = 5000; // as Database waits for a lock
// Its reads are passes over a table, once each (the figure counts, the integrity check) and
// searches of the full-text index. With SQLite's default cache (2 MiB) the huge register's
// window peaked 1.5 MiB higher at start and 2.5 MiB higher after a refresh; its figure counts
// took as long with this one (1.59 to 1.63 s against 1.60 to 1.69 s, two runs each).
constexpr const char *sqliteReaderCache = "PRAGMA cache_size = -512"; // KiB

} // namespace

SqliteReader::SqliteReader(const QString &name, bool uri, const std::atomic<bool> *stop)
{
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | (uri ? SQLITE_OPEN_URI : 0);
    const QByteArray file = uri ? name.toUtf8() : cFileName(name);
    if (sqlite3_open_v2(file.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        noteError();
        sqlite3_close(m_db);
        m_db = nullptr;
        if (m_code == SQLITE_OK)
            m_code = SQLITE_CANTOPEN;
        return;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, sqliteReaderBusyMs);
    // A smaller cache only: a failure leaves SQLite's default, and every read as it would be.
    sqlite3_exec(m_db, sqliteReaderCache, nullptr, nullptr, nullptr);
    setStopFlag(stop);
}

void SqliteReader::setStopFlag(const std::atomic<bool> *stop)
{
    if (!m_db)
        return;
    const auto stopped
        = [](void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; };
    sqlite3_progress_handler(
        m_db, stop ? 100 : 0, stop ? +stopped : nullptr, const_cast<std::atomic<bool> *>(stop));
}

SqliteReader::~SqliteReader()
{
    sqlite3_close(m_db);
}

void SqliteReader::noteError()
{
    m_code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
    m_message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                     : QStringLiteral("cannot open the database");
}

SqliteReader::Statement::Statement(SqliteReader &reader, const char *sql)
    : m_reader(reader)
{
    if (!reader.m_db) {
        m_failed = true;
        return;
    }
    if (sqlite3_prepare_v2(reader.m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        reader.noteError();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_failed = true;
    }
}

SqliteReader::Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteReader::Statement::bind(int parameter, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (m_statement
        && sqlite3_bind_text(
               m_statement, parameter, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
            == SQLITE_OK)
        return true;
    m_reader.noteError();
    m_failed = true;
    return false;
}

bool SqliteReader::Statement::bind(const char *name, const QString &text)
{
    const int parameter = m_statement ? sqlite3_bind_parameter_index(m_statement, name) : 0;
    if (parameter > 0)
        return bind(parameter, text);
    m_failed = true;
    return false;
}

bool SqliteReader::Statement::next()
{
    if (!m_statement || m_failed)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_reader.noteError();
        m_failed = true;
    }
    return false;
}

bool SqliteReader::Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteReader::Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteReader::Statement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

} // namespace opcc
