// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SchemeTableModel: the order of rows by a column, from ranks made once per column.

#include "domain/languagenotifier.h"
#include "domain/measurecatalogue.h"
#include "domain/valueformat.h"
#include "models/schemesearch.h"
#include "models/schemetablemodel.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/statisticsloader.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <numeric>
#include <vector>

namespace opcc {

bool SchemeTableModel::isMissing(const Entry &entry, int column)
{
    if (column == Period)
        return !entry.periodKey.isValid();
    if (column == Headline)
        return !entry.statistics || !entry.statistics->hasHeadline;
    return false;
}

int SchemeTableModel::compareColumn(const Entry &a, const Entry &b, int column)
{
    const auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case Name:
        return order(a.nameKey(), b.nameKey());
    case Areas:
        return order(a.areasKey(), b.areasKey());
    case Strand:
        return order(int(a.listing.strand), int(b.listing.strand));
    case Providers:
        return order(a.providersKey, b.providersKey);
    case Status:
        return order(int(a.listing.status), int(b.listing.status));
    case Period:
        return order(a.periodKey, b.periodKey);
    case Figures:
        return order(a.figureCount, b.figureCount);
    case Headline:
        return order(a.statistics->value, b.statistics->value);
    }
    return 0;
}

bool SchemeTableModel::rowLessThan(int left, int right, int column) const
{
    if (column < 0 || column >= ColumnCount)
        return false;
    const QList<int> &ranks = ranksOf(column);
    return ranks.at(left) < ranks.at(right);
}

const QList<int> &SchemeTableModel::ranksOf(int column) const
{
    // Made once per column and change of the list (a sort of their own): ordering the rows, or
    // ordering them again by a column sorted before, then compares integers, not the rows' keys.
    if (m_ranksOf != m_entries.size())
        m_ranks = QList<QList<int>>(ColumnCount);
    m_ranksOf = m_entries.size();
    if (m_ranks.at(column).isEmpty())
        rank(column);
    return m_ranks.at(column);
}

bool SchemeTableModel::before(const Entry &a, const Entry &b) const
{
    // Descending is ascending reversed, missing values included (they come first), as a sorting
    // proxy's greater-than did.
    return m_sortOrder == Qt::AscendingOrder ? entryLessThan(a, b, m_sortColumn)
                                             : entryLessThan(b, a, m_sortColumn);
}

bool SchemeTableModel::inOrder() const
{
    for (qsizetype row = 1; row < m_entries.size(); ++row) {
        if (before(m_entries.at(row), m_entries.at(row - 1)))
            return false;
    }
    return true;
}

QList<int> SchemeTableModel::sortedRows() const
{
    // The ranks are small integers (0 to the number of rows): counted into place, a pass over
    // the rows rather than a sort. Stable: rows of one rank keep their order, ascending or
    // descending.
    const QList<int> &ranks = ranksOf(m_sortColumn);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const int top = ranks.isEmpty() ? 0 : *std::max_element(ranks.cbegin(), ranks.cend());
    const auto key = [ascending, top](int rank) { return ascending ? rank : top - rank; };
    std::vector<int> next(std::size_t(top) + 2, 0);
    for (const int rank : ranks)
        ++next[std::size_t(key(rank)) + 1];
    std::partial_sum(next.begin(), next.end(), next.begin());
    QList<int> rows(ranks.size());
    for (int row = 0; row < ranks.size(); ++row)
        rows[next[std::size_t(key(ranks.at(row)))]++] = row;
    return rows;
}

void SchemeTableModel::permute(const QList<int> &rows)
{
    // In place, a cycle at a time: a second list of 50,000 rows, its pages touched for the first
    // time at every sort, cost more than the sort itself and raised the peak memory.
    std::vector<bool> placed(size_t(rows.size()), false);
    for (int start = 0; start < rows.size(); ++start) {
        if (placed[size_t(start)] || rows.at(start) == start)
            continue;
        Entry first = std::move(m_entries[start]);
        int row = start;
        while (rows.at(row) != start) {
            m_entries[row] = std::move(m_entries[rows.at(row)]);
            placed[size_t(row)] = true;
            row = rows.at(row);
        }
        m_entries[row] = std::move(first);
        placed[size_t(row)] = true;
    }
    // The ranks made so far stay good: the rows are the same.
    if (m_ranksOf == m_entries.size()) {
        for (QList<int> &ranks : m_ranks) {
            if (ranks.isEmpty())
                continue;
            QList<int> moved(ranks.size());
            for (qsizetype i = 0; i < rows.size(); ++i)
                moved[i] = ranks.at(rows.at(i));
            ranks = std::move(moved);
        }
    }
    m_rowOfIdStale = true;
}

void SchemeTableModel::sortRows()
{
    if (inOrder())
        return;
    const QList<int> rows = sortedRows();
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> rowOf(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        rowOf[rows.at(i)] = i;
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(this->index(rowOf.at(index.row()), index.column()));
    permute(rows);
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SchemeTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // A head is the head of the list's own order only: the rest is read (and ordered) first.
    if (m_head && !(column == Name && order == Qt::AscendingOrder))
        fetchAll();
    sortRows();
}

int SchemeTableModel::placeOf(int row) const
{
    const Entry &entry = m_entries.at(row);
    const auto less = [this](const Entry &a, const Entry &b) { return before(a, b); };
    if (row > 0 && before(entry, m_entries.at(row - 1)))
        return int(std::upper_bound(m_entries.cbegin(), m_entries.cbegin() + row, entry, less)
            - m_entries.cbegin());
    if (row + 1 < m_entries.size() && before(m_entries.at(row + 1), entry))
        return int(std::upper_bound(m_entries.cbegin() + row + 1, m_entries.cend(), entry, less)
                   - m_entries.cbegin())
            - 1;
    return row;
}

void SchemeTableModel::moveRow(int from, int to)
{
    // destinationChild counts rows before the move: a row moved down goes before to + 1.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_entries.move(from, to);
    for (int row = std::min(from, to); !m_rowOfIdStale && row <= std::max(from, to); ++row)
        m_rowOfId.insert(m_entries.at(row).listing.id, row);
    endMoveRows();
}

void SchemeTableModel::insertInOrder(Entry &&entry)
{
    const auto less = [this](const Entry &a, const Entry &b) { return before(a, b); };
    const int at = int(
        std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry, less) - m_entries.cbegin());
    beginInsertRows({}, at, at);
    m_ranksOf = -1;
    m_entries.insert(at, std::move(entry));
    for (int row = at; !m_rowOfIdStale && row < m_entries.size(); ++row)
        m_rowOfId.insert(m_entries.at(row).listing.id, row);
    endInsertRows();
}

namespace {

// A row as rank() orders a column other than the name: its key (none when the value is missing:
// missing values come after present ones, whatever the key) and its name's rank, which breaks
// ties as entryLessThan() does (name, then areas). Kept side by side in one array, the keys are
// compared without reaching into the rows.
template<typename Key> struct RankItem
{
    Key key {};
    bool missing = false;
    int tie = 0;
    int row = 0;
};

int compareKeys(qint64 a, qint64 b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareKeys(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b);
}

int compareKeys(QStringView a, QStringView b)
{
    return a.compare(b);
}

template<typename Key> bool itemLess(const RankItem<Key> &a, const RankItem<Key> &b)
{
    if (a.missing != b.missing)
        return b.missing;
    if (!a.missing) {
        if (const int order = compareKeys(a.key, b.key); order != 0)
            return order < 0;
    }
    return a.tie < b.tie;
}

// Ranks in the items' order: rows that compare equal share one, so that a sort keeps them where
// they were.
template<typename Item, typename Less>
void assignRanks(const std::vector<Item> &items, Less less, QList<int> &ranks)
{
    ranks.resize(qsizetype(items.size()));
    int rank = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0 && less(items[i - 1], items[i]))
            ++rank;
        ranks[items[i].row] = rank;
    }
}

} // namespace

void SchemeTableModel::rank(int column) const
{
    if (column == Name) {
        rankNames();
        return;
    }
    const QList<int> &names = ranksOf(Name);
    switch (column) {
    case Areas:
        rankBy<QByteArrayView>(column, names, [](const Entry &e) { return e.areasKey(); });
        break;
    case Providers:
        rankBy<QStringView>(
            column, names, [](const Entry &e) { return QStringView(e.providersKey); });
        break;
    case Strand:
        rankBy<qint64>(column, names, [](const Entry &e) { return qint64(e.listing.strand); });
        break;
    case Status:
        rankBy<qint64>(column, names, [](const Entry &e) { return qint64(e.listing.status); });
        break;
    case Period:
        rankBy<qint64>(column, names, [](const Entry &e) { return e.periodKey.toJulianDay(); });
        break;
    case Figures:
        rankBy<qint64>(column, names, [](const Entry &e) { return qint64(e.figureCount); });
        break;
    case Headline:
        rankBy<qint64>(column, names, [](const Entry &e) { return e.statistics->value; });
        break;
    }
}

template<typename Key, typename KeyOf>
void SchemeTableModel::rankBy(int column, const QList<int> &names, KeyOf keyOf) const
{
    std::vector<RankItem<Key>> items(std::size_t(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        RankItem<Key> &item = items[std::size_t(row)];
        item.missing = isMissing(entry, column);
        if (!item.missing)
            item.key = keyOf(entry);
        item.tie = names.at(row);
        item.row = row;
    }
    std::sort(items.begin(), items.end(), itemLess<Key>);
    assignRanks(items, itemLess<Key>, m_ranks[column]);
}

void SchemeTableModel::rankNames() const
{
    struct Item
    {
        QByteArrayView name;
        QByteArrayView areas;
        int row = 0;
    };
    std::vector<Item> items(std::size_t(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        items[std::size_t(row)] = { entry.nameKey(), entry.areasKey(), row };
    }
    const auto less = [](const Item &a, const Item &b) {
        const int order = a.name.compare(b.name);
        return order != 0 ? order < 0 : a.areas.compare(b.areas) < 0;
    };
    // The list is read in this order and keeps it until sorted by another column: then this is
    // a pass over the rows, not a sort.
    if (!std::is_sorted(items.begin(), items.end(), less))
        std::sort(items.begin(), items.end(), less);
    assignRanks(items, less, m_ranks[Name]);
}

bool SchemeTableModel::entryLessThan(const Entry &a, const Entry &b, int column)
{
    const bool aMissing = isMissing(a, column);
    const bool bMissing = isMissing(b, column);
    if (aMissing || bMissing) {
        // Missing values (no dates, no figures) sort after present ones.
        if (aMissing != bMissing)
            return bMissing;
    } else if (const int order = compareColumn(a, b, column); order != 0) {
        return order < 0;
    }
    // Ties: by name, then by area, so that the order is stable and predictable.
    if (a.nameKey() != b.nameKey())
        return a.nameKey() < b.nameKey();
    return a.areasKey() < b.areasKey();
}

} // namespace opcc
