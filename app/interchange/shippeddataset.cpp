// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/shippeddataset.h"

#include "domain/measurecatalogue.h"
#include "interchange/csvimporter.h"
#include "interchange/csvreader.h"
#include "storage/datalocation.h"
#include "storage/lookupstore.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace opcc::shippeddataset {

namespace {

bool loadAreas(Database &db, QString *error)
{
    QFile file(QStringLiteral(":/dataset/areas.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    CsvReader reader(&file);
    CsvRecord record;
    reader.next(record); // header: area,nation,region
    while (reader.next(record)) {
        Area area;
        area.name = record.fields.value(0);
        area.nation = Vocabulary<Nation>::fromKey(record.fields.value(1)).value_or(Nation::Unknown);
        area.region = record.fields.value(2);
        if (!LookupStore(db).insertArea(area)) {
            *error = db.errorString();
            return false;
        }
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    return true;
}

} // namespace

QStringList importFiles()
{
    return { QStringLiteral(":/dataset/sources.csv"), QStringLiteral(":/dataset/schemes.csv"),
        QStringLiteral(":/dataset/details.csv"), QStringLiteral(":/dataset/outcomes.csv") };
}

bool populate(Database &db, QString *error)
{
    Database::Transaction transaction(db);
    if (!transaction.isActive() || !loadAreas(db, error)) {
        if (error->isEmpty())
            *error = db.errorString();
        return false;
    }
    for (const Measure &measure : catalogueMeasures()) {
        if (!LookupStore(db).insertMeasure(measure)) {
            *error = db.errorString();
            return false;
        }
    }
    CsvImporter importer(db);
    const ImportSummary summary = importer.run(importFiles(), CsvImporter::Mode::Write);
    if (!summary.written) {
        *error = summary.errorText();
        return false;
    }
    if (!transaction.commit()) {
        *error = db.errorString();
        return false;
    }
    return true;
}

namespace {

// How long a start waits for another one that is building the same new database.
constexpr int creationWaitMs = 60000;

// Removes the files SQLite may have left beside a database this process made.
void removeBuilt(const QString &file)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(file + suffix);
}

// Builds the new database under a name no other process uses and moves it to path. Only files
// this process created are ever removed.
Database::OpenResult build(Database &db, const QString &path)
{
    const QFileInfo info(path);
    QTemporaryFile claim(
        info.absoluteDir().filePath(info.fileName() + QStringLiteral(".new-XXXXXX")));
    claim.setAutoRemove(false);
    if (!claim.open()) {
        return Database::OpenResult::failed(Database::Failure::CannotOpen,
            QCoreApplication::translate("ShippedDataset", "Cannot create %1: %2")
                .arg(path, claim.errorString()));
    }
    const QString building = claim.fileName();
    claim.close();
    Database::OpenResult result = db.create(building);
    if (!result.ok()) {
        removeBuilt(building);
        return result;
    }
    QString error;
    const bool filled = populate(db, &error);
    db.close();
    if (!filled) {
        removeBuilt(building);
        return Database::OpenResult::failed(Database::Failure::CannotOpen,
            QCoreApplication::translate(
                "ShippedDataset", "Cannot fill the new database with the shipped dataset: %1")
                .arg(error));
    }
    // rename() never replaces: a file that appeared at path meanwhile is kept, and used.
    if (!QFile::rename(building, path)) {
        removeBuilt(building);
        if (!QFileInfo::exists(path))
            return Database::OpenResult::failed(Database::Failure::CannotOpen,
                QCoreApplication::translate("ShippedDataset", "Cannot create %1.").arg(path));
        return db.open(path);
    }
    result = db.open(path);
    result.created = result.ok();
    return result;
}

} // namespace

Database::OpenResult openOrCreate(Database &db, const QString &path, Database::Check check)
{
    // A server register: an empty database is set up and filled in one transaction there.
    if (ServerAddress::isServerUri(path))
        return db.openServer(path, Database::Access::ReadWrite, populate);
    // A database is only ever moved into place complete, so one that exists is whole.
    if (QFileInfo::exists(path))
        return db.open(path, Database::Access::ReadWrite, check);

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Database::OpenResult::failed(Database::Failure::CannotOpen,
            QCoreApplication::translate("ShippedDataset", "Cannot create the folder %1.")
                .arg(info.absolutePath()));
    }
    // Two first starts on one path: the second waits for the first one's database and opens it.
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(creationWaitMs)) {
        const bool busy = lock.error() == QLockFile::LockFailedError;
        return Database::OpenResult::failed(
            busy ? Database::Failure::Locked : Database::Failure::CannotOpen,
            busy ? QCoreApplication::translate(
                "ShippedDataset", "Another program is still creating %1. Try again later.")
                       .arg(path)
                 : QCoreApplication::translate(
                     "ShippedDataset", "Cannot create %1: its folder cannot be written.")
                       .arg(path));
    }
    if (QFileInfo::exists(path))
        return db.open(path, Database::Access::ReadWrite, check);
    return build(db, path);
}

QString defaultDatabasePath()
{
    return datalocation::databasePathAfterMove();
}

} // namespace opcc::shippeddataset
