// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QtGlobal>
#include <optional>

namespace opcc {

class Database;

// Indexes kept row by row that a large all-or-nothing write leaves out and makes again once, at
// its end, inside the caller's transaction (a rollback puts everything back as it was). Three
// kinds, each measured on an import:
// - Search: the schemes' and documents' full-text indexes (schema.cpp), kept in step by
//   triggers. suspend() drops those triggers; restore() fills the two indexes from their tables
//   (as the migration that made them does) and creates the triggers again from their own SQL.
//   Its cost grows with the register's schemes and documents, not with the write.
// - FigureSearch: the figures' full-text index. Row by row, each figure inserted costs FTS5 a
//   write of its own (bench_import: 200,000 figures took 86.9 s with the triggers, 10.9 s
//   without). suspend() drops the insert trigger only and notes the last figure's id; restore()
//   indexes the figures added since in one statement, whatever the register's size. Figures
//   changed or removed meanwhile keep their triggers, which need the rows' old texts.
// - Figures: the figure table's indexes by measure and by document, which an import does not
//   read. Kept row by row they took a fifth of the figure writer's instructions; made again by
//   CREATE INDEX, which sorts, they cost about half of that for every figure of the register.
//   The identity's unique index stays: the import's duplicate check reads it. Where SQLite
//   refuses to drop them (another statement of the connection still reading), they are kept.
// A server register has none of these to leave out: suspend() does nothing there.
class IndexSuspension final
{
public:
    enum class Kind { Search, FigureSearch, Figures };

    explicit IndexSuspension(Database &db);

    // Inside a transaction only. False (errorString()) when the search triggers could not be
    // dropped; the figure indexes are left out where they can be, and true returned.
    bool suspend(Kind kind);
    // Makes again what was suspended; call before the commit.
    bool restore();
    bool isSuspended() const { return !m_statements.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool run(const QString &sql);

    Database &m_db;
    QStringList m_statements; // the CREATE statements of what was dropped, in their order
    bool m_searchSuspended = false; // the schemes' and documents' indexes are to be filled again
    std::optional<qint64> m_figuresFrom; // FigureSearch: the last figure's id before
    QString m_error;
};

} // namespace opcc
