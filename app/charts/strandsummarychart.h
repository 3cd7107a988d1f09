#pragma once

#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QList>

namespace opcc {

class ChartContext;
struct ChartData;

// Per strand: how many schemes, how many have a figure of the measure, and the total of those
// figures (funding: what each strand costs). Rates are not added to totals.
class StrandSummaryChart final
{
    Q_DECLARE_TR_FUNCTIONS(StrandSummaryChart)

public:
    static void build(ChartContext &context, ChartData &data);
    // The qualifier of a sum: exact when every part is; "at least" when parts are exact or
    // lower bounds; "approx." otherwise.
    static Qualifier sumQualifier(const QList<Qualifier> &parts);
};

} // namespace opcc
