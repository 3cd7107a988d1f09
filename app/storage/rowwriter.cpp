// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RowWriter: the statements an import runs for every figure, and for a new measure or source
// document (a new scheme's rows are rowwriter_schemes.cpp's), on prepared, reused QSqlQuery
// statements of the connection (the one SQL interface of every store), on both engines.
//
// Moved here from SQLite's C API on the QSQLITE driver's handle, by measurement: import of the
// generated schemes and outcomes files into a copy of a new database with `--import-csv`, the
// C API version against this one, same machine (2 cores shared with other builds, load average
// 3 to 5). Instructions (callgrind, 20,000 figures, repeatable under load): a new import 1.534
// against 1.734 billion (+13%), an unchanged re-import 1.338 against 1.274 billion (-5%).
// Processor time (user + sys, 200,000 figures, medians of 3 alternated runs): new 2.62 s against
// 3.13 s, unchanged 2.15 s against 1.98 s. The same statements as the server path first bound
// them took 3.29 s new and 3.10 s unchanged. What QSqlQuery costs, and how it is kept down:
// - Binding by position formats a placeholder name (":0", ":1", ...) for every parameter of every
//   row; binding by name looks the name up instead, so every statement here names its parameters.
// - A named parameter used twice is bound twice by Qt, which then prunes the values on every
//   execution (a string made of each parameter's name), and an UPDATE taking its values from a
//   one-row subquery instead materialises it every time: the figure found stored is updated by
//   an UPSERT whose DO UPDATE compares with excluded.*, each parameter named once.
// - That UPSERT for every figure doubled the cost of a new import (6.2 s of processor time for
//   the 200,000): a new figure goes in by INSERT ... DO NOTHING, and the UPSERT runs for a figure
//   that conflicted. The bulk writer, which must know whose a conflicting figure is (its
//   duplicate check), looks it up by its identity instead, first after a figure that was stored
//   (a file imported again), and updates it by id only where a field differs.
// - An UPSERT with RETURNING builds a temporary table on every step, and Qt describes each
//   result column of a query on every run: outcomes are told from the rows affected, and a new
//   figure's id is the connection's last inserted row id.
// - New figures go newFigureBatch (64) to a statement (insertNewFigures), which pays the
//   statement's own cost in Qt and SQLite once for all of them: 20,000 figures into the shipped
//   register took 1,443 million instructions against 1,569 (-8%). The size: such a statement
//   needs a statement journal (a refused figure undoes it), which SQLite moves to a temporary
//   file past 64 KiB for the rest of the transaction; 200,000 figures then wrote that file
//   80,740 times 32 to a statement, 58,340 times 64 and 37,474 times 128, but Qt prepares the
//   statement of 128 in 78 million instructions, of 64 in about a quarter of that.
// The C API could not stay on a connection of the project's own: an import's figures are written
// in the transaction that also writes its schemes, links, audit and undo journal (whose triggers
// are the connection's own), and SQLite lets one connection at a time write.

#include "storage/rowwriter.h"

#include "storage/columnvalues.h"
#include "storage/database.h"
#include "storage/rowwriter_p.h"

#include <QSqlQuery>
#include <QVariant>
#include <array>
#include <cstdlib>

namespace opcc {

namespace {

using columnvalues::nullable;
using columnvalues::text;
using rowwriterdetail::appendArrayNumber;
using rowwriterdetail::appendArrayText;
using rowwriterdetail::upsertKeyOf;

// The figure's columns as every INSERT here lists them, and its identity (the unique index).
#define OPCC_FIGURE_COLUMNS                                                                        \
    "scheme_id, measure_id, value_x100, value_high_x100, qualifier, per, baseline, period_start, " \
    "period_end, period_label, note, source_id, quote"
#define OPCC_FIGURE_IDENTITY "scheme_id, measure_id, period_start, period_end, per, baseline"
const char *const upsertFigureColumns = OPCC_FIGURE_COLUMNS;
const char *const upsertFigureIdentity = OPCC_FIGURE_IDENTITY;

const char *const upsertInsertFigure
    = "INSERT INTO figure (" OPCC_FIGURE_COLUMNS ") "
      "VALUES (:scheme, :measure, :value, :high, :qualifier, :per, :baseline, :start, :end, "
      ":label, :note, :source, :quote) "
      "ON CONFLICT (" OPCC_FIGURE_IDENTITY ") DO NOTHING";

// Run when the INSERT above met the figure's identity: updates the stored row only where a field
// differs, so that an unchanged figure keeps its row_version and the file is not written, and
// affects no row then. Each parameter named once (see the top of the file).
const char *const upsertUpdateFigure
    = "INSERT INTO figure (" OPCC_FIGURE_COLUMNS ") "
      "VALUES (:scheme, :measure, :value, :high, :qualifier, :per, :baseline, :start, :end, "
      ":label, :note, :source, :quote) "
      "ON CONFLICT (" OPCC_FIGURE_IDENTITY ") DO UPDATE "
      "SET value_x100 = excluded.value_x100, value_high_x100 = excluded.value_high_x100, "
      "qualifier = excluded.qualifier, period_label = excluded.period_label, "
      "note = excluded.note, source_id = excluded.source_id, quote = excluded.quote, "
      "row_version = row_version + 1 "
      "WHERE value_x100 IS NOT excluded.value_x100 "
      "OR value_high_x100 IS NOT excluded.value_high_x100 OR qualifier IS NOT excluded.qualifier "
      "OR period_label IS NOT excluded.period_label OR note IS NOT excluded.note "
      "OR source_id IS NOT excluded.source_id OR quote IS NOT excluded.quote";
// The same on PostgreSQL: a plain UPDATE, each value compared by IS DISTINCT FROM (Qt's PostgreSQL
// driver binds by position anyway).
const char *const upsertUpdateFigureOnServer
    = "UPDATE figure SET value_x100 = :value, value_high_x100 = :high, qualifier = :qualifier, "
      "period_label = :label, note = :note, source_id = :source, quote = :quote, "
      "row_version = row_version + 1 "
      "WHERE scheme_id = :scheme AND measure_id = :measure AND period_start = :start "
      "AND period_end = :end AND per = :per AND baseline = :baseline "
      "AND (value_x100 IS DISTINCT FROM :value OR value_high_x100 IS DISTINCT FROM :high "
      "OR qualifier IS DISTINCT FROM :qualifier OR period_label IS DISTINCT FROM :label "
      "OR note IS DISTINCT FROM :note OR source_id IS DISTINCT FROM :source "
      "OR quote IS DISTINCT FROM :quote)";

// On a server, a batch of figures in two statements: the values come as one array a column
// (PostgreSQL array literals bound as text), unnested into rows. The INSERT adds those not stored
// yet; only when it met some stored already does the UPDATE run, changing those where a field
// differs (the figures just inserted are equal, so it leaves them). A new import thus costs the
// server one statement and one unique-index lookup a figure. Bound by position, as Qt's
// PostgreSQL driver binds anyway.
#define OPCC_FIGURE_INPUT                                                                          \
    "WITH input AS (SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), "               \
    "CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), "             \
    "CAST(? AS integer[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), "              \
    "CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS text[])) AS i(scheme_id, measure_id, "      \
    "value_x100, value_high_x100, qualifier, per, baseline, period_start, period_end, "            \
    "period_label, note, source_id, quote)) "
const char *const upsertInsertFiguresOnServer
    = OPCC_FIGURE_INPUT "INSERT INTO figure (" OPCC_FIGURE_COLUMNS ") SELECT * FROM input "
                        "ON CONFLICT (" OPCC_FIGURE_IDENTITY ") DO NOTHING";
const char *const upsertUpdateFiguresOnServer = OPCC_FIGURE_INPUT
    "UPDATE figure f SET value_x100 = i.value_x100, value_high_x100 = i.value_high_x100, "
    "qualifier = i.qualifier, period_label = i.period_label, note = i.note, "
    "source_id = i.source_id, quote = i.quote, row_version = f.row_version + 1 "
    "FROM input i WHERE f.scheme_id = i.scheme_id AND f.measure_id = i.measure_id "
    "AND f.period_start = i.period_start AND f.period_end = i.period_end AND f.per = i.per "
    "AND f.baseline = i.baseline "
    "AND (f.value_x100 IS DISTINCT FROM i.value_x100 "
    "OR f.value_high_x100 IS DISTINCT FROM i.value_high_x100 "
    "OR f.qualifier IS DISTINCT FROM i.qualifier OR f.period_label IS DISTINCT FROM i.period_label "
    "OR f.note IS DISTINCT FROM i.note OR f.source_id IS DISTINCT FROM i.source_id "
    "OR f.quote IS DISTINCT FROM i.quote)";
#undef OPCC_FIGURE_INPUT
#undef OPCC_FIGURE_IDENTITY
#undef OPCC_FIGURE_COLUMNS

const char *const upsertLastFigureId = "SELECT COALESCE(MAX(id), 0) FROM figure";
// The bulk writer's lookup of a figure met before (a file imported again): its id, or when a
// field differs -(2 * id + 1) if a text the full-text index holds differs and -(2 * id) if only
// other fields do; compared in SQL with each parameter named once (see the top of the file). A
// lookup must come first anyway, to tell whose the stored figure is; an UPSERT for each figure
// of such a file cost half as much again as this, and Qt describes every result column on every
// run (some 3,000 instructions each), hence one column.
const char *const upsertFindFigure
    = "SELECT CASE WHEN period_label IS NOT :label OR note IS NOT :note OR quote IS NOT :quote "
      "THEN -(2 * id + 1) WHEN value_x100 IS NOT :value OR value_high_x100 IS NOT :high "
      "OR qualifier IS NOT :qualifier OR source_id IS NOT :source THEN -(2 * id) ELSE id END "
      "FROM figure WHERE scheme_id = :scheme AND measure_id = :measure "
      "AND period_start = :start AND period_end = :end AND per = :per AND baseline = :baseline";
const char *const upsertUpdateFigureById
    = "UPDATE figure SET value_x100 = :value, value_high_x100 = :high, qualifier = :qualifier, "
      "period_label = :label, note = :note, source_id = :source, quote = :quote, "
      "row_version = row_version + 1 WHERE id = :id";
// The same when the texts are as stored: the figures' full-text trigger (AFTER UPDATE OF note,
// quote, period_label) then does not fire. Each firing made FTS5 write its pending terms (every
// statement ends a savepoint, on which FTS5 flushes), some 90 µs a figure.
const char *const upsertUpdateFigureValuesById
    = "UPDATE figure SET value_x100 = :value, value_high_x100 = :high, qualifier = :qualifier, "
      "source_id = :source, row_version = row_version + 1 WHERE id = :id";

const char *const upsertInsertMeasure
    = "INSERT INTO measure (key, label, unit, higher_is_better, description) "
      "VALUES (:key, :label, :unit, :better, :description) RETURNING id";
const char *const upsertInsertSource
    = "INSERT INTO source_document (title) VALUES (:title) RETURNING id";

// The parameter names, made once; a row of the many-row insert has its own, ":scheme_0" ...
struct UpsertNames
{
    explicit UpsertNames(const QString &suffix = {})
        : scheme(name(":scheme", suffix))
        , measure(name(":measure", suffix))
        , value(name(":value", suffix))
        , high(name(":high", suffix))
        , qualifier(name(":qualifier", suffix))
        , per(name(":per", suffix))
        , baseline(name(":baseline", suffix))
        , start(name(":start", suffix))
        , end(name(":end", suffix))
        , label(name(":label", suffix))
        , note(name(":note", suffix))
        , source(name(":source", suffix))
        , quote(name(":quote", suffix))
    { }
    static QString name(const char *base, const QString &suffix)
    {
        return QLatin1String(base) + suffix;
    }
    // "(:scheme, :measure, ...)", in the order of upsertFigureColumns. With textsAsUtf8, each
    // text is bound as its UTF-8 bytes (a blob) and made text again by the statement, which
    // reads the bytes as they are (TextsAsUtf8).
    QString values(bool textsAsUtf8 = false) const
    {
        const auto asText = [textsAsUtf8](const QString &name) {
            return textsAsUtf8 ? QStringLiteral("CAST(%1 AS TEXT)").arg(name) : name;
        };
        return QLatin1Char('(')
            + QStringList { scheme, measure, value, high, asText(qualifier), asText(per), baseline,
                  asText(start), asText(end), asText(label), asText(note), source, asText(quote) }
                  .join(QLatin1String(", "))
            + QLatin1Char(')');
    }
    const QString scheme;
    const QString measure;
    const QString value;
    const QString high;
    const QString qualifier;
    const QString per;
    const QString baseline;
    const QString start;
    const QString end;
    const QString label;
    const QString note;
    const QString source;
    const QString quote;
};

const UpsertNames &upsertNames()
{
    static const UpsertNames names;
    return names;
}

// The names of each row of the many-row insert.
const std::vector<UpsertNames> &newFigureNames()
{
    static const std::vector<UpsertNames> names = [] {
        std::vector<UpsertNames> rows;
        rows.reserve(RowWriter::newFigureBatch);
        for (std::size_t row = 0; row < RowWriter::newFigureBatch; ++row)
            rows.emplace_back(QLatin1Char('_') + QString::number(row));
        return rows;
    }();
    return names;
}

// upsertInsertFigure for RowWriter::newFigureBatch figures, each parameter named once.
const char *upsertInsertFigures()
{
    static const QByteArray sql = [] {
        QStringList rows;
        for (const UpsertNames &names : newFigureNames())
            rows.append(names.values(true));
        return QStringLiteral("INSERT INTO figure (%1) VALUES %2 ON CONFLICT (%3) DO NOTHING")
            .arg(QLatin1String(upsertFigureColumns), rows.join(QLatin1String(", ")),
                QLatin1String(upsertFigureIdentity))
            .toUtf8();
    }();
    return sql.constData();
}

// A text column's value as UTF-8, never null (the columns are NOT NULL: '' binds as an empty
// blob, which CAST makes ''). QSqlQuery binds a QString as UTF-16, which SQLite then converts
// into the file's UTF-8 for every text of every figure: a fifth of the import's writing thread.
QByteArray utf8(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    return bytes.isNull() ? QByteArray("", 0) : bytes;
}

// upsertKeyOf() as UTF-8, made once.
template<typename E> const QByteArray &upsertKeyUtf8Of(E value)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> list;
        for (E each : Vocabulary<E>::values()) {
            if (list.size() <= int(each))
                list.resize(int(each) + 1);
            list[int(each)] = utf8(upsertKeyOf(each));
        }
        return list;
    }();
    return keys.at(int(value));
}

// A range's upper value, or a typed NULL.
QVariant highOf(const Figure &figure)
{
    return figure.valueHigh ? QVariant(figure.valueHigh->hundredths())
                            : QVariant(QMetaType::fromType<qint64>());
}

// How a figure's texts are bound: as QStrings, which QSqlQuery binds as UTF-16 and SQLite
// converts; or as their UTF-8 bytes, for a statement that reads them as text
// (UpsertNames::values(true)).
struct TextsAsStrings
{
    static QVariant text(const QString &value) { return columnvalues::text(value); }
    template<typename E> static QVariant key(E value) { return upsertKeyOf(value); }
};
struct TextsAsUtf8
{
    static QVariant text(const QString &value) { return utf8(value); }
    template<typename E> static QVariant key(E value) { return upsertKeyUtf8Of(value); }
};

template<typename Texts = TextsAsStrings>
void bindFigureValues(QSqlQuery &q, const Figure &figure, qint64 measure,
    std::optional<qint64> source, bool identity, bool values, const UpsertNames &n = upsertNames())
{
    if (identity) {
        q.bindValue(n.scheme, figure.schemeId);
        q.bindValue(n.measure, measure);
        q.bindValue(n.per, Texts::key(figure.per));
        q.bindValue(n.baseline, figure.baseline ? 1 : 0);
        q.bindValue(n.start, Texts::text(figure.periodStart.toIsoString()));
        q.bindValue(n.end, Texts::text(figure.periodEnd.toIsoString()));
    }
    if (values) {
        q.bindValue(n.value, figure.value.hundredths());
        q.bindValue(n.high, highOf(figure));
        q.bindValue(n.qualifier, Texts::key(figure.qualifier));
        q.bindValue(n.label, Texts::text(figure.periodLabel));
        q.bindValue(n.note, Texts::text(figure.note));
        q.bindValue(n.source, nullable(source));
        q.bindValue(n.quote, Texts::text(figure.quote));
    }
}

} // namespace

namespace rowwriterdetail {

void appendArrayText(QString &array, const QString &value)
{
    if (array.size() > 1)
        array += QLatin1Char(',');
    array += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            array += QLatin1Char('\\');
        array += c;
    }
    array += QLatin1Char('"');
}

void appendArrayNumber(QString &array, std::optional<qint64> value)
{
    if (array.size() > 1)
        array += QLatin1Char(',');
    if (value)
        array += QString::number(*value);
    else
        array += QLatin1String("NULL");
}

} // namespace rowwriterdetail

RowWriter::RowWriter(Database &db)
    : m_db(db)
{ }

void RowWriter::prepareUpsertStatements()
{
    m_db.prepared(upsertInsertFigure);
    m_db.prepared(m_db.isServer() ? upsertUpdateFigureOnServer : upsertUpdateFigure);
    if (!m_db.isServer()) {
        m_db.prepared(upsertInsertFigures());
        m_db.preparedRead(upsertFindFigure);
        m_db.prepared(upsertUpdateFigureById);
        m_db.prepared(upsertUpdateFigureValuesById);
    }
    m_db.prepared(upsertInsertMeasure);
    m_db.prepared(upsertInsertSource);
}

std::optional<RowWriter::NewFigures> RowWriter::insertNewFigures(
    const std::vector<ResolvedFigure> &figures)
{
    Q_ASSERT(figures.size() == newFigureBatch);
    QSqlQuery &q = m_db.prepared(upsertInsertFigures());
    const std::vector<UpsertNames> &names = newFigureNames();
    for (std::size_t row = 0; row < newFigureBatch; ++row) {
        const ResolvedFigure &figure = figures[row];
        bindFigureValues<TextsAsUtf8>(
            q, *figure.figure, figure.measure, figure.source, true, true, names[row]);
    }
    if (!m_db.execute(q))
        return std::nullopt;
    NewFigures done;
    done.inserted = q.numRowsAffected();
    if (done.inserted > 0)
        done.lastId = q.lastInsertId().toLongLong();
    return done;
}

std::optional<std::pair<int, int>> RowWriter::upsertFiguresOnServer(
    const std::vector<ResolvedFigure> &figures)
{
    enum Column {
        Scheme,
        MeasureId,
        Value,
        High,
        Qualifier,
        Per,
        Baseline,
        Start,
        End,
        Label,
        Note,
        Source,
        Quote,
        ColumnCount
    };
    std::array<QString, ColumnCount> arrays;
    for (QString &array : arrays) {
        array.reserve(int(figures.size()) * 8);
        array = QStringLiteral("{");
    }
    for (const ResolvedFigure &row : figures) {
        const Figure &f = *row.figure;
        appendArrayNumber(arrays[Scheme], f.schemeId);
        appendArrayNumber(arrays[MeasureId], row.measure);
        appendArrayNumber(arrays[Value], f.value.hundredths());
        appendArrayNumber(arrays[High],
            f.valueHigh ? std::optional<qint64>(f.valueHigh->hundredths()) : std::nullopt);
        appendArrayText(arrays[Qualifier], upsertKeyOf(f.qualifier));
        appendArrayText(arrays[Per], upsertKeyOf(f.per));
        appendArrayNumber(arrays[Baseline], f.baseline ? 1 : 0);
        appendArrayText(arrays[Start], f.periodStart.toIsoString());
        appendArrayText(arrays[End], f.periodEnd.toIsoString());
        appendArrayText(arrays[Label], f.periodLabel);
        appendArrayText(arrays[Note], f.note);
        appendArrayNumber(arrays[Source], row.source);
        appendArrayText(arrays[Quote], f.quote);
    }
    for (QString &array : arrays)
        array += QLatin1Char('}');
    const auto run = [this, &arrays](const char *sql) -> std::optional<int> {
        QSqlQuery &q = m_db.prepared(sql);
        for (int column = 0; column < ColumnCount; ++column)
            q.bindValue(column, arrays[column]);
        if (!m_db.execute(q))
            return std::nullopt;
        return q.numRowsAffected();
    };
    const auto inserted = run(upsertInsertFiguresOnServer);
    if (!inserted)
        return std::nullopt;
    if (*inserted == int(figures.size()))
        return std::pair(*inserted, 0);
    const auto updated = run(upsertUpdateFiguresOnServer);
    if (!updated)
        return std::nullopt;
    return std::pair(*inserted, *updated);
}

std::optional<qint64> RowWriter::lastFigureId()
{
    QSqlQuery &q = m_db.preparedRead(upsertLastFigureId);
    const qint64 id = m_db.execute(q) && q.next() ? q.value(0).toLongLong() : -1;
    if (!m_db.finishRead(q) || id < 0)
        return std::nullopt;
    return id;
}

std::optional<RowWriter::Upsert> RowWriter::upsertFigureRow(
    const Figure &figure, qint64 measure, std::optional<qint64> source)
{
    QSqlQuery &insert = m_db.prepared(upsertInsertFigure);
    bindFigureValues(insert, figure, measure, source, true, true);
    if (!m_db.execute(insert))
        return std::nullopt;
    if (insert.numRowsAffected() == 1)
        return Upsert::Inserted;
    QSqlQuery &update
        = m_db.prepared(m_db.isServer() ? upsertUpdateFigureOnServer : upsertUpdateFigure);
    bindFigureValues(update, figure, measure, source, true, true);
    if (!m_db.execute(update))
        return std::nullopt;
    return update.numRowsAffected() == 0 ? Upsert::Unchanged : Upsert::Updated;
}

std::optional<qint64> RowWriter::insertNewFigure(
    const Figure &figure, qint64 measure, std::optional<qint64> source)
{
    QSqlQuery &q = m_db.prepared(upsertInsertFigure);
    bindFigureValues(q, figure, measure, source, true, true);
    if (!m_db.execute(q))
        return std::nullopt;
    return q.numRowsAffected() == 1 ? q.lastInsertId().toLongLong() : 0;
}

std::optional<RowWriter::StoredFigure> RowWriter::storedFigure(
    const Figure &figure, qint64 measure, std::optional<qint64> source)
{
    QSqlQuery &q = m_db.preparedRead(upsertFindFigure);
    bindFigureValues(q, figure, measure, source, true, true);
    StoredFigure stored;
    if (m_db.execute(q) && q.next()) {
        const qint64 found = q.value(0).toLongLong();
        stored.id = found < 0 ? -found / 2 : found;
        stored.differs = found < 0;
        stored.textsDiffer = found < 0 && -found % 2 == 1;
    }
    if (!m_db.finishRead(q))
        return std::nullopt;
    return stored;
}

bool RowWriter::updateFigureFields(
    qint64 id, const Figure &figure, std::optional<qint64> source, bool texts)
{
    if (texts) {
        QSqlQuery &q = m_db.prepared(upsertUpdateFigureById);
        bindFigureValues(q, figure, 0, source, false, true);
        q.bindValue(QStringLiteral(":id"), id);
        return m_db.execute(q);
    }
    const UpsertNames &n = upsertNames();
    QSqlQuery &q = m_db.prepared(upsertUpdateFigureValuesById);
    q.bindValue(n.value, figure.value.hundredths());
    q.bindValue(n.high, highOf(figure));
    q.bindValue(n.qualifier, upsertKeyOf(figure.qualifier));
    q.bindValue(n.source, nullable(source));
    q.bindValue(QStringLiteral(":id"), id);
    return m_db.execute(q);
}

std::optional<qint64> RowWriter::insertMeasureRow(const Measure &measure)
{
    QSqlQuery &q = m_db.prepared(upsertInsertMeasure);
    q.bindValue(QStringLiteral(":key"), text(measure.key));
    q.bindValue(QStringLiteral(":label"), text(measure.label));
    q.bindValue(QStringLiteral(":unit"), upsertKeyOf(measure.unit));
    q.bindValue(QStringLiteral(":better"), measure.higherIsBetter ? 1 : 0);
    q.bindValue(QStringLiteral(":description"), text(measure.description));
    return m_db.insertedId(q);
}

std::optional<qint64> RowWriter::insertSourceRow(const QString &title)
{
    QSqlQuery &q = m_db.prepared(upsertInsertSource);
    q.bindValue(QStringLiteral(":title"), text(title));
    return m_db.insertedId(q);
}

} // namespace opcc
