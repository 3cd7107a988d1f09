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
#include <atomic>
#include <numeric>

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
    // The proxy sorts 50,000 rows again at every keystroke: it compares ranks made once per
    // column and change of the list (a sort of their own), not the rows' keys.
    if (column < 0 || column >= ColumnCount)
        return false;
    if (m_ranksOf != m_entries.size())
        m_ranks = QList<QList<int>>(ColumnCount);
    m_ranksOf = m_entries.size();
    if (m_ranks.at(column).isEmpty())
        rank(column);
    const QList<int> &ranks = m_ranks.at(column);
    return ranks.at(left) < ranks.at(right);
}

void SchemeTableModel::rank(int column) const
{
    QList<int> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    const auto less = [this, column](int left, int right) {
        return entryLessThan(m_entries.at(left), m_entries.at(right), column);
    };
    std::sort(order.begin(), order.end(), less);
    QList<int> &ranks = m_ranks[column];
    ranks.resize(m_entries.size());
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        // Rows that compare equal share a rank, so that the proxy keeps them as it found them.
        if (i > 0 && less(order.at(i - 1), order.at(i)))
            ++rank;
        ranks[order.at(i)] = rank;
    }
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
