// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/reportcontent.h"

#include "domain/measurecatalogue.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QSet>
#include <algorithm>

namespace opcc {

bool ReportScheme::hasFigureForPeriod() const
{
    return std::any_of(figures.cbegin(), figures.cend(), [](const ReportFigure &f) {
        return f.fit == ReportPeriod::Fit::Inside || f.fit == ReportPeriod::Fit::Overlaps;
    });
}

ReportContentReader::ReportContentReader(const Database &db)
    : m_db(db)
{ }

std::optional<QList<Scheme>> ReportContentReader::readSchemes(const ReportRequest &request)
{
    m_error.clear();
    // The Database keeps its last error until the next one: a change of it is a failed read.
    const QString errorBefore = m_db.errorString();
    m_measures.clear();
    for (const Measure &m : LookupStore::reader(m_db).measures())
        m_measures.insert(m.key, m);
    m_documents.clear();
    for (const SourceDocument &d : LookupStore::reader(m_db).sources())
        m_documents.insert(d.title, d);
    QList<Scheme> schemes = request.schemeIds.isEmpty()
        ? QList<Scheme>()
        : SchemeStore::reader(m_db).schemes(request.schemeIds);
    if (m_db.errorString() != errorBefore || m_measures.isEmpty()) {
        m_error = tr("The register could not be read: %1").arg(m_db.errorString());
        return std::nullopt;
    }
    if (schemes.size()
        != QSet<qint64>(request.schemeIds.cbegin(), request.schemeIds.cend()).size()) {
        m_error = tr("Some of the schemes to report on are no longer in the register.");
        return std::nullopt;
    }
    // In the order asked for (the list as the user sorted it), not the database's.
    QHash<qint64, int> place;
    for (int i = 0; i < request.schemeIds.size(); ++i)
        place.insert(request.schemeIds.at(i), i);
    std::stable_sort(schemes.begin(), schemes.end(),
        [&](const Scheme &a, const Scheme &b) { return place.value(a.id) < place.value(b.id); });
    return schemes;
}

QStringList ReportContentReader::cited(const ReportScheme &scheme)
{
    QStringList titles;
    if (!scheme.scheme.source.isEmpty())
        titles.append(scheme.scheme.source);
    for (const ReportFigure &f : scheme.figures) {
        if (!f.figure.source.isEmpty())
            titles.append(f.figure.source);
    }
    return titles;
}

QList<SourceDocument> ReportContentReader::sources(QStringList cited) const
{
    cited.removeDuplicates();
    cited.sort(Qt::CaseInsensitive);
    QList<SourceDocument> documents;
    for (const QString &title : std::as_const(cited)) {
        SourceDocument document = m_documents.value(title);
        document.title = title;
        documents.append(document);
    }
    return documents;
}

std::optional<ReportContent> ReportContentReader::read(const ReportRequest &request)
{
    const std::optional<QList<Scheme>> schemes = readSchemes(request);
    if (!schemes)
        return std::nullopt;
    ReportContent content;
    QStringList titles;
    for (const Scheme &scheme : *schemes) {
        const std::optional<ReportScheme> part = readScheme(scheme, request);
        if (!part)
            return std::nullopt;
        content.schemes.append(*part);
        titles += cited(*part);
    }
    content.sources = sources(titles);
    return content;
}

std::optional<ReportScheme> ReportContentReader::readScheme(
    const Scheme &scheme, const ReportRequest &request)
{
    const QHash<QString, Measure> &measures = m_measures;
    const QString errorBefore = m_db.errorString();
    const QList<Figure> figures = FigureStore::reader(m_db).ofScheme(scheme.id);
    if (m_db.errorString() != errorBefore) {
        m_error = tr("The figures of \"%1\" could not be read: %2")
                      .arg(scheme.name, m_db.errorString());
        return std::nullopt;
    }
    ReportScheme result;
    result.scheme = scheme;
    for (const Figure &figure : figures) {
        const ReportPeriod::Fit fit = request.period.classify(figure);
        if (fit == ReportPeriod::Fit::Outside) {
            ++result.outsideCount;
            continue;
        }
        ReportFigure row;
        row.figure = figure;
        row.fit = fit;
        const auto measure = measures.constFind(figure.measure);
        if (measure != measures.cend()) {
            row.measureLabel = measureLabel(*measure);
            row.unit = measure->unit;
        } else {
            row.measureLabel = labelFromKey(figure.measure);
        }
        result.figures.append(row);
    }
    // Inside the period first, then overlapping, then not stated; the register's order within.
    std::stable_sort(result.figures.begin(), result.figures.end(),
        [](const ReportFigure &a, const ReportFigure &b) { return a.fit < b.fit; });
    if (!request.forRelease)
        return result;
    QList<Figure> table;
    for (const ReportFigure &f : std::as_const(result.figures))
        table.append(f.figure);
    const QList<FigureRelease> release = SmallNumbers::apply(table);
    for (qsizetype i = 0; i < release.size(); ++i)
        result.figures[i].release = release.at(i);
    result.releaseNote = SmallNumbers::note(table, release, [&](const QString &key) {
        const auto measure = measures.constFind(key);
        return measure != measures.cend() ? measureLabel(*measure) : labelFromKey(key);
    });
    return result;
}

} // namespace opcc
