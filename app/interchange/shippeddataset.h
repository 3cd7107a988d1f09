// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/database.h"

#include <QString>
#include <QStringList>

namespace opcc::shippeddataset {

// The dataset the application ships, as interchange CSV embedded under :/dataset.
QStringList importFiles();

// Fills a new, empty database: the police force areas, the measure catalogue and the schemes and
// figures of the source documents.
bool populate(Database &db, QString *error);

// Opens the database at path; if there is no file there, builds a new one with the shipped dataset
// beside it and moves it into place only when complete. Two processes that start on one new path
// at once wait for each other: one builds, the other opens what it built.
Database::OpenResult openOrCreate(
    Database &db, const QString &path, Database::Check check = Database::Check::Quick);

// datalocation::databasePath(), once a database at the previous versions' place is moved there.
QString defaultDatabasePath();

} // namespace opcc::shippeddataset
