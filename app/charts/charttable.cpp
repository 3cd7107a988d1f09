// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/charttable.h"

#include <QStringList>

namespace opcc {

QString ChartTableBuilder::citation(const QList<int> &footnotes)
{
    QStringList numbers;
    for (const int n : footnotes) {
        if (n > 0 && !numbers.contains(QString::number(n)))
            numbers.append(QString::number(n));
    }
    if (numbers.isEmpty())
        return {};
    return QLatin1Char('[') + numbers.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString ChartTableBuilder::withPeriod(const ChartFigure &figure)
{
    if (figure.period.isEmpty())
        return figure.fullLabel;
    return tr("%1 (%2)", "value (period)").arg(figure.fullLabel, figure.period);
}

QString ChartTableBuilder::omittedLine(const OmittedFigure &figure)
{
    const QString title = figure.area.isEmpty()
        ? figure.scheme
        : tr("%1 (%2)", "scheme (area)").arg(figure.scheme, figure.area);
    return tr("%1: %2, %3 %4. %5")
        .arg(title, figure.label, figure.period, citation({ figure.footnote }), figure.reason);
}

ChartTable ChartTableBuilder::table(const ChartData &data)
{
    ChartTable table;
    const auto periodOf
        = [](const ChartFigure &f) { return f.period.isEmpty() ? tr("not stated") : f.period; };
    switch (data.kind) {
    case ChartKind::Comparison:
        if (data.normalisation == Normalisation::None) {
            table.headers = { tr("Scheme"), tr("Area"), tr("Strand"), tr("Figure"), tr("Period"),
                tr("Note"), tr("Source") };
            table.wrapColumn = 5;
            for (const ChartRow &row : data.rows) {
                table.rows.append({ row.scheme, row.area, Vocabulary<Strand>::label(row.strand),
                    row.figure.fullLabel, periodOf(row.figure), row.figure.note,
                    citation({ row.figure.footnote }) });
            }
            if (!data.rows.isEmpty() && !data.rows.constFirst().figureMeasure.isEmpty()) {
                // A chart across measures: each row's own measure beside its figure.
                table.headers.insert(3, tr("Measure"));
                for (qsizetype i = 0; i < data.rows.size(); ++i)
                    table.rows[i].insert(3, data.rows.at(i).figureMeasure);
                table.wrapColumn = 6;
            }
        } else {
            table.headers = { tr("Scheme"), tr("Area"), tr("Strand"), data.valueTitle,
                tr("Worked out from"), tr("Period"), tr("Source") };
            table.wrapColumn = 4;
            for (const ChartRow &row : data.rows) {
                QList<int> notes { row.figure.footnote };
                if (row.funding)
                    notes.append(row.funding->footnote);
                table.rows.append({ row.scheme, row.area, Vocabulary<Strand>::label(row.strand),
                    row.figure.fullLabel, row.basis, periodOf(row.figure), citation(notes) });
            }
        }
        break;
    case ChartKind::BeforeAfter:
        table.headers = { tr("Scheme"), tr("Area"), tr("Before"), tr("After"), tr("Change"),
            tr("Note"), tr("Source") };
        table.wrapColumn = 5;
        for (const ChartRow &row : data.rows) {
            const QString before = row.before ? withPeriod(*row.before) : tr("not stated");
            QList<int> notes;
            QString note = row.figure.note;
            if (row.before) {
                notes.append(row.before->footnote);
                if (!row.before->note.isEmpty() && row.before->note != note)
                    note = note.isEmpty() ? tr("Before: %1").arg(row.before->note)
                                          : tr("Before: %1. After: %2").arg(row.before->note, note);
            }
            notes.append(row.figure.footnote);
            const QString change = row.caveat.isEmpty()
                ? row.change
                : tr("%1 (%2)", "change (what limits it)").arg(row.change, row.caveat);
            table.rows.append({ row.scheme, row.area, before, withPeriod(row.figure), change, note,
                citation(notes) });
        }
        break;
    case ChartKind::Trend:
        table.headers = { tr("Period"), tr("Figure"), tr("Note"), tr("Source") };
        table.wrapColumn = 2;
        for (const ChartRow &row : data.rows) {
            const QString period = row.figure.baseline
                ? tr("before (baseline): %1").arg(periodOf(row.figure))
                : periodOf(row.figure);
            table.rows.append({ period, row.figure.fullLabel, row.figure.note,
                citation({ row.figure.footnote }) });
        }
        break;
    case ChartKind::StrandSummary:
        table.headers
            = { tr("Strand"), tr("Schemes"), tr("With a figure"), tr("Total"), tr("Made up of") };
        table.wrapColumn = 4;
        for (const ChartRow &row : data.rows) {
            table.rows.append({ row.scheme, QString::number(row.schemeCount),
                QString::number(row.withFigureCount), row.figure.fullLabel, row.basis });
        }
        break;
    }
    return table;
}

} // namespace opcc
