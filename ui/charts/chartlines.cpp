#include "chartlines.h"


namespace opcc::ui {

QString ChartLines::marker(int footnote)
{
    return footnote > 0 ? QStringLiteral(" [%1]").arg(footnote) : QString();
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

} // namespace

QList<ChartLine> ChartLines::from(const ChartData &data)
{
    QList<ChartLine> lines;
    for (const ChartRow &row : data.rows) {
        ChartLine line;
        line.value = row.figure.value.toDouble();
        line.valueText = row.figure.label + marker(row.figure.footnote);
        switch (data.kind) {
        case ChartKind::Comparison:
            line.title = row.scheme;
            line.detail = joined(row.area, periodOf(row.figure));
            if (row.funding)
                line.valueText += tr(" (funding%1)").arg(marker(row.funding->footnote));
            lines.append(line);
            break;
        case ChartKind::BeforeAfter:
            if (!row.before) {
                line.title = row.scheme;
                line.detail = joined(row.area, periodOf(row.figure));
                line.valueText = row.change + marker(row.figure.footnote);
                lines.append(line);
                break;
            }
            {
                ChartLine before;
                before.title = row.title();
                before.detail = tr("Before: %1").arg(periodOf(*row.before));
                before.value = row.before->value.toDouble();
                before.valueText = row.before->label + marker(row.before->footnote);
                before.hatched = true;
                lines.append(before);
                line.detail = tr("After: %1").arg(periodOf(row.figure));
                line.valueText = tr("%1%2, change %3")
                                     .arg(row.figure.label, marker(row.figure.footnote), row.change);
                lines.append(line);
            }
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
            lines.append(line);
            break;
        }
    }
    return lines;
}

} // namespace opcc::ui
