// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: the statements an import runs for every figure and every new scheme, through the
// SQLite C API (the connection is the QSQLITE driver's own).
// Measured on 200,000 figures, these costs dominated and are avoided here:
// - QSqlQuery's positional binding formats a placeholder name for every parameter of every row;
//   the statements below run on the driver's own handle instead.
// - An UPSERT with RETURNING builds a temporary table on every step; an INSERT ... DO NOTHING
//   followed, on conflict only, by an UPDATE that changes differing rows tells the same three
//   outcomes from sqlite3_changes().
// (The figure table's CHECK constraints with IN lists, which built two temporary indexes per row,
// were rewritten in schema version 3.)

#include "storage/database.h"

#include <QSqlError>
#include <QVariant>

namespace opcc {

namespace {

// In the order of Database::WriteStatement.
const char *const writeSql[] = {
    // InsertScheme, InsertSchemeArea, InsertSchemeOrganisation: a new scheme and its links.
    "INSERT INTO scheme (name, area_key, strand, status, start_date, end_date, summary, "
    "description, eligibility, source_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO scheme_area (scheme_id, area_id) VALUES (?, ?)",
    "INSERT INTO scheme_organisation (scheme_id, organisation_id, role, position) "
    "VALUES (?, ?, ?, ?)",
    // InsertMeasure, InsertSource: what the figure writer creates on its thread.
    "INSERT INTO measure (key, label, unit, higher_is_better, description) VALUES (?, ?, ?, ?, ?)",
    "INSERT INTO source_document (title) VALUES (?)",
    // InsertFigure and UpdateFigure bind the same values (FigureValue), in the orders below. Plain
    // "?" only: Qt turns each "?" into a placeholder of its own, so "?3" used twice would be two.
    // InsertFigure: a new identity is inserted; an existing one is left for UpdateFigure.
    "INSERT INTO figure (scheme_id, measure_id, value_x100, value_high_x100, qualifier, per, "
    "baseline, period_start, period_end, period_label, note, source_id, quote) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (scheme_id, measure_id, period_start, period_end, per, baseline) DO NOTHING",
    // UpdateFigure: changes the row only when a field differs, so that an unchanged figure
    // keeps its row_version and the file is not written.
    "UPDATE figure SET value_x100 = ?, value_high_x100 = ?, qualifier = ?, "
    "period_label = ?, note = ?, source_id = ?, quote = ?, row_version = row_version + 1 "
    "WHERE scheme_id = ? AND measure_id = ? AND period_start = ? AND period_end = ? "
    "AND per = ? AND baseline = ? "
    "AND (value_x100 IS NOT ? OR value_high_x100 IS NOT ? OR qualifier IS NOT ? "
    "OR period_label IS NOT ? OR note IS NOT ? OR source_id IS NOT ? OR quote IS NOT ?)",
};

// The values of a figure's row, in the column order of InsertFigure.
enum FigureValue {
    SchemeId,
    MeasureId,
    Value,
    ValueHigh,
    QualifierKey,
    PerKey,
    Baseline,
    PeriodStart,
    PeriodEnd,
    PeriodLabel,
    Note,
    SourceId,
    Quote,
    FigureValueCount
};

// UpdateFigure's placeholders, in their order: the changing fields, the identity, the fields
// again for the comparison.
constexpr FigureValue updateOrder[] = { Value, ValueHigh, QualifierKey, PeriodLabel, Note, SourceId,
    Quote, SchemeId, MeasureId, PeriodStart, PeriodEnd, PerKey, Baseline, Value, ValueHigh,
    QualifierKey, PeriodLabel, Note, SourceId, Quote };

// Text as bound: never a null QString, which QSQLITE would bind as NULL; the columns hold ''.
QVariant textValue(const QString &text)
{
    static const QString empty = QStringLiteral("");
    return text.isNull() ? empty : text;
}

QVariant dateValue(const PartialDate &date)
{
    return textValue(date.toIsoString());
}

// The keys of a vocabulary, made once.
template<typename E> const QString &keyOf(E value)
{
    static const QStringList keys = [] {
        QStringList list;
        for (E each : Vocabulary<E>::values()) {
            if (list.size() <= int(each))
                list.resize(int(each) + 1);
            list[int(each)] = Vocabulary<E>::key(each);
        }
        return list;
    }();
    return keys.at(int(value));
}

} // namespace

QSqlQuery &Database::writeStatement(WriteStatement which)
{
    return prepared(writeSql[int(which)]);
}

void Database::prepareWriteStatements()
{
    for (int which = 0; which < int(WriteStatement::Count); ++which)
        prepared(writeSql[which]);
}

void Database::bindFigure(QSqlQuery &insert, QSqlQuery &update, const Figure &figure,
    qint64 measure, std::optional<qint64> source)
{
    QVariant values[FigureValueCount];
    values[SchemeId] = figure.schemeId;
    values[MeasureId] = measure;
    values[Value] = figure.value.hundredths();
    values[ValueHigh] = figure.valueHigh ? QVariant(figure.valueHigh->hundredths()) : QVariant();
    values[QualifierKey] = keyOf(figure.qualifier);
    values[PerKey] = keyOf(figure.per);
    values[Baseline] = figure.baseline ? 1 : 0;
    values[PeriodStart] = dateValue(figure.periodStart);
    values[PeriodEnd] = dateValue(figure.periodEnd);
    values[PeriodLabel] = textValue(figure.periodLabel);
    values[Note] = textValue(figure.note);
    values[SourceId] = source ? QVariant(*source) : QVariant();
    values[Quote] = textValue(figure.quote);
    for (int i = 0; i < FigureValueCount; ++i)
        insert.bindValue(i, values[i]);
    int position = 0;
    for (FigureValue value : updateOrder)
        update.bindValue(position++, values[value]);
}

std::optional<qint64> Database::insertSchemeRow(
    const Scheme &scheme, std::optional<qint64> source, const QString &updatedAt)
{
    QSqlQuery &q = writeStatement(WriteStatement::InsertScheme);
    q.bindValue(0, textValue(scheme.name));
    q.bindValue(1, textValue(scheme.areaKey()));
    q.bindValue(2, keyOf(scheme.strand));
    q.bindValue(3, keyOf(scheme.status));
    q.bindValue(4, dateValue(scheme.start));
    q.bindValue(5, dateValue(scheme.end));
    q.bindValue(6, textValue(scheme.summary));
    q.bindValue(7, textValue(scheme.description));
    q.bindValue(8, textValue(scheme.eligibility));
    q.bindValue(9, source ? QVariant(*source) : QVariant());
    q.bindValue(10, textValue(updatedAt));
    if (!execute(q))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool Database::insertSchemeLink(qint64 scheme, qint64 other, std::optional<Role> role, int position)
{
    QSqlQuery &q = writeStatement(
        role ? WriteStatement::InsertSchemeOrganisation : WriteStatement::InsertSchemeArea);
    q.bindValue(0, scheme);
    q.bindValue(1, other);
    if (role) {
        q.bindValue(2, keyOf(*role));
        q.bindValue(3, position);
    }
    return execute(q);
}

// Inserts or updates with the measure and source ids resolved. Thread-neutral (the figure writer
// calls it on its thread): on failure returns nothing and leaves the error in *error.
std::optional<Database::Upsert> Database::upsertRow(
    const Figure &figure, qint64 measure, std::optional<qint64> source, QSqlError *error)
{
    QSqlQuery &insert = writeStatement(WriteStatement::InsertFigure);
    QSqlQuery &update = writeStatement(WriteStatement::UpdateFigure);
    bindFigure(insert, update, figure, measure, source);
    if (!insert.exec()) {
        *error = insert.lastError();
        return std::nullopt;
    }
    if (insert.numRowsAffected() == 1)
        return Upsert::Inserted;
    if (!update.exec()) {
        *error = update.lastError();
        return std::nullopt;
    }
    return update.numRowsAffected() == 0 ? Upsert::Unchanged : Upsert::Updated;
}

} // namespace opcc
