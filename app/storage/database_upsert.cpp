// Database: upsertFigure, the statement an import runs for every figure, through the SQLite C API.
// Measured on 200,000 figures, three costs dominated and are avoided here:
// - QSqlQuery's positional binding formats a placeholder name for every parameter of every row;
//   the statements below run on the driver's own handle instead.
// - An UPSERT with RETURNING builds a temporary table on every step; an INSERT ... DO NOTHING
//   followed, on conflict only, by an UPDATE that changes differing rows tells the same three
//   outcomes from sqlite3_changes().
// (The figure table's CHECK constraints with IN lists, which built two temporary indexes per row,
// were rewritten in schema version 3.)

#include "storage/database.h"

#include <sqlite3.h>

namespace opcc {

namespace {

// Parameters shared by both statements: 1 scheme_id, 2 measure_id, 3 value_x100,
// 4 value_high_x100, 5 qualifier, 6 per, 7 baseline, 8 period_start, 9 period_end,
// 10 period_label, 11 note, 12 source_id, 13 quote.
const char *const rawSql[] = {
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

// Binds the QString's own UTF-16 text: it is kept alive until the step (in `keep` where it is a
// temporary), so SQLite need not copy it; its conversion to UTF-8 costs less than Qt's would,
// which allocates.
bool bindText(sqlite3_stmt *statement, int index, const QString &text, QString &keep)
{
    if (text.isEmpty())
        return sqlite3_bind_text(statement, index, "", 0, SQLITE_STATIC) == SQLITE_OK;
    keep = text;
    return sqlite3_bind_text16(statement, index, keep.constData(), int(keep.size() * 2),
                               SQLITE_STATIC)
        == SQLITE_OK;
}

} // namespace

sqlite3_stmt *Database::rawStatement(RawStatement which)
{
    sqlite3_stmt *&statement = m_rawStatements[int(which)];
    if (!statement) {
        if (!m_handle) {
            fail(Failure::QueryFailed, tr("The database connection has no SQLite handle."));
            return nullptr;
        }
        const int rc = sqlite3_prepare_v3(m_handle, rawSql[int(which)], -1,
                                          SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (rc != SQLITE_OK) {
            fail(Failure::QueryFailed, QString::fromUtf8(sqlite3_errmsg(m_handle)));
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

bool Database::bindRawFigure(sqlite3_stmt *q, const Figure &figure)
{
    const auto measure = measureId(figure.measure);
    if (!measure)
        return fail(Failure::NotFound, tr("There is no measure \"%1\".").arg(figure.measure));
    std::optional<qint64> source;
    if (!figure.source.isEmpty()) {
        source = sourceId(figure.source);
        if (!source)
            return false;
    }
    QString *texts = m_rawTexts; // kept until the step
    const bool ok = sqlite3_bind_int64(q, 1, figure.schemeId) == SQLITE_OK
        && sqlite3_bind_int64(q, 2, *measure) == SQLITE_OK
        && sqlite3_bind_int64(q, 3, figure.value.hundredths()) == SQLITE_OK
        && (figure.valueHigh ? sqlite3_bind_int64(q, 4, figure.valueHigh->hundredths())
                             : sqlite3_bind_null(q, 4))
            == SQLITE_OK
        && bindText(q, 5, Vocabulary<Qualifier>::key(figure.qualifier), texts[0])
        && bindText(q, 6, Vocabulary<Per>::key(figure.per), texts[1])
        && sqlite3_bind_int(q, 7, figure.baseline ? 1 : 0) == SQLITE_OK;
    const bool more = bindText(q, 8, figure.periodStart.toIsoString(), texts[2])
        && bindText(q, 9, figure.periodEnd.toIsoString(), texts[3])
        && bindText(q, 10, figure.periodLabel, texts[4])
        && bindText(q, 11, figure.note, texts[5])
        && (source ? sqlite3_bind_int64(q, 12, *source) : sqlite3_bind_null(q, 12))
            == SQLITE_OK
        && bindText(q, 13, figure.quote, texts[6]);
    if (!ok || !more)
        return fail(Failure::QueryFailed, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    return true;
}

bool Database::stepRaw(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok) {
        const int primary = rc & 0xFF;
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            fail(Failure::Locked,
                 tr("The database is locked by another program. Close it and try again."));
        else
            fail(Failure::QueryFailed, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return ok;
}

std::optional<Database::Upsert> Database::upsertFigure(const Figure &figure)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    if (!transaction.isActive())
        return std::nullopt;
    sqlite3_stmt *insert = rawStatement(RawStatement::InsertFigure);
    if (!insert || !bindRawFigure(insert, figure) || !stepRaw(insert))
        return std::nullopt;
    Upsert outcome = Upsert::Inserted;
    if (sqlite3_changes(m_handle) == 0) {
        sqlite3_stmt *update = rawStatement(RawStatement::UpdateFigure);
        if (!update || !bindRawFigure(update, figure) || !stepRaw(update))
            return std::nullopt;
        outcome = sqlite3_changes(m_handle) == 0 ? Upsert::Unchanged : Upsert::Updated;
    }
    if (outcome != Upsert::Unchanged)
        m_wroteInTransaction = true;
    if (!transaction.commit())
        return std::nullopt;
    return outcome;
}

} // namespace opcc
