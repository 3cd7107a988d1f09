// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSet>
#include <QString>
#include <optional>

class QSqlQuery;

namespace opcc {

class Database;
class SqliteReader;

// The full-text indexes (SQLite FTS5, see schema.cpp): which schemes have a word in any of their
// text: their own fields and organisations, their figures' notes, quotes and period labels, and
// the titles, publishers and references of the documents they and their figures cite.
class SearchStore final
{
public:
    explicit SearchStore(const Database &db);

    // Words shorter than this are left to the scheme list's own text (a prefix of one or two
    // letters matches most figures and says little).
    static constexpr int minimumWordLength = 3;

    // The schemes with a word that starts with `word` (case and accents ignored); nullopt when
    // the word is too short to ask for, or the search cannot run.
    std::optional<QSet<qint64>> schemesMatching(const QString &word) const;
    QString errorString() const { return m_error; }

    // `word` as an FTS5 prefix query: one quoted phrase, so that its punctuation is not syntax.
    static QString prefixQuery(const QString &word);

private:
    // The statement of the Qt SQL connection (a server's, or a file's without its own reader).
    std::optional<QSet<qint64>> runMatching(QSqlQuery &query, const QString &word) const;
    std::optional<QSet<qint64>> schemesMatchingInFile(
        SqliteReader &reader, const QString &word) const;

    const Database &m_db;
    mutable QString m_error;
};

} // namespace opcc
