// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace opcc {

class Database;

// The lookups that schemes and figures name: police force areas, measures, source documents and
// organisations. Reads and writes run on the Database's connection and inside its transactions;
// failures are recorded on the Database (errorString()), and a write marks the running
// transaction's ChangeSet (lookups).
class LookupStore final
{
public:
    explicit LookupStore(Database &db);
    // A store for reading only, from a Database held const.
    static const LookupStore reader(const Database &db);

    QList<Area> areas() const;
    QList<Measure> measures() const;
    std::optional<Measure> measure(const QString &key) const;
    QList<SourceDocument> sources() const;
    std::optional<SourceDocument> source(const QString &title) const;
    QStringList organisationNames() const;

    // Each write is atomic on its own, or joins the caller's transaction.
    std::optional<qint64> insertArea(const Area &area);
    // An area's nation and region, by its name (in any case).
    bool updateArea(const Area &area);
    std::optional<qint64> insertMeasure(const Measure &measure);
    // A measure's label, direction and description, by its key.
    bool updateMeasure(const Measure &measure);
    // Inserts the document, or updates the metadata of the one with the same title.
    std::optional<qint64> saveSource(const SourceDocument &source);
    // Adds the organisation unless one of that name (in any case) exists.
    bool addOrganisation(const QString &name);
    // Removes the named organisations and source documents if nothing refers to them any more:
    // the ones a change created, when that change is undone.
    bool deleteUnusedOrganisations(const QStringList &names);
    bool deleteUnusedSources(const QStringList &titles);

private:
    Database &m_db;
};

} // namespace opcc
