// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace opcc {

class ChartContext;
struct ChartData;

// One measure across schemes: one figure per scheme, largest first, rates kept apart from totals
// (or put per month), optionally divided by each scheme's funding.
class ComparisonChart final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonChart)

public:
    static void build(ChartContext &context, ChartData &data);
};

} // namespace opcc
