// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/schemestore.h"

#include "storage/columnvalues.h"
#include "storage/database.h"
#include "storage/lookupids.h"
#include "storage/rowwriter.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

namespace opcc {

namespace {

using columnvalues::dateOf;
using columnvalues::keyOr;
using columnvalues::nullable;
using columnvalues::text;

#define OPCC_SCHEME_SELECT                                                                         \
    "SELECT s.id, s.name, s.area_key, s.strand, s.status, s.start_date, s.end_date, s.summary, "   \
    "s.description, s.eligibility, COALESCE(d.title, ''), s.row_version, s.updated_at "            \
    "FROM scheme s LEFT JOIN source_document d ON d.id = s.source_id "
#define OPCC_SCHEME_ORDER                                                                          \
    " ORDER BY s.area_key COLLATE NOCASE, s.name COLLATE NOCASE, s.area_key, s.name"
// The columns of OPCC_SCHEME_SELECT, in its order.
enum SchemeColumn {
    SchemeId,
    SchemeName,
    SchemeAreas,
    SchemeStrand,
    SchemeStatus,
    SchemeStart,
    SchemeEnd,
    SchemeSummary,
    SchemeDescription,
    SchemeEligibility,
    SchemeSource,
    SchemeRowVersion,
    SchemeUpdatedAt
};

Scheme schemeFromRow(const QSqlQuery &q)
{
    Scheme s;
    s.id = q.value(SchemeId).toLongLong();
    s.name = q.value(SchemeName).toString();
    s.areas = splitList(q.value(SchemeAreas).toString());
    s.strand = keyOr(q.value(SchemeStrand), Strand::Supply);
    s.status = keyOr(q.value(SchemeStatus), Status::Active);
    s.start = dateOf(q.value(SchemeStart));
    s.end = dateOf(q.value(SchemeEnd));
    s.summary = q.value(SchemeSummary).toString();
    s.description = q.value(SchemeDescription).toString();
    s.eligibility = q.value(SchemeEligibility).toString();
    s.source = q.value(SchemeSource).toString();
    s.rowVersion = q.value(SchemeRowVersion).toInt();
    s.updatedAt = q.value(SchemeUpdatedAt).toString();
    return s;
}

// The columns of the organisation link reads.
#define OPCC_LINK_SELECT                                                                           \
    "SELECT so.scheme_id, o.name, so.role FROM scheme_organisation so "                            \
    "JOIN organisation o ON o.id = so.organisation_id "
#define OPCC_LINK_ORDER " ORDER BY so.scheme_id, so.position, so.role, o.name"
enum LinkColumn { LinkScheme, LinkName, LinkRole };

OrganisationLink linkFromRow(const QSqlQuery &q)
{
    return { q.value(LinkName).toString(), keyOr(q.value(LinkRole), Role::Partner) };
}

// The parameters of the scheme UPDATE and of the restoring INSERT: the columns a scheme's fields
// are written to, in this order.
enum SchemeParameter {
    ParamName,
    ParamAreas,
    ParamStrand,
    ParamStatus,
    ParamStart,
    ParamEnd,
    ParamSummary,
    ParamDescription,
    ParamEligibility,
    ParamSource,
    ParamUpdatedAt,
    ParamId,
    ParamRowVersion
};

void bindFields(QSqlQuery &q, const Scheme &scheme, std::optional<qint64> source)
{
    q.bindValue(ParamName, text(scheme.name));
    q.bindValue(ParamAreas, text(scheme.areaKey()));
    q.bindValue(ParamStrand, text(Vocabulary<Strand>::key(scheme.strand)));
    q.bindValue(ParamStatus, text(Vocabulary<Status>::key(scheme.status)));
    q.bindValue(ParamStart, text(scheme.start.toIsoString()));
    q.bindValue(ParamEnd, text(scheme.end.toIsoString()));
    q.bindValue(ParamSummary, text(scheme.summary));
    q.bindValue(ParamDescription, text(scheme.description));
    q.bindValue(ParamEligibility, text(scheme.eligibility));
    q.bindValue(ParamSource, nullable(source));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

SchemeStore::SchemeStore(Database &db)
    : m_db(db)
{ }

const SchemeStore SchemeStore::reader(const Database &db)
{
    // Only the const methods can be called on the store returned.
    return SchemeStore(const_cast<Database &>(db));
}

std::optional<qint64> SchemeStore::idOf(const QString &name, const QString &areaKey) const
{
    QSqlQuery &q = m_db.prepared("SELECT id FROM scheme WHERE name = :name AND area_key = :area");
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":area"), areaKey);
    QList<qint64> found;
    if (!m_db.readRows(q, &found, [](const QSqlQuery &row) { return row.value(0).toLongLong(); })
        || found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QByteArray SchemeStore::indexKey(const QString &name, const QString &areaKey)
{
    // The conversion leaves room for three bytes a character; squeeze() gives it back.
    QByteArray key = QString(name % QChar(0x1F) % areaKey).toUtf8();
    key.squeeze();
    return key;
}

QHash<QByteArray, qint64> SchemeStore::index() const
{
    QHash<QByteArray, qint64> index;
    QSqlQuery &q = m_db.prepared("SELECT id, name, area_key FROM scheme");
    if (!m_db.execute(q))
        return index;
    while (q.next())
        index.insert(
            indexKey(q.value(1).toString(), q.value(2).toString()), q.value(0).toLongLong());
    if (!m_db.finishRead(q))
        return {};
    return index;
}

bool SchemeStore::loadLinks(QList<Scheme> &schemes, const QString &idsJson) const
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < schemes.size(); ++i)
        index.insert(schemes.at(i).id, i);
    QSqlQuery &q = idsJson.isEmpty()
        ? m_db.prepared(OPCC_LINK_SELECT OPCC_LINK_ORDER)
        : m_db.prepared(OPCC_LINK_SELECT
            "WHERE so.scheme_id IN (SELECT value FROM json_each(:ids))" OPCC_LINK_ORDER);
    if (!idsJson.isEmpty())
        q.bindValue(QStringLiteral(":ids"), idsJson);
    if (!m_db.execute(q))
        return false;
    while (q.next()) {
        const auto it = index.constFind(q.value(LinkScheme).toLongLong());
        if (it != index.cend())
            schemes[*it].organisations.append(linkFromRow(q));
    }
    return m_db.finishRead(q);
}

std::optional<Scheme> SchemeStore::scheme(qint64 id) const
{
    QSqlQuery &q = m_db.prepared(OPCC_SCHEME_SELECT "WHERE s.id = :id");
    q.bindValue(QStringLiteral(":id"), id);
    QList<Scheme> found;
    if (!m_db.readRows(q, &found, schemeFromRow))
        return std::nullopt;
    if (found.isEmpty()) {
        m_db.fail(Database::Failure::NotFound, Database::tr("The scheme no longer exists."));
        return std::nullopt;
    }
    QSqlQuery &links = m_db.prepared(OPCC_LINK_SELECT "WHERE so.scheme_id = :id" OPCC_LINK_ORDER);
    links.bindValue(QStringLiteral(":id"), id);
    if (!m_db.readRows(links, &found.first().organisations, linkFromRow))
        return std::nullopt;
    return found.constFirst();
}

QList<Scheme> SchemeStore::schemes() const
{
    // Not a cached statement: forward only, so that the register is not held twice.
    QList<Scheme> result;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName(), false));
    q.setForwardOnly(true);
    if (!q.prepare(m_db.sqlText(QStringLiteral(OPCC_SCHEME_SELECT OPCC_SCHEME_ORDER)))) {
        m_db.failQuery(q);
        return result;
    }
    if (!m_db.readRows(q, &result, schemeFromRow) || !loadLinks(result))
        return {};
    return result;
}

QList<Scheme> SchemeStore::schemes(const QList<qint64> &ids) const
{
    QList<Scheme> result;
    const QString json = Database::idListJson(ids);
    QSqlQuery &q = m_db.prepared(
        OPCC_SCHEME_SELECT "WHERE s.id IN (SELECT value FROM json_each(:ids))" OPCC_SCHEME_ORDER);
    q.bindValue(QStringLiteral(":ids"), json);
    if (!m_db.readRows(q, &result, schemeFromRow) || !loadLinks(result, json))
        return {};
    return result;
}

bool SchemeStore::writeLinks(qint64 schemeId, const Scheme &scheme, bool replace)
{
    QSqlQuery &clearAreas = m_db.prepared("DELETE FROM scheme_area WHERE scheme_id = ?");
    clearAreas.bindValue(0, schemeId);
    if (replace && !m_db.execute(clearAreas))
        return false;
    QSet<qint64> areaIds;
    for (const QString &name : scheme.areas) {
        const auto id = m_db.ids().areaId(name);
        if (!id)
            return false;
        if (areaIds.contains(*id))
            continue;
        areaIds.insert(*id);
        if (!m_db.rows().insertSchemeLink(schemeId, *id, std::nullopt, 0))
            return false;
    }

    QSqlQuery &clearOrganisations
        = m_db.prepared("DELETE FROM scheme_organisation WHERE scheme_id = ?");
    clearOrganisations.bindValue(0, schemeId);
    if (replace && !m_db.execute(clearOrganisations))
        return false;
    QSet<QPair<qint64, int>> seen;
    int position = 0;
    for (const OrganisationLink &link : scheme.organisations) {
        const auto id = m_db.ids().organisationId(link.name);
        if (!id)
            return false;
        if (seen.contains({ *id, int(link.role) }))
            continue;
        seen.insert({ *id, int(link.role) });
        if (!m_db.rows().insertSchemeLink(schemeId, *id, link.role, position++))
            return false;
    }
    return true;
}

std::optional<qint64> SchemeStore::insert(const Scheme &scheme)
{
    Database::Transaction transaction(m_db);
    if (!transaction.isActive())
        return std::nullopt;
    std::optional<qint64> source;
    if (!m_db.ids().sourceIdOf(scheme.source, &source))
        return std::nullopt;
    // On the prepared statements of RowWriter: an import inserts thousands of schemes.
    const auto id = m_db.rows().insertSchemeRow(scheme, source, nowUtc());
    if (!id)
        return std::nullopt;
    m_db.recordWrite().schemesInserted.insert(*id);
    if (!writeLinks(*id, scheme, false) || !transaction.commit())
        return std::nullopt;
    return id;
}

bool SchemeStore::update(const Scheme &scheme)
{
    Database::Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    std::optional<qint64> source;
    if (!m_db.ids().sourceIdOf(scheme.source, &source))
        return false;
    QSqlQuery &q = m_db.prepared(R"(
        UPDATE scheme SET name = ?, area_key = ?, strand = ?, status = ?, start_date = ?,
            end_date = ?, summary = ?, description = ?, eligibility = ?, source_id = ?,
            updated_at = ?, row_version = row_version + 1
        WHERE id = ? AND row_version = ?)");
    bindFields(q, scheme, source);
    q.bindValue(ParamUpdatedAt, nowUtc());
    q.bindValue(ParamId, scheme.id);
    q.bindValue(ParamRowVersion, scheme.rowVersion);
    if (!m_db.execute(q))
        return false;
    if (q.numRowsAffected() == 0) {
        if (this->scheme(scheme.id))
            return m_db.fail(Database::Failure::Conflict,
                Database::tr("\"%1\" was changed by someone else since you opened it. Reload it "
                             "to see their change, then make yours again.")
                    .arg(scheme.name));
        return m_db.fail(
            Database::Failure::NotFound, Database::tr("\"%1\" no longer exists.").arg(scheme.name));
    }
    m_db.recordWrite().schemesUpdated.insert(scheme.id);
    return writeLinks(scheme.id, scheme, true) && transaction.commit();
}

bool SchemeStore::remove(qint64 id)
{
    Database::Transaction transaction(m_db);
    QSqlQuery &q = m_db.prepared("DELETE FROM scheme WHERE id = ?");
    q.bindValue(0, id);
    if (!transaction.isActive() || !m_db.execute(q))
        return false;
    if (q.numRowsAffected() == 0)
        return m_db.fail(Database::Failure::NotFound, Database::tr("The scheme no longer exists."));
    ChangeSet &changes = m_db.recordWrite();
    changes.schemesRemoved.insert(id);
    changes.figuresOfSchemes.insert(id); // removed with it
    return transaction.commit();
}

bool SchemeStore::restore(const Scheme &scheme)
{
    Database::Transaction transaction(m_db);
    if (!transaction.isActive())
        return false;
    std::optional<qint64> source;
    if (!m_db.ids().sourceIdOf(scheme.source, &source))
        return false;
    // The parameters in SchemeParameter's order.
    QSqlQuery &q = m_db.prepared(R"(
        INSERT INTO scheme (name, area_key, strand, status, start_date, end_date, summary,
                            description, eligibility, source_id, updated_at, id, row_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
    bindFields(q, scheme, source);
    q.bindValue(ParamUpdatedAt, text(scheme.updatedAt));
    q.bindValue(ParamId, scheme.id);
    q.bindValue(ParamRowVersion, qMax(1, scheme.rowVersion));
    if (!m_db.execute(q))
        return false;
    m_db.recordWrite().schemesInserted.insert(scheme.id);
    return writeLinks(scheme.id, scheme, false) && transaction.commit();
}

void SchemeStore::deferLinks(bool defer)
{
    m_db.rows().deferSchemeLinks(defer);
}

bool SchemeStore::flushLinks()
{
    return m_db.rows().flushSchemeLinks();
}

} // namespace opcc
