// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/vocabulary.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace opcc {

class SchemeTableModel;

// Narrows the scheme list. Each filter has its own setter; all must match. Sorting is the
// scheme list's own (SchemeTableModel::sort, which compares what RawValueRole gives, so dates
// sort as dates and money as money): sort() asks it, and the proxy keeps the source's order.
class SchemeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SchemeFilterProxy(QObject *parent = nullptr);

    void setStrand(std::optional<Strand> strand);
    // An area name, or a nation (England, Wales) meaning every area in it; empty for any area.
    void setArea(const QString &area);
    void setNation(std::optional<Nation> nation);
    void setProvider(const QString &provider);
    void setStatus(std::optional<Status> status);
    // Words separated by spaces; each must appear in the name, areas, providers or summary, or
    // be found by the full-text search (a word starting so in any text of the scheme).
    void setText(const QString &text);
    // The full-text search: the ids of the schemes with a word that starts with the given one,
    // or nullopt when it has nothing to say (too short a word). Asked again for every word when
    // the scheme list is read again (the register changed).
    using Search = std::function<std::optional<QSet<qint64>>(const QString &word)>;
    void setSearch(Search search);
    // The same search asked off the GUI thread (SearchLoader), used instead of Search when set:
    // the proxy asks for the words it has no answer for and filters on the list's own text at
    // once; setSearchResults() brings the answer, tagged with the generation it was asked in,
    // and the list widens. An answer of an earlier generation (asked before the register was
    // read again) is dropped.
    using SearchRequest = std::function<void(const QStringList &words, int generation)>;
    void setSearchRequest(SearchRequest request);
    using Matches = QHash<QString, std::optional<QSet<qint64>>>;
    void setSearchResults(int generation, const Matches &found);
    // Words asked for and not answered yet.
    QStringList askedWords() const { return m_asked; }
    bool isSearching() const { return !m_asked.isEmpty(); }
    void clearFilters();

    std::optional<Strand> strand() const { return m_strand; }
    QString area() const { return m_area; }
    std::optional<Nation> nation() const { return m_nation; }
    QString provider() const { return m_provider; }
    std::optional<Status> status() const { return m_status; }
    QString text() const { return m_text; }
    bool hasFilters() const;
    void setSourceModel(QAbstractItemModel *model) override;
    // Orders the scheme list (SchemeTableModel::sort); another source is sorted by the proxy.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // From how many rows of the scheme list a filter change tests them on two threads before
    // the proxy maps them (defaultRowsForTwoThreads); for tests, which use short lists.
    static constexpr int defaultRowsForTwoThreads = 4096;
    void setRowsForTwoThreads(int rows) { m_rowsForTwoThreads = rows; }

signals:
    void filtersChanged();
    // An answer of the asynchronous search was applied (the rows shown may have widened).
    void searchResultsApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void searchMatches(bool again);
    // Whether the scheme list's row passes every filter. Reads only what no other thread
    // writes meanwhile: the list's rows and this proxy's filters.
    bool rowPasses(int sourceRow) const;
    // Fills m_passes on two threads, each testing half the rows, when the list is long.
    void testRowsAhead();

    std::optional<Strand> m_strand;
    QString m_area;
    std::optional<Nation> m_nation;
    QString m_provider;
    std::optional<Status> m_status;
    QString m_text;
    QStringList m_words; // case-folded
    QList<QByteArray> m_wordsUtf8; // the same, to find in SchemeTableModel::searchTextAt()
    SchemeTableModel *m_schemes = nullptr; // the source, if it is the scheme list
    Search m_search;
    QMetaObject::Connection m_resetConnection;
    QMetaObject::Connection m_refreshConnection;
    QList<std::optional<QSet<qint64>>> m_matches; // by word, from m_search
    Matches m_searched; // word -> ids, until the data changes
    // Asynchronous search: answers from before the data changed, shown until new ones come.
    SearchRequest m_request;
    Matches m_provisional;
    QStringList m_asked; // the words of the request in flight
    int m_generation = 0; // counts the times the data changed
    // rowPasses() of every row of the scheme list, during a refilter() that tested them ahead;
    // empty otherwise, when filterAcceptsRow() tests a row itself.
    std::vector<quint8> m_passes;
    int m_rowsForTwoThreads = defaultRowsForTwoThreads;
};

} // namespace opcc
