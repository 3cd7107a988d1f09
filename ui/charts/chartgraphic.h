// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chartlines.h"
#include "charts/chartdata.h"
#include "chartstyle.h"

#include <QChart>
#include <QList>

class QAbstractAxis;
class QGraphicsTextItem;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace opcc::ui {

// A chart of ChartData as a Qt Charts QChart: horizontal bars sorted by value (comparison,
// before/after, strand summary) or a line (trend). Every bar and point carries its value and
// footnote as text beside it, and every category its scheme, area and period, so that nothing
// depends on colour. The labels are laid out by this class for the chart's current size, so the
// same chart serves the window and the printed page. All Qt Charts code lives in ui/charts.
class ChartGraphic final : public QChart
{
    Q_OBJECT

public:
    explicit ChartGraphic(const ChartStyle &style, QGraphicsItem *parent = nullptr);
    ~ChartGraphic() override;

    void setChartData(const ChartData &data);
    void setStyle(const ChartStyle &style);
    const ChartData &chartData() const { return m_data; }
    const ChartStyle &style() const { return m_style; }
    const QList<ChartLine> &lines() const { return m_lines; }
    // The key drawn with the chart at its current layout (empty when every bar is exact).
    const QList<ChartLegendEntry> &legendShown() const { return m_legendShown; }
    // The marks drawn over the bars at the current layout, one per open end or whisker, in
    // line order: what tells a qualified bar from an exact one besides its shade. On a trend,
    // one per qualified point (its hollow dot, arrow or whisker), in time order.
    const QList<BarMark> &marksDrawn() const { return m_marksDrawn; }

    // The height that gives every bar room for its labels at this width.
    qreal preferredHeight(qreal width) const;
    // The least height that keeps every bar's name and period apart (its notes left out).
    qreal minimumHeight(qreal width) const;
    // Lays the labels out for the current size now (done on every resize anyway).
    void relayout();

private:
    void rebuild();
    void clearLabels();
    QRectF placePlot(const QRectF &area, const QMarginsF &margins);
    void layoutBars(const QRectF &area);
    void layoutTrend(const QRectF &area);
    void addHatching(const QRectF &bar, qreal spacing);
    // The open end of an "over"/"at least" bar; returns where it ends on the right.
    qreal addOpenEnd(const QRectF &bar);
    // The whisker of a range from the bar's end to high; returns where it ends on the right.
    qreal addWhisker(const QRectF &bar, qreal high);
    // A small bar drawn as the key's sample of the mark.
    void addSwatch(const QRectF &box, BarMark mark);
    // A trend's point with its mark at centre; highY: where a range's whisker ends. Returns the
    // top of what was drawn, for the value label above it (chartgraphic_trend.cpp).
    qreal addPoint(const QPointF &centre, BarMark mark, qreal highY, qreal radius);
    qreal pointRadius() const;
    qreal legendHeight(qreal width) const;
    void layoutLegend(const QRectF &area);
    qreal labelColumnWidth(qreal width) const;
    qreal lineLabelHeight(const ChartLine &line, qreal columnWidth) const;
    qreal lineLabelHeight(const ChartLine &line, qreal columnWidth, bool withRemark) const;
    qreal heightFor(qreal width, bool withRemarks) const;
    // A value axis from 0 to a round number at least max, with round ticks; returns the step.
    double setRoundRange(QValueAxis *axis, double max) const;
    QString tickText(double value) const;
    QGraphicsTextItem *addText(const QString &text, const QFont &font, const QColor &colour,
        qreal width, Qt::Alignment alignment);
    QGraphicsSimpleTextItem *addSimpleText(
        const QString &text, const QFont &font, const QColor &colour);

    ChartStyle m_style;
    ChartData m_data;
    QList<ChartLine> m_lines;
    QValueAxis *m_valueAxis = nullptr;
    QAbstractAxis *m_otherAxis = nullptr;
    QList<QGraphicsItem *> m_labels;
    QList<ChartLegendEntry> m_legend; // of the data
    QList<ChartLegendEntry> m_legendShown;
    QList<BarMark> m_marksDrawn;
    bool m_layingOut = false;
};

} // namespace opcc::ui
