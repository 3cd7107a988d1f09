// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RowWriter: a new scheme's row and its links to areas and organisations, as an import writes
// them (on a server, the links queued and written a thousand to a statement).

#include "storage/columnvalues.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/rowwriter_p.h"

#include <QSqlQuery>
#include <QVariant>
#include <array>

namespace opcc {

namespace {

using columnvalues::nullable;
using columnvalues::text;
using rowwriterdetail::appendArrayNumber;
using rowwriterdetail::appendArrayText;
using rowwriterdetail::upsertKeyOf;

const char *const upsertInsertScheme
    = "INSERT INTO scheme (name, area_key, strand, status, start_date, end_date, summary, "
      "description, eligibility, source_id, updated_at) VALUES (:name, :area, :strand, :status, "
      ":start, :end, :summary, :description, :eligibility, :source, :updated) RETURNING id";
const char *const upsertInsertSchemeArea
    = "INSERT INTO scheme_area (scheme_id, area_id) VALUES (:scheme, :other)";
const char *const upsertInsertSchemeOrganisation
    = "INSERT INTO scheme_organisation (scheme_id, organisation_id, role, position) "
      "VALUES (:scheme, :other, :role, :position)";
// The same, queued (deferSchemeLinks()) and written as arrays unnested on the server, as the
// figures are; in the order queued.
const char *const upsertInsertSchemeAreas
    = "INSERT INTO scheme_area (scheme_id, area_id) "
      "SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]))";
const char *const upsertInsertSchemeOrganisations
    = "INSERT INTO scheme_organisation (scheme_id, organisation_id, role, position) "
      "SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[]), "
      "CAST(? AS integer[]))";
constexpr std::size_t upsertLinkBatchSize = 1000;

} // namespace

std::optional<qint64> RowWriter::insertSchemeRow(
    const Scheme &scheme, std::optional<qint64> source, const QString &updatedAt)
{
    QSqlQuery &q = m_db.prepared(upsertInsertScheme);
    q.bindValue(QStringLiteral(":name"), text(scheme.name));
    q.bindValue(QStringLiteral(":area"), text(scheme.areaKey()));
    q.bindValue(QStringLiteral(":strand"), upsertKeyOf(scheme.strand));
    q.bindValue(QStringLiteral(":status"), upsertKeyOf(scheme.status));
    q.bindValue(QStringLiteral(":start"), text(scheme.start.toIsoString()));
    q.bindValue(QStringLiteral(":end"), text(scheme.end.toIsoString()));
    q.bindValue(QStringLiteral(":summary"), text(scheme.summary));
    q.bindValue(QStringLiteral(":description"), text(scheme.description));
    q.bindValue(QStringLiteral(":eligibility"), text(scheme.eligibility));
    q.bindValue(QStringLiteral(":source"), nullable(source));
    q.bindValue(QStringLiteral(":updated"), text(updatedAt));
    return m_db.insertedId(q);
}

bool RowWriter::insertSchemeLink(
    qint64 scheme, qint64 other, std::optional<Role> role, int position)
{
    if (m_deferLinks) {
        m_pendingLinks.push_back({ scheme, other, role, position });
        return m_pendingLinks.size() < upsertLinkBatchSize || flushSchemeLinks();
    }
    QSqlQuery &q = m_db.prepared(role ? upsertInsertSchemeOrganisation : upsertInsertSchemeArea);
    q.bindValue(QStringLiteral(":scheme"), scheme);
    q.bindValue(QStringLiteral(":other"), other);
    if (role) {
        q.bindValue(QStringLiteral(":role"), upsertKeyOf(*role));
        q.bindValue(QStringLiteral(":position"), position);
    }
    return m_db.execute(q);
}

void RowWriter::deferSchemeLinks(bool defer)
{
    m_deferLinks = defer && m_db.isServer();
    m_pendingLinks.clear();
}

bool RowWriter::flushSchemeLinks()
{
    if (m_pendingLinks.empty())
        return true;
    std::array<QString, 2> areas;
    std::array<QString, 4> organisations;
    for (QString &array : areas)
        array = QStringLiteral("{");
    for (QString &array : organisations)
        array = QStringLiteral("{");
    for (const PendingLink &link : m_pendingLinks) {
        if (link.role) {
            appendArrayNumber(organisations[0], link.scheme);
            appendArrayNumber(organisations[1], link.other);
            appendArrayText(organisations[2], upsertKeyOf(*link.role));
            appendArrayNumber(organisations[3], link.position);
        } else {
            appendArrayNumber(areas[0], link.scheme);
            appendArrayNumber(areas[1], link.other);
        }
    }
    m_pendingLinks.clear();
    const auto run = [this](const char *sql, auto &arrays) {
        if (arrays[0].size() == 1)
            return true; // none of this kind
        QSqlQuery &q = m_db.prepared(sql);
        for (std::size_t column = 0; column < arrays.size(); ++column)
            q.bindValue(int(column), arrays[column] + QLatin1Char('}'));
        return m_db.execute(q);
    };
    return run(upsertInsertSchemeAreas, areas)
        && run(upsertInsertSchemeOrganisations, organisations);
}

} // namespace opcc
