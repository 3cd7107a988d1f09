// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace opcc {

// A shared register's address on a PostgreSQL server, read from a connection URI as libpq reads
// it: postgresql://[user@]host[:port]/dbname[?param=value&...] (or postgres://). The parts become
// the QPSQL driver's host, port, database and user, and each param one of its connect options
// (sslmode, connect_timeout, service, application_name...), which the driver hands to libpq.
//
// A password is refused wherever it appears (user:password@ or ?password=): it would sit in
// shell histories, process lists and settings. libpq finds it itself, in PGPASSWORD, ~/.pgpass
// or a service file, because none is given to it.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    QString host; // empty: libpq's default (PGHOST, or the local socket)
    int port = -1; // -1: libpq's default (PGPORT, or 5432)
    QString database; // empty only with a service, which names it
    QString user; // empty: libpq's default (PGUSER, or the account's name)
    QStringList options; // "key=value", for QSqlDatabase::setConnectOptions

    // Whether text is a server address at all (rather than a file's path).
    static bool isServerUri(const QString &text);
    // The address, or nullopt with *error saying what is wrong with the text.
    static std::optional<ServerAddress> parse(const QString &uri, QString *error);
    // user@host:port/database: how messages and titles name the register (never a password).
    QString displayName() const;
    // host:port, as a message about an unreachable server names it.
    QString hostAndPort() const;
    // The QPSQL connect options, joined as setConnectOptions() wants them.
    QString connectOptions() const;
    // The address as a postgresql:// URI again (host, port, database, user and parameters;
    // never a password), as --database and the settings take it.
    QString toUri() const;
    // user@host:port/database with every part spelled out: which password is which, for the
    // passwords kept in this session (serverpasswords.h) and in the system keychain.
    QString credentialKey() const;
};

} // namespace opcc
