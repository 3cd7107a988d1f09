// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/datalocation.h"

#include "domain/cfilename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <sqlite3.h>

namespace opcc::datalocation {

namespace {

const QString applicationFolder = QStringLiteral("opcc-schemes");
const QString databaseName = QStringLiteral("schemes.sqlite");

// A plain SQLite connection of its own (SQLite's C API, opened here with sqlite3_open_v2, never the
// Qt driver's), closed however the move ends. Kept apart from Database and QSqlQuery on purpose:
// the move runs before any Database is opened, on a file that may be an older version's, and
// must neither migrate nor check it; it needs the checkpoint's busy answer (the second column of
// wal_checkpoint, which tells that another program still has the file open) and a VACUUM INTO
// that copies the file, WAL included, in one consistent step.
class Connection
{
public:
    explicit Connection(const QString &path)
    {
        if (sqlite3_open_v2(cFileName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_close(m_db);
            m_db = nullptr;
        } else {
            sqlite3_busy_timeout(m_db, 2000);
        }
    }
    ~Connection() { sqlite3_close(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    // Runs sql; *firstColumns receives the first row's first two integers, if asked for.
    bool run(const QString &sql, int *first = nullptr, int *second = nullptr)
    {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW) {
                if (first)
                    *first = sqlite3_column_int(statement, 0);
                if (second)
                    *second = sqlite3_column_int(statement, 1);
            }
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

QString quoted(const QString &path)
{
    QString text = path;
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''"))
        + QLatin1Char('\'');
}

Move failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return Move::Failed;
}

} // namespace

QString folder()
{
    // GenericDataLocation is ~/.local/share on Linux and the local AppData folder on Windows.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(applicationFolder);
}

QString databasePath()
{
    return QDir(folder()).filePath(databaseName);
}

QString previousDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(databaseName);
}

Move moveDatabase(const QString &from, const QString &to, QString *error)
{
    if (!QFileInfo::exists(from) || QFileInfo::exists(to)
        || QFileInfo(from).absoluteFilePath() == QFileInfo(to).absoluteFilePath())
        return Move::NothingToMove;
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return failed(error, QStringLiteral("cannot make the folder of %1").arg(to));
    const QString building = to + QStringLiteral(".moving");
    QFile::remove(building); // left by a move that was cut short
    {
        Connection source(from);
        if (!source.isOpen())
            return failed(error, source.error());
        // A checkpoint that cannot finish means another connection is reading or writing: an
        // older copy of the app is running on this file, and would go on writing to it.
        int busy = 0;
        if (!source.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &busy))
            return failed(error, source.error());
        if (busy != 0)
            return Move::InUse;
        // One consistent copy, WAL contents included, whatever the journal mode.
        if (!source.run(QStringLiteral("VACUUM INTO %1").arg(quoted(building)))) {
            QFile::remove(building);
            return failed(error, source.error());
        }
    }
    if (!QFile::rename(building, to)) {
        QFile::remove(building);
        return failed(error, QStringLiteral("cannot rename %1 to %2").arg(building, to));
    }
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(from + suffix);
    QDir().rmdir(QFileInfo(from).absolutePath()); // only if nothing else is left in it
    return Move::Moved;
}

QString databasePathAfterMove()
{
    const QString path = databasePath();
    const QString previous = previousDatabasePath();
    QString error;
    switch (moveDatabase(previous, path, &error)) {
    case Move::NothingToMove:
    case Move::Moved:
        return path;
    case Move::InUse:
        return previous;
    case Move::Failed:
        QTextStream(stderr) << "Cannot move " << QDir::toNativeSeparators(previous) << " to "
                            << QDir::toNativeSeparators(path) << ": " << error << Qt::endl;
        return previous;
    }
    return path;
}

} // namespace opcc::datalocation
