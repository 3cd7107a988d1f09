// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/comparisonchart.h"

#include "charts/chartcontext.h"
#include "charts/normaliser.h"
#include "storage/database.h"
#include "storage/figurestore.h"

#include <QMap>
#include <algorithm>

namespace opcc {

namespace {

struct Candidate
{
    Scheme scheme;
    Figure figure;
    bool picked = false;
};

RowFlags flagsOf(const Figure &f, bool picked)
{
    RowFlags flags;
    if (f.per != Per::None)
        flags |= RowFlag::Rate;
    if (f.valueHigh)
        flags |= RowFlag::Range;
    if (f.qualifier != Qualifier::Exact)
        flags |= RowFlag::Qualified;
    if (picked)
        flags |= RowFlag::Picked;
    return flags;
}

// The rate most rows share; totals win a tie.
Per primaryRate(const QList<Candidate> &candidates)
{
    QMap<Per, int> counts;
    for (const Candidate &c : candidates)
        ++counts[c.figure.per];
    Per best = Per::None;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

QString ratesDrawn(Per per)
{
    switch (per) {
    case Per::None:
        return ComparisonChart::tr("totals");
    case Per::Week:
        return ComparisonChart::tr("weekly rates");
    case Per::Month:
        return ComparisonChart::tr("monthly rates");
    case Per::Year:
        return ComparisonChart::tr("yearly rates");
    }
    return {};
}

// The stated figure's period and citation carried over to a derived one.
void carryCitation(ChartFigure &derived, const ChartFigure &stated)
{
    derived.figureId = stated.figureId;
    derived.period = stated.period;
    derived.note = stated.note;
    derived.source = stated.source;
    derived.quote = stated.quote;
    derived.footnote = stated.footnote;
}

} // namespace

void ComparisonChart::build(ChartContext &context, ChartData &data)
{
    const Unit unit = context.measure().unit;
    const Normalisation normalisation = context.spec().normalisation;
    if (normalisation == Normalisation::PerThousandPounds
        && context.measure().key == QLatin1String("funding")) {
        data.emptyReason = tr("Funding per £1,000 of funding is always £1,000: choose "
                              "another measure, or no normalisation.");
        return;
    }

    QList<Candidate> candidates;
    QStringList moreFigures;
    QStringList picks;
    for (const Scheme &s : context.schemes()) {
        bool picked = false;
        if (const auto f = context.chosen(s, &picked)) {
            candidates.append({ s, *f, picked });
            if (picked)
                picks.append(ChartContext::schemeTitle(s));
        }
        const auto count = context.figuresOf(s.id).size();
        if (count > 1)
            moreFigures.append(
                tr("%1: %n figure(s)", nullptr, int(count)).arg(ChartContext::schemeTitle(s)));
    }

    QHash<qint64, Figure> funding;
    if (normalisation == Normalisation::PerThousandPounds) {
        QList<qint64> ids;
        for (const Candidate &c : candidates)
            ids.append(c.scheme.id);
        QHash<qint64, QList<Figure>> bySchemes;
        for (const Figure &f :
            FigureStore::reader(context.database()).ofMeasure(QStringLiteral("funding"), ids))
            bySchemes[f.schemeId].append(f);
        for (auto it = bySchemes.cbegin(); it != bySchemes.cend(); ++it) {
            if (const auto latest = ChartContext::latest(it.value()))
                funding.insert(it.key(), *latest);
        }
    }

    const Per primary = primaryRate(candidates);
    const Normaliser normaliser(context.locale());
    for (const Candidate &c : candidates) {
        ChartRow row;
        row.schemeId = c.scheme.id;
        row.scheme = c.scheme.name;
        row.area = c.scheme.areaKey();
        row.strand = c.scheme.strand;
        row.flags = flagsOf(c.figure, c.picked);
        row.figureMeasure = context.figureMeasureLabel(c.figure);
        if (normalisation == Normalisation::None) {
            if (c.figure.per != primary) {
                data.omitted.append(context.omit(c.figure, c.scheme, unit,
                    tr("Stated as %1; the chart draws %2 only.")
                        .arg(Normaliser::describeRate(c.figure.per), ratesDrawn(primary))));
                data.ratesMixed = true;
                continue;
            }
            row.figure = context.present(c.figure, c.scheme);
            data.rows.append(row);
            continue;
        }

        Normaliser::Result result;
        Per per = Per::Month;
        if (normalisation == Normalisation::PerMonth) {
            result = normaliser.perMonth(c.figure, unit);
        } else if (normalisation == Normalisation::PerYear) {
            per = Per::Year;
            result = normaliser.perYear(c.figure, unit);
        } else {
            per = c.figure.per;
            const auto money = funding.constFind(c.scheme.id);
            if (money == funding.cend())
                result.failure = tr("the scheme has no funding figure");
            else
                result = normaliser.perThousandPounds(c.figure, unit, *money);
            if (result.ok())
                row.funding = context.present(*money, c.scheme, Unit::Gbp);
        }
        if (!result.ok()) {
            data.omitted.append(
                context.omit(c.figure, c.scheme, unit, tr("Not drawn: %1.").arg(result.failure)));
            continue;
        }
        row.stated = context.present(c.figure, c.scheme);
        row.figure = context.derived(result.value, result.valueHigh, result.qualifier, per, unit);
        carryCitation(row.figure, *row.stated);
        row.basis = result.working;
        row.flags |= RowFlag::Normalised;
        data.rows.append(row);
    }

    std::stable_sort(data.rows.begin(), data.rows.end(), [](const ChartRow &a, const ChartRow &b) {
        if (a.figure.value != b.figure.value)
            return b.figure.value < a.figure.value;
        return a.title().compare(b.title(), Qt::CaseInsensitive) < 0;
    });

    if (data.ratesMixed) {
        data.notes.append(primary == Per::None
                ? tr("Figures stated as a rate (a week, a month, a year) are not "
                     "drawn beside totals; they are listed under the chart.")
                : tr("Only %1 are drawn; figures stated otherwise are listed under "
                     "the chart.")
                      .arg(ratesDrawn(primary)));
    }
    if (!moreFigures.isEmpty())
        data.notes.append(tr("One figure per scheme: the latest that is not a baseline, unless "
                             "chosen. Schemes with more figures of this measure: %1.")
                              .arg(moreFigures.join(QStringLiteral("; "))));
    if (!picks.isEmpty())
        data.notes.append(tr("Figure chosen instead of the latest for: %1.")
                              .arg(picks.join(QStringLiteral("; "))));
    if (data.rows.isEmpty())
        data.emptyReason = tr("None of the selected schemes has a figure of this measure that "
                              "can be drawn on this basis.");
}

} // namespace opcc
