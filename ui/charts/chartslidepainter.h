// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace opcc::ui {

// Paints the chart alone, for a slide or a document of one's own: the title, the subtitle that
// says when periods differ, the bars with their labels and key, and one line per source, without
// the page's table and notes. Laid out on a canvas 800 units wide and scaled to the target, so
// that the text keeps its share of the picture at any size.
class ChartSlidePainter final
{
    Q_DECLARE_TR_FUNCTIONS(ChartSlidePainter)

public:
    static void paint(QPainter &painter, const QRectF &target, const ChartData &data);
};

} // namespace opcc::ui
