// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/serverusers.h"

#include <QAbstractTableModel>

namespace opcc {

class Database;

// The server's logins and the register's role each holds, for Tools > Users and Roles.
class ServerUserModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Role, ColumnCount };
    enum DataRole { RoleKeyRole = Qt::UserRole + 1 }; // "opcc_editor", "" for none

    explicit ServerUserModel(Database &db, QObject *parent = nullptr);

    // Reads the users again; false (errorString()) when they cannot be read, the list then empty.
    bool reload();
    QString errorString() const { return m_error; }
    const ServerUsers::User &user(int row) const { return m_users.at(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<ServerUsers::User> m_users;
    QString m_error;
};

} // namespace opcc
