// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/trendchart.h"

#include "charts/chartcontext.h"
#include "charts/normaliser.h"

#include <QMap>
#include <algorithm>

namespace opcc {

void TrendChart::build(ChartContext &context, ChartData &data)
{
    // The scheme with the most figures of the measure; the first of the scope on a tie.
    const Scheme *scheme = nullptr;
    for (const Scheme &s : context.schemes()) {
        if (!scheme || context.figuresOf(s.id).size() > context.figuresOf(scheme->id).size())
            scheme = &s;
    }
    if (!scheme) {
        data.emptyReason = tr("No selected scheme has a figure of this measure.");
        return;
    }
    if (context.schemes().size() > 1)
        data.notes.append(tr("A trend follows one scheme: %1, which has the most figures of this "
                             "measure among the %2 selected schemes that have it.")
                              .arg(ChartContext::schemeTitle(*scheme))
                              .arg(context.schemes().size()));

    QList<Figure> points = context.figuresOf(scheme->id);
    std::stable_sort(points.begin(), points.end(), [](const Figure &a, const Figure &b) {
        if (a.baseline != b.baseline)
            return a.baseline;
        return ChartContext::isLater(b, a);
    });
    QMap<Per, int> rates;
    for (const Figure &f : points)
        ++rates[f.per];
    Per primary = Per::None;
    for (auto it = rates.cbegin(); it != rates.cend(); ++it) {
        if (it.value() > rates.value(primary))
            primary = it.key();
    }

    const Unit unit = context.measure().unit;
    for (const Figure &f : points) {
        if (f.per != primary) {
            data.omitted.append(context.omit(f, *scheme, unit,
                tr("Stated as %1, unlike the other points.").arg(Normaliser::describeRate(f.per))));
            data.ratesMixed = true;
            continue;
        }
        ChartRow row;
        row.schemeId = scheme->id;
        row.scheme = scheme->name;
        row.area = scheme->areaKey();
        row.strand = scheme->strand;
        row.figure = context.present(f, *scheme);
        if (f.qualifier != Qualifier::Exact)
            row.flags |= RowFlag::Qualified;
        if (f.per != Per::None)
            row.flags |= RowFlag::Rate;
        data.rows.append(row);
    }
    if (data.rows.size() < 2) {
        data.emptyReason = tr("%1 has only one figure of this measure; a trend needs two or more.")
                               .arg(ChartContext::schemeTitle(*scheme));
        data.rows.clear();
        return;
    }
    data.notes.append(tr("Points are in time order. A figure with no end date is taken to be "
                         "current when its source document was written, so it comes after the "
                         "dated ones."));
}

} // namespace opcc
