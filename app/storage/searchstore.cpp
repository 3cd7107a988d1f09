// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/searchstore.h"

#include "storage/database.h"
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

// On a server register, which has no FTS5: the same four ways, each a case-insensitive regular
// expression that finds the word at the start of a word (\m), as the prefix query does. Unlike
// FTS5's unicode61 tokenizer it does not ignore accents (ŵ does not find w).
const QString matchingSchemesOnServer = QStringLiteral(R"(
SELECT s.id FROM scheme s WHERE s.name ~* :p OR s.area_key ~* :p OR s.summary ~* :p
    OR s.description ~* :p OR s.eligibility ~* :p
    OR EXISTS (SELECT 1 FROM scheme_organisation so JOIN organisation o
               ON o.id = so.organisation_id WHERE so.scheme_id = s.id AND o.name ~* :p)
UNION SELECT f.scheme_id FROM figure f
    WHERE f.note ~* :p OR f.quote ~* :p OR f.period_label ~* :p
UNION SELECT s.id FROM source_document d JOIN scheme s ON s.source_id = d.id
    WHERE d.title ~* :p OR d.publisher ~* :p OR d.reference ~* :p
UNION SELECT f.scheme_id FROM source_document d JOIN figure f ON f.source_id = d.id
    WHERE d.title ~* :p OR d.publisher ~* :p OR d.reference ~* :p)");

// A word as a PostgreSQL regular expression that finds it where a word begins.
QString wordStartPattern(const QString &word)
{
    static const QString special = QStringLiteral(R"(\.^$*+?()[]{}|-)");
    QString pattern = QStringLiteral("\\m");
    for (const QChar c : word) {
        if (special.contains(c))
            pattern += QLatin1Char('\\');
        pattern += c;
    }
    return pattern;
}

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
    if (letters < minimumWordLength || !m_db.isOpen())
        return std::nullopt;
    if (SqliteReader *reader = m_db.reader())
        return schemesMatchingInFile(*reader, trimmed);
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    query.setForwardOnly(true);
    const bool server = m_db.isServer();
    if (!query.prepare(server ? matchingSchemesOnServer : matchingSchemes)) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (server) {
        query.bindValue(QStringLiteral(":p"), wordStartPattern(trimmed));
    } else {
        const QString match = prefixQuery(trimmed);
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
