// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: the statements of database_upsert.cpp (an import's figures and new schemes) through
// prepared, reused QSqlQuery statements, for a register on a PostgreSQL server, where the SQLite
// C API cannot run. The SQL is the same on both engines (ON CONFLICT ... DO NOTHING, IS DISTINCT
// FROM); the file stays on the C API, kept there by measurement.

#include "storage/columnvalues.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace opcc {

namespace {

using columnvalues::nullable;
using columnvalues::text;

void bindFigure(QSqlQuery &q, const Figure &figure, qint64 measure, std::optional<qint64> source)
{
    q.bindValue(QStringLiteral(":scheme"), figure.schemeId);
    q.bindValue(QStringLiteral(":measure"), measure);
    q.bindValue(QStringLiteral(":value"), figure.value.hundredths());
    q.bindValue(QStringLiteral(":high"),
        figure.valueHigh ? QVariant(figure.valueHigh->hundredths())
                         : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":qualifier"), Vocabulary<Qualifier>::key(figure.qualifier));
    q.bindValue(QStringLiteral(":per"), text(Vocabulary<Per>::key(figure.per)));
    q.bindValue(QStringLiteral(":baseline"), figure.baseline ? 1 : 0);
    q.bindValue(QStringLiteral(":start"), text(figure.periodStart.toIsoString()));
    q.bindValue(QStringLiteral(":end"), text(figure.periodEnd.toIsoString()));
    q.bindValue(QStringLiteral(":label"), text(figure.periodLabel));
    q.bindValue(QStringLiteral(":note"), text(figure.note));
    q.bindValue(QStringLiteral(":source"), nullable(source));
    q.bindValue(QStringLiteral(":quote"), text(figure.quote));
}

} // namespace

std::optional<Database::Upsert> Database::upsertPortable(
    const Figure &figure, qint64 measure, std::optional<qint64> source)
{
    QSqlQuery &insert = prepared(
        "INSERT INTO figure (scheme_id, measure_id, value_x100, value_high_x100, qualifier, per, "
        "baseline, period_start, period_end, period_label, note, source_id, quote) "
        "VALUES (:scheme, :measure, :value, :high, :qualifier, :per, :baseline, :start, :end, "
        ":label, :note, :source, :quote) "
        "ON CONFLICT (scheme_id, measure_id, period_start, period_end, per, baseline) DO NOTHING");
    bindFigure(insert, figure, measure, source);
    if (!execute(insert))
        return std::nullopt;
    if (insert.numRowsAffected() == 1)
        return Upsert::Inserted;
    QSqlQuery &update = prepared(
        "UPDATE figure SET value_x100 = :value, value_high_x100 = :high, qualifier = :qualifier, "
        "period_label = :label, note = :note, source_id = :source, quote = :quote, "
        "row_version = row_version + 1 "
        "WHERE scheme_id = :scheme AND measure_id = :measure AND period_start = :start "
        "AND period_end = :end AND per = :per AND baseline = :baseline "
        "AND (value_x100 IS DISTINCT FROM :value OR value_high_x100 IS DISTINCT FROM :high "
        "OR qualifier IS DISTINCT FROM :qualifier OR period_label IS DISTINCT FROM :label "
        "OR note IS DISTINCT FROM :note OR source_id IS DISTINCT FROM :source "
        "OR quote IS DISTINCT FROM :quote)");
    bindFigure(update, figure, measure, source);
    if (!execute(update))
        return std::nullopt;
    return update.numRowsAffected() == 0 ? Upsert::Unchanged : Upsert::Updated;
}

std::optional<qint64> Database::insertSchemePortable(
    const Scheme &scheme, std::optional<qint64> source, const QString &updatedAt)
{
    QSqlQuery &q = prepared(
        "INSERT INTO scheme (name, area_key, strand, status, start_date, end_date, summary, "
        "description, eligibility, source_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id");
    const QVariantList values { text(scheme.name), text(scheme.areaKey()),
        Vocabulary<Strand>::key(scheme.strand), Vocabulary<Status>::key(scheme.status),
        text(scheme.start.toIsoString()), text(scheme.end.toIsoString()), text(scheme.summary),
        text(scheme.description), text(scheme.eligibility), nullable(source), text(updatedAt) };
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!execute(q))
        return std::nullopt;
    const std::optional<qint64> id
        = q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    if (!finishRead(q) || !id)
        return std::nullopt;
    return id;
}

bool Database::insertSchemeLinkPortable(
    qint64 scheme, qint64 other, std::optional<Role> role, int position)
{
    if (!role) {
        QSqlQuery &q = prepared("INSERT INTO scheme_area (scheme_id, area_id) VALUES (?, ?)");
        q.bindValue(0, scheme);
        q.bindValue(1, other);
        return execute(q);
    }
    QSqlQuery &q = prepared("INSERT INTO scheme_organisation (scheme_id, organisation_id, role, "
                            "position) VALUES (?, ?, ?, ?)");
    q.bindValue(0, scheme);
    q.bindValue(1, other);
    q.bindValue(2, Vocabulary<Role>::key(*role));
    q.bindValue(3, position);
    return execute(q);
}

std::optional<qint64> Database::insertMeasurePortable(const Measure &measure)
{
    QSqlQuery &q = prepared("INSERT INTO measure (key, label, unit, higher_is_better, "
                            "description) VALUES (?, ?, ?, ?, ?) RETURNING id");
    q.bindValue(0, text(measure.key));
    q.bindValue(1, text(measure.label));
    q.bindValue(2, Vocabulary<Unit>::key(measure.unit));
    q.bindValue(3, measure.higherIsBetter ? 1 : 0);
    q.bindValue(4, text(measure.description));
    if (!execute(q))
        return std::nullopt;
    const std::optional<qint64> id
        = q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    if (!finishRead(q) || !id)
        return std::nullopt;
    return id;
}

std::optional<qint64> Database::insertSourcePortable(const QString &title)
{
    QSqlQuery &q = prepared("INSERT INTO source_document (title) VALUES (?) RETURNING id");
    q.bindValue(0, text(title));
    if (!execute(q))
        return std::nullopt;
    const std::optional<qint64> id
        = q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
    if (!finishRead(q) || !id)
        return std::nullopt;
    return id;
}

} // namespace opcc
