// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

class QSqlQuery;

namespace opcc {

class SqliteReader;

class Database;

// What browsing the register reads: the scheme list, the figure counts and headline figures of
// its rows, and counts. Read only; a failed read is recorded on the Database (hasReadError()).
class BrowseStore final
{
public:
    explicit BrowseStore(const Database &db);

    // The scheme list, sorted by name; or the entries of these schemes only (those that exist),
    // for updating a list after a change.
    QList<SchemeListing> listings() const;
    QList<SchemeListing> listings(const QList<qint64> &ids) const;
    // The first entries of the list, in its order (name without case, area, id): the screenful
    // read before the window's first paint.
    QList<SchemeListing> firstListings(int limit) const;
    // Every entry of the list in the same order, handed on one at a time as it is read; false
    // when a read failed.
    bool forEachListing(const std::function<void(SchemeListing &&)> &visit) const;
    // A scheme's summary (the list keeps only its search text), empty when there is none.
    QString summaryOf(qint64 id) const;
    // Figure counts and headline figures of every scheme that has figures, or of these schemes.
    QList<SchemeStatistics> statistics() const;
    QList<SchemeStatistics> statistics(const QList<qint64> &ids) const;
    // The same of every scheme with figures, handed on one at a time (in no order); false when a
    // read failed.
    bool forEachStatistics(const std::function<void(SchemeStatistics &&)> &visit) const;
    int schemeCount() const;
    int figureCount() const;
    // How many schemes have at least one figure of each measure, by measure key.
    QHash<QString, int> measureSchemeCounts() const;

private:
    QList<SchemeListing> listings(const std::optional<QList<qint64>> &ids) const;
    QList<SchemeStatistics> statistics(const std::optional<QList<qint64>> &ids) const;
    bool visitStatistics(const std::optional<QList<qint64>> &ids,
        const std::function<void(SchemeStatistics &&)> &visit) const;
    // The pass itself, on SQLite's C API on the project's own read connection (reader) or (a
    // server register, reader nullptr) on QSqlQuery: the statement type is browsestore.cpp's
    // Statement or QueryStatement.
    template<typename Statement>
    bool tally(SqliteReader *reader, const std::optional<QList<qint64>> &ids,
        const std::function<void(SchemeStatistics &&)> &visit) const;
    std::optional<QList<SchemeListing>> readListings(QSqlQuery &schemes) const;
    bool readLinks(QList<SchemeListing> &result, const std::optional<QList<qint64>> &ids) const;

    const Database &m_db;
};

} // namespace opcc
