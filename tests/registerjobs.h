// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the server register's command-line tests share: a new register on either engine, a job
// run as the command line runs it, and an export read back file by file.

#include "cli/commandline.h"
#include "cli/jobrunner.h"
#include "pgserver.h"
#include "testsupport.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace registerjobs {

using testsupport::PgServer;

// A new register on either engine: its address for --database.
struct Register
{
    QTemporaryDir dir;
    QString address;

    explicit Register(const QString &engine)
    {
        address = engine == QLatin1String("sqlite") ? dir.filePath(QStringLiteral("schemes.sqlite"))
                                                    : PgServer::instance().createDatabase();
    }
    // The database's name on the server.
    QString serverName() const { return address.section(QLatin1Char('/'), -1); }
};

struct JobResult
{
    int code = -1;
    QString out;
    QString err;
};

inline JobResult runJob(opcc::CommandLineOptions options)
{
    JobResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = opcc::JobRunner(out, err).run(options);
    out.flush();
    err.flush();
    return result;
}

inline JobResult exportTo(const QString &address, const QString &directory)
{
    opcc::CommandLineOptions options;
    options.database = address;
    options.exportDirectory = directory;
    return runJob(options);
}

// Every file of an export, by name.
inline QMap<QString, QByteArray> exportFiles(const QString &directory)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(directory).entryList(QDir::Files))
        files.insert(name, testsupport::fileBytes(QDir(directory).filePath(name)));
    return files;
}

inline void addEngines()
{
    QTest::addColumn<QString>("engine");
}

} // namespace registerjobs
