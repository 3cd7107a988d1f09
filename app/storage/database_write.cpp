// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: the name -> id lookups that the stores' writes share (areas, organisations, source
// documents and measures), cached within one transaction.

#include "storage/columnvalues.h"
#include "storage/database.h"

#include <QSqlError>
#include <QVariant>

namespace opcc {

namespace {

using columnvalues::text;

const char *const measureSelect = "SELECT id, key FROM measure";
const char *const sourceSelect = "SELECT id, title FROM source_document";

} // namespace

bool Database::fillCache(QHash<QString, qint64> &cache, const char *selectAll, Match match)
{
    const bool foldCase = match == Match::IgnoringCase;
    QSqlQuery &all = prepared(selectAll);
    if (!execute(all))
        return false;
    while (all.next()) {
        const QString found = all.value(1).toString();
        cache.insert(foldCase ? found.toCaseFolded() : found, all.value(0).toLongLong());
    }
    return finishRead(all);
}

bool Database::fillFigureCaches()
{
    return (!m_measureIds.isEmpty() || fillCache(m_measureIds, measureSelect, Match::Exact))
        && (!m_sourceIds.isEmpty() || fillCache(m_sourceIds, sourceSelect, Match::Exact));
}

std::optional<qint64> Database::lookupId(QHash<QString, qint64> &cache, const char *selectAll,
    const char *insert, const QString &name, Match match)
{
    const bool foldCase = match == Match::IgnoringCase;
    const QString key = foldCase ? name.toCaseFolded() : name;
    if (cache.isEmpty() && !fillCache(cache, selectAll, match))
        return std::nullopt;
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    if (!insert) {
        fail(Failure::NotFound, tr("\"%1\" is not known.").arg(name));
        return std::nullopt;
    }
    // The id by RETURNING: on a server, the driver's lastInsertId() is a second round trip.
    QSqlQuery &add = prepared(insert);
    add.bindValue(0, text(name));
    const auto id = insertedId(add);
    if (!id)
        return std::nullopt;
    cache.insert(key, *id);
    m_wroteInTransaction = true;
    m_changes.lookups = true;
    return *id;
}

std::optional<qint64> Database::areaId(const QString &name)
{
    return lookupId(m_areaIds, "SELECT id, name FROM area",
        "INSERT INTO area (name) VALUES (?) RETURNING id", name, Match::IgnoringCase);
}

std::optional<qint64> Database::organisationId(const QString &name)
{
    return lookupId(m_organisationIds, "SELECT id, name FROM organisation",
        "INSERT INTO organisation (name) VALUES (?) RETURNING id", name, Match::IgnoringCase);
}

std::optional<qint64> Database::sourceId(const QString &title)
{
    return lookupId(m_sourceIds, sourceSelect,
        "INSERT INTO source_document (title) VALUES (?) RETURNING id", title, Match::Exact);
}

bool Database::sourceIdOf(const QString &title, std::optional<qint64> *id)
{
    *id = title.isEmpty() ? std::nullopt : sourceId(title);
    return title.isEmpty() || id->has_value();
}

std::optional<qint64> Database::measureId(const QString &key)
{
    return lookupId(m_measureIds, measureSelect, nullptr, key, Match::Exact);
}

} // namespace opcc
