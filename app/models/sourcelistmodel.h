// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/sourcestore.h"

#include <QAbstractTableModel>

namespace opcc {

class Database;
struct ChangeSet;

// The source documents of the register as a table: title, kind, publisher, reference, date
// issued, what copy of it there is (an attached file, a web address, a file path kept) and how
// much cites it. Follows the database: a committed change updates, inserts or removes the rows
// concerned, so that selection and scrolling survive an edit.
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Kind, Publisher, Reference, Issued, Copy, Cited, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // dates as ISO text, counts as numbers
        IdRole,
        SearchTextRole, // every column's text, case-folded, for filter-as-you-type
    };

    explicit SourceListModel(Database &db, QObject *parent = nullptr);

    // Reads the documents again, updating the rows that differ.
    void refresh();
    const SourceEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Attached: reply.pdf (1.2 MB)", "Web address", "File: ...", or empty: the Copy column.
    static QString copyText(const SourceEntry &entry);
    static bool isWebAddress(const QString &location);

private:
    void follow(const ChangeSet &changes);
    QVariant display(const SourceEntry &entry, int column) const;
    QString searchText(const SourceEntry &entry) const;

    Database &m_db;
    QList<SourceEntry> m_entries;
};

} // namespace opcc
