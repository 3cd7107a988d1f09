// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartdatabuilder.h"

#include "charts/beforeafterchart.h"
#include "charts/chartcontext.h"
#include "charts/comparisonchart.h"
#include "charts/strandsummarychart.h"
#include "charts/trendchart.h"

#include <QSet>

namespace opcc {

namespace {

// A scope of named schemes, titled by the schemes drawn: "DIVERT", not "DIVERT, Checkpoint,
// Checkpoint Cymru" over two DIVERT bars. The named schemes that have nothing drawn are said.
QString describeDrawn(ChartData &data, const ResolvedScope &scope)
{
    QStringList drawn;
    QSet<qint64> drawnIds;
    for (const ChartRow &row : std::as_const(data.rows)) {
        drawnIds.insert(row.schemeId);
        if (!drawn.contains(row.scheme))
            drawn.append(row.scheme);
    }
    QStringList without;
    for (const Scheme &s : scope.schemes) {
        if (!drawnIds.contains(s.id))
            without.append(ChartContext::schemeTitle(s));
    }
    if (!without.isEmpty())
        data.notes.append(ChartDataBuilder::tr("Named but not drawn (no figure of this measure "
                                               "that can be drawn): %1.")
                              .arg(without.join(QStringLiteral("; "))));
    QStringList parts = scope.criteria;
    if (!drawn.isEmpty())
        parts.append(drawn.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ChartDataBuilder::ChartDataBuilder(const Database &db, const QLocale &locale)
    : m_db(db)
    , m_locale(locale)
{ }

ChartData ChartDataBuilder::build(
    const ChartSpec &spec, const QList<Scheme> &schemes, const QString &scopeDescription) const
{
    return build(spec, schemes, nullptr, scopeDescription);
}

ChartData ChartDataBuilder::build(const ChartSpec &spec, const ResolvedScope &scope) const
{
    return build(spec, scope.schemes, &scope, scope.description);
}

ChartData ChartDataBuilder::build(const ChartSpec &spec, const QList<Scheme> &schemes,
    const ResolvedScope *scope, QString scopeDescription) const
{
    ChartContext context(m_db, m_locale, spec, schemes);
    ChartData data = context.start(spec.kind);
    if (!context.hasMeasure()) {
        data.emptyReason = tr("Unknown measure \"%1\".").arg(spec.measure);
        return data;
    }
    switch (spec.kind) {
    case ChartKind::Comparison:
        ComparisonChart::build(context, data);
        break;
    case ChartKind::BeforeAfter:
        BeforeAfterChart::build(context, data);
        break;
    case ChartKind::Trend:
        TrendChart::build(context, data);
        break;
    case ChartKind::StrandSummary:
        StrandSummaryChart::build(context, data);
        break;
    }
    if (scope && scope->byName && spec.kind != ChartKind::StrandSummary)
        scopeDescription = describeDrawn(data, *scope);
    context.finish(data, scopeDescription);
    return data;
}

ChartKind ChartDataBuilder::suggestedKind(
    const QString &measure, const QList<Scheme> &schemes) const
{
    ChartSpec spec;
    spec.measure = measure;
    const ChartContext context(m_db, m_locale, spec, schemes);
    if (!context.hasMeasure() || context.schemes().isEmpty())
        return ChartKind::Comparison;
    bool everyPaired = true;
    for (const Scheme &s : context.schemes()) {
        bool before = false;
        bool after = false;
        for (const Figure &f : context.figuresOf(s.id))
            (f.baseline ? before : after) = true;
        everyPaired = everyPaired && before && after;
    }
    if (everyPaired)
        return ChartKind::BeforeAfter;
    if (context.schemes().size() == 1) {
        int later = 0;
        for (const Figure &f : context.figuresOf(context.schemes().constFirst().id))
            later += f.baseline ? 0 : 1;
        if (later >= 2)
            return ChartKind::Trend;
    }
    return ChartKind::Comparison;
}

} // namespace opcc
