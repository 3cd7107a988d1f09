// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/decimal.h"
#include "domain/vocabulary.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opcc {

// What a comparison chart shows, worked out from the database without drawing anything: the
// rows in the order they are drawn, every figure's label, period and source, the flags a reader
// must see (periods that differ, rates beside totals) and the footnotes that cite each figure.
// The widgets library draws it; tests check it.

enum class ChartKind {
    Comparison, // one measure across schemes, one bar each, largest first
    BeforeAfter, // a baseline figure and a later one, per scheme
    Trend, // one scheme's figures of a measure over several periods
    StrandSummary, // schemes and the total of a measure (funding) per strand
};

enum class Normalisation {
    None,
    PerMonth, // totals divided by the months of their period; rates converted
    PerThousandPounds, // divided by the scheme's funding, in thousands of pounds
    PerYear, // totals over their period's years; rates converted (strand summaries)
};

// Which figure a scheme contributes when it has several of the measure: schemeId -> figureId.
using FigurePicks = QHash<qint64, qint64>;

// What to draw: the kind, the measure, how to normalise and any figures the user picked.
struct ChartSpec
{
    ChartKind kind = ChartKind::Comparison;
    QString measure; // key
    Normalisation normalisation = Normalisation::None;
    FigurePicks picks;
};

// One figure as the chart shows it.
struct ChartFigure
{
    qint64 figureId = 0;
    Decimal value;
    std::optional<Decimal> valueHigh;
    Qualifier qualifier = Qualifier::Exact;
    Per per = Per::None;
    Unit unit = Unit::Count;
    bool baseline = false;
    QString label; // compact, for the bar: "over 6,000", "approx. £363k"
    QString fullLabel; // for the table: "approx. £363,000"
    QString period; // as the source words it, else from the dates; may be empty
    QString note;
    QString source;
    QString quote;
    int footnote = 0; // number of the footnote that cites it
};

enum class RowFlag {
    None = 0,
    PeriodDiffers = 0x1, // other rows of the chart cover other periods
    Rate = 0x2, // an average rate ("a week"), not a total
    Range = 0x4, // the bar is drawn to the lower end of a range
    Qualified = 0x8, // "over", "approx." ...: the bar is not an exact value
    Picked = 0x10, // the user chose this figure instead of the latest one
    Normalised = 0x20, // figure holds a derived value; stated holds what the source says
    Stated = 0x40, // a change stated by the source (a percentage reduction)
};
Q_DECLARE_FLAGS(RowFlags, RowFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(RowFlags)

// One bar (or one point of a trend, or one strand of a summary).
struct ChartRow
{
    qint64 schemeId = 0;
    QString scheme; // the strand's label in a strand summary
    QString area;
    Strand strand = Strand::Supply;
    ChartFigure figure; // what is drawn
    std::optional<ChartFigure> stated; // Normalised: the figure as the source states it
    std::optional<ChartFigure> funding; // PerThousandPounds: the funding divided by
    std::optional<ChartFigure> before; // BeforeAfter: the baseline; figure is the later one
    QString basis; // Normalised: the working, "388 over 10 months"
    QString change; // BeforeAfter: "-538 (-99.4%)"; stated reductions: "50% reduction, as stated"
    // BeforeAfter: what qualifies the change, said beside it: "sample of six ...; periods differ"
    QString caveat;
    // BeforeAfter: the start that the notes of before and after share ("sample of six ...: "),
    // said once in the caveat
    QString sharedNote;
    // A chart across several measures: the label of the measure this row's figure is of
    QString figureMeasure;
    int schemeCount = 0; // StrandSummary: schemes in the strand
    int withFigureCount = 0; // StrandSummary: of them, how many have a figure in the total
    RowFlags flags;

    // "DIVERT (West Mercia)"
    QString title() const;
};

// A figure of a selected scheme that the chart does not draw, and why; still cited.
struct OmittedFigure
{
    QString scheme;
    QString area;
    QString label;
    QString period;
    QString reason;
    int footnote = 0;
};

// A numbered citation: the source document and the phrase that states the figure(s).
struct Footnote
{
    int number = 0;
    QString source; // document title
    QString quote; // may be empty
    QString reference; // publisher, reference and date, when the database knows them
    QStringList citedFor; // "DIVERT (West Mercia)"
    QString text() const; // the printed line, without the number
};

struct ChartData
{
    ChartKind kind = ChartKind::Comparison;
    Normalisation normalisation = Normalisation::None;
    QString measure; // key
    QString measureLabel;
    Unit unit = Unit::Count; // of the drawn values (Count for per-£1,000 ratios of counts)
    QString title;
    QString subtitle; // measure, unit, periods, number of schemes
    QString valueTitle; // the value axis: "Referrals", "Referrals a month"
    QString basis; // how values were normalised, in a sentence; empty for None
    QStringList notes; // what the reader must know: periods differ, rates kept apart...
    bool periodsDiffer = false;
    bool ratesMixed = false;
    QList<ChartRow> rows; // in drawing order: largest first, or chronological for a trend
    QList<OmittedFigure> omitted;
    QList<Footnote> footnotes;
    QString emptyReason; // why there are no rows

    bool isEmpty() const { return rows.isEmpty(); }
    const Footnote *footnote(int number) const;
};

} // namespace opcc
