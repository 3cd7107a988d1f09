// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CsvImporter: rows of sources.csv, schemes.csv and details.csv.

#include "domain/validator.h"
#include "interchange/csvimporter.h"
#include "interchange/importhints.h"
#include "interchange/importrow.h"
#include "interchange/spreadsheetvalues.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

namespace opcc {

namespace {

// Organisations compared role by role: the database returns the roles in another order than
// the import builds them, and only the order within a role means anything.
bool sameOrganisations(const Scheme &a, const Scheme &b)
{
    for (Role role : Vocabulary<Role>::values()) {
        if (a.organisationsWithRole(role) != b.organisationsWithRole(role))
            return false;
    }
    return true;
}

} // namespace

bool CsvImporter::importSource(const Row &row)
{
    SourceDocument source;
    source.title = row.value("source");
    if (source.title.isEmpty())
        return addError(row.file(), row.line(), QStringLiteral("source"),
            tr("a source document needs a title"));
    bool ok = true;
    const QString kind = row.value("kind").toLower();
    if (!kind.isEmpty()) {
        const auto parsed = Vocabulary<SourceKind>::fromKey(kind);
        if (!parsed)
            ok = addError(row.file(), row.line(), QStringLiteral("kind"),
                tr("\"%1\" is not a kind of document; use one of: %2")
                    .arg(kind, Vocabulary<SourceKind>::keys().join(QStringLiteral(", "))));
        else
            source.kind = *parsed;
    }
    source.publisher = row.value("publisher");
    source.reference = row.value("reference");
    source.file = row.value("file");
    const auto issued = spreadsheet::parseDate(row.value("issued"));
    if (!issued)
        ok = addError(row.file(), row.line(), QStringLiteral("issued"),
            spreadsheet::dateError(row.value("issued")));
    if (!ok)
        return false;

    const auto existing = m_sources.constFind(source.title);
    source.issued
        = existing != m_sources.cend() ? issued->resolved(existing->issued) : issued->date;
    // A column the file lacks keeps what is stored.
    if (existing != m_sources.cend()) {
        if (!row.has("kind"))
            source.kind = existing->kind;
        if (!row.has("publisher"))
            source.publisher = existing->publisher;
        if (!row.has("reference"))
            source.reference = existing->reference;
        if (!row.has("issued"))
            source.issued = existing->issued;
        if (!row.has("file"))
            source.file = existing->file;
    }
    if (existing != m_sources.cend() && existing->kind == source.kind
        && existing->publisher == source.publisher && existing->reference == source.reference
        && existing->issued == source.issued && existing->file == source.file) {
        ++m_summary.sourcesUnchanged;
        return true;
    }
    if (!LookupStore(m_db).saveSource(source))
        return databaseError(row);
    ++(existing == m_sources.cend() ? m_summary.sourcesAdded : m_summary.sourcesUpdated);
    m_sources.insert(source.title, source);
    return true;
}

void CsvImporter::noteScheme(qint64 id, Change change, int line)
{
    const auto it = m_schemeChanges.find(id);
    if (it == m_schemeChanges.end()) {
        m_schemeChanges.insert(id, { change, line });
        m_schemeOrder.append(id);
        return;
    }
    if (it->change == Change::Unchanged)
        it->change = change;
    if (line != 0)
        it->line = line;
}

void CsvImporter::countSchemes()
{
    QList<qint64> named[2]; // added, updated: the first namesKept of each
    for (qint64 id : std::as_const(m_schemeOrder)) {
        switch (m_schemeChanges.value(id).change) {
        case Change::Added:
            if (++m_summary.schemesAdded <= ImportSummary::namesKept)
                named[0].append(id);
            break;
        case Change::Updated:
            if (++m_summary.schemesUpdated <= ImportSummary::namesKept)
                named[1].append(id);
            break;
        case Change::Unchanged:
            ++m_summary.schemesUnchanged;
            break;
        }
    }
    // Read inside the import's transaction, before it commits or rolls back: a preview's new
    // schemes are there too.
    const SchemeStore reader = SchemeStore::reader(m_db);
    for (int i = 0; i < 2; ++i) {
        QStringList &names = i == 0 ? m_summary.schemesAddedNames : m_summary.schemesUpdatedNames;
        for (qint64 id : std::as_const(named[i])) {
            if (const auto scheme = reader.scheme(id))
                names.append(tr("%1 (%2)").arg(scheme->name, scheme->areaKey()));
        }
    }
}

void CsvImporter::noteSource(const QString &title)
{
    // Sources files come before schemes files (interchange::allKinds()): a title noted here is
    // not looked up as a document again.
    if (title.isEmpty() || m_sources.contains(title) || m_sourcesNoted.contains(title))
        return;
    m_sourcesNoted.insert(title);
    ++m_summary.sourcesAdded;
}

std::optional<qint64> CsvImporter::schemeFor(const Row &row, const char *nameColumn)
{
    const QString name = row.value(nameColumn);
    const QString areaText = row.value("area");
    if (m_lastSchemeId != 0 && name == m_lastSchemeName && areaText == m_lastSchemeArea)
        return m_lastSchemeId;
    QStringList areas;
    for (const QString &area : splitList(areaText))
        areas.append(m_areaNames.value(area.toCaseFolded(), area));
    const QByteArray key = SchemeStore::indexKey(name, joinAreas(areas));
    if (m_rejectedSchemes.contains(key))
        return std::nullopt; // its own row already has the error
    const auto it = m_schemeIds.constFind(key);
    if (it != m_schemeIds.cend()) {
        m_lastSchemeName = name;
        m_lastSchemeArea = areaText;
        m_lastSchemeId = *it;
        return *it;
    }
    addError(row.file(), row.line(), QString::fromLatin1(nameColumn),
        tr("there is no scheme \"%1\" in \"%2\", neither in the database nor in this import")
            .arg(name, joinAreas(areas)));
    return std::nullopt;
}

bool CsvImporter::importScheme(const Row &row)
{
    Scheme scheme;
    bool ok = true;
    scheme.name = row.value("name");
    for (const QString &area : splitList(row.value("area")))
        scheme.areas.append(area);
    const QString strand = row.value("strand").toLower();
    if (strand.isEmpty()) {
        ok = addError(row.file(), row.line(), QStringLiteral("strand"),
            tr("a scheme needs a strand: %1")
                .arg(Vocabulary<Strand>::keys().join(QStringLiteral(", "))));
    } else if (const auto parsed = Vocabulary<Strand>::fromKey(strand)) {
        scheme.strand = *parsed;
    } else {
        const QString keys = Vocabulary<Strand>::keys().join(QStringLiteral(", "));
        const QString hint = importhints::strand(strand);
        ok = addError(row.file(), row.line(), QStringLiteral("strand"),
            hint.isEmpty()
                ? tr("\"%1\" is not a strand; use one of: %2").arg(strand, keys)
                : tr("\"%1\" is not a strand: %2; use one of: %3").arg(strand, hint, keys));
    }
    const QString status = row.value("status").toLower();
    if (!status.isEmpty()) {
        if (const auto parsed = Vocabulary<Status>::fromKey(status))
            scheme.status = *parsed;
        else
            ok = addError(row.file(), row.line(), QStringLiteral("status"),
                tr("\"%1\" is not a status; use one of: %2")
                    .arg(status, Vocabulary<Status>::keys().join(QStringLiteral(", "))));
    }
    spreadsheet::DateCell dates[2];
    for (int i = 0; i < 2; ++i) {
        const char *column = i == 0 ? "start" : "end";
        const QString text = row.value(column);
        const auto date = spreadsheet::parseDate(text);
        if (!date)
            ok = addError(
                row.file(), row.line(), QString::fromLatin1(column), spreadsheet::dateError(text));
        else
            dates[i] = *date;
    }
    scheme.start = dates[0].date;
    scheme.end = dates[1].date;
    scheme.summary = row.value("summary");
    scheme.source = row.value("source");
    for (const QString &name : splitList(row.value("providers")))
        scheme.organisations.append({ name, Role::Provider });
    for (const QString &name : splitList(row.value("funders")))
        scheme.organisations.append({ name, Role::Funder });
    // A scheme of a name that exists is updated, not a duplicate: no existing id to compare.
    for (const RecordIssue &issue : validation::checkRecord(scheme, {}, {}))
        ok = addError(row.file(), row.line(), issue.issue.field, issue.issue.message);
    for (const QString &area : scheme.areas) {
        if (m_lookupsLocked && !m_areaNames.contains(area.toCaseFolded()))
            ok = refuseNewLookup(row, "area", area);
    }

    // Identity uses the stored spelling of known areas.
    QStringList areas;
    for (const QString &area : scheme.areas)
        areas.append(m_areaNames.value(area.toCaseFolded(), area));
    const QByteArray key = SchemeStore::indexKey(scheme.name, joinAreas(areas));
    const auto existingId = m_schemeIds.constFind(key);
    int earlier = m_rejectedSchemes.value(key);
    if (earlier == 0 && existingId != m_schemeIds.cend())
        earlier = m_schemeChanges.value(*existingId).line;
    if (earlier != 0) {
        return addError(row.file(), row.line(), QStringLiteral("name"),
            tr("the same scheme (name and area) is already on line %1").arg(earlier));
    }
    if (!ok) {
        m_rejectedSchemes.insert(key, row.line());
        return false;
    }
    QStringList canonical;
    for (const QString &area : scheme.areas)
        canonical.append(canonicalArea(area));
    scheme.areas = QStringList(joinAreas(canonical).split(QStringLiteral("; ")));
    for (OrganisationLink &link : scheme.organisations)
        link.name = canonicalOrganisation(link.name);

    noteSource(scheme.source);
    if (existingId == m_schemeIds.cend()) {
        const auto id = SchemeStore(m_db).insert(scheme);
        if (!id)
            return databaseError(row);
        m_schemeIds.insert(key, *id);
        noteScheme(*id, Change::Added, row.line());
        return true;
    }

    const auto stored = SchemeStore::reader(m_db).scheme(*existingId);
    if (!stored)
        return databaseError(row);
    Scheme merged = *stored;
    merged.strand = scheme.strand;
    if (row.has("status"))
        merged.status = scheme.status;
    if (row.has("start"))
        merged.start = dates[0].resolved(stored->start);
    if (row.has("end"))
        merged.end = dates[1].resolved(stored->end);
    if (row.has("summary"))
        merged.summary = scheme.summary;
    if (row.has("source"))
        merged.source = scheme.source;
    QList<OrganisationLink> links;
    for (Role role : Vocabulary<Role>::values()) {
        const bool replaced = (role == Role::Provider && row.has("providers"))
            || (role == Role::Funder && row.has("funders"));
        for (const OrganisationLink &link :
            replaced ? scheme.organisations : stored->organisations) {
            if (link.role == role)
                links.append(link);
        }
    }
    merged.organisations = links;
    const bool same = merged.strand == stored->strand && merged.status == stored->status
        && merged.start == stored->start && merged.end == stored->end
        && merged.summary == stored->summary && merged.source == stored->source
        && sameOrganisations(merged, *stored);
    if (same) {
        noteScheme(merged.id, Change::Unchanged, row.line());
        return true;
    }
    if (!SchemeStore(m_db).update(merged))
        return databaseError(row);
    noteScheme(merged.id, Change::Updated, row.line());
    return true;
}

bool CsvImporter::importDetails(const Row &row)
{
    const auto id = schemeFor(row, "name");
    if (!id)
        return false;
    const auto stored = SchemeStore::reader(m_db).scheme(*id);
    if (!stored)
        return databaseError(row);
    Scheme merged = *stored;
    if (row.has("description"))
        merged.description = row.value("description");
    if (row.has("eligibility"))
        merged.eligibility = row.value("eligibility");
    QList<OrganisationLink> links;
    for (Role role : Vocabulary<Role>::values()) {
        const char *column = role == Role::Commissioner ? "commissioners"
            : role == Role::Partner                     ? "partners"
                                                        : nullptr;
        if (column && row.has(column)) {
            for (const QString &name : splitList(row.value(column)))
                links.append({ canonicalOrganisation(name), role });
        } else {
            for (const OrganisationLink &link : stored->organisations) {
                if (link.role == role)
                    links.append(link);
            }
        }
    }
    merged.organisations = links;
    bool ok = true;
    for (const RecordIssue &found : validation::checkRecord(merged, {}, {})) {
        const FieldIssue &issue = found.issue;
        ok = addError(row.file(), row.line(),
            issue.field == QLatin1String("providers") ? QStringLiteral("partners") : issue.field,
            issue.message);
    }
    if (!ok)
        return false;
    if (merged.description == stored->description && merged.eligibility == stored->eligibility
        && sameOrganisations(merged, *stored)) {
        noteScheme(merged.id, Change::Unchanged);
        return true;
    }
    if (!SchemeStore(m_db).update(merged))
        return databaseError(row);
    noteScheme(merged.id, Change::Updated);
    return true;
}

} // namespace opcc
