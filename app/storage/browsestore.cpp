// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// BrowseStore: what the scheme list shows: the listing (read before the window's first paint) and
// the figure counts and headline figures (over every figure).
//
// Which interface, by measurement (large register: 10,000 schemes, 500,000 figures; medians of 3
// runs alternated with the C API version, load average 11 on 2 cores):
// - the listing runs on prepared, reused, forward-only QSqlQuery statements: start to first
//   rows painted 2232 ms against 2494 ms on the C API (fastest 1877 against 2081);
// - the figure counts and headlines stay on the SQLite C API: a pass over every figure through
//   QSqlQuery, one QVariant per value, took the start to figure counts loaded to 3896 ms against
//   3398 ms (fastest 3034 against 2610). They run on a read-only connection the project opens
//   itself (SqliteReader), never on the Qt driver's handle, and see what was committed (the
//   pass runs after a commit, or on the statistics thread). On a server register the same pass
//   reads through QSqlQuery (QueryStatement), with the same SQL.

#include "storage/browsestore.h"

#include "storage/database.h"
#include "storage/sqlitereader.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <functional>
#include <vector>

namespace opcc {

namespace {

// A statement of the project's own read connection (SqliteReader), finalized when it goes.
class Statement final
{
public:
    Statement(const Database &db, SqliteReader *reader, const char *sql)
        : m_statement(*reader, sql)
    {
        Q_UNUSED(db);
    }

    bool bind(int parameter, const QString &text) { return m_statement.bind(parameter, text); }
    // The next row; false at the end or on an error (ok() tells which).
    bool next() { return m_statement.next(); }
    bool ok() const { return m_statement.isValid() && !m_statement.failed(); }
    bool isNull(int column) const { return m_statement.isNull(column); }
    qint64 integer(int column) const { return m_statement.integer(column); }
    QString text(int column) const { return m_statement.text(column); }

private:
    SqliteReader::Statement m_statement;
};

// The same interface on a forward-only QSqlQuery, for a server register.
class QueryStatement final
{
public:
    QueryStatement(const Database &db, SqliteReader *reader, const char *sql)
        : m_query(QSqlDatabase::database(db.connectionName(), false))
    {
        Q_UNUSED(reader);
        m_query.setForwardOnly(true);
        QString text = db.sqlText(QString::fromUtf8(sql));
        text.replace(QLatin1String("?1"), QLatin1String("?"));
        m_valid = m_query.prepare(text);
    }
    QueryStatement(const QueryStatement &) = delete;
    QueryStatement &operator=(const QueryStatement &) = delete;

    bool bind(int parameter, const QString &text)
    {
        m_query.bindValue(parameter - 1, text);
        return m_valid;
    }
    bool next()
    {
        if (!m_valid)
            return false;
        if (!m_started) {
            m_started = true;
            if (!m_query.exec()) {
                m_valid = false;
                return false;
            }
        }
        return m_query.next();
    }
    bool ok() const { return m_valid && !m_query.lastError().isValid(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }

private:
    QSqlQuery m_query;
    bool m_valid = false;
    bool m_started = false;
};

// Columns by position, as the SELECT above each loop lists them.
class Row final
{
public:
    explicit Row(const QSqlQuery &query)
        : m_query(query)
    { }

    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }

private:
    const QSqlQuery &m_query;
};

template<typename E> E keyOr(const QString &key, E fallback)
{
    return Vocabulary<E>::fromKey(key).value_or(fallback);
}

PartialDate dateOf(const QString &text)
{
    return PartialDate::parse(text).value_or(PartialDate());
}

// The figure a scheme's headline shows: not a baseline, a count before other units, the largest
// value, the first entered. Smaller is better.
struct HeadlineKey
{
    qint64 id = 0;
    int baseline = 0;
    int notCount = 0;
    qint64 value = 0;

    bool isBetterThan(const HeadlineKey &other) const
    {
        if (baseline != other.baseline)
            return baseline < other.baseline;
        if (notCount != other.notCount)
            return notCount < other.notCount;
        if (value != other.value)
            return value > other.value;
        return id < other.id;
    }
};

// A scheme of the list from a row of the scheme queries (id, name, area, strand, status, start,
// end, summary), without its links.
SchemeListing listingOf(const Row &scheme)
{
    SchemeListing s;
    s.id = scheme.integer(0);
    s.name = scheme.text(1);
    s.areaKey = scheme.text(2);
    s.strand = keyOr(scheme.text(3), Strand::Supply);
    s.status = keyOr(scheme.text(4), Status::Active);
    s.start = dateOf(scheme.text(5));
    s.end = dateOf(scheme.text(6));
    s.summary = scheme.text(7);
    return s;
}

} // namespace

BrowseStore::BrowseStore(const Database &db)
    : m_db(db)
{ }

QList<SchemeListing> BrowseStore::listings() const
{
    return listings(std::nullopt);
}

QList<SchemeListing> BrowseStore::listings(const QList<qint64> &ids) const
{
    return listings(std::optional<QList<qint64>>(ids));
}

QList<SchemeListing> BrowseStore::listings(const std::optional<QList<qint64>> &ids) const
{
    if (!m_db.isOpen()) {
        m_db.failRead(Database::Failure::QueryFailed, Database::tr("The database is not open."));
        return {};
    }
    QSqlQuery &schemes = m_db.preparedRead(ids ? R"(
        SELECT s.id, s.name, s.area_key, s.strand, s.status, s.start_date, s.end_date, s.summary
        FROM scheme s WHERE s.id IN (SELECT value FROM json_each(?))
        ORDER BY s.name COLLATE NOCASE, s.area_key, s.id)"
                                               : R"(
        SELECT s.id, s.name, s.area_key, s.strand, s.status, s.start_date, s.end_date, s.summary
        FROM scheme s ORDER BY s.name COLLATE NOCASE, s.area_key, s.id)");
    if (ids)
        schemes.bindValue(0, m_db.idListJson(*ids));
    std::optional<QList<SchemeListing>> result = readListings(schemes);
    if (!result || !readLinks(*result, ids))
        return {};
    return *result;
}

QList<SchemeListing> BrowseStore::firstListings(int limit) const
{
    if (!m_db.isOpen()) {
        m_db.failRead(Database::Failure::QueryFailed, Database::tr("The database is not open."));
        return {};
    }
    // The head of the list comes from the index scheme_list_order, without sorting the register.
    QSqlQuery &schemes = m_db.preparedRead(R"(
        SELECT s.id, s.name, s.area_key, s.strand, s.status, s.start_date, s.end_date, s.summary
        FROM scheme s ORDER BY s.name COLLATE NOCASE, s.area_key, s.id LIMIT ?)");
    schemes.bindValue(0, limit);
    std::optional<QList<SchemeListing>> result = readListings(schemes);
    if (!result)
        return {};
    // A screenful's links through the index of each scheme's.
    QList<qint64> ids;
    for (const SchemeListing &listing : std::as_const(*result))
        ids.append(listing.id);
    if (!readLinks(*result, ids))
        return {};
    return *result;
}

bool BrowseStore::forEachListing(const std::function<void(SchemeListing &&)> &visit) const
{
    if (!m_db.isOpen())
        return m_db.failRead(
            Database::Failure::QueryFailed, Database::tr("The database is not open."));
    // The links first, then each scheme handed on as it is read: the summaries of a large
    // register are never all held at once. The links are held as 16 bytes each, in the order
    // of their schemes' ids, their organisations' names once: a hash of every scheme's lists of
    // names held 5.7 MiB at the window's peak on a register of 50,000 schemes (112,000 links),
    // these 1.8 MiB.
    struct Link
    {
        qint64 schemeId = 0;
        quint32 name = 0; // in names
        bool provider = false;
    };
    std::vector<Link> links;
    QStringList names;
    QHash<QString, quint32> nameIndex;
    QSqlQuery &linkQuery = m_db.preparedRead(R"(
        SELECT so.scheme_id, so.role = 'provider', o.name FROM scheme_organisation so
        JOIN organisation o ON o.id = so.organisation_id
        WHERE so.role = 'provider' OR so.role = 'funder'
        ORDER BY so.scheme_id, so.role, so.position)");
    if (!m_db.execute(linkQuery))
        return false;
    const Row link(linkQuery);
    while (linkQuery.next()) {
        if (m_db.stopRequested()) { // the reading thread was abandoned: its result is dropped
            linkQuery.finish();
            return false;
        }
        const QString name = link.text(2);
        auto index = nameIndex.constFind(name);
        if (index == nameIndex.cend()) {
            index = nameIndex.insert(name, quint32(names.size()));
            names.append(name);
        }
        links.push_back({ link.integer(0), *index, link.integer(1) != 0 });
    }
    if (!m_db.finishRead(linkQuery))
        return false;
    nameIndex.clear();
    // In the order of the statement's ORDER BY: by scheme, each role's in entry order.
    const auto bySchemeId = [](const Link &a, const Link &b) { return a.schemeId < b.schemeId; };
    QSqlQuery &schemes = m_db.preparedRead(R"(
        SELECT s.id, s.name, s.area_key, s.strand, s.status, s.start_date, s.end_date, s.summary
        FROM scheme s ORDER BY s.name COLLATE NOCASE, s.area_key, s.id)");
    if (!m_db.execute(schemes))
        return false;
    const Row scheme(schemes);
    while (schemes.next()) {
        if (m_db.stopRequested()) {
            schemes.finish();
            return false;
        }
        SchemeListing s = listingOf(scheme);
        const auto [first, last]
            = std::equal_range(links.cbegin(), links.cend(), Link { s.id }, bySchemeId);
        for (auto l = first; l != last; ++l)
            (l->provider ? s.providers : s.funders).append(names.at(l->name));
        visit(std::move(s));
    }
    if (!m_db.finishRead(schemes))
        return false;
    // The whole table went through the cache, which would hold 3 MiB more through the figure
    // counts' read that follows a refresh.
    m_db.releaseCache();
    return true;
}

std::optional<QList<SchemeListing>> BrowseStore::readListings(QSqlQuery &schemes) const
{
    QList<SchemeListing> result;
    if (!m_db.execute(schemes))
        return std::nullopt;
    const Row scheme(schemes);
    while (schemes.next()) {
        result.append(listingOf(scheme));
    }
    if (!m_db.finishRead(schemes))
        return std::nullopt;
    return result;
}

bool BrowseStore::readLinks(
    QList<SchemeListing> &result, const std::optional<QList<qint64>> &ids) const
{
    QHash<qint64, qsizetype> rowOf;
    rowOf.reserve(result.size());
    for (qsizetype row = 0; row < result.size(); ++row)
        rowOf.insert(result.at(row).id, row);
    // Providers and funders in entry order, in one pass over the links rather than a subquery
    // per scheme (which took longer than the rest of the list).
    QSqlQuery &links = m_db.preparedRead(ids ? R"(
        SELECT so.scheme_id, so.role = 'provider', o.name FROM scheme_organisation so
        JOIN organisation o ON o.id = so.organisation_id
        WHERE (so.role = 'provider' OR so.role = 'funder')
          AND so.scheme_id IN (SELECT value FROM json_each(?))
        ORDER BY so.scheme_id, so.role, so.position)"
                                             : R"(
        SELECT so.scheme_id, so.role = 'provider', o.name FROM scheme_organisation so
        JOIN organisation o ON o.id = so.organisation_id
        WHERE so.role = 'provider' OR so.role = 'funder'
        ORDER BY so.scheme_id, so.role, so.position)");
    if (ids)
        links.bindValue(0, m_db.idListJson(*ids));
    if (!m_db.execute(links))
        return false;
    const Row link(links);
    while (links.next()) {
        const auto row = rowOf.constFind(link.integer(0));
        if (row == rowOf.cend())
            continue;
        SchemeListing &s = result[*row];
        (link.integer(1) != 0 ? s.providers : s.funders).append(link.text(2));
    }
    return m_db.finishRead(links);
}

QString BrowseStore::summaryOf(qint64 id) const
{
    QSqlQuery &q = m_db.preparedRead("SELECT summary FROM scheme WHERE id = ?");
    q.bindValue(0, id);
    if (!m_db.execute(q))
        return {};
    const QString summary = q.next() ? q.value(0).toString() : QString();
    m_db.finishRead(q);
    return summary;
}

QList<SchemeStatistics> BrowseStore::statistics() const
{
    return statistics(std::nullopt);
}

QList<SchemeStatistics> BrowseStore::statistics(const QList<qint64> &ids) const
{
    return statistics(std::optional<QList<qint64>>(ids));
}

bool BrowseStore::forEachStatistics(const std::function<void(SchemeStatistics &&)> &visit) const
{
    return visitStatistics(std::nullopt, visit);
}

QList<SchemeStatistics> BrowseStore::statistics(const std::optional<QList<qint64>> &ids) const
{
    QList<SchemeStatistics> result;
    if (!visitStatistics(ids, [&result](SchemeStatistics &&s) { result.append(std::move(s)); }))
        return {};
    std::sort(
        result.begin(), result.end(), [](const SchemeStatistics &a, const SchemeStatistics &b) {
            return a.schemeId < b.schemeId;
        });
    return result;
}

bool BrowseStore::visitStatistics(const std::optional<QList<qint64>> &ids,
    const std::function<void(SchemeStatistics &&)> &visit) const
{
    if (m_db.isServer() && m_db.isOpen())
        return tally<QueryStatement>(nullptr, ids, visit);
    SqliteReader *reader = m_db.isOpen() ? m_db.reader() : nullptr;
    if (!reader)
        return m_db.failRead(
            Database::Failure::QueryFailed, Database::tr("The database is not open."));
    return tally<Statement>(reader, ids, visit);
}

template<typename Statement>
bool BrowseStore::tally(SqliteReader *reader, const std::optional<QList<qint64>> &ids,
    const std::function<void(SchemeStatistics &&)> &visit) const
{
    const auto failed = [this, reader] {
        if (!reader)
            return m_db.failRead(Database::Failure::QueryFailed,
                Database::tr("The figure counts could not be read from the server."));
        m_db.failCode(reader->errorCode(), reader->errorMessage());
        return m_db.failRead(m_db.m_failure, m_db.m_error);
    };
    // Which measures count things.
    QHash<qint64, int> notCount;
    Statement measures(m_db, reader, "SELECT id, unit <> 'count' FROM measure");
    while (measures.next())
        notCount.insert(measures.integer(0), int(measures.integer(1)));
    if (!measures.ok())
        return failed();

    // One pass over the figures in storage order: a count and the best headline per scheme.
    struct Tally
    {
        int count = 0;
        HeadlineKey best;
    };
    QHash<qint64, Tally> tallies;
    // Of some schemes: through the index of each scheme's figures, not over the register.
    Statement figures(m_db, reader,
        ids ? "SELECT scheme_id, id, baseline, measure_id, value_x100 FROM figure "
              "WHERE scheme_id IN (SELECT value FROM json_each(?1))"
            : "SELECT scheme_id, id, baseline, measure_id, value_x100 FROM figure");
    if (ids && !figures.bind(1, m_db.idListJson(*ids)))
        return failed();
    while (figures.next()) {
        const HeadlineKey key { figures.integer(1), int(figures.integer(2)),
            notCount.value(figures.integer(3)), figures.integer(4) };
        Tally &tally = tallies[figures.integer(0)];
        if (tally.count++ == 0 || key.isBetterThan(tally.best))
            tally.best = key;
    }
    if (!figures.ok())
        return failed();

    // The headline figures themselves, in one query.
    QList<qint64> headlineIds;
    headlineIds.reserve(tallies.size());
    for (const Tally &tally : std::as_const(tallies))
        headlineIds.append(tally.best.id);
    Statement headlines(m_db, reader, R"(
        SELECT f.scheme_id, m.key, m.unit, f.value_x100, f.value_high_x100, f.qualifier, f.per,
               f.baseline, f.period_start, f.period_end, f.period_label, d.title
        FROM figure f JOIN measure m ON m.id = f.measure_id
        LEFT JOIN source_document d ON d.id = f.source_id
        WHERE f.id IN (SELECT value FROM json_each(?1)))");
    if (!headlines.bind(1, m_db.idListJson(headlineIds)))
        return failed();
    while (headlines.next()) {
        SchemeStatistics s;
        s.schemeId = headlines.integer(0);
        s.figureCount = tallies.value(s.schemeId).count;
        s.headlineMeasure = headlines.text(1);
        s.headlineUnit = keyOr(headlines.text(2), Unit::Count);
        Figure f;
        f.schemeId = s.schemeId;
        f.measure = s.headlineMeasure;
        f.value = Decimal::fromHundredths(headlines.integer(3));
        if (!headlines.isNull(4))
            f.valueHigh = Decimal::fromHundredths(headlines.integer(4));
        f.qualifier = keyOr(headlines.text(5), Qualifier::Exact);
        f.per = keyOr(headlines.text(6), Per::None);
        f.baseline = headlines.integer(7) != 0;
        f.periodStart = dateOf(headlines.text(8));
        f.periodEnd = dateOf(headlines.text(9));
        f.periodLabel = headlines.text(10);
        f.source = headlines.text(11); // cited beside the headline in exports of the list
        s.headline = std::move(f);
        visit(std::move(s));
    }
    if (!headlines.ok())
        return failed();
    return true;
}

int BrowseStore::schemeCount() const
{
    return m_db.countRows(m_db.prepared("SELECT COUNT(*) FROM scheme"));
}

int BrowseStore::figureCount() const
{
    return m_db.countRows(m_db.prepared("SELECT COUNT(*) FROM figure"));
}

QHash<QString, int> BrowseStore::measureSchemeCounts() const
{
    QHash<QString, int> counts;
    QSqlQuery &q = m_db.prepared("SELECT m.key, COUNT(DISTINCT f.scheme_id) FROM figure f "
                                 "JOIN measure m ON m.id = f.measure_id GROUP BY m.key");
    if (!m_db.execute(q))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    if (!m_db.finishRead(q))
        return {};
    return counts;
}

} // namespace opcc
