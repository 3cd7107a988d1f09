// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers shared by the tests: temporary databases and file comparisons.

#include "interchange/shippeddataset.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace testsupport {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Paths that belong to a checkout or a machine (the source folder, the built program, the tools)
// come from the environment CTest gives every test (tests/CMakeLists.txt), not from the compiler:
// compiled in, they would make each test object differ from one checkout to the next, and the
// compiler cache would serve none of them in another checkout. Outside CTest the variable is
// unset: the path is empty, which fails whatever needs it, and the warning says why.
inline QString environmentPath(const char *variable)
{
    const QString path = qEnvironmentVariable(variable);
    if (path.isEmpty())
        qWarning("%s is not set: run the test through ctest, which sets it", variable);
    return path;
}

inline QString sourcePath(const QString &relative)
{
    return QDir(environmentPath("OPCC_SOURCE_DIR")).filePath(relative);
}

// The opcc-schemes program of this build.
inline QString appExecutable()
{
    return environmentPath("OPCC_EXECUTABLE");
}

// poppler's pdftotext and pdfinfo, which read a written PDF back.
inline QString pdftotextPath()
{
    return environmentPath("OPCC_PDFTOTEXT");
}

inline QString pdfinfoPath()
{
    return environmentPath("OPCC_PDFINFO");
}

// Runs SQL on a file with a plain connection of its own, outside the Database class: for
// building fixtures that the application itself would never write.
inline bool runRawSql(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    const QString name = QStringLiteral("raw-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            if (statement.trimmed().isEmpty())
                continue;
            ok = q.exec(statement);
            if (!ok && error)
                *error = q.lastError().text() + QStringLiteral(" in: ") + statement;
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// What a program printed and returned.
struct ProcessRun
{
    int exitCode = -1; // -1: did not finish; -2: crashed
    QString out;
    QString err;
};

// The environment of this test with the offscreen platform chosen.
inline QProcessEnvironment offscreenEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

// Runs a program (on the offscreen platform unless told otherwise) and waits up to two minutes.
inline ProcessRun runProgram(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = offscreenEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A database with the shipped dataset in its own temporary folder.
struct ShippedDatabase
{
    QTemporaryDir dir;
    opcc::Database db;
    QString path;

    bool open()
    {
        path = dir.filePath(QStringLiteral("schemes.sqlite"));
        const auto result = opcc::shippeddataset::openOrCreate(db, path);
        if (!result.ok())
            qWarning("%s", qPrintable(result.message));
        return result.ok();
    }
};

} // namespace testsupport
