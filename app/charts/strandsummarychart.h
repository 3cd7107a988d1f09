// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace opcc {

class ChartContext;
struct ChartData;

// Per strand: how many schemes, how many have a figure of the measure, and the total of those
// figures (funding: what each strand costs). Only figures of the same period or rate are added
// up: a strand whose figures cover different periods gets one bar per period. On a per-year
// basis every figure with a dated period or a rate is first put per year.
class StrandSummaryChart final
{
    Q_DECLARE_TR_FUNCTIONS(StrandSummaryChart)

public:
    static void build(ChartContext &context, ChartData &data);
    // The qualifier of a sum: exact when every part is; "at least" when parts are exact or
    // lower bounds; "approx." otherwise.
    static Qualifier sumQualifier(const QList<Qualifier> &parts);

private:
    // The figure on the chart's basis: as stated, or per year (nothing, and listed apart, when
    // it cannot be).
    static std::optional<Figure> onBasis(
        ChartContext &context, const Scheme &scheme, const Figure &figure, ChartData &data);
};

} // namespace opcc
