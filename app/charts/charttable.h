// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace opcc {

// The data table printed under a chart and shown beside it in the window: one line per row, in
// the chart's order, with every figure as stated, its period and its footnote numbers.
struct ChartTable
{
    QStringList headers;
    QList<QStringList> rows;
    int wrapColumn = -1; // the column given the remaining width, wrapped
};

class ChartTableBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ChartTableBuilder)

public:
    static ChartTable table(const ChartData &data);
    // "Operation Warrior (Lancashire): 17 a week, period not stated [4]. Stated as ..."
    static QString omittedLine(const OmittedFigure &figure);
    // "[1]", "[1, 3]"
    static QString citation(const QList<int> &footnotes);

private:
    static QString withPeriod(const ChartFigure &figure);
};

} // namespace opcc
