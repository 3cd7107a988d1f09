// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/schemewriter.h"

#include "domain/validator.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QHash>
#include <QSet>
#include <utility>

namespace opcc {

namespace {

QSet<QString> foldedOrganisations(const Database &db)
{
    QSet<QString> names;
    for (const QString &name : LookupStore::reader(db).organisationNames())
        names.insert(name.toCaseFolded());
    return names;
}

QSet<QString> sourceTitles(const Database &db)
{
    QSet<QString> titles;
    for (const SourceDocument &source : LookupStore::reader(db).sources())
        titles.insert(source.title);
    return titles;
}

QStringList titlesUsedBy(const SchemeRecord &record)
{
    QStringList titles;
    if (!record.scheme.source.isEmpty())
        titles.append(record.scheme.source);
    for (const Figure &figure : record.figures) {
        if (!figure.source.isEmpty() && !titles.contains(figure.source))
            titles.append(figure.source);
    }
    return titles;
}

} // namespace

SchemeWriter::SchemeWriter(Database &db)
    : m_db(db)
{ }

bool SchemeWriter::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    return false;
}

std::optional<SchemeRecord> SchemeWriter::read(qint64 schemeId) const
{
    const auto scheme = SchemeStore::reader(m_db).scheme(schemeId);
    if (!scheme)
        return std::nullopt;
    return SchemeRecord { *scheme, FigureStore::reader(m_db).ofScheme(schemeId) };
}

bool SchemeWriter::holdsStart(const std::optional<SchemeRecord> &current, const Change &change)
{
    if (!change.from) {
        if (current)
            return fail(Problem::Conflict,
                tr("\"%1\" cannot be put back: the register has changed since (another "
                   "scheme has taken its place).")
                    .arg(change.to->scheme.name));
        return true;
    }
    const QString name = change.from->scheme.name;
    if (!current)
        return fail(Problem::Conflict,
            tr("\"%1\" was deleted in another copy of OPCC Schemes since you opened it.")
                .arg(name));
    bool same = false;
    if (change.check == Check::Content) {
        same = sameContent(*current, *change.from);
    } else {
        same = current->scheme.rowVersion == change.from->scheme.rowVersion
            && current->figures.size() == change.from->figures.size();
        QHash<qint64, int> versions;
        for (const Figure &figure : current->figures)
            versions.insert(figure.id, figure.rowVersion);
        for (const Figure &figure : change.from->figures)
            same = same && versions.value(figure.id, -1) == figure.rowVersion;
    }
    if (!same)
        return fail(Problem::Conflict,
            tr("\"%1\" was changed in another copy of OPCC Schemes since you opened it.")
                .arg(name));
    return true;
}

bool SchemeWriter::validate(const SchemeRecord &record)
{
    RecordContext context;
    context.existingId
        = SchemeStore::reader(m_db).idOf(record.scheme.name, record.scheme.areaKey());
    for (const Measure &measure : LookupStore::reader(m_db).measures())
        context.units.insert(measure.key, measure.unit);
    const QList<RecordIssue> issues
        = validation::checkRecord(record.scheme, record.figures, context);
    if (issues.isEmpty())
        return true;
    return fail(Problem::Invalid, issues.constFirst().issue.message);
}

bool SchemeWriter::insertNew(SchemeRecord &to)
{
    if (to.scheme.id == 0) {
        const auto id = SchemeStore(m_db).insert(to.scheme);
        if (!id)
            return false;
        to.scheme.id = *id;
    } else if (!SchemeStore(m_db).restore(to.scheme)) {
        return false;
    }
    for (Figure &figure : to.figures) {
        figure.schemeId = to.scheme.id;
        if (figure.id == 0) {
            const auto id = FigureStore(m_db).insert(figure);
            if (!id)
                return false;
            figure.id = *id;
        } else if (!FigureStore(m_db).restore(figure)) {
            return false;
        }
    }
    return true;
}

bool SchemeWriter::writeFigures(const SchemeRecord &current, SchemeRecord &to)
{
    QHash<qint64, const Figure *> wanted;
    for (const Figure &figure : to.figures) {
        if (figure.id != 0)
            wanted.insert(figure.id, &figure);
    }
    QHash<qint64, const Figure *> stored;
    // Removals first, so that a figure may take over the identity of one removed with it.
    for (const Figure &figure : current.figures) {
        if (!wanted.contains(figure.id)) {
            if (!FigureStore(m_db).remove(figure.id))
                return false;
        } else {
            stored.insert(figure.id, &figure);
        }
    }
    for (Figure &figure : to.figures) {
        figure.schemeId = to.scheme.id;
        const Figure *old = stored.value(figure.id);
        if (old) {
            if (sameContent(*old, figure))
                continue;
            Figure update = figure;
            update.rowVersion = old->rowVersion;
            if (!FigureStore(m_db).update(update))
                return false;
        } else if (figure.id != 0) {
            if (!FigureStore(m_db).restore(figure))
                return false;
        } else {
            const auto id = FigureStore(m_db).insert(figure);
            if (!id)
                return false;
            figure.id = *id;
        }
    }
    return true;
}

std::optional<SchemeWriter::Result> SchemeWriter::apply(const Change &change)
{
    m_problem = Problem::None;
    m_error.clear();
    const QList<FoiSchemeLink> restoreLinks = std::exchange(m_restoreFoiLinks, {});
    if (!change.from && !change.to)
        return Result {};
    Database::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(Problem::Failed, m_db.errorString());
        return std::nullopt;
    }
    const qint64 id = change.to ? change.to->scheme.id : change.from->scheme.id;
    const std::optional<SchemeRecord> current = id != 0 ? read(id) : std::nullopt;
    if (id != 0 && !current && m_db.lastFailure() != Database::Failure::NotFound) {
        fail(Problem::Failed, m_db.errorString());
        return std::nullopt;
    }
    if (!holdsStart(current, change) || (change.to && !validate(*change.to)))
        return std::nullopt;

    Result result;
    if (change.from && change.to && sameContent(*change.from, *change.to)) {
        result.stored = current; // nothing to write, nothing to audit
        return result;
    }
    std::optional<SchemeRecord> to = change.to;
    const QSet<QString> organisationsBefore = to ? foldedOrganisations(m_db) : QSet<QString>();
    const QSet<QString> sourcesBefore = to ? sourceTitles(m_db) : QSet<QString>();
    bool ok = true;
    if (!to) {
        // The deletion takes the scheme out of FOI requests too: kept for its undo.
        const auto links = FoiStore(m_db).linksOfScheme(id);
        ok = links && SchemeStore(m_db).remove(id);
        if (ok)
            result.removedFoiLinks = *links;
    } else if (!change.from) {
        ok = insertNew(*to)
            && (restoreLinks.isEmpty() || FoiStore(m_db).restoreLinks(to->scheme.id, restoreLinks));
    } else {
        if (!sameContent(current->scheme, to->scheme)) {
            Scheme update = to->scheme;
            update.rowVersion = current->scheme.rowVersion;
            ok = SchemeStore(m_db).update(update);
        }
        ok = ok && writeFigures(*current, *to);
    }
    ok = ok
        && (change.pruneOrganisations.isEmpty()
            || LookupStore(m_db).deleteUnusedOrganisations(change.pruneOrganisations));
    ok = ok
        && (change.pruneSources.isEmpty()
            || LookupStore(m_db).deleteUnusedSources(change.pruneSources));
    if (ok && to) {
        for (const OrganisationLink &link : to->scheme.organisations) {
            if (!organisationsBefore.contains(link.name.toCaseFolded())
                && !result.createdOrganisations.contains(link.name, Qt::CaseInsensitive))
                result.createdOrganisations.append(link.name);
        }
        for (const QString &title : titlesUsedBy(*to)) {
            if (!sourcesBefore.contains(title))
                result.createdSources.append(title);
        }
        result.stored = read(to->scheme.id);
        ok = result.stored.has_value();
    }
    if (ok) {
        const QString action = !change.from ? QStringLiteral("create")
            : !change.to                    ? QStringLiteral("delete")
                                            : QStringLiteral("update");
        ok = AuditStore(m_db).write(action, QStringLiteral("scheme"), to ? to->scheme.id : id,
            change.summary, current ? toJsonText(*current) : QString(),
            result.stored ? toJsonText(*result.stored) : QString());
    }
    if (!ok || !transaction.commit()) {
        fail(
            m_db.lastFailure() == Database::Failure::Conflict ? Problem::Conflict : Problem::Failed,
            m_db.errorString());
        return std::nullopt;
    }
    return result;
}

} // namespace opcc
