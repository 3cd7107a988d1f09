// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartscope.h"

#include "charts/measureset.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QSet>
#include <algorithm>

namespace opcc {

namespace {

QString listed(QStringList items)
{
    items.removeDuplicates();
    std::sort(items.begin(), items.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return items.join(QStringLiteral(", "));
}

std::optional<Strand> strandFrom(const QString &text)
{
    for (const Strand strand : Vocabulary<Strand>::values()) {
        if (text.compare(Vocabulary<Strand>::key(strand), Qt::CaseInsensitive) == 0
            || text.compare(Vocabulary<Strand>::label(strand), Qt::CaseInsensitive) == 0)
            return strand;
    }
    return std::nullopt;
}

} // namespace

ChartScopeResolver::ChartScopeResolver(const Database &db)
    : m_db(db)
{ }

bool ChartScopeResolver::coversArea(const Scheme &scheme, const QString &area)
{
    if (scheme.areaKey().compare(area, Qt::CaseInsensitive) == 0)
        return true;
    return std::any_of(scheme.areas.cbegin(), scheme.areas.cend(),
        [&](const QString &own) { return own.compare(area, Qt::CaseInsensitive) == 0; });
}

bool ChartScopeResolver::matchesName(const Scheme &scheme, const QString &pattern)
{
    const QString wanted = pattern.trimmed();
    if (scheme.name.compare(wanted, Qt::CaseInsensitive) == 0)
        return true;
    const qsizetype at = wanted.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return false;
    return scheme.name.compare(wanted.left(at).trimmed(), Qt::CaseInsensitive) == 0
        && coversArea(scheme, wanted.mid(at + 1).trimmed());
}

ResolvedScope ChartScopeResolver::resolve(const ChartScope &scope) const
{
    ResolvedScope result;
    // A selection narrowed at most by strand needs only the selected schemes; an area or a name
    // is checked against the whole register.
    const bool selectionOnly
        = !scope.schemeIds.isEmpty() && scope.area.isEmpty() && scope.schemes.isEmpty();
    const QList<Scheme> all = selectionOnly ? SchemeStore::reader(m_db).schemes(scope.schemeIds)
                                            : SchemeStore::reader(m_db).schemes();
    if (!m_db.errorString().isEmpty() && all.isEmpty()) {
        result.error = m_db.errorString();
        return result;
    }

    std::optional<Strand> strand;
    if (!scope.strand.isEmpty()) {
        strand = strandFrom(scope.strand.trimmed());
        if (!strand) {
            result.error
                = tr("Unknown strand \"%1\". Valid strands: %2.")
                      .arg(scope.strand, Vocabulary<Strand>::keys().join(QStringLiteral(", ")));
            return result;
        }
    }
    if (!scope.area.isEmpty()) {
        const bool known = std::any_of(all.cbegin(), all.cend(),
            [&](const Scheme &s) { return coversArea(s, scope.area.trimmed()); });
        if (!known) {
            QStringList areas;
            for (const Scheme &s : all)
                areas += s.areas;
            result.error = tr("Unknown area \"%1\", or no scheme covers it. Valid areas: %2.")
                               .arg(scope.area, listed(areas));
            return result;
        }
    }
    for (const QString &pattern : scope.schemes) {
        const bool known = std::any_of(
            all.cbegin(), all.cend(), [&](const Scheme &s) { return matchesName(s, pattern); });
        if (!known) {
            QStringList names;
            for (const Scheme &s : all)
                names.append(s.name);
            result.error = tr("Unknown scheme \"%1\". Valid schemes: %2. Write NAME@AREA for "
                              "one of several schemes with the same name, e.g. \"DIVERT@West "
                              "Mercia\".")
                               .arg(pattern, listed(names));
            return result;
        }
    }

    const QSet<qint64> ids(scope.schemeIds.cbegin(), scope.schemeIds.cend());
    for (const Scheme &s : all) {
        if (!ids.isEmpty() && !ids.contains(s.id))
            continue;
        if (strand && s.strand != *strand)
            continue;
        if (!scope.area.isEmpty() && !coversArea(s, scope.area.trimmed()))
            continue;
        if (!scope.schemes.isEmpty()
            && std::none_of(scope.schemes.cbegin(), scope.schemes.cend(),
                [&](const QString &pattern) { return matchesName(s, pattern); }))
            continue;
        result.schemes.append(s);
    }

    QStringList parts;
    if (!ids.isEmpty())
        parts.append(tr("selected schemes"));
    if (strand)
        parts.append(tr("%1 strand").arg(Vocabulary<Strand>::label(*strand)));
    if (!scope.area.isEmpty())
        parts.append(scope.area.trimmed());
    result.criteria = parts;
    result.byName = !scope.schemes.isEmpty();
    if (!scope.schemes.isEmpty())
        parts.append(scope.schemes.join(QStringLiteral(", ")));
    result.description = parts.isEmpty() ? tr("all schemes") : parts.join(QStringLiteral(", "));
    return result;
}

QList<Scheme> ChartScopeResolver::withMeasure(
    const QString &measureKey, const QList<Scheme> &schemes) const
{
    QList<qint64> ids;
    ids.reserve(schemes.size());
    for (const Scheme &s : schemes)
        ids.append(s.id);
    QSet<qint64> having;
    const QStringList keys = MeasureSet::isSet(measureKey) ? MeasureSet::members(measureKey)
                                                           : QStringList { measureKey };
    for (const QString &key : keys) {
        for (const Figure &f : FigureStore::reader(m_db).ofMeasure(key, ids))
            having.insert(f.schemeId);
    }
    QList<Scheme> result;
    for (const Scheme &s : schemes) {
        if (having.contains(s.id))
            result.append(s);
    }
    return result;
}

QString ChartScopeResolver::checkMeasure(
    const QString &measureKey, const QList<Scheme> &schemes) const
{
    const QHash<QString, int> counts = BrowseStore(m_db).measureSchemeCounts();
    if (MeasureSet::isSet(measureKey)) {
        if (!withMeasure(measureKey, schemes).isEmpty())
            return {};
        return tr("None of the selected schemes has a figure of any of: %1.")
            .arg(MeasureSet::members(measureKey).join(QStringLiteral(", ")));
    }
    if (!LookupStore::reader(m_db).measure(measureKey) || counts.value(measureKey) == 0) {
        QStringList keys;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            keys.append(it.key());
        if (LookupStore::reader(m_db).measure(measureKey))
            return tr("No scheme has a figure for the measure \"%1\". Measures with figures: "
                      "%2.")
                .arg(measureKey, listed(keys));
        return tr("Unknown measure \"%1\". Valid measures (with figures to chart): %2.")
            .arg(measureKey, listed(keys));
    }
    if (!withMeasure(measureKey, schemes).isEmpty())
        return {};
    QStringList having;
    const QList<Scheme> all = withMeasure(measureKey, SchemeStore::reader(m_db).schemes());
    for (const Scheme &s : all)
        having.append(s.name + QLatin1Char('@') + s.areaKey());
    return tr("None of the selected schemes has a figure for \"%1\". Schemes that have one: %2.")
        .arg(measureKey, listed(having));
}

} // namespace opcc
