// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/indexsuspension.h"

#include "storage/database.h"
#include "storage/rowwriter.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace opcc {

namespace {

// What the triggers would have written, for every row at once: a scheme's row holds its own
// texts and its organisations' names (schema.cpp, fullTextSearch()); the documents' index reads
// its table itself.
const char *const rebuildStatements[] = {
    "DELETE FROM scheme_fts",
    R"(INSERT INTO scheme_fts (rowid, name, areas, summary, description, eligibility,
    organisations)
SELECT s.id, s.name, s.area_key, s.summary, s.description, s.eligibility,
    (SELECT group_concat(o.name, ' ') FROM scheme_organisation so
     JOIN organisation o ON o.id = so.organisation_id WHERE so.scheme_id = s.id)
FROM scheme s)",
    "INSERT INTO source_fts (source_fts) VALUES ('rebuild')",
};

// The figures added since the suspension, as figure_fts_insert would have indexed them; or, when
// they outnumber the ones before by two to one, every figure again: FTS5's rebuild reads the
// table itself, for some 10,700 instructions a row (callgrind, 20,000 figures into the shipped
// register), where inserting the rows through the index costs some 15,600. The two are told
// apart by the ids (the last before and the last now), not by counting the rows, which took
// 0.19 s on the huge register; gaps left by removed figures only make the insert likelier.
const char *const indexNewFigures
    = "INSERT INTO figure_fts (rowid, note, quote, period_label) "
      "SELECT id, note, quote, period_label FROM figure WHERE id > %1";
const char *const reindexFigures = "INSERT INTO figure_fts (figure_fts) VALUES ('rebuild')";

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
    if (m_db.isServer() || (kind == Kind::Search && m_searchSuspended)
        || (kind == Kind::FigureSearch && m_figuresFrom))
        return true;
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    query.setForwardOnly(true);
    QString select;
    switch (kind) {
    case Kind::Search:
        select = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND (name LIKE 'scheme\\_fts\\_%' ESCAPE '\\' "
                                "OR name LIKE 'source\\_fts\\_%' ESCAPE '\\') ORDER BY name");
        break;
    case Kind::FigureSearch:
        select = QStringLiteral("SELECT name, sql, (SELECT coalesce(max(id), 0) FROM figure) "
                                "FROM sqlite_master WHERE type = 'trigger' "
                                "AND name = 'figure_fts_insert'");
        break;
    case Kind::Figures:
        select = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                "AND name IN ('figure_measure', 'figure_source') ORDER BY name");
        break;
    }
    if (!query.exec(select)) {
        m_error = query.lastError().text();
        return false;
    }
    QStringList names;
    QStringList statements;
    qint64 lastFigure = 0;
    while (query.next()) {
        names.append(query.value(0).toString());
        statements.append(query.value(1).toString());
        if (kind == Kind::FigureSearch)
            lastFigure = query.value(2).toLongLong();
    }
    if (query.lastError().isValid()) {
        m_error = query.lastError().text();
        return false;
    }
    query.finish();
    if (kind != Kind::Figures) {
        for (const QString &name : std::as_const(names)) {
            if (!run(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
                return false; // the caller rolls back: the ones dropped come back
        }
        m_statements += statements;
        if (kind == Kind::Search)
            m_searchSuspended = true;
        else if (!names.isEmpty())
            m_figuresFrom = lastFigure;
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
    if (m_figuresFrom) {
        const qint64 before = *m_figuresFrom;
        const auto last = m_db.rows().lastFigureId();
        if (!last) {
            m_error = m_db.errorString();
            return false;
        }
        const bool whole = before * 2 <= *last - before;
        if (!run(whole ? QString::fromLatin1(reindexFigures)
                       : QString::fromLatin1(indexNewFigures).arg(QString::number(before))))
            return false;
    }
    for (const QString &sql : std::as_const(m_statements)) {
        if (!run(sql))
            return false;
    }
    m_statements.clear();
    m_searchSuspended = false;
    m_figuresFrom.reset();
    return true;
}

} // namespace opcc
