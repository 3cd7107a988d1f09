// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartview.h"

#include "chartgraphic.h"

#include <QEvent>

namespace opcc::ui {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
    , m_graphic(new ChartGraphic(ChartStyle::forScreen(palette(), font())))
{
    // The view owns the chart. QChartView made an empty chart of its own, which setChart() takes
    // out of the scene without deleting (LeakSanitizer found it).
    QChart *const empty = chart();
    setChart(m_graphic);
    delete empty;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 260);
    setBackgroundBrush(palette().base());
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // A high-contrast palette or a larger system font reaches the chart too.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        setBackgroundBrush(palette().base());
        m_graphic->setStyle(ChartStyle::forScreen(palette(), font()));
    }
}

void ChartView::setChartData(const ChartData &chartData)
{
    m_graphic->setChartData(chartData);
}

} // namespace opcc::ui
