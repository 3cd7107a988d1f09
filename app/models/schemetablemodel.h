// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "storage/changeset.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <optional>

namespace opcc {

class Database;
class StatisticsLoader;

// The scheme list. Reads every scheme in one query; figure counts and headline figures follow in
// a second one, read on another thread (requestStatistics) so that the first rows are shown, and
// the list answers, while those are counted.
// Display text is formatted here; RawValueRole gives what sorting and charts compare.
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The headline figure of a row and its measure's unit, once the statistics are loaded.
    const SchemeStatistics *statisticsAt(int row) const
    {
        return row >= 0 && row < m_entries.size() && m_entries.at(row).statistics
            ? &*m_entries.at(row).statistics
            : nullptr;
    }
    // Reads the list again (a reset); the statistics follow with the next loadStatistics() or
    // requestStatistics().
    void reload();
    // Fills the Figures and Headline columns (a dataChanged over them).
    void loadStatistics();
    // The same, read on another thread: the columns are filled when the read is done.
    void requestStatistics();
    bool statisticsLoaded() const { return m_statisticsLoaded; }

    // Whether row left sorts before row right by column, in the order of RawValueRole (missing
    // values after present ones, ties by name and then area), from sort keys made once per
    // reload rather than QVariants made for every comparison.
    bool rowLessThan(int left, int right, int column) const;

    Database &database() const { return m_db; }
    int rowOfScheme(qint64 id) const;
    qint64 schemeIdAt(int row) const;
    const SchemeListing *listingAt(int row) const;
    const QString &searchTextAt(int row) const;
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

private:
    struct Entry
    {
        SchemeListing listing;
        QString searchText;
        // Sort keys: case-folded text, the period's first (else last) day.
        QString nameKey;
        QString areasKey;
        QString providersKey;
        QDate periodKey;
        QList<Nation> nations;
        int figureCount = 0;
        std::optional<SchemeStatistics> statistics;
    };
    void applyStatistics(const QList<SchemeStatistics> &statistics);
    Entry makeEntry(SchemeListing &&listing) const;
    void readLookups(); // area nations and measure labels
    void removeRowsOf(const QSet<qint64> &ids);
    void reindex();
    QVariant display(const Entry &entry, int column) const;
    QVariant raw(const Entry &entry, int column) const;
    static bool isMissing(const Entry &entry, int column);
    // <0, 0 or >0, for two entries whose values are present.
    static int compareColumn(const Entry &a, const Entry &b, int column);

    Database &m_db;
    StatisticsLoader *m_loader;
    QList<Entry> m_entries;
    QHash<qint64, int> m_rowOfId;
    QHash<QString, QString> m_measureLabels; // key -> label shown
    QHash<QString, Nation> m_nations; // area -> nation
    bool m_statisticsLoaded = false;
};

} // namespace opcc
