// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: the queries that read.

#include "storage/database.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

namespace opcc {

namespace {

template<typename E> E keyOr(const QVariant &value, E fallback)
{
    return Vocabulary<E>::fromKey(value.toString()).value_or(fallback);
}

PartialDate dateOf(const QVariant &value)
{
    return PartialDate::parse(value.toString()).value_or(PartialDate());
}

#define OPCC_SCHEME_SELECT                                                                         \
    "SELECT s.id, s.name, s.area_key, s.strand, s.status, s.start_date, s.end_date, s.summary, "   \
    "s.description, s.eligibility, COALESCE(d.title, ''), s.row_version, s.updated_at "            \
    "FROM scheme s LEFT JOIN source_document d ON d.id = s.source_id "
const char *const schemeColumns = OPCC_SCHEME_SELECT;
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

// The columns of the source document reads: "SELECT id, title, kind, publisher, reference,
// issued, file".
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
    d.issued = dateOf(q.value(SourceIssued));
    d.file = q.value(SourceFile).toString();
    return d;
}

#define OPCC_FIGURE_SELECT                                                                         \
    "SELECT f.id, f.scheme_id, m.key, f.value_x100, f.value_high_x100, f.qualifier, f.per, "       \
    "f.baseline, f.period_start, f.period_end, f.period_label, f.note, COALESCE(d.title, ''), "    \
    "f.quote, f.row_version "                                                                      \
    "FROM figure f JOIN measure m ON m.id = f.measure_id "                                         \
    "LEFT JOIN source_document d ON d.id = f.source_id "

// The columns of OPCC_FIGURE_SELECT, in its order.
enum FigureColumn {
    FigureId,
    FigureScheme,
    FigureMeasure,
    FigureValue,
    FigureValueHigh,
    FigureQualifier,
    FigurePer,
    FigureBaseline,
    FigurePeriodStart,
    FigurePeriodEnd,
    FigurePeriodLabel,
    FigureNote,
    FigureSource,
    FigureQuote,
    FigureRowVersion
};

Figure figureFromRow(const QSqlQuery &q)
{
    Figure f;
    f.id = q.value(FigureId).toLongLong();
    f.schemeId = q.value(FigureScheme).toLongLong();
    f.measure = q.value(FigureMeasure).toString();
    f.value = Decimal::fromHundredths(q.value(FigureValue).toLongLong());
    if (!q.value(FigureValueHigh).isNull())
        f.valueHigh = Decimal::fromHundredths(q.value(FigureValueHigh).toLongLong());
    f.qualifier = keyOr(q.value(FigureQualifier), Qualifier::Exact);
    f.per = keyOr(q.value(FigurePer), Per::None);
    f.baseline = q.value(FigureBaseline).toInt() != 0;
    f.periodStart = dateOf(q.value(FigurePeriodStart));
    f.periodEnd = dateOf(q.value(FigurePeriodEnd));
    f.periodLabel = q.value(FigurePeriodLabel).toString();
    f.note = q.value(FigureNote).toString();
    f.source = q.value(FigureSource).toString();
    f.quote = q.value(FigureQuote).toString();
    f.rowVersion = q.value(FigureRowVersion).toInt();
    return f;
}

} // namespace

QList<Area> Database::areas() const
{
    QList<Area> result;
    QSqlQuery &q = prepared("SELECT id, name, nation, region FROM area ORDER BY name");
    if (!execute(q))
        return result;
    while (q.next()) {
        Area area;
        area.id = q.value(0).toLongLong();
        area.name = q.value(1).toString();
        area.nation = keyOr(q.value(2), Nation::Unknown);
        area.region = q.value(3).toString();
        result.append(area);
    }
    if (!finishRead(q))
        return {};
    return result;
}

QList<Measure> Database::measures() const
{
    QList<Measure> result;
    QSqlQuery &q = prepared(
        "SELECT id, key, label, unit, higher_is_better, description FROM measure ORDER BY key");
    if (!execute(q))
        return result;
    while (q.next()) {
        Measure m;
        m.id = q.value(0).toLongLong();
        m.key = q.value(1).toString();
        m.label = q.value(2).toString();
        m.unit = keyOr(q.value(3), Unit::Count);
        m.higherIsBetter = q.value(4).toInt() != 0;
        m.description = q.value(5).toString();
        result.append(m);
    }
    if (!finishRead(q))
        return {};
    return result;
}

std::optional<Measure> Database::measure(const QString &key) const
{
    for (const Measure &m : measures()) {
        if (m.key == key)
            return m;
    }
    return std::nullopt;
}

QList<SourceDocument> Database::sources() const
{
    QList<SourceDocument> result;
    QSqlQuery &q = prepared("SELECT id, title, kind, publisher, reference, issued, file "
                            "FROM source_document ORDER BY title");
    readRows(q, &result, sourceFromRow);
    return result;
}

std::optional<SourceDocument> Database::source(const QString &title) const
{
    QSqlQuery &q = prepared("SELECT id, title, kind, publisher, reference, issued, file "
                            "FROM source_document WHERE title = :title");
    q.bindValue(QStringLiteral(":title"), title);
    if (!execute(q))
        return std::nullopt;
    std::optional<SourceDocument> result;
    if (q.next())
        result = sourceFromRow(q);
    if (!finishRead(q))
        return std::nullopt;
    return result;
}

QStringList Database::organisationNames() const
{
    QStringList result;
    QSqlQuery &q = prepared("SELECT name FROM organisation ORDER BY name COLLATE NOCASE");
    readRows(q, &result, [](const QSqlQuery &row) { return row.value(0).toString(); });
    return result;
}

std::optional<qint64> Database::schemeId(const QString &name, const QString &areaKey) const
{
    QSqlQuery &q = prepared("SELECT id FROM scheme WHERE name = :name AND area_key = :area");
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":area"), areaKey);
    if (!execute(q))
        return std::nullopt;
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    if (!finishRead(q))
        return std::nullopt;
    return id;
}

QString Database::schemeIndexKey(const QString &name, const QString &areaKey)
{
    return name + QChar(0x1F) + areaKey;
}

QHash<QString, qint64> Database::schemeIndex() const
{
    QHash<QString, qint64> index;
    QSqlQuery &q = prepared("SELECT id, name, area_key FROM scheme");
    if (!execute(q))
        return index;
    while (q.next())
        index.insert(
            schemeIndexKey(q.value(1).toString(), q.value(2).toString()), q.value(0).toLongLong());
    if (!finishRead(q))
        return {};
    return index;
}

bool Database::loadSchemeLinks(QList<Scheme> &schemes, const QString &idsJson) const
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < schemes.size(); ++i)
        index.insert(schemes.at(i).id, i);
#define OPCC_LINK_SELECT                                                                           \
    "SELECT so.scheme_id, o.name, so.role FROM scheme_organisation so "                            \
    "JOIN organisation o ON o.id = so.organisation_id "
#define OPCC_LINK_ORDER " ORDER BY so.scheme_id, so.position, so.role, o.name"
    QSqlQuery &q = idsJson.isEmpty()
        ? prepared(OPCC_LINK_SELECT OPCC_LINK_ORDER)
        : prepared(OPCC_LINK_SELECT
            "WHERE so.scheme_id IN (SELECT value FROM json_each(:ids))" OPCC_LINK_ORDER);
    if (!idsJson.isEmpty())
        q.bindValue(QStringLiteral(":ids"), idsJson);
    if (!execute(q))
        return false;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        schemes[*it].organisations.append(
            { q.value(1).toString(), keyOr(q.value(2), Role::Partner) });
    }
    return finishRead(q);
}

std::optional<Scheme> Database::scheme(qint64 id) const
{
    QSqlQuery &q = prepared(OPCC_SCHEME_SELECT "WHERE s.id = :id");
    q.bindValue(QStringLiteral(":id"), id);
    if (!execute(q))
        return std::nullopt;
    if (!q.next()) {
        if (finishRead(q))
            fail(Failure::NotFound, tr("The scheme no longer exists."));
        return std::nullopt;
    }
    Scheme s = schemeFromRow(q);
    q.finish();

    QSqlQuery &links = prepared(R"(
        SELECT o.name, so.role FROM scheme_organisation so
        JOIN organisation o ON o.id = so.organisation_id
        WHERE so.scheme_id = :id ORDER BY so.position, so.role, o.name)");
    links.bindValue(QStringLiteral(":id"), id);
    if (!execute(links))
        return std::nullopt;
    while (links.next())
        s.organisations.append({ links.value(0).toString(), keyOr(links.value(1), Role::Partner) });
    if (!finishRead(links))
        return std::nullopt;
    return s;
}

QList<Scheme> Database::schemes() const
{
    QList<Scheme> result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QString::fromUtf8(schemeColumns)
            + QStringLiteral(" ORDER BY s.area_key COLLATE NOCASE, s.name COLLATE NOCASE, "
                             "s.area_key, s.name"))) {
        failQuery(q);
        return result;
    }
    while (q.next())
        result.append(schemeFromRow(q));
    if (!finishRead(q) || !loadSchemeLinks(result))
        return {};
    return result;
}

QString Database::idListJson(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids.at(i));
    }
    return json + QLatin1Char(']');
}

QList<Scheme> Database::schemes(const QList<qint64> &ids) const
{
    QList<Scheme> result;
    const QString json = idListJson(ids);
    QSqlQuery &q
        = prepared(OPCC_SCHEME_SELECT "WHERE s.id IN (SELECT value FROM json_each(:ids)) "
                                      "ORDER BY s.area_key COLLATE NOCASE, s.name COLLATE NOCASE, "
                                      "s.area_key, s.name");
    q.bindValue(QStringLiteral(":ids"), json);
    if (!readRows(q, &result, schemeFromRow) || !loadSchemeLinks(result, json))
        return {};
    return result;
}

QList<Figure> Database::figures(qint64 schemeId) const
{
    QList<Figure> result;
    QSqlQuery &q = prepared(
        OPCC_FIGURE_SELECT "WHERE f.scheme_id = :id "
                           "ORDER BY m.key, f.period_start, f.period_end, f.per, f.baseline DESC");
    q.bindValue(QStringLiteral(":id"), schemeId);
    readRows(q, &result, figureFromRow);
    return result;
}

QList<Figure> Database::allFigures() const
{
    QList<Figure> result;
    forEachFigure([&result](const Figure &figure) {
        result.append(figure);
        return true;
    });
    return result;
}

bool Database::forEachFigure(const std::function<bool(const Figure &)> &visit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            OPCC_FIGURE_SELECT "JOIN scheme s ON s.id = f.scheme_id "
                               "ORDER BY s.area_key COLLATE NOCASE, s.name COLLATE NOCASE, "
                               "s.area_key, s.name, m.key, f.period_start, f.period_end, f.per, "
                               "f.baseline DESC"))) {
        return failQuery(q);
    }
    bool complete = true;
    while (complete && q.next())
        complete = visit(figureFromRow(q));
    return finishRead(q) && complete;
}

int Database::schemeCount() const
{
    return countRows(prepared("SELECT COUNT(*) FROM scheme"));
}

int Database::figureCount() const
{
    return countRows(prepared("SELECT COUNT(*) FROM figure"));
}

int Database::countRows(QSqlQuery &query) const
{
    if (!execute(query))
        return 0;
    const int count = query.next() ? query.value(0).toInt() : 0;
    if (!finishRead(query))
        return 0;
    return count;
}

QList<Figure> Database::figuresOfMeasure(const QString &measureKey) const
{
    QList<Figure> result;
    QSqlQuery &q
        = prepared(OPCC_FIGURE_SELECT "WHERE m.key = :key "
                                      "ORDER BY f.scheme_id, f.period_start, f.period_end, f.per, "
                                      "f.baseline DESC, f.id");
    q.bindValue(QStringLiteral(":key"), measureKey);
    readRows(q, &result, figureFromRow);
    return result;
}

QList<Figure> Database::figuresOfMeasure(
    const QString &measureKey, const QList<qint64> &schemeIds) const
{
    QList<Figure> result;
    QSqlQuery &q = prepared(
        OPCC_FIGURE_SELECT "WHERE f.scheme_id IN (SELECT value FROM json_each(:ids)) "
                           "AND f.measure_id = (SELECT id FROM measure WHERE key = :key) "
                           "ORDER BY f.scheme_id, f.period_start, f.period_end, f.per, "
                           "f.baseline DESC, f.id");
    q.bindValue(QStringLiteral(":ids"), idListJson(schemeIds));
    q.bindValue(QStringLiteral(":key"), measureKey);
    readRows(q, &result, figureFromRow);
    return result;
}

QHash<QString, int> Database::measureSchemeCounts() const
{
    QHash<QString, int> counts;
    QSqlQuery &q = prepared("SELECT m.key, COUNT(DISTINCT f.scheme_id) FROM figure f "
                            "JOIN measure m ON m.id = f.measure_id GROUP BY m.key");
    if (!execute(q))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    if (!finishRead(q))
        return {};
    return counts;
}

QList<Database::AuditEntry> Database::auditLog(const QString &entity, qint64 entityId) const
{
    QList<AuditEntry> result;
    QSqlQuery &q = prepared(R"(
        SELECT id, at, os_user, action, entity, COALESCE(entity_id, 0), summary, before_json,
               after_json
        FROM audit_log
        WHERE (:any_entity = 1 OR entity = :entity) AND (:any_id = 1 OR entity_id = :entity_id)
        ORDER BY id)");
    q.bindValue(QStringLiteral(":any_entity"), entity.isEmpty() ? 1 : 0);
    q.bindValue(QStringLiteral(":entity"), entity);
    q.bindValue(QStringLiteral(":any_id"), entityId == 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":entity_id"), entityId);
    if (!execute(q))
        return result;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.osUser = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.summary = q.value(6).toString();
        e.beforeJson = q.value(7).toString();
        e.afterJson = q.value(8).toString();
        result.append(e);
    }
    if (!finishRead(q))
        return {};
    return result;
}

} // namespace opcc
