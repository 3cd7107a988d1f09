// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>

namespace opcc {

class ChartContext;
struct ChartData;

// One scheme's figures of a measure over several periods, in time order (a baseline first).
class TrendChart final
{
    Q_DECLARE_TR_FUNCTIONS(TrendChart)

public:
    static void build(ChartContext &context, ChartData &data);
};

} // namespace opcc
