// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CsvImporter: rows of areas.csv, measures.csv and organisations.csv, the lists that schemes and
// figures refer to. A column the file lacks keeps what is stored; a present but empty cell clears.

#include "domain/measurecatalogue.h"
#include "domain/validator.h"
#include "interchange/csvimporter.h"
#include "interchange/importrow.h"
#include "storage/database.h"
#include "storage/lookupstore.h"

namespace opcc {

bool CsvImporter::importArea(const Row &row)
{
    Area area;
    area.name = row.value("area");
    if (area.name.isEmpty() || area.name.contains(QLatin1Char(';')))
        return addError(row.file(), row.line(), QStringLiteral("area"),
            tr("an area needs a name without semicolons"));
    const QString folded = area.name.toCaseFolded();
    const auto stored = m_areas.constFind(folded);
    if (stored != m_areas.cend())
        area = *stored;
    if (row.has("nation")) {
        const QString nation = row.value("nation").toLower();
        const auto parsed = Vocabulary<Nation>::fromKey(nation);
        if (!parsed)
            return addError(row.file(), row.line(), QStringLiteral("nation"),
                tr("\"%1\" is not a nation; use one of: %2")
                    .arg(nation, Vocabulary<Nation>::keys().join(QStringLiteral(", "))));
        area.nation = *parsed;
    }
    if (row.has("region"))
        area.region = row.value("region");
    if (stored == m_areas.cend() && m_lookupsLocked)
        return refuseNewLookup(row, "area", area.name);
    if (stored == m_areas.cend()) {
        if (!LookupStore(m_db).insertArea(area))
            return databaseError(row);
        m_areaNames.insert(folded, area.name);
        m_summary.areasCreated.append(area.name);
    } else if (stored->nation != area.nation || stored->region != area.region) {
        if (m_lookupsLocked) {
            QStringList changed;
            if (stored->nation != area.nation)
                changed.append(QStringLiteral("nation"));
            if (stored->region != area.region)
                changed.append(QStringLiteral("region"));
            return refuseLookupChange(row, "area", area.name, changed);
        }
        if (!LookupStore(m_db).updateArea(area))
            return databaseError(row);
        m_summary.areasUpdated.append(area.name);
    }
    m_areas.insert(folded, area);
    return true;
}

bool CsvImporter::importMeasure(const Row &row)
{
    const QString key = row.value("measure");
    if (!validation::isValidMeasureKey(key))
        return addError(row.file(), row.line(), QStringLiteral("measure"),
            tr("\"%1\" is not a measure key: lower case letters, digits and "
               "underscores, starting with a letter")
                .arg(key));
    const QString unitText = row.value("unit").toLower();
    const auto unit = Vocabulary<Unit>::fromKey(unitText);
    if (!unit || unitText.isEmpty())
        return addError(row.file(), row.line(), QStringLiteral("unit"),
            tr("\"%1\" is not a unit; use one of: %2")
                .arg(unitText, Vocabulary<Unit>::keys().join(QStringLiteral(", "))));
    const auto stored = m_measures.constFind(key);
    Measure measure = stored != m_measures.cend() ? *stored : Measure();
    if (stored != m_measures.cend() && stored->unit != *unit)
        return addError(row.file(), row.line(), QStringLiteral("unit"),
            tr("measure \"%1\" is counted in %2, not %3; a measure's unit cannot "
               "change")
                .arg(key, Vocabulary<Unit>::key(stored->unit), unitText));
    measure.key = key;
    measure.unit = *unit;
    if (row.has("label"))
        measure.label = row.value("label");
    if (measure.label.isEmpty())
        measure.label = labelFromKey(key);
    if (row.has("higher_is_better")) {
        const QString better = row.value("higher_is_better").toLower();
        if (better == QLatin1String("yes") || better == QLatin1String("1")
            || better == QLatin1String("true") || better.isEmpty())
            measure.higherIsBetter = true;
        else if (better == QLatin1String("no") || better == QLatin1String("0")
            || better == QLatin1String("false"))
            measure.higherIsBetter = false;
        else
            return addError(row.file(), row.line(), QStringLiteral("higher_is_better"),
                tr("\"%1\" is not yes or no").arg(better));
    }
    if (row.has("description"))
        measure.description = row.value("description");
    if (stored == m_measures.cend() && m_lookupsLocked)
        return refuseNewLookup(row, "measure", key);
    if (stored == m_measures.cend()) {
        const auto id = LookupStore(m_db).insertMeasure(measure);
        if (!id)
            return databaseError(row);
        measure.id = *id;
        m_summary.measuresCreated.append(key);
    } else if (stored->label != measure.label || stored->higherIsBetter != measure.higherIsBetter
        || stored->description != measure.description) {
        if (m_lookupsLocked) {
            QStringList changed;
            if (stored->label != measure.label)
                changed.append(QStringLiteral("label"));
            if (stored->higherIsBetter != measure.higherIsBetter)
                changed.append(QStringLiteral("higher_is_better"));
            if (stored->description != measure.description)
                changed.append(QStringLiteral("description"));
            return refuseLookupChange(row, "measure", key, changed);
        }
        if (!LookupStore(m_db).updateMeasure(measure))
            return databaseError(row);
        m_summary.measuresUpdated.append(key);
    }
    m_measures.insert(key, measure);
    return true;
}

bool CsvImporter::importOrganisation(const Row &row)
{
    const QString name = row.value("organisation");
    if (name.isEmpty() || name.contains(QLatin1Char(';')))
        return addError(row.file(), row.line(), QStringLiteral("organisation"),
            tr("an organisation needs a name without semicolons"));
    if (m_organisationNames.contains(name.toCaseFolded()))
        return true;
    if (!LookupStore(m_db).addOrganisation(name))
        return databaseError(row);
    m_organisationNames.insert(name.toCaseFolded(), name);
    ++m_summary.organisationsAdded;
    return true;
}

} // namespace opcc
