#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace opcc::ui {

// One bar of a horizontal bar chart, or one point of a trend, with the words drawn beside it.
struct ChartLine
{
    QString title;     // scheme (bold); empty on the second line of a before/after pair
    QString detail;    // area and period, or "Before: ..." (smaller)
    double value = 0;  // where the bar ends (a range at its lower end)
    QString valueText; // "over 6,000 [1]"
    bool hatched = false; // a "before" bar
};

// What the chart draws, as lines from top to bottom (or points from left to right).
class ChartLines final
{
    Q_DECLARE_TR_FUNCTIONS(ChartLines)

public:
    static QList<ChartLine> from(const ChartData &data);
    static QString marker(int footnote);
};

} // namespace opcc::ui
