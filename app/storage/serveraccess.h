// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace opcc {

class Database;

// What the connected user may do with the register, for the window to offer only that. On a
// file: everything, or Read when it is read-only. On a server: what its grants allow, through
// the roles the server schema makes (opcc_viewer, opcc_editor, opcc_admin) or by owning the
// register; the server enforces the same grants whatever the window offers.
struct ServerAccess
{
    // Read browses, charts, reports and exports; Edit also changes schemes, figures, documents
    // and FOI requests and imports; Administer also changes measures and areas.
    enum class Permission { Read, Edit, Administer };
    Permission permission = Permission::Administer;
    // The widest of the three roles the user holds (pg_has_role), empty on a file or for a user
    // in none of them (the register's owner, say).
    QString role;
    // session_user on a server, as the audit log names the user there; empty on a file.
    QString user;

    // The roles the user may give or take (holds with the admin option), comma-separated.
    QString grantable;

    bool mayAdminister() const { return permission == Permission::Administer; }
    // Asked of the database's connection (one query on a server).
    static ServerAccess of(const Database &db);
    // The same of a server connection by name, as its grants allow whether or not it was
    // opened for reading only; user is empty when the server could not be asked.
    static ServerAccess ofConnection(const QString &connectionName);
    // What the window offers for this access: equal keys, nothing to show again.
    QString key() const;
};

} // namespace opcc
