#include "interchange/shippeddataset.h"

#include "domain/measurecatalogue.h"
#include "interchange/csvimporter.h"
#include "interchange/csvreader.h"
#include "storage/datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

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
        if (!db.insertArea(area)) {
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
    return {QStringLiteral(":/dataset/sources.csv"), QStringLiteral(":/dataset/schemes.csv"),
            QStringLiteral(":/dataset/details.csv"), QStringLiteral(":/dataset/outcomes.csv")};
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
        if (!db.insertMeasure(measure)) {
            *error = db.errorString();
            return false;
        }
    }
    CsvImporter importer(db);
    const ImportSummary summary = importer.run(importFiles(), CsvImporter::Mode::Write);
    if (!summary.written) {
        QStringList lines;
        for (const ImportMessage &message : summary.errors)
            lines.append(message.toString());
        *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    if (!transaction.commit()) {
        *error = db.errorString();
        return false;
    }
    return true;
}

Database::OpenResult openOrCreate(Database &db, const QString &path)
{
    if (QFileInfo::exists(path))
        return db.open(path);

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Database::OpenResult::failed(Database::Failure::CannotOpen,
                QCoreApplication::translate("ShippedDataset", "Cannot create the folder %1.").arg(info.absolutePath()));
    }
    const QString building = path + QStringLiteral(".new");
    QFile::remove(building);
    QFile::remove(building + QStringLiteral("-journal"));
    Database::OpenResult result = db.create(building);
    if (!result.ok())
        return result;
    QString error;
    const bool filled = populate(db, &error);
    db.close();
    if (!filled) {
        QFile::remove(building);
        return Database::OpenResult::failed(Database::Failure::CannotOpen,
                QCoreApplication::translate("ShippedDataset", "Cannot fill the new database with the shipped dataset: %1").arg(error));
    }
    if (!QFile::rename(building, path)) {
        QFile::remove(building);
        return Database::OpenResult::failed(Database::Failure::CannotOpen, QCoreApplication::translate("ShippedDataset", "Cannot create %1.").arg(path));
    }
    result = db.open(path);
    result.created = result.ok();
    return result;
}

QString defaultDatabasePath()
{
    return datalocation::databasePathAfterMove();
}

} // namespace opcc::shippeddataset
