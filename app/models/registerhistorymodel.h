// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/historystore.h"

#include <QAbstractTableModel>

namespace opcc {

class Database;

// Tools > History: the audit log of the whole register, newest first: when, who, what, the
// scheme or FOI request concerned, the files of an import and the change's summary; the
// details of an entry (each field before and after) are read when asked for. New entries are
// inserted at the top as they are written; nothing already listed moves.
class RegisterHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Action, Record, Area, Files, Summary, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the ISO time for When, the text otherwise
        DateRole, // the local date of the entry (QDate), for a date range
        EntityRole, // "scheme", "foi_request", "import", "database"
        EntityIdRole,
        ActionKeyRole, // "create", "update", "delete", "import", "migrate"
        DetailsRole, // the summary, the files and each field before and after
    };

    explicit RegisterHistoryModel(Database &db, QObject *parent = nullptr);

    // Reads the log again (another database was opened). False when it cannot be read.
    bool reload();
    QString errorString() const { return m_error; }
    // Who has changed the register, sorted: for a filter by person.
    QStringList people() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void fetchNew();
    QString display(const HistoryStore::Entry &entry, int column) const;
    QString details(const HistoryStore::Entry &entry) const;

    Database &m_db;
    QList<HistoryStore::Entry> m_entries; // newest first
    QString m_error;
};

} // namespace opcc
