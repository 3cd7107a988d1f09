// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: the statements an import runs for every figure and every new scheme, through the
// SQLite C API (the connection is the QSQLITE driver's own).
//
// Kept on the C API by measurement: the same statements on prepared, reused QSqlQuery objects
// (bound by position) were timed against this file on 200,000 figures, 3 runs each alternated,
// load average 11 on 2 cores, medians (fastest): import without the full-text triggers 5.6 s
// (4.4) against 3.4 s (2.0) here; an unchanged re-import 5.1 s (2.4) against 2.6 s (2.0); with
// the triggers, which dominate, 23.5 s both. Qt 6.4 also turns each "?" into a placeholder of
// its own, so a numbered parameter used twice ("?3") must be bound twice.
// Measured on 200,000 figures, these costs dominated and are avoided here:
// - QSqlQuery's positional binding formats a placeholder name for every parameter of every row;
//   the statements below run on the driver's own handle instead.
// - An UPSERT with RETURNING builds a temporary table on every step; an INSERT ... DO NOTHING
//   followed, on conflict only, by an UPDATE that changes differing rows tells the same three
//   outcomes from sqlite3_changes().
// (The figure table's CHECK constraints with IN lists, which built two temporary indexes per row,
// were rewritten in schema version 3.)

#include "storage/database.h"

#include <cstdio>
#include <sqlite3.h>
#include <string>

namespace opcc {

namespace {

// In the order of Database::RawStatement.
const char *const rawSql[] = {
    // InsertScheme, InsertSchemeArea, InsertSchemeOrganisation: a new scheme and its links.
    "INSERT INTO scheme (name, area_key, strand, status, start_date, end_date, summary, "
    "description, eligibility, source_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO scheme_area (scheme_id, area_id) VALUES (?, ?)",
    "INSERT INTO scheme_organisation (scheme_id, organisation_id, role, position) "
    "VALUES (?, ?, ?, ?)",
    // InsertMeasure, InsertSource: what the figure writer creates on its thread.
    "INSERT INTO measure (key, label, unit, higher_is_better, description) VALUES (?, ?, ?, ?, ?)",
    "INSERT INTO source_document (title) VALUES (?)",
    // InsertFigure and UpdateFigure share their parameters: 1 scheme_id, 2 measure_id,
    // 3 value_x100, 4 value_high_x100, 5 qualifier, 6 per, 7 baseline, 8 period_start,
    // 9 period_end, 10 period_label, 11 note, 12 source_id, 13 quote.
    // InsertFigure: a new identity is inserted; an existing one is left for UpdateFigure.
    "INSERT INTO figure (scheme_id, measure_id, value_x100, value_high_x100, qualifier, per, "
    "baseline, period_start, period_end, period_label, note, source_id, quote) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
    "ON CONFLICT (scheme_id, measure_id, period_start, period_end, per, baseline) DO NOTHING",
    // UpdateFigure: changes the row only when a field differs, so that an unchanged figure
    // keeps its row_version and the file is not written.
    "UPDATE figure SET value_x100 = ?3, value_high_x100 = ?4, qualifier = ?5, "
    "period_label = ?10, note = ?11, source_id = ?12, quote = ?13, "
    "row_version = row_version + 1 "
    "WHERE scheme_id = ?1 AND measure_id = ?2 AND period_start = ?8 AND period_end = ?9 "
    "AND per = ?6 AND baseline = ?7 "
    "AND (value_x100 IS NOT ?3 OR value_high_x100 IS NOT ?4 OR qualifier IS NOT ?5 "
    "OR period_label IS NOT ?10 OR note IS NOT ?11 OR source_id IS NOT ?12 OR quote IS NOT ?13)",
};

// Binds text as UTF-8, the database's encoding, from a buffer kept until the step and reused
// from row to row: neither Qt nor SQLite allocates for it. Most text is ASCII and is narrowed
// directly.
bool bindText(sqlite3_stmt *statement, int index, QStringView text, std::string &buffer)
{
    if (text.isEmpty())
        return sqlite3_bind_text(statement, index, "", 0, SQLITE_STATIC) == SQLITE_OK;
    buffer.resize(size_t(text.size()));
    const char16_t *in = text.utf16();
    bool ascii = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        ascii = ascii && in[i] < 0x80;
        buffer[size_t(i)] = char(in[i]);
    }
    if (!ascii) {
        const QByteArray utf8 = text.toUtf8();
        buffer.assign(utf8.constData(), size_t(utf8.size()));
    }
    return sqlite3_bind_text(statement, index, buffer.data(), int(buffer.size()), SQLITE_STATIC)
        == SQLITE_OK;
}

// "2022", "2022-03" or "2022-03-14" into buffer, without a QString.
bool bindDate(sqlite3_stmt *statement, int index, const PartialDate &date, std::string &buffer)
{
    if (date.isNull() || date.year() < 1000 || date.year() > 9999)
        return bindText(statement, index, date.toIsoString(), buffer);
    char text[16];
    int length = 0;
    if (date.precision() == PartialDate::Precision::Year)
        length = std::snprintf(text, sizeof text, "%04d", date.year());
    else if (date.precision() == PartialDate::Precision::Month)
        length = std::snprintf(text, sizeof text, "%04d-%02d", date.year(), date.month());
    else
        length = std::snprintf(
            text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    buffer.assign(text, size_t(length));
    return sqlite3_bind_text(statement, index, buffer.data(), int(buffer.size()), SQLITE_STATIC)
        == SQLITE_OK;
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

// Prepares on first use. Sets no error (it may run on the figure writer's thread): nullptr when
// the statement cannot be prepared, with the reason in sqlite3_errmsg().
sqlite3_stmt *Database::rawStatement(RawStatement which)
{
    sqlite3_stmt *&statement = m_rawStatements[int(which)];
    if (!statement && m_handle) {
        if (sqlite3_prepare_v3(
                m_handle, rawSql[int(which)], -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
            != SQLITE_OK) {
            sqlite3_finalize(statement);
            statement = nullptr;
        }
    }
    return statement;
}

void Database::finalizeRawStatements()
{
    for (sqlite3_stmt *&statement : m_rawStatements) {
        sqlite3_finalize(statement);
        statement = nullptr;
    }
}

bool Database::bindRawFigure(
    sqlite3_stmt *q, const Figure &figure, qint64 measure, std::optional<qint64> source)
{
    std::string *texts = m_rawTexts; // kept until the step
    return sqlite3_bind_int64(q, 1, figure.schemeId) == SQLITE_OK
        && sqlite3_bind_int64(q, 2, measure) == SQLITE_OK
        && sqlite3_bind_int64(q, 3, figure.value.hundredths()) == SQLITE_OK
        && (figure.valueHigh ? sqlite3_bind_int64(q, 4, figure.valueHigh->hundredths())
                             : sqlite3_bind_null(q, 4))
        == SQLITE_OK
        && bindText(q, 5, keyOf(figure.qualifier), texts[0])
        && bindText(q, 6, keyOf(figure.per), texts[1])
        && sqlite3_bind_int(q, 7, figure.baseline ? 1 : 0) == SQLITE_OK
        && bindDate(q, 8, figure.periodStart, texts[2])
        && bindDate(q, 9, figure.periodEnd, texts[3])
        && bindText(q, 10, figure.periodLabel, texts[4]) && bindText(q, 11, figure.note, texts[5])
        && (source ? sqlite3_bind_int64(q, 12, *source) : sqlite3_bind_null(q, 12)) == SQLITE_OK
        && bindText(q, 13, figure.quote, texts[6]);
}

std::optional<qint64> Database::insertSchemeRow(
    const Scheme &scheme, std::optional<qint64> source, const QString &updatedAt)
{
    if (isServer())
        return insertSchemePortable(scheme, source, updatedAt);
    sqlite3_stmt *q = rawStatement(RawStatement::InsertScheme);
    std::string *texts = m_rawTexts;
    std::string more[3];
    const bool bound = q && bindText(q, 1, scheme.name, texts[0])
        && bindText(q, 2, scheme.areaKey(), texts[1])
        && bindText(q, 3, keyOf(scheme.strand), texts[2])
        && bindText(q, 4, keyOf(scheme.status), texts[3]) && bindDate(q, 5, scheme.start, texts[4])
        && bindDate(q, 6, scheme.end, texts[5]) && bindText(q, 7, scheme.summary, texts[6])
        && bindText(q, 8, scheme.description, more[0])
        && bindText(q, 9, scheme.eligibility, more[1])
        && (source ? sqlite3_bind_int64(q, 10, *source) : sqlite3_bind_null(q, 10)) == SQLITE_OK
        && bindText(q, 11, updatedAt, more[2]);
    if (q && !bound)
        sqlite3_clear_bindings(q);
    const int rc = bound ? stepRaw(q) : SQLITE_ERROR;
    if (rc != SQLITE_DONE) {
        failRaw(rc);
        return std::nullopt;
    }
    return sqlite3_last_insert_rowid(m_handle);
}

bool Database::insertSchemeLink(qint64 scheme, qint64 other, std::optional<Role> role, int position)
{
    if (isServer())
        return insertSchemeLinkPortable(scheme, other, role, position);
    sqlite3_stmt *q = rawStatement(
        role ? RawStatement::InsertSchemeOrganisation : RawStatement::InsertSchemeArea);
    const bool bound = q && sqlite3_bind_int64(q, 1, scheme) == SQLITE_OK
        && sqlite3_bind_int64(q, 2, other) == SQLITE_OK
        && (!role
            || (bindText(q, 3, keyOf(*role), m_rawTexts[0])
                && sqlite3_bind_int(q, 4, position) == SQLITE_OK));
    const int rc = bound ? stepRaw(q) : SQLITE_ERROR;
    return rc == SQLITE_DONE || failRaw(rc);
}

// Steps the statement once and resets it; the SQLite result code (SQLITE_DONE when it ran).
int Database::stepRaw(sqlite3_stmt *statement)
{
    int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        rc = SQLITE_DONE;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return rc;
}

// Inserts or updates with the measure and source ids resolved. Thread-neutral: on failure returns
// nothing and leaves the SQLite result code in *rc.
std::optional<Database::Upsert> Database::upsertRaw(
    const Figure &figure, qint64 measure, std::optional<qint64> source, int *rc)
{
    if (isServer()) {
        *rc = SQLITE_ERROR;
        return upsertPortable(figure, measure, source);
    }
    sqlite3_stmt *insert = rawStatement(RawStatement::InsertFigure);
    *rc = SQLITE_ERROR;
    if (!insert || !bindRawFigure(insert, figure, measure, source)
        || (*rc = stepRaw(insert)) != SQLITE_DONE)
        return std::nullopt;
    if (sqlite3_changes(m_handle) == 1)
        return Upsert::Inserted;
    sqlite3_stmt *update = rawStatement(RawStatement::UpdateFigure);
    *rc = SQLITE_ERROR;
    if (!update || !bindRawFigure(update, figure, measure, source)
        || (*rc = stepRaw(update)) != SQLITE_DONE)
        return std::nullopt;
    return sqlite3_changes(m_handle) == 0 ? Upsert::Unchanged : Upsert::Updated;
}

bool Database::failRaw(int rc)
{
    if (!m_handle)
        return false; // the server's QSqlQuery path has recorded its failure already
    return failCode(rc, m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString());
}

} // namespace opcc
