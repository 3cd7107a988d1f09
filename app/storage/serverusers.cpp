// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serverusers.h"

#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/serverschema.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace opcc {

namespace {

// Narrowest first, as the roles hold each other.
const QStringList &registerRoles()
{
    static const QStringList roles { QLatin1String(schema::viewerRole),
        QLatin1String(schema::editorRole), QLatin1String(schema::adminRole) };
    return roles;
}

QString usersQueryError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

} // namespace

ServerUsers::ServerUsers(Database &db)
    : m_db(db)
{ }

std::optional<QList<ServerUsers::User>> ServerUsers::users() const
{
    if (!m_db.isServer()) {
        m_error = tr("A register file has no users: it is shared on a server only.");
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    query.setForwardOnly(true);
    // pg_has_role() refuses a role that does not exist: the roles are looked up by name first.
    if (!query.exec(QStringLiteral(R"(
        SELECT r.rolname,
               COALESCE((SELECT g.rolname FROM pg_roles g
                         WHERE g.rolname IN ('opcc_admin', 'opcc_editor', 'opcc_viewer')
                           AND pg_has_role(r.oid, g.oid, 'MEMBER')
                         ORDER BY CASE g.rolname WHEN 'opcc_admin' THEN 0
                                                 WHEN 'opcc_editor' THEN 1 ELSE 2 END
                         LIMIT 1), '')
        FROM pg_roles r
        WHERE r.rolcanlogin AND r.rolname !~ '^pg_'
        ORDER BY r.rolname COLLATE "C")"))) {
        m_error = tr("The server's users cannot be read: %1").arg(usersQueryError(query));
        return std::nullopt;
    }
    QList<User> result;
    while (query.next())
        result.append({ query.value(0).toString(), query.value(1).toString() });
    if (query.lastError().isValid()) {
        m_error = tr("The server's users cannot be read: %1").arg(usersQueryError(query));
        return std::nullopt;
    }
    return result;
}

QStringList ServerUsers::grantableRoles() const
{
    if (!m_db.isServer())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(R"(
        SELECT rolname FROM pg_roles
        WHERE rolname IN ('opcc_admin', 'opcc_editor', 'opcc_viewer')
          AND pg_has_role(current_user, oid, 'MEMBER WITH ADMIN OPTION'))"))) {
        m_error = usersQueryError(query);
        return {};
    }
    QStringList held;
    while (query.next())
        held.append(query.value(0).toString());
    QStringList result;
    for (const QString &role : registerRoles()) {
        if (held.contains(role))
            result.append(role);
    }
    return result;
}

bool ServerUsers::setRole(const QString &user, const QString &role)
{
    const QStringList grantable = grantableRoles();
    if (!role.isEmpty() && !grantable.contains(role)) {
        m_error = tr("You may not give the role %1.").arg(roleLabel(role));
        return false;
    }
    const auto all = users();
    if (!all)
        return false;
    const auto found = std::find_if(
        all->cbegin(), all->cend(), [&user](const User &u) { return u.name == user; });
    if (found == all->cend()) {
        m_error = tr("The server has no user %1.").arg(user);
        return false;
    }
    if (!found->role.isEmpty() && !grantable.contains(found->role)) {
        m_error = tr("%1 is %2, a role you may not take away.").arg(user, roleLabel(found->role));
        return false;
    }
    if (found->role == role)
        return true;
    QSqlDatabase connection = QSqlDatabase::database(m_db.connectionName(), false);
    const QString name = connection.driver()->escapeIdentifier(user, QSqlDriver::TableName);
    QStringList statements;
    // Every role it held directly goes, so that what it holds is the one given.
    for (const QString &held : grantable) {
        if (held != role)
            statements.append(QStringLiteral("REVOKE %1 FROM %2").arg(held, name));
    }
    if (!role.isEmpty())
        statements.append(QStringLiteral("GRANT %1 TO %2").arg(role, name));
    Database::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = m_db.errorString();
        return false;
    }
    QSqlQuery query(connection);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            m_error = tr("The server refused to change the role of %1: %2")
                          .arg(user, usersQueryError(query));
            return false;
        }
    }
    const QString summary
        = tr("Role of %1: %2 (was %3)").arg(user, roleLabel(role), roleLabel(found->role));
    // Announced at commit with the audit entry: the user's open windows follow at once.
    m_db.recordWrite().roles = true;
    if (!AuditStore(m_db).write(QStringLiteral("update"), QStringLiteral("database"), 0, summary)
        || !transaction.commit()) {
        m_error = m_db.errorString();
        return false;
    }
    return true;
}

QString ServerUsers::roleLabel(const QString &role)
{
    if (role == QLatin1String(schema::adminRole))
        return tr("administrator");
    if (role == QLatin1String(schema::editorRole))
        return tr("editor");
    if (role == QLatin1String(schema::viewerRole))
        return tr("viewer");
    return tr("none");
}

} // namespace opcc
