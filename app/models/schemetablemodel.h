// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "storage/changeset.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>

namespace opcc {

class Database;
class StatisticsLoader;
struct ListStatistics;

// The scheme list. reload() reads every scheme in one query; reloadHead() reads only the first
// screenful (in the list's order: name, area, id) and the rest follows on another thread
// (loadRest, which fetchMore starts) or at once (fetchAll), so that a register of any size shows
// its first rows at once. Figure counts and headline figures follow in a second read, on another
// thread (requestStatistics), once the list is whole.
// Each row keeps only what the list shows, sorts and filters by: the summary lives only in the
// case-folded search text (UTF-8), the sort keys of name and areas are the head of that text, and
// repeated words (areas, providers, measures, sources) are stored once.
// Display text is formatted here; RawValueRole gives what sorting and charts compare.
// The rows are kept in the order of one column (sort(); by name, A to Z, the order the list is
// read in, until asked otherwise): a row inserted or changed takes its place in that order
// (rowsInserted, rowsMoved), so that a proxy above it only filters and a filter change sorts
// nothing.
class SchemeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Areas, Strand, Providers, Status, Period, Figures, Headline, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // sort key of the column: text folded, dates, numbers
        IdRole, // scheme id (qint64)
        StrandRole, // opcc::Strand as int
        StatusRole, // opcc::Status as int
        AreasRole, // QStringList
        ProvidersRole, // QStringList
        SearchTextRole, // name, areas, providers and summary, case-folded
    };

    explicit SchemeTableModel(Database &db, QObject *parent = nullptr);
    ~SchemeTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The headline figure of a row and its measure's unit, once the statistics are loaded.
    std::optional<SchemeStatistics> statisticsAt(int row) const;
    // Reads the list again (a reset); the statistics follow with the next loadStatistics() or
    // requestStatistics(). A read that fails leaves the rows as they were (no reset): false.
    bool reload();
    // Reads the first rows of the list only (a reset); the rest follows with loadRest(),
    // fetchMore() or fetchAll().
    void reloadHead(int rows);
    // Reads the rest of the list on another thread; the rows are inserted when it is done.
    void loadRest();
    // Reads the rest of the list now, if it is not whole yet (a read in flight is dropped).
    void fetchAll();
    bool isComplete() const { return !m_head; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Fills the Figures and Headline columns (a dataChanged over them).
    void loadStatistics();
    // The same, read on another thread: the columns are filled when the read is done.
    void requestStatistics();
    bool statisticsLoaded() const { return m_statisticsLoaded; }

    // Orders the rows by a column (a layout change), in the order of RawValueRole: missing values
    // after present ones, ties by name and then area. A list not read whole yet is read first,
    // unless the order is its own (by name, A to Z): the rows read so far are then its head.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Whether row left sorts before row right by column, in the order of RawValueRole (missing
    // values after present ones, ties by name and then area), from sort keys made once per
    // reload rather than QVariants made for every comparison.
    bool rowLessThan(int left, int right, int column) const;

    Database &database() const { return m_db; }
    int rowOfScheme(qint64 id) const;
    qint64 schemeIdAt(int row) const;
    // What the list keeps of a scheme: a SchemeListing without summary and funders.
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString areaKey;
        opcc::Strand strand = opcc::Strand::Supply;
        opcc::Status status = opcc::Status::Active;
        PartialDate start;
        PartialDate end;
        QStringList providers;
    };
    const Row *listingAt(int row) const;
    // Name, areas, providers and summary, case-folded, in UTF-8 (searchWords() as UTF-8 match).
    const QByteArray &searchTextAt(int row) const;
    bool schemeIsIn(int row, Nation nation) const;
    // Distinct areas and providers of the listed schemes, sorted, for filter choices.
    QStringList areasInUse() const;
    QStringList providersInUse() const;

    // Follows a committed change: the rows of the schemes it names are updated, inserted or
    // removed (dataChanged, rowsInserted, rowsRemoved), so that views keep their selection and
    // scroll position; only a change too large to list (an import) reads the list again.
    void applyChanges(const opcc::ChangeSet &changes);

signals:
    // After the list followed a change in the database (not after reload() itself).
    void refreshed();
    // The Figures and Headline columns are filled (after loadStatistics()).
    void statisticsReady();
    // The rest of the list was read after reloadHead() (the rows are inserted).
    void completed();

private:
    struct Entry
    {
        Row listing;
        QByteArray searchText;
        // Sort keys: the case-folded name and areas at the head of searchText, the providers
        // case-folded, the period's first (else last) day.
        int nameLength = 0;
        int areasLength = 0;
        QString providersKey;
        QDate periodKey;
        quint8 nations = 0; // bits by Nation
        int figureCount = 0;
        std::shared_ptr<const ListStatistics> statistics;

        QByteArrayView nameKey() const { return QByteArrayView(searchText).first(nameLength); }
        QByteArrayView areasKey() const
        {
            return QByteArrayView(searchText).sliced(nameLength + 1, areasLength);
        }
    };
    // Strings that many rows repeat (area lists, providers, measure keys, source titles), and
    // lists of providers, stored once.
    class Interned
    {
    public:
        QString operator()(const QString &text);
        QStringList operator()(const QStringList &list);
        void clear()
        {
            m_strings.clear();
            m_lists.clear();
        }

    private:
        QSet<QString> m_strings;
        QSet<QStringList> m_lists;
    };
    struct RestJob;
    void applyStatistics(const QList<std::shared_ptr<const ListStatistics>> &statistics);
    static Entry makeEntry(
        SchemeListing &&listing, const QHash<QString, Nation> &nations, Interned &interned);
    Entry makeEntry(SchemeListing &&listing);
    // Whether two entries are of the same scheme read alike (its statistics aside).
    static bool sameRow(const Entry &a, const Entry &b);
    void appendRest(QList<Entry> &&all);
    std::shared_ptr<const ListStatistics> shared(const SchemeStatistics &scheme);
    void dropRestJob();
    void readLookups(); // area nations and measure labels
    void removeRowsOf(const QSet<qint64> &ids);
    void reindex();
    const QHash<qint64, int> &rowIndex() const; // m_rowOfId, made again if stale
    QVariant display(const Entry &entry, int column) const;
    QVariant raw(const Entry &entry, int column) const;
    static bool isMissing(const Entry &entry, int column);
    static bool entryLessThan(const Entry &a, const Entry &b, int column);
    void rank(int column) const; // fills m_ranks[column]
    void rankNames() const; // fills m_ranks[Name]
    // Fills m_ranks[column] from each row's key (keyOf(entry)), ties broken by the names' ranks.
    template<typename Key, typename KeyOf>
    void rankBy(int column, const QList<int> &names, KeyOf keyOf) const;
    const QList<int> &ranksOf(int column) const; // m_ranks[column], made if need be
    // Whether a comes before b in the rows' order (sort column and order).
    bool before(const Entry &a, const Entry &b) const;
    bool inOrder() const;
    // The rows in the order of the sort column (a stable sort of their ranks).
    QList<int> sortedRows() const;
    // Puts the rows in the given order (row i becomes rows[i]), with their ranks and ids; no
    // signals.
    void permute(const QList<int> &rows);
    // After a reload's read: the rows become plan's, each a row of m_entries (moved into its
    // place) or, when negative, changed[-1 - plan[i]]; the ranks and row index made again.
    void placeRows(const QList<int> &plan, QList<Entry> &&changed);
    // Sorts the rows if they are not in order: a layout change that keeps persistent indexes.
    void sortRows();
    // Where the row, changed, belongs among the others (its row in the list without it).
    int placeOf(int row) const;
    void moveRow(int from, int to);
    void insertInOrder(Entry &&entry);
    // <0, 0 or >0, for two entries whose values are present.
    static int compareColumn(const Entry &a, const Entry &b, int column);

    Database &m_db;
    StatisticsLoader *m_loader;
    QList<Entry> m_entries;
    // Each scheme's row, made again when first asked for after a sort moved the rows (rowIndex()):
    // a sort of the huge list spent a fifth of its time putting 50,000 rows back in it.
    mutable QHash<qint64, int> m_rowOfId;
    mutable bool m_rowOfIdStale = false;
    QHash<QString, QString> m_measureLabels; // key -> label shown
    QHash<QString, Nation> m_nations; // area -> nation
    Interned m_interned;
    // Each row's place in the order of each column, made when first asked for; m_ranksOf is the
    // row count they were made for, -1 when the rows changed.
    mutable QList<QList<int>> m_ranks;
    mutable qsizetype m_ranksOf = -1;
    bool m_statisticsLoaded = false;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // After reloadHead() until the list is whole: the last row read, the rest's read in flight
    // and whether the statistics wait for it.
    std::optional<Row> m_head;
    std::shared_ptr<RestJob> m_rest;
    bool m_statisticsWanted = false;
};

} // namespace opcc
