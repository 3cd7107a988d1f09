// Database: the scheme list for browsing, read through the SQLite C API on the connection's own
// handle. It is what the window reads before its first paint; on 10,000 schemes QSqlQuery's
// cached QVariant rows cost more than SQLite's own work.

#include "storage/database.h"

#include <QHash>

#include <sqlite3.h>

namespace opcc {

namespace {

// A statement prepared on the handle and finalized when it goes out of scope.
class Statement final
{
public:
    Statement(sqlite3 *handle, const char *sql)
    {
        if (handle && sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const
    {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

template<typename E>
E keyOr(const QString &key, E fallback)
{
    return Vocabulary<E>::fromKey(key).value_or(fallback);
}

PartialDate dateOf(const QString &text)
{
    return PartialDate::parse(text).value_or(PartialDate());
}

} // namespace

QList<SchemeListing> Database::schemeListings() const
{
    QList<SchemeListing> result;
    if (!m_handle) {
        fail(Failure::QueryFailed, tr("The database is not open."));
        return result;
    }
    Statement schemes(m_handle, R"(
        SELECT s.id, s.name, s.area_key, s.strand, s.status, s.start_date, s.end_date, s.summary
        FROM scheme s ORDER BY s.name COLLATE NOCASE, s.area_key)");
    QHash<qint64, qsizetype> rowOf;
    int rc = schemes.isValid() ? SQLITE_ROW : SQLITE_ERROR;
    while (schemes.isValid() && (rc = schemes.step()) == SQLITE_ROW) {
        SchemeListing s;
        s.id = schemes.integer(0);
        s.name = schemes.text(1);
        s.areaKey = schemes.text(2);
        s.strand = keyOr(schemes.text(3), Strand::Supply);
        s.status = keyOr(schemes.text(4), Status::Active);
        s.start = dateOf(schemes.text(5));
        s.end = dateOf(schemes.text(6));
        s.summary = schemes.text(7);
        rowOf.insert(s.id, result.size());
        result.append(s);
    }
    if (rc != SQLITE_DONE) {
        fail(Failure::QueryFailed, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return result;
    }
    // Providers and funders in entry order, in one pass over the links rather than a subquery
    // per scheme (which took longer than the rest of the list).
    Statement links(m_handle, R"(
        SELECT so.scheme_id, so.role = 'provider', o.name FROM scheme_organisation so
        JOIN organisation o ON o.id = so.organisation_id
        WHERE so.role = 'provider' OR so.role = 'funder'
        ORDER BY so.scheme_id, so.role, so.position)");
    rc = links.isValid() ? SQLITE_ROW : SQLITE_ERROR;
    while (links.isValid() && (rc = links.step()) == SQLITE_ROW) {
        const auto row = rowOf.constFind(links.integer(0));
        if (row == rowOf.cend())
            continue;
        SchemeListing &s = result[*row];
        (links.integer(1) != 0 ? s.providers : s.funders).append(links.text(2));
    }
    if (rc != SQLITE_DONE)
        fail(Failure::QueryFailed, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    return result;
}

} // namespace opcc
