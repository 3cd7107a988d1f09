// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/schemewriter.h"

#include "domain/validator.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <utility>

namespace opcc {

namespace {

QSet<QString> foldedOrganisations(const Database &db)
{
    QSet<QString> names;
    for (const QString &name : db.organisationNames())
        names.insert(name.toCaseFolded());
    return names;
}

QSet<QString> sourceTitles(const Database &db)
{
    QSet<QString> titles;
    for (const SourceDocument &source : db.sources())
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
    const auto scheme = m_db.scheme(schemeId);
    if (!scheme)
        return std::nullopt;
    return SchemeRecord { *scheme, m_db.figures(schemeId) };
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
    QList<FieldIssue> issues = validation::checkScheme(record.scheme);
    if (const auto duplicate = validation::checkDuplicate(
            record.scheme, m_db.schemeId(record.scheme.name, record.scheme.areaKey())))
        issues.append(*duplicate);
    QHash<QString, Unit> units;
    for (const Measure &measure : m_db.measures())
        units.insert(measure.key, measure.unit);
    for (qsizetype row = 0; row < record.figures.size(); ++row) {
        const Figure &figure = record.figures.at(row);
        const auto unit = units.constFind(figure.measure);
        if (const auto unknown
            = validation::checkMeasureKnown(figure.measure, unit != units.cend())) {
            issues.append(*unknown);
            continue;
        }
        issues.append(validation::checkFigure(figure, *unit));
        if (const auto twin = validation::checkFigureIdentity(record.figures, row))
            issues.append(*twin);
    }
    if (issues.isEmpty())
        return true;
    return fail(Problem::Invalid, issues.constFirst().message);
}

bool SchemeWriter::insertNew(SchemeRecord &to)
{
    if (to.scheme.id == 0) {
        const auto id = m_db.insertScheme(to.scheme);
        if (!id)
            return false;
        to.scheme.id = *id;
    } else if (!m_db.restoreScheme(to.scheme)) {
        return false;
    }
    for (Figure &figure : to.figures) {
        figure.schemeId = to.scheme.id;
        if (figure.id == 0) {
            const auto id = m_db.insertFigure(figure);
            if (!id)
                return false;
            figure.id = *id;
        } else if (!m_db.restoreFigure(figure)) {
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
            if (!m_db.deleteFigure(figure.id))
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
            if (!m_db.updateFigure(update))
                return false;
        } else if (figure.id != 0) {
            if (!m_db.restoreFigure(figure))
                return false;
        } else {
            const auto id = m_db.insertFigure(figure);
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
        ok = links && m_db.deleteScheme(id);
        if (ok)
            result.removedFoiLinks = *links;
    } else if (!change.from) {
        ok = insertNew(*to)
            && (restoreLinks.isEmpty() || FoiStore(m_db).restoreLinks(to->scheme.id, restoreLinks));
    } else {
        if (!sameContent(current->scheme, to->scheme)) {
            Scheme update = to->scheme;
            update.rowVersion = current->scheme.rowVersion;
            ok = m_db.updateScheme(update);
        }
        ok = ok && writeFigures(*current, *to);
    }
    ok = ok
        && (change.pruneOrganisations.isEmpty()
            || m_db.deleteUnusedOrganisations(change.pruneOrganisations));
    ok = ok && (change.pruneSources.isEmpty() || m_db.deleteUnusedSources(change.pruneSources));
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
        ok = m_db.writeAudit(action, QStringLiteral("scheme"), to ? to->scheme.id : id,
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
