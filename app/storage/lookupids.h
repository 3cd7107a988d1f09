// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace opcc {

class Database;

// The name -> id lookups that the stores' writes share (areas, organisations, source documents
// and measures), each read whole when first needed and kept for one transaction (another
// process may write in between): a name not yet known is inserted, but for a measure, which
// must exist. Owned by the Database; failures are recorded there.
class LookupIds final
{
public:
    explicit LookupIds(Database &db);

    std::optional<qint64> areaId(const QString &name);
    std::optional<qint64> organisationId(const QString &name);
    std::optional<qint64> sourceId(const QString &title);
    // A record's source document: *id is nullopt for no title, else the document's id (made if
    // new); false, with the failure recorded, if that cannot be had.
    bool sourceIdOf(const QString &title, std::optional<qint64> *id);
    std::optional<qint64> measureId(const QString &key);

    // The measures and documents read now, for FigureWriter, whose thread then reads them from
    // here alone (known*) and adds what it makes (note*).
    bool fillFigureCaches();
    std::optional<qint64> knownMeasure(const QString &key) const;
    std::optional<qint64> knownSource(const QString &title) const;

    // A row the stores wrote themselves, kept if its kind was read already.
    void noteArea(const QString &name, qint64 id);
    void noteMeasure(const QString &key, qint64 id);
    void noteSource(const QString &title, qint64 id);
    // Renamed or removed rows: read again when next needed.
    void forgetOrganisations();
    void forgetSources();
    void clear(); // every kind, at the end of a transaction

private:
    struct Cache
    {
        QHash<QString, qint64> ids; // by name, case-folded where the names ignore case
        bool filled = false;
        bool foldCase = false; // set once, for names that ignore case
        void forget(); // read again when next needed
    };
    bool fill(Cache &cache, const char *selectAll);
    std::optional<qint64> lookup(
        Cache &cache, const char *selectAll, const char *insert, const QString &name);
    static QString keyOf(const Cache &cache, const QString &name);

    Database &m_db;
    Cache m_areas;
    Cache m_organisations;
    Cache m_sources;
    Cache m_measures;
};

} // namespace opcc
