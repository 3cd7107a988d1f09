// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/serverusermodel.h"

namespace opcc {

ServerUserModel::ServerUserModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

bool ServerUserModel::reload()
{
    const ServerUsers store(m_db);
    const auto users = store.users();
    beginResetModel();
    m_users = users.value_or(QList<ServerUsers::User>());
    m_error = users ? QString() : store.errorString();
    endResetModel();
    return users.has_value();
}

int ServerUserModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name)
            return row;
    }
    return -1;
}

int ServerUserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int ServerUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerUsers::User &user = m_users.at(index.row());
    if (role == RoleKeyRole)
        return user.role;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return index.column() == Name ? user.name : ServerUsers::roleLabel(user.role);
}

QVariant ServerUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("User") : section == Role ? tr("Role") : QVariant();
}

} // namespace opcc
