// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A trend: one scheme's figures of a measure over time, each point marked as what it is, so that
// "over 6,000" or "approx. 360" never reads as an exact point on the line.
#include "chartgraphic.h"

#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPainterPath>
#include <QPen>
#include <QValueAxis>

namespace opcc::ui {

namespace {

constexpr qreal pointZ = 9.5; // over the line series, under the labels

} // namespace

qreal ChartGraphic::pointRadius() const
{
    return m_style.fontSize * 0.42;
}

qreal ChartGraphic::addPoint(const QPointF &centre, BarMark mark, qreal highY, qreal radius)
{
    const qreal r = radius;
    // Exact points of the chart itself are the scatter series' dots; the key draws its own.
    auto *dot
        = new QGraphicsEllipseItem(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), this);
    dot->setZValue(pointZ);
    m_labels.append(dot);
    if (mark == BarMark::Approximate) {
        dot->setBrush(m_style.lightBar);
        dot->setPen(QPen(m_style.bar, qMax(1.0, r * 0.4)));
    } else {
        dot->setBrush(m_style.ink);
        dot->setPen(QPen(m_style.ink, 0.5));
    }
    qreal top = centre.y() - r;
    if (mark == BarMark::OpenEnd) {
        // An arrowhead rising from the dot, then a dashed line: the figure goes on above.
        const qreal base = centre.y() - r * 1.2;
        const qreal tip = base - r * 2.0;
        QPainterPath head;
        head.moveTo(centre.x() - r * 1.1, base);
        head.lineTo(centre.x(), tip);
        head.lineTo(centre.x() + r * 1.1, base);
        head.closeSubpath();
        auto *arrow = new QGraphicsPathItem(head, this);
        arrow->setBrush(m_style.ink);
        arrow->setPen(Qt::NoPen);
        arrow->setZValue(pointZ);
        m_labels.append(arrow);
        QPainterPath dashes;
        dashes.moveTo(centre.x(), tip);
        dashes.lineTo(centre.x(), tip - r * 2.0);
        auto *line = new QGraphicsPathItem(dashes, this);
        QPen pen(m_style.ink);
        pen.setWidthF(qMax(1.0, r * 0.3));
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setZValue(pointZ);
        m_labels.append(line);
        top = tip - r * 2.0;
    } else if (mark == BarMark::Range && highY < centre.y() - r) {
        QPainterPath whisker;
        whisker.moveTo(centre.x(), centre.y() - r);
        whisker.lineTo(centre.x(), highY);
        whisker.moveTo(centre.x() - r, highY);
        whisker.lineTo(centre.x() + r, highY);
        auto *item = new QGraphicsPathItem(whisker, this);
        QPen pen(m_style.ink);
        pen.setWidthF(qMax(1.0, r * 0.35));
        item->setPen(pen);
        item->setZValue(pointZ);
        m_labels.append(item);
        top = highY;
    }
    return top;
}

void ChartGraphic::layoutTrend(const QRectF &area)
{
    const qreal gap = m_style.fontSize * 0.6;
    const QFont valueFont = m_style.font(1.0, true);
    const QFont tickFont = m_style.font(0.85);
    const QFontMetricsF ticks(tickFont);
    const QFontMetricsF values(valueFont);
    double max = 0;
    for (const ChartLine &line : m_lines)
        max = qMax(
            max, line.mark == BarMark::Range ? qMax(line.value, line.valueHigh) : line.value);
    const double step = setRoundRange(m_valueAxis, max * 1.15);
    max = m_valueAxis->max();
    qreal tickWidth = 0;
    for (double v = 0; v <= max + step * 0.01; v += step)
        tickWidth = qMax(tickWidth, ticks.horizontalAdvance(tickText(v)));

    const qreal left = area.left() + tickWidth + gap * 2;
    const qreal band = (area.right() - gap - left) / qreal(m_lines.size());
    qreal periodHeight = 0;
    const QRectF box(0, 0, band - gap, 10000);
    for (const ChartLine &line : m_lines) {
        const QString text
            = line.title.isEmpty() ? line.detail : line.title + QLatin1Char('\n') + line.detail;
        periodHeight = qMax(periodHeight,
            ticks.boundingRect(box, Qt::AlignHCenter | Qt::TextWordWrap, text).height());
    }
    // The key first, then room above the highest point for its value and an open arrow.
    const qreal legend = legendHeight(area.width());
    layoutLegend(QRectF(area.left(), area.top(), area.width(), legend));
    const qreal top
        = area.top() + legend + ticks.height() + values.height() + gap + pointRadius() * 5.2;
    const QRectF plot = placePlot(
        area, QMarginsF(left - area.left(), top - area.top(), gap, periodHeight + gap * 1.5));
    if (plot.width() < 20 || plot.height() < 10)
        return;

    QGraphicsSimpleTextItem *axisTitle
        = addSimpleText(m_data.valueTitle, m_style.font(0.9, false, true), m_style.detailInk);
    axisTitle->setPos(area.left(), area.top() + legend);
    for (double v = 0; v <= max + step * 0.01; v += step) {
        QGraphicsSimpleTextItem *tick = addSimpleText(tickText(v), tickFont, m_style.detailInk);
        const qreal y = plot.bottom() - qreal(v / max) * plot.height();
        tick->setPos(plot.left() - gap * 1.2 - tick->boundingRect().width(),
            y - tick->boundingRect().height() / 2);
    }
    const qreal pointBand = plot.width() / qreal(m_lines.size());
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const ChartLine &line = m_lines.at(i);
        const qreal x = plot.left() + (qreal(i) + 0.5) * pointBand;
        const qreal y = plot.bottom() - qreal(line.value / max) * plot.height();
        qreal markTop = y - pointRadius();
        if (line.mark != BarMark::Exact && line.mark != BarMark::Before) {
            const qreal high = plot.bottom() - qreal(line.valueHigh / max) * plot.height();
            markTop = addPoint(QPointF(x, y), line.mark, high, pointRadius());
            m_marksDrawn.append(line.mark);
        }
        QGraphicsSimpleTextItem *value = addSimpleText(line.valueText, valueFont, m_style.ink);
        value->setPos(x - value->boundingRect().width() / 2,
            markTop - value->boundingRect().height() - gap * 0.5);
        const QString text
            = line.title.isEmpty() ? line.detail : line.title + QLatin1Char('\n') + line.detail;
        QGraphicsTextItem *period
            = addText(text, tickFont, m_style.detailInk, pointBand - gap, Qt::AlignHCenter);
        period->setPos(x - (pointBand - gap) / 2, plot.bottom() + gap * 0.6);
    }
}

} // namespace opcc::ui
