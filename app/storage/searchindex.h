// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace opcc {

class Database;

// The full-text indexes (schema.cpp) are kept in step by triggers, row by row: on a large import
// that costs several times the import itself (bench_import: 200,000 figures took 86.9 s with
// them, 10.9 s without). An all-or-nothing write of many rows suspends them instead: suspend()
// drops the triggers inside the caller's transaction, and restore() fills the indexes from the
// tables once (FTS5's rebuild, as the migration that made them does) and creates the triggers
// again from their own SQL, in the same transaction. A rollback puts everything back as it was.
class SearchIndexSuspension final
{
public:
    explicit SearchIndexSuspension(Database &db);

    // Inside a transaction only. False (errorString()) when the triggers could not be dropped.
    bool suspend();
    // Rebuilds the indexes and creates the triggers again; call before the commit.
    bool restore();
    bool isSuspended() const { return !m_triggers.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool run(const QString &sql);

    Database &m_db;
    QStringList m_triggers; // the CREATE TRIGGER statements dropped
    QString m_error;
};

} // namespace opcc
