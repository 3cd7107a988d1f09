#include "charts/chartdatabuilder.h"

#include "charts/beforeafterchart.h"
#include "charts/chartcontext.h"
#include "charts/comparisonchart.h"
#include "charts/strandsummarychart.h"
#include "charts/trendchart.h"

namespace opcc {

ChartDataBuilder::ChartDataBuilder(const Database &db, const QLocale &locale)
    : m_db(db)
    , m_locale(locale)
{ }

ChartData ChartDataBuilder::build(const ChartSpec &spec, const QList<Scheme> &schemes,
                                  const QString &scopeDescription) const
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
    context.finish(data, scopeDescription);
    return data;
}

ChartKind ChartDataBuilder::suggestedKind(const QString &measure,
                                          const QList<Scheme> &schemes) const
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
