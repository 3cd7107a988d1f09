// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SchemeTableModel: following committed changes row by row.

#include "domain/measurecatalogue.h"
#include "models/schemetablemodel.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/lookupstore.h"

#include <algorithm>

namespace opcc {

namespace {

// Past this many schemes in one change (an import) the list is read again whole: one query is
// quicker than hundreds, and views cope with one reset better than with hundreds of inserts.
constexpr int maxRowUpdates = 200;

} // namespace

void SchemeTableModel::applyChanges(const ChangeSet &changes)
{
    // Rows not read yet would come twice, or stale: the rest of the list is read first.
    fetchAll();
    const QSet<qint64> touched = changes.touchedSchemes();
    if (touched.size() > maxRowUpdates) {
        reload();
        requestStatistics();
        emit refreshed();
        return;
    }
    if (changes.lookups)
        readLookups();
    if (!touched.isEmpty()) {
        const int failuresBefore = m_db.readFailureCount();
        const QList<qint64> ids(touched.cbegin(), touched.cend());
        QList<SchemeListing> listings = BrowseStore(m_db).listings(ids);
        QList<qint64> figureIds;
        for (const SchemeListing &listing : std::as_const(listings)) {
            if (changes.touchesFiguresOf(listing.id))
                figureIds.append(listing.id);
        }
        QHash<qint64, SchemeStatistics> statistics;
        if (!figureIds.isEmpty() && !changes.allFigures) {
            for (const SchemeStatistics &s : BrowseStore(m_db).statistics(figureIds))
                statistics.insert(s.schemeId, s);
        }
        // A failed read is no news of removals: the rows stay as they were (the window says
        // that the database could not be read).
        if (m_db.readFailureCount() != failuresBefore)
            return;
        QSet<qint64> gone = touched;
        for (const SchemeListing &listing : std::as_const(listings))
            gone.remove(listing.id);
        removeRowsOf(gone);

        QList<Entry> added;
        for (SchemeListing &listing : listings) {
            Entry entry = makeEntry(std::move(listing));
            const qint64 id = entry.listing.id;
            const int row = rowIndex().value(id, -1);
            if (figureIds.contains(id) && !changes.allFigures) {
                const auto s = statistics.constFind(id);
                entry.figureCount = s == statistics.cend() ? 0 : s->figureCount;
                if (s != statistics.cend())
                    entry.statistics = shared(*s);
            } else if (row >= 0) {
                entry.figureCount = m_entries.at(row).figureCount;
                entry.statistics = m_entries.at(row).statistics;
            }
            if (row < 0) {
                added.append(std::move(entry));
                continue;
            }
            m_entries[row] = std::move(entry);
            m_ranksOf = -1;
            // A change of what the rows are ordered by moves the row to its new place.
            const int place = placeOf(row);
            if (place != row)
                moveRow(row, place);
            emit dataChanged(index(place, 0), index(place, ColumnCount - 1));
        }
        // Each new row in its place in the order (at most maxRowUpdates of them).
        for (Entry &entry : added)
            insertInOrder(std::move(entry));
    }
    if (changes.allFigures)
        requestStatistics();
    if (!touched.isEmpty() || changes.lookups || changes.allFigures)
        emit refreshed();
}

void SchemeTableModel::readLookups()
{
    m_nations.clear();
    for (const Area &area : LookupStore::reader(m_db).areas())
        m_nations.insert(area.name, area.nation);
    for (const Measure &measure : LookupStore::reader(m_db).measures())
        m_measureLabels.insert(measure.key, measureLabel(measure));
}

void SchemeTableModel::removeRowsOf(const QSet<qint64> &ids)
{
    QList<int> rows;
    for (qint64 id : ids) {
        const int row = rowIndex().value(id, -1);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    // From the bottom up, so that the rows still to go keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    reindex();
}

void SchemeTableModel::reindex()
{
    m_ranksOf = -1;
    m_rowOfIdStale = true;
}

const QHash<qint64, int> &SchemeTableModel::rowIndex() const
{
    if (m_rowOfIdStale) {
        m_rowOfId.clear();
        m_rowOfId.reserve(m_entries.size());
        for (int row = 0; row < m_entries.size(); ++row)
            m_rowOfId.insert(m_entries.at(row).listing.id, row);
        m_rowOfIdStale = false;
    }
    return m_rowOfId;
}

} // namespace opcc
