// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVersionNumber>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace testsupport {

namespace {

// A loopback port nobody listens on now: bound to port 0, read back, released. Another program
// may take it before the server does; start() then tries another.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// Hands path (and what is in it) to the postgres account.
bool giveToPostgres(const QString &path, QString *error)
{
    const passwd *account = ::getpwnam("postgres");
    if (!account) {
        *error = QStringLiteral("the test runs as root and there is no `postgres` account to run "
                                "the server as (install the postgresql package)");
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0) {
        *error = QStringLiteral("cannot give %1 to the postgres account").arg(path);
        return false;
    }
    return true;
}

QString randomPassword()
{
    return QStringLiteral("pw-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
}

} // namespace

QString postgresBinDirectory()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable()
            && (best.isEmpty() || number > bestVersion)) {
            best = bin;
            bestVersion = number;
        }
    }
    return best;
}

namespace {
PgServer *theServer = nullptr;
}

// Stopped as the application object goes (a post routine), while Qt's process and SQL classes
// still work: a static's destructor would run after them.
PgServer &PgServer::instance()
{
    if (!theServer) {
        theServer = new PgServer;
        qAddPostRoutine([] {
            delete theServer;
            theServer = nullptr;
        });
    }
    return *theServer;
}

PgServer::PgServer()
{
    m_running = start();
    if (!m_running)
        stop();
}

PgServer::~PgServer()
{
    stop();
}

bool PgServer::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = m_binDirectory + QLatin1Char('/') + tool;
    if (m_asPostgres)
        process.start(QStringLiteral("runuser"),
            QStringList {
                QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error
            = QStringLiteral("%1 failed: %2")
                  .arg(tool,
                      QString::fromLocal8Bit(process.readAll()).trimmed() + process.errorString());
        return false;
    }
    return true;
}

bool PgServer::start()
{
    m_binDirectory = postgresBinDirectory();
    if (m_binDirectory.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL's server programs (initdb, pg_ctl under "
                                 "/usr/lib/postgresql/*/bin) are not installed: install the "
                                 "postgresql package (.ci/install-deps does)");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed: install "
                                 "libqt6sql6-psql (.ci/install-deps does)");
        return false;
    }
    m_asPostgres = ::geteuid() == 0;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/opcc-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder: %1").arg(m_dir->errorString());
        return false;
    }
    if (m_asPostgres && !giveToPostgres(m_dir->path(), &m_error))
        return false;
    m_password = randomPassword();
    const QString passwordFile = m_dir->filePath(QStringLiteral("password"));
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(passwordFile);
        return false;
    }
    file.close();
    if (m_asPostgres && !giveToPostgres(passwordFile, &m_error))
        return false;
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!runTool(QStringLiteral("initdb"),
            { QStringLiteral("-D"), data, QStringLiteral("-U"), user(),
                QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth-local=trust"),
                QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
                QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                QStringLiteral("--no-sync") }))
        return false;
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        if (startServer()) {
            qputenv("PGPASSWORD", m_password.toUtf8());
            startWatchdog();
            return true;
        }
    }
    return false;
}

bool PgServer::startServer()
{
    // Durability is not what a test checks: no fsync makes each CREATE DATABASE and commit fast.
    // (A killed server still recovers: its files are in the system's cache, which it outlives.)
    const QString options = QStringLiteral(
        "-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c shared_buffers=16MB -c max_connections=40")
                                .arg(m_port)
                                .arg(m_dir->path());
    return runTool(QStringLiteral("pg_ctl"),
        { QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-l"),
            m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
            QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
            QStringLiteral("start") });
}

bool PgServer::kill()
{
    QFile pidFile(m_dir ? m_dir->filePath(QStringLiteral("data/postmaster.pid")) : QString());
    if (!m_running || !pidFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("no server is running to kill");
        return false;
    }
    const pid_t pid = pid_t(pidFile.readLine().trimmed().toLongLong());
    pidFile.close();
    // pg_ctl starts the postmaster in a session of its own, so its process group is the whole
    // server: the postmaster and every backend die at once, as in a power cut (a backend left
    // running would keep the shared memory that a restart must find free).
    if (pid <= 0 || ::kill(-pid, SIGKILL) != 0) {
        m_error = QStringLiteral("cannot kill the server's processes (group %1)").arg(pid);
        return false;
    }
    m_running = false;
    dropConnections();
    return true;
}

bool PgServer::restart()
{
    if (m_running || !m_dir) {
        m_error = QStringLiteral("restart() is for a server that kill() stopped");
        return false;
    }
    // The killed processes take a moment to be gone (their memory released): until then the new
    // postmaster refuses to start, and is tried again.
    for (int attempt = 0; attempt < 50 && !m_running; ++attempt) {
        if (attempt > 0)
            QThread::msleep(200);
        m_running = startServer();
    }
    return m_running;
}

void PgServer::dropConnections()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("pgserver-"))) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

bool PgServer::halt()
{
    if (!m_running)
        return false;
    // The tests' own connections would be dead too: made again on their next use.
    dropConnections();
    m_halted = runTool(QStringLiteral("pg_ctl"),
        { QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
            QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop") });
    return m_halted;
}

bool PgServer::resume()
{
    if (!m_halted)
        return m_running;
    m_halted = !startServer();
    return !m_halted;
}

// A test program that crashes runs no destructor: a detached shell waits for it to end and then
// stops the server and removes its folder, so that no server outlives its tests.
void PgServer::startWatchdog()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString asPostgres = m_asPostgres ? QStringLiteral("runuser -u postgres -- ") : QString();
    const QString script
        = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                         "if [ -f '%2/postmaster.pid' ]; then %3'%4/pg_ctl' -D '%2' -m immediate "
                         "stop >/dev/null 2>&1; rm -rf '%5'; fi")
              .arg(QCoreApplication::applicationPid())
              .arg(data, asPostgres, m_binDirectory, m_dir->path());
    QProcess::startDetached(QStringLiteral("sh"), { QStringLiteral("-c"), script });
}

void PgServer::stop()
{
    dropConnections();
    if (m_dir && QFileInfo::exists(m_dir->filePath(QStringLiteral("data/postmaster.pid"))))
        runTool(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") });
    m_running = false;
    m_dir.reset();
}

QString PgServer::uri(const QString &database) const
{
    return uri(database, user());
}

QString PgServer::uri(const QString &database, const QString &asUser) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(asUser).arg(m_port).arg(database);
}

bool PgServer::createLogin(const QString &name, const QString &role)
{
    QString sql = QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(name, m_password);
    if (!role.isEmpty())
        sql += QStringLiteral(" IN ROLE %1").arg(role);
    return runSql(QStringLiteral("postgres"), { sql });
}

QString PgServer::createDatabase()
{
    if (!m_running)
        return {};
    const QString name
        = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_databases);
    if (!runSql(QStringLiteral("postgres"), { QStringLiteral("CREATE DATABASE ") + name }))
        return {};
    return uri(name);
}

bool PgServer::runSql(const QString &database, const QStringList &statements, QString *error)
{
    const QString connection = QStringLiteral("pgserver-") + database;
    QSqlDatabase db = QSqlDatabase::contains(connection)
        ? QSqlDatabase::database(connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    if (!db.isOpen()) {
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(user());
        if (!db.open()) {
            m_error = db.lastError().text();
            if (error)
                *error = m_error;
            return false;
        }
    }
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_error = query.lastError().text() + QStringLiteral(" in: ") + statement;
            if (error)
                *error = m_error;
            return false;
        }
    }
    return true;
}

QString PgServer::queryValue(const QString &database, const QString &sql, QString *error)
{
    if (!runSql(database, {}, error))
        return {};
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("pgserver-") + database, false));
    if (!query.exec(sql) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return query.value(0).toString();
}

} // namespace testsupport
