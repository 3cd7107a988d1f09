// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serveraccess.h"

#include "storage/database.h"
#include "storage/serverschema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace opcc {

ServerAccess ServerAccess::of(const Database &db)
{
    ServerAccess access;
    if (db.isServer())
        access = ofConnection(db.connectionName());
    if (db.isReadOnly())
        access.permission = Permission::Read;
    return access;
}

ServerAccess ServerAccess::ofConnection(const QString &connectionName)
{
    ServerAccess access;
    // The role names the user's place; the grants decide what the window offers, as they decide
    // what the server accepts (the register's owner holds no role and may do everything).
    // pg_has_role() fails on a role that does not exist, hence the join on pg_roles.
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT session_user, has_table_privilege('measure', 'UPDATE'), "
            "has_table_privilege('scheme', 'UPDATE'), (SELECT string_agg(rolname, ',') FROM "
            "pg_roles WHERE rolname IN ('opcc_admin', 'opcc_editor', 'opcc_viewer') AND "
            "pg_has_role(current_user, oid, 'USAGE')), (SELECT string_agg(rolname, ',' ORDER BY "
            "rolname) FROM pg_roles WHERE rolname IN ('opcc_admin', 'opcc_editor', "
            "'opcc_viewer') AND pg_has_role(current_user, oid, 'MEMBER WITH ADMIN OPTION'))"))
        || !query.next()) {
        // Not known: offer no more than reading; the server decides anyway.
        access.permission = Permission::Read;
        return access;
    }
    access.user = query.value(0).toString();
    access.permission = query.value(1).toBool() ? Permission::Administer
        : query.value(2).toBool()               ? Permission::Edit
                                                : Permission::Read;
    const QStringList held = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const char *role : { schema::adminRole, schema::editorRole, schema::viewerRole }) {
        if (held.contains(QLatin1String(role))) {
            access.role = QLatin1String(role);
            break;
        }
    }
    access.grantable = query.value(4).toString();
    return access;
}

QString ServerAccess::key() const
{
    return QStringLiteral("%1 %2 %3").arg(int(permission)).arg(role, grantable);
}

} // namespace opcc
