// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opcc {

class Database;

// Who may do what on a shared register: the server's logins and the register's role each holds
// (opcc_viewer, opcc_editor, opcc_admin), and giving or taking those roles, as an administrator
// does from Tools > Users and Roles. Logins themselves are made by the server's administrator
// (CREATE ROLE ... LOGIN); the roles are the server's own, shared by every register on it.
class ServerUsers final
{
    Q_DECLARE_TR_FUNCTIONS(ServerUsers)

public:
    struct User
    {
        QString name;
        QString role; // the widest of the three it holds, directly or not; empty for none
        bool operator==(const User &other) const
        {
            return name == other.name && role == other.role;
        }
    };

    explicit ServerUsers(Database &db);

    // Every login of the server but PostgreSQL's own, by name; nullopt when it cannot be read.
    std::optional<QList<User>> users() const;
    // The roles the connected user may give and take (held with the admin option, or as a
    // superuser), narrowest first; empty on a file or for a user who may give none.
    QStringList grantableRoles() const;
    // Gives `user` the register's role `role` (empty: none) in place of those it held directly,
    // with an audit entry, in one transaction. Refused for a role the connected user may not
    // give, or for a user holding one it may not take away.
    bool setRole(const QString &user, const QString &role);
    QString errorString() const { return m_error; }

    // "viewer", "editor", "administrator" for a role's name (translated), "none" for empty.
    static QString roleLabel(const QString &role);

private:
    Database &m_db;
    mutable QString m_error;
};

} // namespace opcc
