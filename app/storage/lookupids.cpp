// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/lookupids.h"

#include "storage/columnvalues.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace opcc {

namespace {

using columnvalues::text;

const char *const areaSelect = "SELECT id, name FROM area";
const char *const organisationSelect = "SELECT id, name FROM organisation";
const char *const measureSelect = "SELECT id, key FROM measure";
const char *const sourceSelect = "SELECT id, title FROM source_document";

} // namespace

LookupIds::LookupIds(Database &db)
    : m_db(db)
{
    m_areas.foldCase = true;
    m_organisations.foldCase = true;
}

QString LookupIds::keyOf(const Cache &cache, const QString &name)
{
    return cache.foldCase ? name.toCaseFolded() : name;
}

bool LookupIds::fill(Cache &cache, const char *selectAll)
{
    QSqlQuery &all = m_db.prepared(selectAll);
    if (!m_db.execute(all))
        return false;
    while (all.next())
        cache.ids.insert(keyOf(cache, all.value(1).toString()), all.value(0).toLongLong());
    if (!m_db.finishRead(all))
        return false;
    cache.filled = true;
    return true;
}

std::optional<qint64> LookupIds::lookup(
    Cache &cache, const char *selectAll, const char *insert, const QString &name)
{
    if (!cache.filled && !fill(cache, selectAll))
        return std::nullopt;
    const QString key = keyOf(cache, name);
    const auto it = cache.ids.constFind(key);
    if (it != cache.ids.cend())
        return *it;
    if (!insert) {
        m_db.fail(Database::Failure::NotFound, Database::tr("\"%1\" is not known.").arg(name));
        return std::nullopt;
    }
    // The id by RETURNING: on a server, the driver's lastInsertId() is a second round trip.
    QSqlQuery &add = m_db.prepared(insert);
    add.bindValue(0, text(name));
    const auto id = m_db.insertedId(add);
    if (!id)
        return std::nullopt;
    cache.ids.insert(key, *id);
    m_db.recordWrite().lookups = true;
    return *id;
}

std::optional<qint64> LookupIds::areaId(const QString &name)
{
    return lookup(m_areas, areaSelect, "INSERT INTO area (name) VALUES (?) RETURNING id", name);
}

std::optional<qint64> LookupIds::organisationId(const QString &name)
{
    return lookup(m_organisations, organisationSelect,
        "INSERT INTO organisation (name) VALUES (?) RETURNING id", name);
}

std::optional<qint64> LookupIds::sourceId(const QString &title)
{
    return lookup(m_sources, sourceSelect,
        "INSERT INTO source_document (title) VALUES (?) RETURNING id", title);
}

bool LookupIds::sourceIdOf(const QString &title, std::optional<qint64> *id)
{
    *id = title.isEmpty() ? std::nullopt : sourceId(title);
    return title.isEmpty() || id->has_value();
}

std::optional<qint64> LookupIds::measureId(const QString &key)
{
    return lookup(m_measures, measureSelect, nullptr, key);
}

bool LookupIds::fillFigureCaches()
{
    return (m_measures.filled || fill(m_measures, measureSelect))
        && (m_sources.filled || fill(m_sources, sourceSelect));
}

std::optional<qint64> LookupIds::knownMeasure(const QString &key) const
{
    const auto it = m_measures.ids.constFind(key);
    return it == m_measures.ids.cend() ? std::nullopt : std::optional<qint64>(*it);
}

std::optional<qint64> LookupIds::knownSource(const QString &title) const
{
    const auto it = m_sources.ids.constFind(title);
    return it == m_sources.ids.cend() ? std::nullopt : std::optional<qint64>(*it);
}

void LookupIds::noteArea(const QString &name, qint64 id)
{
    if (m_areas.filled)
        m_areas.ids.insert(keyOf(m_areas, name), id);
}

void LookupIds::noteMeasure(const QString &key, qint64 id)
{
    if (m_measures.filled)
        m_measures.ids.insert(key, id);
}

void LookupIds::noteSource(const QString &title, qint64 id)
{
    if (m_sources.filled)
        m_sources.ids.insert(title, id);
}

void LookupIds::Cache::forget()
{
    ids.clear();
    filled = false;
}

void LookupIds::forgetOrganisations()
{
    m_organisations.forget();
}

void LookupIds::forgetSources()
{
    m_sources.forget();
}

void LookupIds::clear()
{
    for (Cache *cache : { &m_areas, &m_organisations, &m_sources, &m_measures })
        cache->forget();
}

} // namespace opcc
