// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/searchstore.h"

#include "storage/database.h"
#include "storage/serverschema.h"
#include "storage/sqlitereader.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace opcc {

namespace {

// One statement for the four ways a word can belong to a scheme.
const QString matchingSchemes = QStringLiteral(R"(
SELECT rowid FROM scheme_fts WHERE scheme_fts MATCH :q1
UNION SELECT f.scheme_id FROM figure_fts JOIN figure f ON f.id = figure_fts.rowid
    WHERE figure_fts MATCH :q2
UNION SELECT s.id FROM source_fts JOIN scheme s ON s.source_id = source_fts.rowid
    WHERE source_fts MATCH :q3
UNION SELECT f.scheme_id FROM source_fts JOIN figure f ON f.source_id = source_fts.rowid
    WHERE source_fts MATCH :q4)");

// On a server register, which has no FTS5: the same four ways, each answered by a GIN index of
// the table's folded text (serverschema.cpp's serverSearchIndexes(), whose comment says why
// those), so that case and the Latin letters' accents are ignored as on a file (ŵ finds w).
// The typed word is never read as tsquery syntax: the server splits it into words with the
// rows' own parser and folding (to_tsvector of opcc_fold), and each word is made a prefix
// operand quoted as tsquery's input reads it (a quote or backslash doubled), all of them
// required (&); the text is then cast to tsquery, which parses it no further. The query is an
// InitPlan ((SELECT q FROM typed)), a value each index scan takes as its key.
const QString matchingSchemesOnServer = [] {
    using schema::serverSearchVector;
    return QStringLiteral(R"(
WITH typed AS (SELECT CAST(coalesce(string_agg('''' || replace(replace(lexeme, chr(92),
    chr(92) || chr(92)), '''', '''''') || ''':*', ' & '), '') AS tsquery) AS q
    FROM unnest(to_tsvector('simple', opcc_fold(:w))))
SELECT s.id FROM scheme s WHERE %1 @@ (SELECT q FROM typed)
UNION SELECT so.scheme_id FROM organisation o JOIN scheme_organisation so
    ON so.organisation_id = o.id WHERE %2 @@ (SELECT q FROM typed)
UNION SELECT f.scheme_id FROM figure f WHERE %3 @@ (SELECT q FROM typed)
UNION SELECT s.id FROM source_document d JOIN scheme s ON s.source_id = d.id
    WHERE %4 @@ (SELECT q FROM typed)
UNION SELECT f.scheme_id FROM source_document d JOIN figure f ON f.source_id = d.id
    WHERE %4 @@ (SELECT q FROM typed))")
        .arg(serverSearchVector("scheme", QStringLiteral("s.")),
            serverSearchVector("organisation", QStringLiteral("o.")),
            serverSearchVector("figure", QStringLiteral("f.")),
            serverSearchVector("source_document", QStringLiteral("d.")));
}();

} // namespace

SearchStore::SearchStore(const Database &db)
    : m_db(db)
{ }

QString SearchStore::prefixQuery(const QString &word)
{
    QString phrase = word;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QStringLiteral("\"*");
}

std::optional<QSet<qint64>> SearchStore::schemesMatching(const QString &word) const
{
    const QString trimmed = word.trimmed();
    int letters = 0;
    for (const QChar c : trimmed)
        letters += c.isLetterOrNumber() ? 1 : 0;
    m_error.clear();
    // (A server's connection lost at the last search and not made again is tried again below.)
    if (letters < minimumWordLength || (!m_db.isOpen() && !m_db.isServer()))
        return std::nullopt;
    if (SqliteReader *reader = m_db.reader())
        return schemesMatchingInFile(*reader, trimmed);
    // A server's connection lost since the last search (the server restarted, the network
    // went): made again once and the same search run again, as the connection's other reads are
    // (Database::readAgain()); the search is one statement, so nothing read before is mixed in.
    for (bool again = m_db.isServer();; again = false) {
        QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
        std::optional<QSet<qint64>> ids = runMatching(query, trimmed);
        if (ids || !again || !m_db.lostConnection(query))
            return ids;
        if (!const_cast<Database &>(m_db).reconnectServer()) {
            m_db.failServerAway();
            m_error = m_db.errorString();
            return std::nullopt;
        }
        m_error.clear();
    }
}

std::optional<QSet<qint64>> SearchStore::runMatching(QSqlQuery &query, const QString &word) const
{
    query.setForwardOnly(true);
    const bool server = m_db.isServer();
    if (!query.prepare(server ? matchingSchemesOnServer : matchingSchemes)) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (server) {
        query.bindValue(QStringLiteral(":w"), word);
    } else {
        const QString match = prefixQuery(word);
        for (const char *name : { ":q1", ":q2", ":q3", ":q4" })
            query.bindValue(QLatin1String(name), match);
    }
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    if (query.lastError().isValid()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    return ids;
}

// On the project's own read connection of the file, through SQLite's C API: a search that a newer
// keystroke replaces is interrupted by the reading thread's stop flag (the Qt driver's connection
// has no interrupt), rather than run to its end first. Measured with bench_browse on the small
// register (--processor-time, medians of 3): keystroke to the search's answer shown 26 / 31 /
// 34 ms here, 27 / 32 / 37 ms on the Qt driver's handle with its progress handler, 68 / 73 /
// 63 ms through QSqlQuery, which nothing could interrupt.
std::optional<QSet<qint64>> SearchStore::schemesMatchingInFile(
    SqliteReader &reader, const QString &word) const
{
    static const QByteArray sql = matchingSchemes.toUtf8();
    SqliteReader::Statement query(reader, sql.constData());
    const QString match = prefixQuery(word);
    for (const char *name : { ":q1", ":q2", ":q3", ":q4" })
        query.bind(name, match);
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.integer(0));
    if (!query.isValid() || query.failed()) {
        m_error = reader.errorMessage();
        return std::nullopt;
    }
    return ids;
}

} // namespace opcc
