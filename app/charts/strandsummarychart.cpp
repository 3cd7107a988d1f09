// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/strandsummarychart.h"

#include "charts/chartcontext.h"
#include "charts/normaliser.h"
#include "domain/valueformat.h"

#include <QMap>
#include <algorithm>

namespace opcc {

namespace {

// The figures of one strand that may be added up: the same rate, or totals over the same
// period as worded.
struct Group
{
    QString period; // "a year", "March-December 2022", "period not stated"
    Per per = Per::None;
    qint64 total = 0;
    QList<Qualifier> qualifiers;
    QStringList members;
    int count = 0;
};

} // namespace

Qualifier StrandSummaryChart::sumQualifier(const QList<Qualifier> &parts)
{
    Qualifier result = Qualifier::Exact;
    for (const Qualifier q : parts) {
        switch (q) {
        case Qualifier::Exact:
            break;
        case Qualifier::AtLeast:
        case Qualifier::MoreThan:
        case Qualifier::Range: // added at its lower end
            if (result == Qualifier::Exact)
                result = Qualifier::AtLeast;
            break;
        case Qualifier::Approx:
        case Qualifier::Almost:
        case Qualifier::LessThan:
        case Qualifier::AtMost:
            return Qualifier::Approx;
        }
    }
    return result;
}

std::optional<Figure> StrandSummaryChart::onBasis(
    ChartContext &context, const Scheme &scheme, const Figure &figure, ChartData &data)
{
    if (context.spec().normalisation != Normalisation::PerYear)
        return figure;
    const Unit unit = context.measure().unit;
    const Normaliser::Result result = Normaliser(context.locale()).perYear(figure, unit);
    if (!result.ok()) {
        data.omitted.append(
            context.omit(figure, scheme, unit, tr("Not added: %1.").arg(result.failure)));
        return std::nullopt;
    }
    Figure yearly = figure;
    yearly.value = result.value;
    yearly.valueHigh = result.valueHigh;
    yearly.per = Per::Year;
    yearly.periodLabel.clear();
    yearly.periodStart = {};
    yearly.periodEnd = {};
    return yearly;
}

void StrandSummaryChart::build(ChartContext &context, ChartData &data)
{
    const Unit unit = context.measure().unit;
    if (unit != Unit::Count && unit != Unit::Gbp && unit != Unit::Kg) {
        data.emptyReason = tr("Figures in this unit cannot be added up per strand (unit: %1).")
                               .arg(Vocabulary<Unit>::label(unit));
        return;
    }
    bool split = false;
    QList<QList<ChartRow>> strands;
    for (const Strand strand : Vocabulary<Strand>::values()) {
        int schemeCount = 0;
        QMap<QString, Group> groups; // by rate or period, in a stable order
        for (const Scheme &s : context.scopeSchemes()) {
            if (s.strand != strand)
                continue;
            ++schemeCount;
            const auto chosen = context.chosen(s);
            if (!chosen)
                continue;
            const auto f = onBasis(context, s, *chosen, data);
            if (!f)
                continue;
            const QString period
                = f->per != Per::None ? perSuffix(f->per) : ChartContext::periodText(*f);
            const QString key = QString::number(int(f->per)) + QLatin1Char('|') + period;
            Group &group = groups[key];
            group.period = period;
            group.per = f->per;
            const ChartFigure shown = context.present(*chosen, s);
            ++group.count;
            group.total += f->value.hundredths();
            group.qualifiers.append(f->qualifier);
            group.members.append(tr("%1 %2 [%3]")
                                     .arg(ChartContext::schemeTitle(s), shown.fullLabel)
                                     .arg(shown.footnote));
        }
        if (schemeCount == 0)
            continue;
        split = split || groups.size() > 1;
        QList<ChartRow> rows;
        if (groups.isEmpty())
            groups.insert(QString(), Group());
        for (const Group &group : std::as_const(groups)) {
            ChartRow row;
            row.scheme = Vocabulary<Strand>::label(strand);
            row.strand = strand;
            row.schemeCount = schemeCount;
            row.withFigureCount = group.count;
            row.figure = context.derived(Decimal::fromHundredths(group.total), std::nullopt,
                sumQualifier(group.qualifiers), group.per, unit);
            row.figure.period = group.period;
            if (group.count == 0) {
                row.figure.label = tr("no figures");
                row.figure.fullLabel = row.figure.label;
            }
            if (row.figure.qualifier != Qualifier::Exact)
                row.flags |= RowFlag::Qualified;
            row.basis = group.members.join(QStringLiteral("; "));
            rows.append(row);
        }
        std::stable_sort(rows.begin(), rows.end(),
            [](const ChartRow &a, const ChartRow &b) { return b.figure.value < a.figure.value; });
        strands.append(rows);
    }
    // The strands in order of their largest total, each strand's bars together.
    std::stable_sort(
        strands.begin(), strands.end(), [](const QList<ChartRow> &a, const QList<ChartRow> &b) {
            return b.constFirst().figure.value < a.constFirst().figure.value;
        });
    for (const QList<ChartRow> &rows : std::as_const(strands))
        data.rows += rows;

    data.notes.append(tr("Each total adds the latest figure of every scheme in the strand that has "
                         "one, as stated. Schemes without a figure add nothing: a total is what "
                         "the register records, not a complete figure for the strand."));
    if (split)
        data.notes.append(tr("Figures of different periods or rates are never added together: "
                             "a strand with figures for different periods has one bar for each "
                             "period."));
    if (data.rows.isEmpty())
        data.emptyReason = tr("No scheme is selected.");
}

} // namespace opcc
