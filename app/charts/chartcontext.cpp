// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartcontext.h"

#include "charts/measureset.h"
#include "charts/normaliser.h"
#include "domain/measurecatalogue.h"
#include "domain/valueformat.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace opcc {

namespace {

// Sort key of "how late" a figure's period is; see ChartContext::latest().
QDate endKey(const Figure &f)
{
    if (!f.periodEnd.isNull())
        return f.periodEnd.lastDay();
    return QDate(9999, 12, 31);
}

QDate startKey(const Figure &f)
{
    return f.periodStart.isNull() ? QDate(1, 1, 1) : f.periodStart.firstDay();
}

} // namespace

ChartContext::ChartContext(
    const Database &db, const QLocale &locale, const ChartSpec &spec, const QList<Scheme> &schemes)
    : m_db(db)
    , m_locale(locale)
    , m_spec(spec)
    , m_measure(MeasureSet::isSet(spec.measure) ? setMeasure(spec.measure)
                                                : LookupStore::reader(db).measure(spec.measure))
    , m_scopeSchemes(schemes)
    , m_footnotes(db)
{
    if (!m_measure)
        return;
    QList<qint64> inScope;
    inScope.reserve(schemes.size());
    for (const Scheme &s : schemes)
        inScope.append(s.id);
    if (MeasureSet::isSet(spec.measure)) {
        loadSet(inScope);
    } else {
        for (const Figure &f : FigureStore::reader(db).ofMeasure(spec.measure, inScope))
            m_figures[f.schemeId].append(f);
    }
    for (const Scheme &s : schemes) {
        if (m_figures.contains(s.id))
            m_schemes.append(s);
    }
}

std::optional<Measure> ChartContext::setMeasure(const QString &key)
{
    Measure measure;
    measure.key = key;
    measure.label = MeasureSet::label(key);
    measure.unit = Unit::Count;
    return measure;
}

void ChartContext::loadSet(const QList<qint64> &inScope)
{
    // A scheme is charted by the first member measure it has a figure of, so that one bar per
    // scheme is drawn and named by its own measure.
    for (const QString &member : MeasureSet::members(m_spec.measure)) {
        QHash<qint64, QList<Figure>> found;
        for (const Figure &f : FigureStore::reader(m_db).ofMeasure(member, inScope)) {
            if (!m_figures.contains(f.schemeId))
                found[f.schemeId].append(f);
        }
        if (!found.isEmpty()) {
            if (const auto measure = LookupStore::reader(m_db).measure(member))
                m_memberLabels.insert(member, opcc::measureLabel(*measure));
        }
        m_figures.insert(found);
    }
}

QString ChartContext::figureMeasureLabel(const Figure &figure) const
{
    return m_memberLabels.value(figure.measure);
}

QString ChartContext::measureLabel() const
{
    if (MeasureSet::isSet(m_spec.measure))
        return MeasureSet::label(m_spec.measure);
    return m_measure ? opcc::measureLabel(*m_measure) : m_spec.measure;
}

bool ChartContext::isLater(const Figure &a, const Figure &b)
{
    if (endKey(a) != endKey(b))
        return endKey(a) > endKey(b);
    if (startKey(a) != startKey(b))
        return startKey(a) > startKey(b);
    return a.id > b.id;
}

std::optional<Figure> ChartContext::latest(const QList<Figure> &figures)
{
    std::optional<Figure> best;
    for (const bool allowBaseline : { false, true }) {
        for (const Figure &f : figures) {
            if (f.baseline && !allowBaseline)
                continue;
            if (!best || isLater(f, *best))
                best = f;
        }
        if (best)
            return best;
    }
    return best;
}

std::optional<Figure> ChartContext::chosen(const Scheme &scheme, bool *picked) const
{
    const QList<Figure> figures = figuresOf(scheme.id);
    if (picked)
        *picked = false;
    const auto pick = m_spec.picks.constFind(scheme.id);
    if (pick != m_spec.picks.cend()) {
        for (const Figure &f : figures) {
            if (f.id == *pick) {
                if (picked)
                    *picked = true;
                return f;
            }
        }
    }
    return latest(figures);
}

QString ChartContext::periodText(const Figure &figure)
{
    const QString period = formatPeriod(figure);
    return period.isEmpty() ? tr("period not stated") : period;
}

QString ChartContext::schemeTitle(const Scheme &scheme)
{
    return tr("%1 (%2)", "scheme (area)").arg(scheme.name, scheme.areaKey());
}

ChartFigure ChartContext::derived(
    Decimal value, std::optional<Decimal> valueHigh, Qualifier qualifier, Per per, Unit unit) const
{
    Figure f;
    f.value = value;
    f.valueHigh = valueHigh;
    f.qualifier = valueHigh ? Qualifier::Range : qualifier;
    f.per = per;
    ChartFigure c;
    c.value = value;
    c.valueHigh = valueHigh;
    c.qualifier = f.qualifier;
    c.per = per;
    c.unit = unit;
    c.label = formatFigureValue(f, unit, true, m_locale);
    c.fullLabel = formatFigureValue(f, unit, false, m_locale);
    return c;
}

ChartFigure ChartContext::present(const Figure &figure, const Scheme &scheme, Unit unit)
{
    ChartFigure c = derived(figure.value, figure.valueHigh, figure.qualifier, figure.per, unit);
    c.qualifier = figure.qualifier;
    c.figureId = figure.id;
    c.baseline = figure.baseline;
    c.period = formatPeriod(figure);
    c.note = figure.note;
    c.source = figure.source;
    c.quote = figure.quote;
    c.footnote = m_footnotes.cite(figure.source, figure.quote, schemeTitle(scheme));
    return c;
}

OmittedFigure ChartContext::omit(
    const Figure &figure, const Scheme &scheme, Unit unit, const QString &reason)
{
    const ChartFigure c = present(figure, scheme, unit);
    OmittedFigure o;
    o.scheme = scheme.name;
    o.area = scheme.areaKey();
    o.label = c.fullLabel;
    o.period = periodText(figure);
    o.reason = reason;
    o.footnote = c.footnote;
    return o;
}

ChartData ChartContext::start(ChartKind kind) const
{
    ChartData data;
    data.kind = kind;
    const bool normalises = kind == ChartKind::Comparison
        || (kind == ChartKind::StrandSummary && m_spec.normalisation == Normalisation::PerYear);
    data.normalisation = normalises ? m_spec.normalisation : Normalisation::None;
    data.measure = m_spec.measure;
    data.measureLabel = measureLabel();
    data.unit = m_measure ? m_measure->unit : Unit::Count;
    data.valueTitle = Normaliser::valueTitle(data.normalisation, data.measureLabel);
    data.basis = Normaliser::basisStatement(data.normalisation);
    return data;
}

void ChartContext::finish(ChartData &data, const QString &scopeDescription)
{
    if (data.kind == ChartKind::Comparison || data.kind == ChartKind::BeforeAfter) {
        QSet<QString> periods;
        for (const ChartRow &row : data.rows)
            periods.insert(row.figure.period);
        data.periodsDiffer = periods.size() > 1;
        if (data.periodsDiffer) {
            for (ChartRow &row : data.rows)
                row.flags |= RowFlag::PeriodDiffers;
            data.notes.prepend(
                tr("Periods differ: each figure covers the period shown with it, so the bars are "
                   "not a like-for-like comparison."));
        }
        const bool pairDiffers
            = std::any_of(data.rows.cbegin(), data.rows.cend(), [](const ChartRow &row) {
                  return !row.caveat.isEmpty() && row.flags.testFlag(RowFlag::PeriodDiffers);
              });
        if (data.kind == ChartKind::BeforeAfter && pairDiffers) {
            data.periodsDiffer = true;
            data.notes.prepend(tr("Periods differ: before and after cover spans of time of "
                                  "different or unstated length, so the change is not a "
                                  "like-for-like comparison."));
        }
    }
    bool qualified = false;
    for (const ChartRow &row : data.rows)
        qualified = qualified || row.flags.testFlag(RowFlag::Qualified);
    if (qualified && data.kind == ChartKind::StrandSummary)
        data.notes.append(tr("A total marked “approx.” or “at least” adds up "
                             "figures that the sources state that way."));
    else if (qualified)
        data.notes.append(tr("Figures stated as “over” or “at least” are drawn to the "
                             "stated number with an open end (an arrow: the true figure is "
                             "higher); “approx.” as a lighter bar; a range to its lower end with "
                             "a line to the higher. The key names each."));
    if (MeasureSet::isSet(m_spec.measure) && !data.rows.isEmpty())
        data.notes.prepend(MeasureSet::note(m_spec.measure));
    numberFootnotesInReadingOrder(data);
    data.title = title(data, scopeDescription);
    data.subtitle = subtitle(data);
}

void ChartContext::numberFootnotesInReadingOrder(ChartData &data)
{
    // Figures were cited as they were read; number the notes as the page is read instead: the
    // bars from the top, then the figures not drawn.
    static const QRegularExpression marker(QStringLiteral("\\[(\\d+)\\]"));
    QHash<int, int> order;
    const auto visit = [&order](int number) {
        if (number > 0 && !order.contains(number))
            order.insert(number, int(order.size()) + 1);
    };
    for (const ChartRow &row : std::as_const(data.rows)) {
        if (row.before)
            visit(row.before->footnote);
        visit(row.stated ? row.stated->footnote : row.figure.footnote);
        if (row.funding)
            visit(row.funding->footnote);
        for (const QRegularExpressionMatch &m : marker.globalMatch(row.basis))
            visit(m.captured(1).toInt());
    }
    for (const OmittedFigure &figure : std::as_const(data.omitted))
        visit(figure.footnote);
    order = m_footnotes.renumber(order);

    const auto renumber = [&order](int &number) { number = order.value(number, number); };
    for (ChartRow &row : data.rows) {
        for (ChartFigure *f : { &row.figure, row.before ? &*row.before : nullptr,
                 row.stated ? &*row.stated : nullptr, row.funding ? &*row.funding : nullptr }) {
            if (f)
                renumber(f->footnote);
        }
        QString basis;
        qsizetype from = 0;
        for (const QRegularExpressionMatch &m : marker.globalMatch(row.basis)) {
            basis += row.basis.mid(from, m.capturedStart() - from);
            basis += QStringLiteral("[%1]").arg(order.value(m.captured(1).toInt()));
            from = m.capturedEnd();
        }
        row.basis = basis + row.basis.mid(from);
    }
    for (OmittedFigure &figure : data.omitted)
        renumber(figure.footnote);
    data.footnotes = m_footnotes.footnotes();
}

QString ChartContext::title(const ChartData &data, const QString &scopeDescription) const
{
    QString title;
    switch (data.kind) {
    case ChartKind::Comparison:
        title = MeasureSet::isSet(data.measure)
            ? tr("%1, each scheme by its own measure").arg(data.valueTitle)
            : tr("%1 by scheme").arg(data.valueTitle);
        break;
    case ChartKind::BeforeAfter: {
        const bool allStated = !data.rows.isEmpty()
            && std::all_of(data.rows.cbegin(), data.rows.cend(),
                [](const ChartRow &row) { return row.flags.testFlag(RowFlag::Stated); });
        title = allStated ? tr("%1, as stated").arg(data.measureLabel)
                          : tr("%1 before and after").arg(data.measureLabel);
        break;
    }
    case ChartKind::Trend:
        title = tr("%1 over time").arg(data.measureLabel);
        break;
    case ChartKind::StrandSummary:
        title = tr("%1 by strand").arg(data.valueTitle);
        break;
    }
    QString scope = scopeDescription;
    if ((data.kind == ChartKind::Trend || data.kind == ChartKind::BeforeAfter)
        && data.rows.size() >= 1) {
        QSet<qint64> schemes;
        for (const ChartRow &row : data.rows)
            schemes.insert(row.schemeId);
        if (schemes.size() == 1)
            scope = data.rows.constFirst().title();
    }
    if (scope.isEmpty())
        return title;
    return tr("%1: %2", "chart title: scope").arg(title, scope);
}

QString ChartContext::subtitle(const ChartData &data) const
{
    QStringList parts;
    parts.append(
        tr("Measure: %1; unit: %2").arg(data.measureLabel, Vocabulary<Unit>::label(data.unit)));
    if (data.kind == ChartKind::StrandSummary) {
        int schemes = 0;
        for (const ChartRow &row : data.rows)
            schemes += row.withFigureCount;
        parts.append(tr("%n scheme(s) with a figure", nullptr, schemes));
    } else {
        QSet<qint64> schemes;
        for (const ChartRow &row : data.rows)
            schemes.insert(row.schemeId);
        parts.append(tr("%n scheme(s)", nullptr, int(schemes.size())));
    }
    if (data.kind == ChartKind::BeforeAfter && data.periodsDiffer)
        parts.append(tr("periods differ: see each bar"));
    if (data.kind == ChartKind::Comparison) {
        if (data.periodsDiffer)
            parts.append(tr("periods differ: see each bar"));
        else if (!data.rows.isEmpty())
            parts.append(data.rows.constFirst().figure.period.isEmpty()
                    ? tr("periods not stated")
                    : tr("period: %1").arg(data.rows.constFirst().figure.period));
    }
    if (data.normalisation != Normalisation::None)
        parts.append(data.valueTitle);
    return parts.join(QStringLiteral(" \u00B7 "));
}

} // namespace opcc
