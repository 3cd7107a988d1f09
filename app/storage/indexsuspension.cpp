// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/indexsuspension.h"

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace opcc {

namespace {

// What the triggers would have written, for every row at once: a scheme's row holds its own
// texts and its organisations' names (schema.cpp, fullTextSearch()); the figures' and documents'
// indexes read their tables themselves.
const char *const rebuildStatements[] = {
    "DELETE FROM scheme_fts",
    R"(INSERT INTO scheme_fts (rowid, name, areas, summary, description, eligibility,
    organisations)
SELECT s.id, s.name, s.area_key, s.summary, s.description, s.eligibility,
    (SELECT group_concat(o.name, ' ') FROM scheme_organisation so
     JOIN organisation o ON o.id = so.organisation_id WHERE so.scheme_id = s.id)
FROM scheme s)",
    "INSERT INTO figure_fts (figure_fts) VALUES ('rebuild')",
    "INSERT INTO source_fts (source_fts) VALUES ('rebuild')",
};

} // namespace

IndexSuspension::IndexSuspension(Database &db)
    : m_db(db)
{ }

bool IndexSuspension::run(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool IndexSuspension::suspend(Kind kind)
{
    // A server register has no full-text indexes to keep (SearchStore reads the tables), and its
    // figure indexes cost little beside its foreign-key checks.
    if (m_db.isServer() || (kind == Kind::Search && m_searchSuspended))
        return true;
    const bool search = kind == Kind::Search;
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    query.setForwardOnly(true);
    if (!query.exec(search
                ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                 "AND name LIKE '%\\_fts\\_%' ESCAPE '\\' ORDER BY name")
                : QStringLiteral(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                    "AND name IN ('figure_measure', 'figure_source') ORDER BY name"))) {
        m_error = query.lastError().text();
        return false;
    }
    QStringList names;
    QStringList statements;
    while (query.next()) {
        names.append(query.value(0).toString());
        statements.append(query.value(1).toString());
    }
    query.finish();
    if (search) {
        for (const QString &name : std::as_const(names)) {
            if (!run(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
                return false; // the caller rolls back: the ones dropped come back
        }
        m_statements += statements;
        m_searchSuspended = true;
        return true;
    }
    // SQLite drops no index while another statement of the connection is still reading (a
    // window's list read a part at a time): the indexes left out are only a saving, so those
    // not dropped are simply kept row by row.
    for (qsizetype i = 0; i < names.size(); ++i) {
        QSqlQuery drop(QSqlDatabase::database(m_db.connectionName(), false));
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(names.at(i))))
            break;
        m_statements.append(statements.at(i));
    }
    return true;
}

bool IndexSuspension::restore()
{
    if (m_searchSuspended) {
        for (const char *sql : rebuildStatements) {
            if (!run(QString::fromLatin1(sql)))
                return false;
        }
    }
    for (const QString &sql : std::as_const(m_statements)) {
        if (!run(sql))
            return false;
    }
    m_statements.clear();
    m_searchSuspended = false;
    return true;
}

} // namespace opcc
