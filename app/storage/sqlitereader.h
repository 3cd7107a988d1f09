// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <atomic>

struct sqlite3;
struct sqlite3_stmt;

namespace opcc {

// A read-only connection to a database file that the project opens itself with SQLite's C API
// (sqlite3_open_v2), apart from the Qt driver's connection of Database, which is spoken to
// through QSqlQuery only. For the reads that measured faster on the C API than through QSqlQuery
// (the statistics pass over every figure, BrowseStore) and for the integrity check, both of which
// a stop flag may interrupt (SQLite's progress handler, on this connection only). It sees what
// was committed: no read of it runs inside a write of the Database.
class SqliteReader final
{
public:
    // name: a path, or a file: URI (Database opens a file in a read-only folder as immutable).
    SqliteReader(const QString &name, bool uri, const std::atomic<bool> *stop);
    ~SqliteReader();
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    // A running statement fails soon after *stop becomes true; nullptr removes the check.
    void setStopFlag(const std::atomic<bool> *stop);
    // The last failure: SQLite's extended result code and message.
    int errorCode() const { return m_code; }
    QString errorMessage() const { return m_message; }

    // One prepared statement of the reader; finalized when it goes.
    class Statement final
    {
    public:
        Statement(SqliteReader &reader, const char *sql);
        ~Statement();
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;

        bool isValid() const { return m_statement != nullptr; }
        bool bind(int parameter, const QString &text);
        bool bind(const char *name, const QString &text);
        // True for a row; false at the end or on an error (then the reader's errorCode()).
        bool next();
        bool failed() const { return m_failed; }
        bool isNull(int column) const;
        qint64 integer(int column) const;
        QString text(int column) const;

    private:
        SqliteReader &m_reader;
        sqlite3_stmt *m_statement = nullptr;
        bool m_failed = false;
    };

private:
    void noteError();

    sqlite3 *m_db = nullptr;
    int m_code = 0;
    QString m_message;
};

} // namespace opcc
