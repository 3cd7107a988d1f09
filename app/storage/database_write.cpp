// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: the statements that write. Each public method is atomic on its own (it opens a
// transaction, or a savepoint inside the caller's).

#include "storage/accountname.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QVariant>

namespace opcc {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Text columns are NOT NULL: an empty QString must bind as '' rather than NULL.
QString text(const QString &value)
{
    return value.isNull() ? QString::fromLatin1("") : value;
}

QVariant nullable(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

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
    QSqlQuery &add = prepared(insert);
    add.bindValue(0, text(name));
    if (!execute(add))
        return std::nullopt;
    const qint64 id = add.lastInsertId().toLongLong();
    cache.insert(key, id);
    m_wroteInTransaction = true;
    m_changes.lookups = true;
    return id;
}

std::optional<qint64> Database::areaId(const QString &name)
{
    return lookupId(m_areaIds, "SELECT id, name FROM area", "INSERT INTO area (name) VALUES (?)",
        name, Match::IgnoringCase);
}

std::optional<qint64> Database::organisationId(const QString &name)
{
    return lookupId(m_organisationIds, "SELECT id, name FROM organisation",
        "INSERT INTO organisation (name) VALUES (?)", name, Match::IgnoringCase);
}

std::optional<qint64> Database::sourceId(const QString &title)
{
    return lookupId(m_sourceIds, sourceSelect, "INSERT INTO source_document (title) VALUES (?)",
        title, Match::Exact);
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

std::optional<qint64> Database::insertArea(const Area &area)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    QSqlQuery &q = prepared("INSERT INTO area (name, nation, region) VALUES (?, ?, ?)");
    q.bindValue(0, text(area.name));
    q.bindValue(1, text(Vocabulary<Nation>::key(area.nation)));
    q.bindValue(2, text(area.region));
    if (!transaction.isActive() || !execute(q))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!m_areaIds.isEmpty())
        m_areaIds.insert(area.name.toCaseFolded(), id);
    m_wroteInTransaction = true;
    m_changes.lookups = true;
    if (!transaction.commit())
        return std::nullopt;
    return id;
}

std::optional<qint64> Database::insertMeasure(const Measure &measure)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    QSqlQuery &q = prepared("INSERT INTO measure (key, label, unit, higher_is_better, description) "
                            "VALUES (?, ?, ?, ?, ?)");
    q.bindValue(0, text(measure.key));
    q.bindValue(1, text(measure.label));
    q.bindValue(2, text(Vocabulary<Unit>::key(measure.unit)));
    q.bindValue(3, measure.higherIsBetter ? 1 : 0);
    q.bindValue(4, text(measure.description));
    if (!transaction.isActive() || !execute(q))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!m_measureIds.isEmpty())
        m_measureIds.insert(measure.key, id);
    m_wroteInTransaction = true;
    m_changes.lookups = true;
    if (!transaction.commit())
        return std::nullopt;
    return id;
}

bool Database::updateMeasure(const Measure &measure)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    QSqlQuery &q = prepared("UPDATE measure SET label = ?, higher_is_better = ?, description = ? "
                            "WHERE key = ?");
    q.bindValue(0, text(measure.label));
    q.bindValue(1, measure.higherIsBetter ? 1 : 0);
    q.bindValue(2, text(measure.description));
    q.bindValue(3, text(measure.key));
    if (!transaction.isActive() || !execute(q))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(Failure::NotFound, tr("There is no measure \"%1\".").arg(measure.key));
    m_wroteInTransaction = true;
    m_changes.lookups = true;
    return transaction.commit();
}

std::optional<qint64> Database::saveSource(const SourceDocument &source)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    QSqlQuery &q = prepared(R"(
        INSERT INTO source_document (title, kind, publisher, reference, issued, file)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (title) DO UPDATE SET kind = excluded.kind, publisher = excluded.publisher,
            reference = excluded.reference, issued = excluded.issued, file = excluded.file
        RETURNING id)");
    q.bindValue(0, text(source.title));
    q.bindValue(1, text(Vocabulary<SourceKind>::key(source.kind)));
    q.bindValue(2, text(source.publisher));
    q.bindValue(3, text(source.reference));
    q.bindValue(4, text(source.issued.toIsoString()));
    q.bindValue(5, text(source.file));
    if (!transaction.isActive() || !execute(q))
        return std::nullopt;
    if (!q.next()) {
        if (finishRead(q))
            fail(Failure::QueryFailed, tr("The document \"%1\" was not saved.").arg(source.title));
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    m_wroteInTransaction = true;
    m_changes.lookups = true;
    if (!m_sourceIds.isEmpty())
        m_sourceIds.insert(source.title, id);
    if (!transaction.commit())
        return std::nullopt;
    return id;
}

// replace: the scheme may have links already (an update), which go first.
bool Database::writeSchemeLinks(qint64 schemeId, const Scheme &scheme, bool replace)
{
    QSqlQuery &clearAreas = prepared("DELETE FROM scheme_area WHERE scheme_id = ?");
    clearAreas.bindValue(0, schemeId);
    if (replace && !execute(clearAreas))
        return false;
    QSet<qint64> areaIds;
    for (const QString &name : scheme.areas) {
        const auto id = areaId(name);
        if (!id)
            return false;
        if (areaIds.contains(*id))
            continue;
        areaIds.insert(*id);
        if (!insertSchemeLink(schemeId, *id, std::nullopt, 0))
            return false;
    }

    QSqlQuery &clearOrganisations = prepared("DELETE FROM scheme_organisation WHERE scheme_id = ?");
    clearOrganisations.bindValue(0, schemeId);
    if (replace && !execute(clearOrganisations))
        return false;
    QSet<QPair<qint64, int>> seen;
    int position = 0;
    for (const OrganisationLink &link : scheme.organisations) {
        const auto id = organisationId(link.name);
        if (!id)
            return false;
        if (seen.contains({ *id, int(link.role) }))
            continue;
        seen.insert({ *id, int(link.role) });
        if (!insertSchemeLink(schemeId, *id, link.role, position++))
            return false;
    }
    return true;
}

std::optional<qint64> Database::insertScheme(const Scheme &scheme)
{
    Transaction transaction(*this);
    if (!transaction.isActive())
        return std::nullopt;
    std::optional<qint64> source;
    if (!sourceIdOf(scheme.source, &source))
        return std::nullopt;
    // Through the C API (database_upsert.cpp): an import inserts thousands of schemes.
    const auto id = insertSchemeRow(scheme, source, nowUtc());
    if (!id)
        return std::nullopt;
    m_wroteInTransaction = true;
    m_changes.schemesInserted.insert(*id);
    if (!writeSchemeLinks(*id, scheme, false) || !transaction.commit())
        return std::nullopt;
    return id;
}

bool Database::updateScheme(const Scheme &scheme)
{
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    std::optional<qint64> source;
    if (!sourceIdOf(scheme.source, &source))
        return false;
    QSqlQuery &q = prepared(R"(
        UPDATE scheme SET name = ?, area_key = ?, strand = ?, status = ?, start_date = ?,
            end_date = ?, summary = ?, description = ?, eligibility = ?, source_id = ?,
            updated_at = ?, row_version = row_version + 1
        WHERE id = ? AND row_version = ?)");
    q.bindValue(0, text(scheme.name));
    q.bindValue(1, text(scheme.areaKey()));
    q.bindValue(2, text(Vocabulary<Strand>::key(scheme.strand)));
    q.bindValue(3, text(Vocabulary<Status>::key(scheme.status)));
    q.bindValue(4, text(scheme.start.toIsoString()));
    q.bindValue(5, text(scheme.end.toIsoString()));
    q.bindValue(6, text(scheme.summary));
    q.bindValue(7, text(scheme.description));
    q.bindValue(8, text(scheme.eligibility));
    q.bindValue(9, nullable(source));
    q.bindValue(10, text(nowUtc()));
    q.bindValue(11, scheme.id);
    q.bindValue(12, scheme.rowVersion);
    if (!execute(q))
        return false;
    if (q.numRowsAffected() == 0) {
        if (this->scheme(scheme.id))
            return fail(Failure::Conflict,
                tr("\"%1\" was changed by someone else since you opened it. Reload it to "
                   "see their change, then make yours again.")
                    .arg(scheme.name));
        return fail(Failure::NotFound, tr("\"%1\" no longer exists.").arg(scheme.name));
    }
    m_wroteInTransaction = true;
    m_changes.schemesUpdated.insert(scheme.id);
    return writeSchemeLinks(scheme.id, scheme, true) && transaction.commit();
}

bool Database::deleteScheme(qint64 id)
{
    Transaction transaction(*this);
    QSqlQuery &q = prepared("DELETE FROM scheme WHERE id = ?");
    q.bindValue(0, id);
    if (!transaction.isActive() || !execute(q))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(Failure::NotFound, tr("The scheme no longer exists."));
    m_wroteInTransaction = true;
    m_changes.schemesRemoved.insert(id);
    m_changes.figuresOfSchemes.insert(id); // removed with it
    return transaction.commit();
}

bool Database::bindFigure(QSqlQuery &q, const Figure &figure)
{
    const auto measure = measureId(figure.measure);
    if (!measure) {
        return fail(Failure::NotFound, tr("There is no measure \"%1\".").arg(figure.measure));
    }
    std::optional<qint64> source;
    if (!sourceIdOf(figure.source, &source))
        return false;
    q.bindValue(0, figure.schemeId);
    q.bindValue(1, *measure);
    q.bindValue(2, figure.value.hundredths());
    q.bindValue(3,
        figure.valueHigh ? QVariant(figure.valueHigh->hundredths())
                         : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(4, text(Vocabulary<Qualifier>::key(figure.qualifier)));
    q.bindValue(5, text(Vocabulary<Per>::key(figure.per)));
    q.bindValue(6, figure.baseline ? 1 : 0);
    q.bindValue(7, text(figure.periodStart.toIsoString()));
    q.bindValue(8, text(figure.periodEnd.toIsoString()));
    q.bindValue(9, text(figure.periodLabel));
    q.bindValue(10, text(figure.note));
    q.bindValue(11, nullable(source));
    q.bindValue(12, text(figure.quote));
    return true;
}

std::optional<qint64> Database::insertFigure(const Figure &figure)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    QSqlQuery &q = prepared(R"(
        INSERT INTO figure (scheme_id, measure_id, value_x100, value_high_x100, qualifier, per,
                            baseline, period_start, period_end, period_label, note, source_id,
                            quote)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
    if (!transaction.isActive() || !bindFigure(q, figure) || !execute(q))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    m_wroteInTransaction = true;
    m_changes.figuresOfSchemes.insert(figure.schemeId);
    if (!transaction.commit())
        return std::nullopt;
    return id;
}

bool Database::updateFigure(const Figure &figure)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    QSqlQuery &q = prepared(R"(
        UPDATE figure SET scheme_id = ?, measure_id = ?, value_x100 = ?, value_high_x100 = ?,
            qualifier = ?, per = ?, baseline = ?, period_start = ?, period_end = ?,
            period_label = ?, note = ?, source_id = ?, quote = ?, row_version = row_version + 1
        WHERE id = ? AND row_version = ?)");
    if (!transaction.isActive() || !bindFigure(q, figure))
        return false;
    q.bindValue(13, figure.id);
    q.bindValue(14, figure.rowVersion);
    if (!execute(q))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(Failure::Conflict,
            tr("The figure was changed or removed by someone else since you opened it."));
    m_wroteInTransaction = true;
    m_changes.figuresOfSchemes.insert(figure.schemeId);
    return transaction.commit();
}

bool Database::deleteFigure(qint64 id)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    QSqlQuery &q = prepared("DELETE FROM figure WHERE id = ? RETURNING scheme_id");
    q.bindValue(0, id);
    if (!transaction.isActive() || !execute(q))
        return false;
    const std::optional<qint64> scheme
        = q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    if (!finishRead(q))
        return false;
    if (!scheme)
        return fail(Failure::NotFound, tr("The figure no longer exists."));
    m_wroteInTransaction = true;
    m_changes.figuresOfSchemes.insert(*scheme);
    return transaction.commit();
}

bool Database::writeAudit(const QString &action, const QString &entity, qint64 entityId,
    const QString &summary, const QString &beforeJson, const QString &afterJson)
{
    QSqlQuery &q = prepared(R"(
        INSERT INTO audit_log (at, os_user, action, entity, entity_id, summary, before_json,
                               after_json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?))");
    q.bindValue(0, text(nowUtc()));
    q.bindValue(1, text(accountName()));
    q.bindValue(2, text(action));
    q.bindValue(3, text(entity));
    q.bindValue(4, entityId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(entityId));
    q.bindValue(5, text(summary));
    q.bindValue(6, text(beforeJson));
    q.bindValue(7, text(afterJson));
    if (!execute(q))
        return false;
    m_wroteInTransaction = true;
    m_changes.audit = true;
    return true;
}

} // namespace opcc
