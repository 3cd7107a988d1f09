// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/beforeafterchart.h"

#include "charts/chartcontext.h"
#include "charts/normaliser.h"
#include "domain/valueformat.h"

#include <algorithm>
#include <cmath>

namespace opcc {

bool BeforeAfterChart::isStatedReduction(const QString &measureKey, Unit unit)
{
    return unit == Unit::Percent && measureKey.endsWith(QLatin1String("_reduction"));
}

QString BeforeAfterChart::changeText(
    Decimal before, Decimal after, Unit unit, const QLocale &locale)
{
    const qint64 diff = after.hundredths() - before.hundredths();
    const QString sign
        = diff < 0 ? QStringLiteral("\u2212") : (diff > 0 ? QStringLiteral("+") : QString());
    const QString amount
        = sign + formatValue(Decimal::fromHundredths(diff < 0 ? -diff : diff), unit, locale);
    if (before.hundredths() == 0)
        return amount;
    const double percent = std::abs(double(diff) * 100.0 / double(before.hundredths()));
    return tr("%1 (%2%3%)", "change: amount (sign, percent)")
        .arg(amount, sign, locale.toString(percent, 'f', 1));
}

QString BeforeAfterChart::sharedNote(const QString &before, const QString &after)
{
    const qsizetype colon = before.indexOf(QLatin1Char(':'));
    if (colon <= 0 || !after.startsWith(before.left(colon + 1)))
        return {};
    qsizetype end = colon + 1;
    while (end < before.size() && before.at(end).isSpace() && end < after.size()
        && after.at(end) == before.at(end))
        ++end;
    return before.left(end);
}

void BeforeAfterChart::qualify(ChartRow &row, const Figure &before, const Figure &after)
{
    // The change is the headline a reader quotes: what limits it is said beside it, not only in
    // a note under the chart.
    QStringList caveats;
    row.sharedNote = sharedNote(before.note, after.note);
    if (!row.sharedNote.isEmpty())
        caveats.append(row.sharedNote.trimmed().chopped(1));
    const std::optional<double> beforeMonths = Normaliser::monthsOf(before);
    const std::optional<double> afterMonths = Normaliser::monthsOf(after);
    if (!beforeMonths || !afterMonths || std::abs(*beforeMonths - *afterMonths) > 0.5) {
        row.flags |= RowFlag::PeriodDiffers;
        caveats.append(tr("periods differ"));
    }
    row.caveat = caveats.join(QStringLiteral("; "));
}

void BeforeAfterChart::build(ChartContext &context, ChartData &data)
{
    const Unit unit = context.measure().unit;
    const bool statedReduction = isStatedReduction(context.measure().key, unit);
    bool anyStated = false;
    for (const Scheme &s : context.schemes()) {
        QList<Figure> before;
        QList<Figure> after;
        for (const Figure &f : context.figuresOf(s.id))
            (f.baseline ? before : after).append(f);
        ChartRow row;
        row.schemeId = s.id;
        row.scheme = s.name;
        row.area = s.areaKey();
        row.strand = s.strand;
        if (!before.isEmpty() && !after.isEmpty()) {
            const Figure first = *ChartContext::latest(before);
            std::optional<Figure> last = ChartContext::latest(after);
            const auto pick = context.spec().picks.constFind(s.id);
            for (const Figure &f : after) {
                if (pick != context.spec().picks.cend() && f.id == *pick) {
                    last = f;
                    row.flags |= RowFlag::Picked;
                }
            }
            if (first.per != last->per) {
                data.omitted.append(context.omit(*last, s, unit,
                    tr("Before and after are stated as different rates "
                       "(for example one a week, the other a month).")));
                continue;
            }
            row.before = context.present(first, s);
            row.figure = context.present(*last, s);
            row.change = changeText(first.value, last->value, unit, context.locale());
            if (first.qualifier != Qualifier::Exact || last->qualifier != Qualifier::Exact)
                row.flags |= RowFlag::Qualified;
            qualify(row, first, *last);
            data.rows.append(row);
        } else if (statedReduction && !after.isEmpty()) {
            row.figure = context.present(*ChartContext::latest(after), s);
            row.change = tr("%1 reduction, as stated").arg(row.figure.fullLabel);
            row.flags |= RowFlag::Stated;
            anyStated = true;
            data.rows.append(row);
        } else {
            const Figure only = *ChartContext::latest(context.figuresOf(s.id));
            data.omitted.append(context.omit(only, s, unit,
                before.isEmpty() ? tr("No before (baseline) figure.")
                                 : tr("No figure after the baseline.")));
        }
    }
    std::stable_sort(data.rows.begin(), data.rows.end(), [](const ChartRow &a, const ChartRow &b) {
        const Decimal left = a.before ? a.before->value : a.figure.value;
        const Decimal right = b.before ? b.before->value : b.figure.value;
        return right < left;
    });
    const bool anyPair = std::any_of(data.rows.cbegin(), data.rows.cend(),
        [](const ChartRow &row) { return row.before.has_value(); });
    if (anyPair)
        data.notes.append(tr("Before is the figure the source gives as the baseline; after is "
                             "the latest figure since. The change is worked out from the two."));
    if (anyStated)
        data.notes.append(tr("The source states the reduction as a percentage, without the "
                             "figures it was worked out from: it is shown as stated."));
    if (data.rows.isEmpty())
        data.emptyReason = tr("No selected scheme has both a before (baseline) figure and a "
                              "later figure of this measure.");
}

} // namespace opcc
