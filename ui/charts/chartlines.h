// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace opcc::ui {

// How a bar shows what kind of figure it is, so that a qualified figure never looks exact.
enum class BarMark {
    Exact, // a solid bar
    Before, // a hatched bar: the baseline of a before/after pair
    OpenEnd, // "over", "at least": a solid bar ending in an open arrow, the figure is higher
    Approximate, // "approx.", "almost", "under", "at most": a lighter bar with an outline
    Range, // "17 to 20": a solid bar to the lower end, a whisker to the higher
};
// On a trend the same marks are points: a solid dot (exact), a dot with an open arrow rising
// from it (over, at least), a hollow lighter dot (approximate) and a dot at the lower figure with
// a whisker up to the higher (range).

// One bar of a horizontal bar chart, or one point of a trend, with the words drawn beside it.
struct ChartLine
{
    QString title; // scheme (bold); empty on the second line of a before/after pair
    QString detail; // area and period, or "Before: ..." (smaller)
    QString remark; // what qualifies the bar: the source's note, "periods differ" (italic)
    double value = 0; // where the bar ends (a range at its lower end)
    double valueHigh = 0; // Range: where the whisker ends
    QString valueText; // "over 6,000 [1]"
    QString caveat; // what limits the value, said under it: "sample of six ...; periods differ"
    BarMark mark = BarMark::Exact;
    bool hatched = false; // a "before" bar
};

// One entry of the key drawn with the chart: the mark and what it means.
struct ChartLegendEntry
{
    BarMark mark = BarMark::Exact;
    QString text;
};

// What the chart draws, as lines from top to bottom (or points from left to right).
class ChartLines final
{
    Q_DECLARE_TR_FUNCTIONS(ChartLines)

public:
    static QList<ChartLine> from(const ChartData &data);
    static QString marker(int footnote);
    // The mark of a figure with this qualifier.
    static BarMark markOf(Qualifier qualifier);
    // The key: one entry for every kind of mark drawn, in a fixed order; empty when every bar is
    // a plain exact figure (a key saying only "exact" tells the reader nothing).
    // A trend's points are named as points, not bars.
    static QList<ChartLegendEntry> legend(
        const QList<ChartLine> &lines, ChartKind kind = ChartKind::Comparison);
    static QString legendText(BarMark mark, ChartKind kind = ChartKind::Comparison);
};

} // namespace opcc::ui
