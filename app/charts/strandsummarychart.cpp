#include "charts/strandsummarychart.h"

#include "charts/chartcontext.h"
#include "charts/normaliser.h"
#include "domain/valueformat.h"

#include <algorithm>

namespace opcc {

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

void StrandSummaryChart::build(ChartContext &context, ChartData &data)
{
    const Unit unit = context.measure().unit;
    if (unit != Unit::Count && unit != Unit::Gbp && unit != Unit::Kg) {
        data.emptyReason = tr("Figures in this unit cannot be added up per strand (unit: %1).")
                               .arg(Vocabulary<Unit>::label(unit));
        return;
    }
    bool anyRate = false;
    for (const Strand strand : Vocabulary<Strand>::values()) {
        ChartRow row;
        row.scheme = Vocabulary<Strand>::label(strand);
        row.strand = strand;
        qint64 total = 0;
        QList<Qualifier> qualifiers;
        QStringList members;
        for (const Scheme &s : context.scopeSchemes()) {
            if (s.strand != strand)
                continue;
            ++row.schemeCount;
            const auto f = context.chosen(s);
            if (!f)
                continue;
            if (f->per != Per::None) {
                data.omitted.append(context.omit(*f, s, unit,
                                                 tr("Stated as %1: not added to the %2 total.")
                                                     .arg(Normaliser::describeRate(f->per),
                                                          row.scheme)));
                anyRate = true;
                continue;
            }
            const ChartFigure shown = context.present(*f, s);
            ++row.withFigureCount;
            total += f->value.hundredths();
            qualifiers.append(f->qualifier);
            members.append(tr("%1 %2 [%3]")
                               .arg(ChartContext::schemeTitle(s), shown.fullLabel)
                               .arg(shown.footnote));
        }
        if (row.schemeCount == 0)
            continue;
        row.figure = context.derived(Decimal::fromHundredths(total), std::nullopt,
                                     sumQualifier(qualifiers), Per::None, unit);
        if (row.withFigureCount == 0) {
            row.figure.label = tr("no figures");
            row.figure.fullLabel = row.figure.label;
        }
        if (row.figure.qualifier != Qualifier::Exact)
            row.flags |= RowFlag::Qualified;
        row.basis = members.join(QStringLiteral("; "));
        data.rows.append(row);
    }
    std::stable_sort(data.rows.begin(), data.rows.end(), [](const ChartRow &a, const ChartRow &b) {
        return b.figure.value < a.figure.value;
    });
    data.notes.append(tr("Each total adds the latest figure of every scheme in the strand that has "
                         "one, as stated and whatever its period. Schemes without a figure add "
                         "nothing: a total is what the register records, not a complete figure "
                         "for the strand."));
    if (anyRate)
        data.notes.append(tr("Figures stated as a rate (a year, a month) are not added to the "
                             "totals; they are listed under the chart."));
    if (data.rows.isEmpty())
        data.emptyReason = tr("No scheme is selected.");
}

} // namespace opcc
