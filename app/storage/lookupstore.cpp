// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/lookupstore.h"

#include "storage/columnvalues.h"
#include "storage/database.h"
#include "storage/lookupids.h"

#include <QSqlQuery>
#include <QVariant>

namespace opcc {

namespace {

using columnvalues::keyOr;
using columnvalues::text;

// The row shapes of the reads, each named once: the columns of its SELECT, in order.
#define OPCC_AREA_SELECT "SELECT id, name, nation, region FROM area "
enum AreaColumn { AreaId, AreaName, AreaNation, AreaRegion };

Area areaFromRow(const QSqlQuery &q)
{
    Area area;
    area.id = q.value(AreaId).toLongLong();
    area.name = q.value(AreaName).toString();
    area.nation = keyOr(q.value(AreaNation), Nation::Unknown);
    area.region = q.value(AreaRegion).toString();
    return area;
}

#define OPCC_MEASURE_SELECT                                                                        \
    "SELECT id, key, label, unit, higher_is_better, description FROM measure "
enum MeasureColumn {
    MeasureId,
    MeasureKey,
    MeasureLabel,
    MeasureUnit,
    MeasureHigherIsBetter,
    MeasureDescription
};

Measure measureFromRow(const QSqlQuery &q)
{
    Measure m;
    m.id = q.value(MeasureId).toLongLong();
    m.key = q.value(MeasureKey).toString();
    m.label = q.value(MeasureLabel).toString();
    m.unit = keyOr(q.value(MeasureUnit), Unit::Count);
    m.higherIsBetter = q.value(MeasureHigherIsBetter).toInt() != 0;
    m.description = q.value(MeasureDescription).toString();
    return m;
}

#define OPCC_SOURCE_SELECT                                                                         \
    "SELECT id, title, kind, publisher, reference, issued, file FROM source_document "
enum SourceColumn {
    SourceId,
    SourceTitle,
    SourceKindColumn,
    SourcePublisher,
    SourceReference,
    SourceIssued,
    SourceFile
};

SourceDocument sourceFromRow(const QSqlQuery &q)
{
    SourceDocument d;
    d.id = q.value(SourceId).toLongLong();
    d.title = q.value(SourceTitle).toString();
    d.kind = keyOr(q.value(SourceKindColumn), SourceKind::Other);
    d.publisher = q.value(SourcePublisher).toString();
    d.reference = q.value(SourceReference).toString();
    d.issued = PartialDate::parse(q.value(SourceIssued).toString()).value_or(PartialDate());
    d.file = q.value(SourceFile).toString();
    return d;
}

} // namespace

LookupStore::LookupStore(Database &db)
    : m_db(db)
{ }

const LookupStore LookupStore::reader(const Database &db)
{
    // Only the const methods can be called on the store returned.
    return LookupStore(const_cast<Database &>(db));
}

QList<Area> LookupStore::areas() const
{
    QList<Area> result;
    QSqlQuery &q = m_db.prepared(OPCC_AREA_SELECT "ORDER BY name");
    if (!m_db.readRows(q, &result, areaFromRow))
        return {};
    return result;
}

QList<Measure> LookupStore::measures() const
{
    QList<Measure> result;
    QSqlQuery &q = m_db.prepared(OPCC_MEASURE_SELECT "ORDER BY key");
    if (!m_db.readRows(q, &result, measureFromRow))
        return {};
    return result;
}

std::optional<Measure> LookupStore::measure(const QString &key) const
{
    QSqlQuery &q = m_db.prepared(OPCC_MEASURE_SELECT "WHERE key = :key");
    q.bindValue(QStringLiteral(":key"), key);
    QList<Measure> found;
    if (!m_db.readRows(q, &found, measureFromRow) || found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<SourceDocument> LookupStore::sources() const
{
    QList<SourceDocument> result;
    QSqlQuery &q = m_db.prepared(OPCC_SOURCE_SELECT "ORDER BY title");
    if (!m_db.readRows(q, &result, sourceFromRow))
        return {};
    return result;
}

std::optional<SourceDocument> LookupStore::source(const QString &title) const
{
    QSqlQuery &q = m_db.prepared(OPCC_SOURCE_SELECT "WHERE title = :title");
    q.bindValue(QStringLiteral(":title"), title);
    QList<SourceDocument> found;
    if (!m_db.readRows(q, &found, sourceFromRow) || found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QStringList LookupStore::organisationNames() const
{
    QStringList result;
    QSqlQuery &q = m_db.prepared("SELECT name FROM organisation ORDER BY name COLLATE NOCASE");
    if (!m_db.readRows(q, &result, [](const QSqlQuery &row) { return row.value(0).toString(); }))
        return {};
    return result;
}

std::optional<qint64> LookupStore::insertArea(const Area &area)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    QSqlQuery &q = m_db.prepared("INSERT INTO area (name, nation, region) VALUES (?, ?, ?)");
    q.bindValue(0, text(area.name));
    q.bindValue(1, text(Vocabulary<Nation>::key(area.nation)));
    q.bindValue(2, text(area.region));
    if (!transaction.isActive() || !m_db.execute(q))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    m_db.ids().noteArea(area.name, id);
    m_db.recordWrite().lookups = true;
    if (!transaction.commit())
        return std::nullopt;
    return id;
}

bool LookupStore::updateArea(const Area &area)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    QSqlQuery &q
        = m_db.prepared("UPDATE area SET nation = ?, region = ? WHERE name = ? COLLATE NOCASE");
    q.bindValue(0, text(Vocabulary<Nation>::key(area.nation)));
    q.bindValue(1, text(area.region));
    q.bindValue(2, area.name);
    if (!transaction.isActive() || !m_db.execute(q))
        return false;
    m_db.recordWrite().lookups = true;
    return transaction.commit();
}

std::optional<qint64> LookupStore::insertMeasure(const Measure &measure)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    QSqlQuery &q
        = m_db.prepared("INSERT INTO measure (key, label, unit, higher_is_better, description) "
                        "VALUES (?, ?, ?, ?, ?)");
    q.bindValue(0, text(measure.key));
    q.bindValue(1, text(measure.label));
    q.bindValue(2, text(Vocabulary<Unit>::key(measure.unit)));
    q.bindValue(3, measure.higherIsBetter ? 1 : 0);
    q.bindValue(4, text(measure.description));
    if (!transaction.isActive() || !m_db.execute(q))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    m_db.ids().noteMeasure(measure.key, id);
    m_db.recordWrite().lookups = true;
    if (!transaction.commit())
        return std::nullopt;
    return id;
}

bool LookupStore::updateMeasure(const Measure &measure)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    QSqlQuery &q = m_db.prepared(
        "UPDATE measure SET label = ?, higher_is_better = ?, description = ? WHERE key = ?");
    q.bindValue(0, text(measure.label));
    q.bindValue(1, measure.higherIsBetter ? 1 : 0);
    q.bindValue(2, text(measure.description));
    q.bindValue(3, text(measure.key));
    if (!transaction.isActive() || !m_db.execute(q))
        return false;
    if (q.numRowsAffected() == 0)
        return m_db.fail(Database::Failure::NotFound,
            Database::tr("There is no measure \"%1\".").arg(measure.key));
    m_db.recordWrite().lookups = true;
    return transaction.commit();
}

std::optional<qint64> LookupStore::saveSource(const SourceDocument &source)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    QSqlQuery &q = m_db.prepared(R"(
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
    if (!transaction.isActive() || !m_db.execute(q))
        return std::nullopt;
    if (!q.next()) {
        if (m_db.finishRead(q))
            m_db.fail(Database::Failure::QueryFailed,
                Database::tr("The document \"%1\" was not saved.").arg(source.title));
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    m_db.recordWrite().lookups = true;
    m_db.ids().noteSource(source.title, id);
    if (!transaction.commit())
        return std::nullopt;
    return id;
}

bool LookupStore::addOrganisation(const QString &name)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    return transaction.isActive() && m_db.ids().organisationId(name).has_value()
        && transaction.commit();
}

bool LookupStore::deleteUnusedOrganisations(const QStringList &names)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    if (!transaction.isActive())
        return false;
    QSqlQuery &q = m_db.prepared(R"(
        DELETE FROM organisation WHERE name = ? AND NOT EXISTS (
            SELECT 1 FROM scheme_organisation so WHERE so.organisation_id = organisation.id))");
    for (const QString &name : names) {
        q.bindValue(0, text(name));
        if (!m_db.execute(q))
            return false;
        if (q.numRowsAffected() > 0)
            m_db.recordWrite().lookups = true;
    }
    m_db.ids().forgetOrganisations();
    return transaction.commit();
}

bool LookupStore::deleteUnusedSources(const QStringList &titles)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    if (!transaction.isActive())
        return false;
    QSqlQuery &q = m_db.prepared(R"(
        DELETE FROM source_document WHERE title = ?
            AND NOT EXISTS (SELECT 1 FROM scheme s WHERE s.source_id = source_document.id)
            AND NOT EXISTS (SELECT 1 FROM figure f WHERE f.source_id = source_document.id))");
    for (const QString &title : titles) {
        q.bindValue(0, text(title));
        if (!m_db.execute(q))
            return false;
        if (q.numRowsAffected() > 0)
            m_db.recordWrite().lookups = true;
    }
    m_db.ids().forgetSources();
    return transaction.commit();
}

} // namespace opcc
