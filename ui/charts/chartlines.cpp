// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartlines.h"

#include <algorithm>

namespace opcc::ui {

QString ChartLines::marker(int footnote)
{
    return footnote > 0 ? QStringLiteral(" [%1]").arg(footnote) : QString();
}

BarMark ChartLines::markOf(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return BarMark::Exact;
    case Qualifier::AtLeast:
    case Qualifier::MoreThan:
        return BarMark::OpenEnd;
    case Qualifier::Range:
        return BarMark::Range;
    case Qualifier::Approx:
    case Qualifier::Almost:
    case Qualifier::LessThan:
    case Qualifier::AtMost:
        return BarMark::Approximate;
    }
    return BarMark::Exact;
}

QString ChartLines::legendText(BarMark mark, ChartKind kind)
{
    if (kind == ChartKind::Trend) {
        switch (mark) {
        case BarMark::Exact:
        case BarMark::Before:
            break;
        case BarMark::OpenEnd:
            return tr("Over or at least: the true figure is higher (arrow)");
        case BarMark::Approximate:
            return tr("Approximate or an upper limit: hollow point, not exact");
        case BarMark::Range:
            return tr("Range: point at the lower figure, line to the higher");
        }
    }
    switch (mark) {
    case BarMark::Exact:
        return tr("Figure as stated");
    case BarMark::Before:
        return tr("Before (baseline)");
    case BarMark::OpenEnd:
        return tr("Over or at least: the true figure is higher");
    case BarMark::Approximate:
        return tr("Approximate or an upper limit: not exact");
    case BarMark::Range:
        return tr("Range: bar to the lower figure, line to the higher");
    }
    return {};
}

QList<ChartLegendEntry> ChartLines::legend(const QList<ChartLine> &lines, ChartKind kind)
{
    QList<ChartLegendEntry> entries;
    const QList<BarMark> order { BarMark::Exact, BarMark::Before, BarMark::OpenEnd,
        BarMark::Approximate, BarMark::Range };
    bool onlyExact = true;
    for (const BarMark mark : order) {
        const bool drawn = std::any_of(
            lines.cbegin(), lines.cend(), [mark](const ChartLine &l) { return l.mark == mark; });
        if (!drawn)
            continue;
        onlyExact = onlyExact && mark == BarMark::Exact;
        entries.append({ mark, legendText(mark, kind) });
    }
    if (onlyExact)
        entries.clear();
    return entries;
}

namespace {

QString periodOf(const ChartFigure &figure)
{
    return figure.period.isEmpty() ? ChartLines::tr("period not stated") : figure.period;
}

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return ChartLines::tr("%1 \u00B7 %2", "area · period").arg(a, b);
}

// The period beside a comparison's bar, marked when the bars' periods differ.
QString periodBeside(const ChartRow &row)
{
    if (!row.flags.testFlag(RowFlag::PeriodDiffers))
        return periodOf(row.figure);
    return ChartLines::tr("%1 (period differs)").arg(periodOf(row.figure));
}

// A before/after pair as two lines: the hatched baseline, then the later figure with the change,
// and what qualifies the change (a small sample, periods that differ) on the line beside it.
void appendPair(QList<ChartLine> &lines, const ChartRow &row, ChartLine after)
{
    ChartLine before;
    before.title = row.title();
    before.detail = ChartLines::tr("Before: %1").arg(periodOf(*row.before));
    before.remark = row.before->note.mid(row.sharedNote.size());
    before.value = row.before->value.toDouble();
    before.valueHigh = row.before->valueHigh ? row.before->valueHigh->toDouble() : 0.0;
    before.valueText = row.before->label + ChartLines::marker(row.before->footnote);
    before.mark = BarMark::Before;
    before.hatched = true;
    lines.append(before);
    after.detail = ChartLines::tr("After: %1").arg(periodOf(row.figure));
    after.remark = row.figure.note.mid(row.sharedNote.size());
    after.valueText
        = ChartLines::tr("%1%2, change %3")
              .arg(row.figure.label, ChartLines::marker(row.figure.footnote), row.change);
    after.caveat = row.caveat;
    lines.append(after);
}

} // namespace

QList<ChartLine> ChartLines::from(const ChartData &data)
{
    QList<ChartLine> lines;
    for (const ChartRow &row : data.rows) {
        ChartLine line;
        line.value = row.figure.value.toDouble();
        line.valueHigh = row.figure.valueHigh ? row.figure.valueHigh->toDouble() : 0.0;
        line.mark = markOf(row.figure.qualifier);
        line.valueText = row.figure.label + marker(row.figure.footnote);
        switch (data.kind) {
        case ChartKind::Comparison:
            line.title = row.scheme;
            line.detail = joined(row.area, periodBeside(row));
            if (!row.figureMeasure.isEmpty())
                line.detail = joined(row.figureMeasure, line.detail);
            line.remark = row.figure.note;
            if (row.funding)
                line.valueText += tr(" (funding%1)").arg(marker(row.funding->footnote));
            lines.append(line);
            break;
        case ChartKind::BeforeAfter:
            if (!row.before) {
                line.title = row.scheme;
                line.detail = joined(row.area, periodOf(row.figure));
                line.remark = row.figure.note;
                line.valueText = row.change + marker(row.figure.footnote);
                lines.append(line);
                break;
            }
            appendPair(lines, row, line);
            break;
        case ChartKind::Trend:
            line.title = row.figure.baseline ? tr("Before") : QString();
            line.detail = periodOf(row.figure);
            lines.append(line);
            break;
        case ChartKind::StrandSummary:
            line.title = row.scheme;
            line.detail = tr("%1 of %2 schemes with a figure")
                              .arg(row.withFigureCount)
                              .arg(row.schemeCount);
            if (row.figure.per == Per::None)
                line.remark = row.figure.period;
            lines.append(line);
            break;
        }
    }
    return lines;
}

} // namespace opcc::ui
