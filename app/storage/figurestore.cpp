// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/figurestore.h"

#include "storage/columnvalues.h"
#include "storage/lookupids.h"
#include "storage/rowwriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace opcc {

namespace {

using columnvalues::dateOf;
using columnvalues::keyOr;
using columnvalues::nullable;
using columnvalues::text;

#define OPCC_FIGURE_SELECT                                                                         \
    "SELECT f.id, f.scheme_id, m.key, f.value_x100, f.value_high_x100, f.qualifier, f.per, "       \
    "f.baseline, f.period_start, f.period_end, f.period_label, f.note, COALESCE(d.title, ''), "    \
    "f.quote, f.row_version "                                                                      \
    "FROM figure f JOIN measure m ON m.id = f.measure_id "                                         \
    "LEFT JOIN source_document d ON d.id = f.source_id "

// forEachStored's columns: those of OPCC_FIGURE_SELECT in its order, with the ids of the measure
// and the source document in place of their key and title, which a writer looks up once each
// instead of having them converted for every figure.
#define OPCC_FIGURE_STORED_SELECT                                                                  \
    "SELECT f.id, f.scheme_id, f.measure_id, f.value_x100, f.value_high_x100, f.qualifier, "       \
    "f.per, f.baseline, f.period_start, f.period_end, f.period_label, f.note, f.source_id, "       \
    "f.quote, f.row_version FROM figure f JOIN measure m ON m.id = f.measure_id "

// The order of every figure (walkAll): by area, scheme, measure and period.
#define OPCC_FIGURE_ORDER                                                                          \
    "JOIN scheme s ON s.id = f.scheme_id "                                                         \
    "ORDER BY s.area_key COLLATE NOCASE, s.name COLLATE NOCASE, s.area_key, s.name, m.key, "       \
    "f.period_start, f.period_end, f.per, f.baseline DESC"

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

// The parameters of the figure INSERT and UPDATE statements, in their order: the columns a
// figure's fields are written to, then the row's id and version where a statement has them.
enum FigureParameter {
    FigureParamScheme,
    FigureParamMeasure,
    FigureParamValue,
    FigureParamValueHigh,
    FigureParamQualifier,
    FigureParamPer,
    FigureParamBaseline,
    FigureParamPeriodStart,
    FigureParamPeriodEnd,
    FigureParamPeriodLabel,
    FigureParamNote,
    FigureParamSource,
    FigureParamQuote,
    FigureParamId,
    FigureParamRowVersion
};

} // namespace

FigureStore::FigureStore(Database &db)
    : m_db(db)
{ }

const FigureStore FigureStore::reader(const Database &db)
{
    // Only the const methods can be called on the store returned.
    return FigureStore(const_cast<Database &>(db));
}

QList<Figure> FigureStore::ofScheme(qint64 schemeId) const
{
    QList<Figure> result;
    QSqlQuery &q = m_db.prepared(
        OPCC_FIGURE_SELECT "WHERE f.scheme_id = :id "
                           "ORDER BY m.key, f.period_start, f.period_end, f.per, f.baseline DESC");
    q.bindValue(QStringLiteral(":id"), schemeId);
    m_db.readRows(q, &result, figureFromRow);
    return result;
}

QList<Figure> FigureStore::all() const
{
    QList<Figure> result;
    forEach([&result](const Figure &figure) {
        result.append(figure);
        return true;
    });
    return result;
}

bool FigureStore::walkAll(
    const QString &sql, const std::function<bool(const QSqlQuery &)> &visit) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName(), false));
    q.setForwardOnly(true);
    if (!q.exec(m_db.sqlText(sql))) {
        return m_db.failQuery(q);
    }
    bool complete = true;
    while (complete && q.next())
        complete = visit(q);
    return m_db.finishRead(q) && complete;
}

bool FigureStore::forEach(const std::function<bool(const Figure &)> &visit) const
{
    return walkAll(QStringLiteral(OPCC_FIGURE_SELECT OPCC_FIGURE_ORDER),
        [&visit](const QSqlQuery &q) { return visit(figureFromRow(q)); });
}

bool FigureStore::forEachStored(const std::function<bool(const StoredFigureRow &)> &visit) const
{
    return walkAll(QStringLiteral(OPCC_FIGURE_STORED_SELECT OPCC_FIGURE_ORDER),
        [&visit](const QSqlQuery &q) { return visit(StoredFigureRow(q)); });
}

// Each as figureFromRow reads it; the measure and the source document by id.
qint64 StoredFigureRow::schemeId() const
{
    return m_query.value(FigureScheme).toLongLong();
}

qint64 StoredFigureRow::measureId() const
{
    return m_query.value(FigureMeasure).toLongLong();
}

qint64 StoredFigureRow::valueHundredths() const
{
    return m_query.value(FigureValue).toLongLong();
}

std::optional<qint64> StoredFigureRow::valueHighHundredths() const
{
    const QVariant value = m_query.value(FigureValueHigh);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString StoredFigureRow::qualifier() const
{
    return m_query.value(FigureQualifier).toString();
}

QString StoredFigureRow::per() const
{
    return m_query.value(FigurePer).toString();
}

bool StoredFigureRow::baseline() const
{
    return m_query.value(FigureBaseline).toInt() != 0;
}

QString StoredFigureRow::periodStart() const
{
    return m_query.value(FigurePeriodStart).toString();
}

QString StoredFigureRow::periodEnd() const
{
    return m_query.value(FigurePeriodEnd).toString();
}

QString StoredFigureRow::periodLabel() const
{
    return m_query.value(FigurePeriodLabel).toString();
}

QString StoredFigureRow::note() const
{
    return m_query.value(FigureNote).toString();
}

std::optional<qint64> StoredFigureRow::sourceId() const
{
    const QVariant value = m_query.value(FigureSource);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString StoredFigureRow::quote() const
{
    return m_query.value(FigureQuote).toString();
}

QList<Figure> FigureStore::ofMeasure(const QString &measureKey) const
{
    QList<Figure> result;
    QSqlQuery &q = m_db.prepared(
        OPCC_FIGURE_SELECT "WHERE m.key = :key "
                           "ORDER BY f.scheme_id, f.period_start, f.period_end, f.per, "
                           "f.baseline DESC, f.id");
    q.bindValue(QStringLiteral(":key"), measureKey);
    m_db.readRows(q, &result, figureFromRow);
    return result;
}

QList<Figure> FigureStore::ofMeasure(
    const QString &measureKey, const QList<qint64> &schemeIds) const
{
    QList<Figure> result;
    QSqlQuery &q = m_db.prepared(
        OPCC_FIGURE_SELECT "WHERE f.scheme_id IN (SELECT value FROM json_each(:ids)) "
                           "AND f.measure_id = (SELECT id FROM measure WHERE key = :key) "
                           "ORDER BY f.scheme_id, f.period_start, f.period_end, f.per, "
                           "f.baseline DESC, f.id");
    q.bindValue(QStringLiteral(":ids"), m_db.idListJson(schemeIds));
    q.bindValue(QStringLiteral(":key"), measureKey);
    m_db.readRows(q, &result, figureFromRow);
    return result;
}

bool FigureStore::bind(QSqlQuery &q, const Figure &figure)
{
    const auto measure = m_db.ids().measureId(figure.measure);
    if (!measure) {
        return m_db.fail(Database::Failure::NotFound,
            Database::tr("There is no measure \"%1\".").arg(figure.measure));
    }
    std::optional<qint64> source;
    if (!m_db.ids().sourceIdOf(figure.source, &source))
        return false;
    q.bindValue(FigureParamScheme, figure.schemeId);
    q.bindValue(FigureParamMeasure, *measure);
    q.bindValue(FigureParamValue, figure.value.hundredths());
    q.bindValue(FigureParamValueHigh,
        figure.valueHigh ? QVariant(figure.valueHigh->hundredths())
                         : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(FigureParamQualifier, text(Vocabulary<Qualifier>::key(figure.qualifier)));
    q.bindValue(FigureParamPer, text(Vocabulary<Per>::key(figure.per)));
    q.bindValue(FigureParamBaseline, figure.baseline ? 1 : 0);
    q.bindValue(FigureParamPeriodStart, text(figure.periodStart.toIsoString()));
    q.bindValue(FigureParamPeriodEnd, text(figure.periodEnd.toIsoString()));
    q.bindValue(FigureParamPeriodLabel, text(figure.periodLabel));
    q.bindValue(FigureParamNote, text(figure.note));
    q.bindValue(FigureParamSource, nullable(source));
    q.bindValue(FigureParamQuote, text(figure.quote));
    return true;
}

std::optional<qint64> FigureStore::insert(const Figure &figure)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    QSqlQuery &q = m_db.prepared(R"(
        INSERT INTO figure (scheme_id, measure_id, value_x100, value_high_x100, qualifier, per,
                            baseline, period_start, period_end, period_label, note, source_id,
                            quote)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
    if (!transaction.isActive() || !bind(q, figure) || !m_db.execute(q))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    m_db.recordWrite().figuresOfSchemes.insert(figure.schemeId);
    if (!transaction.commit())
        return std::nullopt;
    return id;
}

bool FigureStore::update(const Figure &figure)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    QSqlQuery &q = m_db.prepared(R"(
        UPDATE figure SET scheme_id = ?, measure_id = ?, value_x100 = ?, value_high_x100 = ?,
            qualifier = ?, per = ?, baseline = ?, period_start = ?, period_end = ?,
            period_label = ?, note = ?, source_id = ?, quote = ?, row_version = row_version + 1
        WHERE id = ? AND row_version = ?)");
    if (!transaction.isActive() || !bind(q, figure))
        return false;
    q.bindValue(FigureParamId, figure.id);
    q.bindValue(FigureParamRowVersion, figure.rowVersion);
    if (!m_db.execute(q))
        return false;
    if (q.numRowsAffected() == 0)
        return m_db.fail(Database::Failure::Conflict,
            Database::tr("The figure was changed or removed by someone else since you opened it."));
    m_db.recordWrite().figuresOfSchemes.insert(figure.schemeId);
    return transaction.commit();
}

bool FigureStore::restore(const Figure &figure)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    QSqlQuery &q = m_db.prepared(R"(
        INSERT INTO figure (scheme_id, measure_id, value_x100, value_high_x100, qualifier, per,
                            baseline, period_start, period_end, period_label, note, source_id,
                            quote, id, row_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
    if (!transaction.isActive() || !bind(q, figure))
        return false;
    q.bindValue(FigureParamId, figure.id);
    q.bindValue(FigureParamRowVersion, qMax(1, figure.rowVersion));
    if (!m_db.execute(q))
        return false;
    m_db.recordWrite().figuresOfSchemes.insert(figure.schemeId);
    return transaction.commit();
}

bool FigureStore::remove(qint64 id)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    QSqlQuery &q = m_db.prepared("DELETE FROM figure WHERE id = ? RETURNING scheme_id");
    q.bindValue(FigureParamScheme, id);
    if (!transaction.isActive() || !m_db.execute(q))
        return false;
    const std::optional<qint64> scheme
        = q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    if (!m_db.finishRead(q))
        return false;
    if (!scheme)
        return m_db.fail(Database::Failure::NotFound, Database::tr("The figure no longer exists."));
    m_db.recordWrite().figuresOfSchemes.insert(*scheme);
    return transaction.commit();
}

std::optional<Database::Upsert> FigureStore::upsert(const Figure &figure)
{
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Join);
    if (!transaction.isActive())
        return std::nullopt;
    const auto measure = m_db.ids().measureId(figure.measure);
    if (!measure) {
        m_db.fail(Database::Failure::NotFound,
            Database::tr("There is no measure \"%1\".").arg(figure.measure));
        return std::nullopt;
    }
    std::optional<qint64> source;
    if (!m_db.ids().sourceIdOf(figure.source, &source))
        return std::nullopt;
    const auto outcome = m_db.rows().upsertFigureRow(figure, *measure, source);
    if (!outcome)
        return std::nullopt;
    if (*outcome != Database::Upsert::Unchanged)
        m_db.recordWrite().figuresOfSchemes.insert(figure.schemeId);
    if (!transaction.commit())
        return std::nullopt;
    return outcome;
}

} // namespace opcc
