// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A private PostgreSQL server for the tests: initdb into a temporary folder, started with pg_ctl
// on a free loopback port (and a unix socket in the same folder), stopped when the test program
// ends, and by a watchdog process if it ends without stopping it (a crash). PostgreSQL refuses
// to run as root, so under root (CI) the server's programs run as the unprivileged `postgres`
// account that Debian's postgresql package makes, and the folder is handed to it.
//
// One server per test program (initdb takes a second or two); each test asks for a database of
// its own with createDatabase(). The server's superuser has a password, given to the clients
// through PGPASSWORD as an officer's would be (never on a command line); TCP connections must
// give it, so that a wrong one fails as on a real server.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace testsupport {

class PgServer final
{
public:
    // The server of this test program, started on first use. Check ok() (and say error())
    // before using it: a test that needs it fails, never skips, when it cannot start.
    static PgServer &instance();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    bool ok() const { return m_running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString user() const { return QStringLiteral("opcc_test"); }
    QString password() const { return m_password; }
    // The folder of the server's unix socket.
    QString socketDirectory() const { return m_dir ? m_dir->path() : QString(); }

    // A new, empty database (CREATE DATABASE), as an officer's IT would make one for the
    // register: its postgresql:// address, or an empty string (with error()) if it failed.
    QString createDatabase();
    // postgresql://opcc_test@127.0.0.1:PORT/name, or as another user (given the tests' password).
    QString uri(const QString &database) const;
    QString uri(const QString &database, const QString &asUser) const;
    // A login with the tests' password, in the register's role `role` ("opcc_editor") if given.
    bool createLogin(const QString &name, const QString &role = {});
    // Ends the server as a crash or a power cut would: its postmaster killed (SIGKILL), the
    // server's processes left to notice and go, nothing flushed. Connections break. False, with
    // error(), if no server was running. The server runs with synchronous_commit=off, so the
    // commits of the last moments before it are lost too: a test that needs them kept sets the
    // database's synchronous_commit on (ALTER DATABASE) and runs CHECKPOINT first.
    bool kill();
    // Starts the server again on the same port and folder after kill() (PostgreSQL recovers
    // from its log first): the databases and addresses are those from before.
    bool restart();
    // Stops the server (fast shutdown: every client's connection drops, as when the server
    // restarts or the network goes) and starts it again on the same port with the same data:
    // for the tests of a dropped connection. False with error(). resume() of a server not
    // halted has nothing to do.
    bool halt();
    bool resume();
    // Runs statements on a database as the superuser, outside the application's code.
    bool runSql(const QString &database, const QStringList &statements, QString *error = nullptr);
    // The first column of the first row of a query, as text (empty on failure, with *error).
    QString queryValue(const QString &database, const QString &sql, QString *error = nullptr);

private:
    PgServer();
    bool start();
    bool startServer(); // pg_ctl start on m_port, waiting until it accepts connections
    void stop();
    void dropConnections(); // this program's own connections (runSql), which a stop breaks
    // Runs one of the server's programs (as `postgres` under root); false with m_error.
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs = 60000);
    void startWatchdog();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDirectory;
    QString m_password;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
    bool m_halted = false; // by halt(), until resume()
    bool m_asPostgres = false; // running as root: the server runs as `postgres`
    int m_databases = 0;
};

// The server's binaries folder (/usr/lib/postgresql/<newest>/bin), empty when none is installed.
QString postgresBinDirectory();

} // namespace testsupport
