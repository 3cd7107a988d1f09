// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: a shared register on a PostgreSQL server, through Qt's QPSQL driver. The address is
// a postgresql:// URI (ServerAddress); the password is libpq's to find (PGPASSWORD, ~/.pgpass,
// a service file), never given here. The schema is serverschema.cpp's; its version is kept in
// the table opcc_schema.

#include "storage/database.h"
#include "storage/schema.h"
#include "storage/serveraddress.h"
#include "storage/serverpasswords.h"
#include "storage/serverschema.h"
#include "storage/serversession.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace opcc {

namespace {

// Why a connection was refused, from libpq's words (QPSQL gives no SQLSTATE when connecting).
QString connectProblem(const ServerAddress &address, const QString &reason)
{
    if (reason.contains(QLatin1String("password authentication failed"))
        || reason.contains(QLatin1String("no password supplied"))
        || reason.contains(QLatin1String("authentication failed")))
        return Database::tr("The PostgreSQL server at %1 refused the user \"%2\": the password "
                            "is wrong or missing. Put it in ~/.pgpass, a service file or "
                            "PGPASSWORD (%3).")
            .arg(address.hostAndPort(),
                address.user.isEmpty() ? Database::tr("(default)") : address.user, reason);
    if (reason.contains(QLatin1String("does not exist")))
        return Database::tr("The PostgreSQL server at %1 has no database or user of that name "
                            "(%2). Ask its administrator to create the database %3.")
            .arg(address.hostAndPort(), reason, address.database);
    return Database::tr("Cannot reach the PostgreSQL server at %1: %2")
        .arg(address.hostAndPort(), reason);
}

} // namespace

bool Database::reconnectServer()
{
    if (!isServer() || m_transactionDepth > 0)
        return false;
    // The statements prepared on the old connection are gone with it. Each is let go now,
    // while that connection is closed (the driver frees a prepared statement on the connection
    // it has), and prepared again when next asked for: a store reading again holds one.
    clearCaches();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (auto &entry : m_statements) {
        entry.second = QSqlQuery(db);
        m_staleStatements.insert(&entry.second);
    }
    if (m_session)
        m_session->connectionClosing();
    db.close();
    if (!db.open()) {
        m_serverAway = true;
        return fail(Failure::CannotOpen,
            tr("The connection to the PostgreSQL server of %1 failed (%2). Nothing more was "
               "changed.")
                .arg(m_path, db.lastError().text().simplified()));
    }
    m_serverAway = false;
    if (!executeSql(QStringLiteral("SET client_min_messages = warning"))
        || (m_readOnly && !executeSql(QStringLiteral("SET default_transaction_read_only = on"))))
        return false;
    // The new connection listens again, or other users' changes would no longer arrive.
    if (m_session)
        m_session->connectionMadeAgain();
    clearError();
    return true;
}

void Database::followAccess(bool mayWrite)
{
    // What a caller was told of a failure stays as it was.
    const Failure failure = m_failure;
    const QString error = m_error;
    // Opened for reading only, or refused writes after damage: stays so.
    const bool readOnly = m_readOnlyAsked || !m_writeRefusal.isEmpty() || !mayWrite;
    if (readOnly != m_readOnly
        && executeSql(readOnly ? QStringLiteral("SET default_transaction_read_only = on")
                               : QStringLiteral("SET default_transaction_read_only = off")))
        m_readOnly = readOnly;
    m_failure = failure;
    m_error = error;
    emit accessChanged();
}

QString Database::statementText(const char *sql) const
{
    return sqlText(QString::fromUtf8(sql));
}

QString Database::sqlText(const QString &sqliteSql) const
{
    return isServer() ? sqldialect::postgres(sqliteSql) : sqliteSql;
}

Database::OpenResult Database::connectServer(const QString &uri)
{
    close();
    QString problem;
    const std::optional<ServerAddress> address = ServerAddress::parse(uri, &problem);
    if (!address)
        return OpenResult::failed(Failure::CannotOpen, problem);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return OpenResult::failed(Failure::CannotOpen,
            tr("Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed.")
                .arg(address->displayName()));
    QString refusal;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(address->host);
        if (address->port >= 0)
            db.setPort(address->port);
        db.setDatabaseName(address->database);
        db.setUserName(address->user);
        // Only a password typed in this session (or kept in the keychain) is given: without one,
        // libpq looks in PGPASSWORD, ~/.pgpass and the service file itself.
        const QString password = serverpasswords::find(*address);
        if (!password.isEmpty())
            db.setPassword(password);
        QStringList options = address->options;
        if (!uri.contains(QLatin1String("connect_timeout=")))
            options.append(QStringLiteral("connect_timeout=10"));
        if (!uri.contains(QLatin1String("application_name=")))
            options.append(QStringLiteral("application_name='OPCC Schemes'"));
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open())
            refusal = db.lastError().text().simplified();
    }
    if (!refusal.isEmpty()) {
        close();
        return OpenResult::failed(Failure::CannotOpen, connectProblem(*address, refusal));
    }
    m_engine = Engine::PostgreSQL;
    // The address as given (it holds no password): a second connection, such as the search's
    // and the statistics' threads', opens it again.
    m_path = uri;
    // Notices (a table that exists, ...) are not the user's business.
    if (!executeSql(QStringLiteral("SET client_min_messages = warning"))) {
        const OpenResult failed = OpenResult::failed(m_failure, m_error);
        close();
        return failed;
    }
    return {};
}

Database::OpenResult Database::openServer(const QString &uri, Access access, const Filler &fillNew)
{
    clearError();
    OpenResult result = connectServer(uri);
    if (!result.ok())
        return result;
    result = prepareServerSchema(access, fillNew);
    if (!result.ok()) {
        close();
        return result;
    }
    // A user the server lets read but not change the register works with it read-only, as
    // with a read-only file; the server refuses the writes anyway.
    m_session = std::make_unique<ServerSession>(*this);
    const bool mayWrite = m_session->start();
    m_readOnlyAsked = access == Access::ReadOnly;
    m_readOnly = m_readOnlyAsked || !mayWrite;
    if (m_readOnly && !executeSql(QStringLiteral("SET default_transaction_read_only = on"))) {
        const OpenResult failed = OpenResult::failed(m_failure, m_error);
        close();
        return failed;
    }
    return result;
}

Database::OpenResult Database::prepareServerSchema(Access access, const Filler &fillNew)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Two first starts on one empty database: the second waits here for the first one's
    // transaction, then finds its tables.
    if (!executeSql(QStringLiteral("BEGIN"))
        || !query.exec(
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(schema::applicationId))
        || !query.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL, (SELECT count(*) "
                                      "FROM pg_tables WHERE schemaname = current_schema())")
                           .arg(QLatin1String(schema::serverVersionTable)))
        || !query.next()) {
        const QString reason = query.lastError().text();
        executeSql(QStringLiteral("ROLLBACK"));
        return OpenResult::failed(
            Failure::CannotOpen, tr("Cannot read %1: %2").arg(m_path, m_error + reason));
    }
    const bool ours = query.value(0).toBool();
    const int tables = query.value(1).toInt();
    query.finish();
    if (!ours && tables > 0) {
        executeSql(QStringLiteral("ROLLBACK"));
        return OpenResult::failed(Failure::NotADatabase,
            tr("%1 holds tables of another application, not an OPCC Schemes register. It has "
               "been left as it was: ask for an empty database.")
                .arg(m_path));
    }
    if (!ours) {
        if (access == Access::ReadOnly) {
            executeSql(QStringLiteral("ROLLBACK"));
            return OpenResult::failed(Failure::ReadOnly,
                tr("%1 is empty and is opened for reading only: nothing can be set up in it.")
                    .arg(m_path));
        }
        if (!createServerSchema(fillNew)) {
            const QString reason = m_error;
            executeSql(QStringLiteral("ROLLBACK"));
            return OpenResult::failed(Failure::CannotOpen,
                tr("Cannot set up the register in %1: %2. Nothing was left in it.")
                    .arg(m_path, reason));
        }
        if (!executeSql(QStringLiteral("COMMIT")))
            return OpenResult::failed(m_failure, m_error);
        OpenResult created;
        created.created = true;
        created.fromVersion = schema::currentVersion();
        return created;
    }
    const bool read = query.exec(QStringLiteral("SELECT application_id, version FROM %1")
                                     .arg(QLatin1String(schema::serverVersionTable)))
        && query.next();
    const int applicationId = read ? query.value(0).toInt() : 0;
    const int version = read ? query.value(1).toInt() : 0;
    const bool refused = !read && query.lastError().nativeErrorCode() == QLatin1String("42501");
    query.finish();
    executeSql(QStringLiteral("COMMIT"));
    if (refused)
        return OpenResult::failed(Failure::CannotOpen,
            tr("The server does not let this user read the register %1: ask its administrator "
               "for one of the roles %2 (read and export), %3 (also edit) or %4.")
                .arg(m_path, QLatin1String(schema::viewerRole), QLatin1String(schema::editorRole),
                    QLatin1String(schema::adminRole)));
    if (applicationId != schema::applicationId)
        return OpenResult::failed(Failure::NotADatabase,
            tr("%1 is not an OPCC Schemes register (its version table says otherwise). It has "
               "been left as it was.")
                .arg(m_path));
    if (version > schema::currentVersion()) {
        OpenResult newer = OpenResult::failed(Failure::NewerVersion,
            tr("%1 was set up by a newer version of OPCC Schemes (database version %2; this "
               "version reads up to %3). Update the application to open it. The register has "
               "been left as it was.")
                .arg(m_path)
                .arg(version)
                .arg(schema::currentVersion()));
        newer.fromVersion = version;
        return newer;
    }
    const QList<QStringList> upgrades = schema::serverMigrations();
    if (version < schema::currentVersion() && version >= schema::firstServerVersion
        && version - schema::firstServerVersion < upgrades.size() && access != Access::ReadOnly) {
        // In one transaction, under the same lock as the schema's creation.
        bool ok = executeSql(QStringLiteral("BEGIN"))
            && executeSql(
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(schema::applicationId));
        for (int step = version; ok && step < schema::currentVersion(); ++step) {
            for (const QString &sql : upgrades.value(step - schema::firstServerVersion))
                ok = ok && executeSql(sql);
        }
        ok = ok
            && executeSql(QStringLiteral("UPDATE %1 SET version = %2")
                              .arg(QLatin1String(schema::serverVersionTable))
                              .arg(schema::currentVersion()))
            && executeSql(QStringLiteral("COMMIT"));
        if (ok) {
            OpenResult upgraded;
            upgraded.fromVersion = version;
            return upgraded;
        }
        const QString reason = errorString();
        executeSql(QStringLiteral("ROLLBACK"));
        return OpenResult::failed(Failure::MigrationFailed,
            tr("%1 could not be upgraded from database version %2 to %3: %4. It has been left "
               "as it was.")
                .arg(m_path)
                .arg(version)
                .arg(schema::currentVersion())
                .arg(reason));
    }
    if (version < schema::currentVersion())
        return OpenResult::failed(Failure::MigrationFailed,
            tr("%1 is of database version %2, which this version cannot upgrade on a server "
               "(it reads version %3). It has been left as it was.")
                .arg(m_path)
                .arg(version)
                .arg(schema::currentVersion()));
    OpenResult opened;
    opened.fromVersion = version;
    return opened;
}

// Inside prepareServerSchema's transaction: the tables, then the dataset, or nothing.
bool Database::createServerSchema(const Filler &fillNew)
{
    for (const QString &statement : schema::serverStatements()) {
        if (!executeSql(statement))
            return false;
    }
    if (!fillNew)
        return true;
    // The filler's transactions nest in this one as savepoints.
    m_transactionDepth = 1;
    QString error;
    const bool filled = fillNew(*this, &error);
    m_transactionDepth = 0;
    m_wroteInTransaction = false;
    m_changes = ChangeSet();
    clearCaches();
    if (!filled)
        return fail(Failure::CannotOpen, error);
    return true;
}

bool Database::checkServerIntegrity(QStringList *problems)
{
    // The server keeps its own pages (and checksums them when the cluster was made so): what can
    // be checked from here is that every table of the register reads to its end.
    for (const QString &table : schema::serverTables()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
            problems->append(
                tr("table %1 cannot be read: %2").arg(table, query.lastError().text()));
    }
    return true;
}

bool Database::isConnectionLost(const QString &state, const QString &text)
{
    // Class 08 (connection exception) and 57 (operator intervention: a shutdown, a backend
    // ended); libpq's own words when the server went without one.
    const QString klass = state.left(2);
    return klass == QLatin1String("08") || klass == QLatin1String("57")
        || (state.isEmpty()
            && (text.contains(QLatin1String("connection"))
                || text.contains(QLatin1String("server"))));
}

bool Database::failServerCode(const QString &state, const QString &text) const
{
    const QString klass = state.left(2);
    if (isConnectionLost(state, text))
        return fail(Failure::CannotOpen,
            tr("The connection to the PostgreSQL server of %1 failed (%2). Nothing more was "
               "changed.")
                .arg(m_path, text));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("55P03"))
        return fail(Failure::Locked,
            tr("Another user is changing the same records (%1). Try again.").arg(text));
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return fail(Failure::ReadOnly,
            tr("The server does not let this user change the register (%1). Nothing was "
               "changed.")
                .arg(text));
    if (state == QLatin1String("53100"))
        return fail(Failure::DiskFull,
            tr("The server's disk is full (%1). Nothing was changed.").arg(text));
    if (klass == QLatin1String("XX"))
        return fail(Failure::Damaged,
            tr("The server reports damage (%1). Ask its administrator.").arg(text));
    return fail(Failure::QueryFailed, text);
}

} // namespace opcc
