#include "chartview.h"

#include "chartgraphic.h"

namespace opcc::ui {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
    , m_graphic(new ChartGraphic(ChartStyle::forScreen()))
{
    setChart(m_graphic); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 260);
    setBackgroundBrush(Qt::white);
}

void ChartView::setChartData(const ChartData &chartData)
{
    m_graphic->setChartData(chartData);
}

} // namespace opcc::ui
