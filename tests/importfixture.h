// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the import tests share: a database made once with the shipped dataset and copied fresh
// for each test, input files written into a temporary folder, the export of a database, and an
// import run as the command line runs it.

#include "cli/jobrunner.h"
#include "interchange/csvexporter.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTextStream>
#include <memory>

namespace testsupport {

// A scheme that outcome rows can refer to, and the full header of an outcomes file.
inline const QByteArray keyworker
    = "name,area,strand,providers\nKeyworker pilot,Gwent,treatment,Kaleidoscope\n";
inline const QByteArray outcomesHeader = "scheme,area,measure,value,value_high,unit,qualifier,per,"
                                         "baseline,note,period_start,period_end\n";

class ImportFixture
{
public:
    // Makes the template database; call from initTestCase().
    bool prepare()
    {
        m_templatePath = m_template.filePath(QStringLiteral("template.sqlite"));
        opcc::Database db;
        return opcc::shippeddataset::openOrCreate(db, m_templatePath).ok();
    }

    // A new temporary folder; call from init().
    void renew() { m_dir = std::make_unique<QTemporaryDir>(); }

    QString folder() const { return m_dir->path(); }
    QString filePath(const QString &name) const { return m_dir->filePath(name); }

    // A copy of the template database in the test's folder.
    QString freshDatabase()
    {
        const QString path = m_dir->filePath(QStringLiteral("schemes.sqlite"));
        QFile::remove(path);
        if (!QFile::copy(m_templatePath, path))
            qWarning("cannot copy the template database");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        writeFile(path, bytes);
        return path;
    }

    // One file of the database's CSV export (empty if the export failed).
    QByteArray exportOf(const QString &databasePath, const QString &file)
    {
        opcc::Database db;
        if (!db.open(databasePath).ok())
            return {};
        const QString dir = m_dir->filePath(
            QStringLiteral("export-%1").arg(QRandomGenerator::global()->generate()));
        opcc::CsvExporter exporter(db);
        if (!exporter.exportTo(dir))
            return {};
        return fileBytes(QDir(dir).filePath(file));
    }

    // --import-csv FILES on the database; the exit code, and what it printed with the test's
    // folder taken out of the file names.
    int runImport(const QString &databasePath, const QStringList &files, QString *out, QString *err)
    {
        opcc::CommandLineOptions options;
        options.database = databasePath;
        options.imports = files;
        QTextStream outStream(out);
        QTextStream errStream(err);
        opcc::JobRunner runner(outStream, errStream);
        const int code = runner.run(options);
        outStream.flush();
        errStream.flush();
        out->replace(m_dir->path() + QLatin1Char('/'), QString());
        err->replace(m_dir->path() + QLatin1Char('/'), QString());
        return code;
    }

private:
    QTemporaryDir m_template;
    QString m_templatePath;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace testsupport
