// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The marks that tell a qualified bar from an exact one (an open end, a whisker, a lighter fill),
// and the key that names them.
#include "chartgraphic.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>

namespace opcc::ui {

namespace {

constexpr qreal markZ = 9.0;

} // namespace

void ChartGraphic::addHatching(const QRectF &bar, qreal spacing)
{
    // Lines rising to the right, clipped to the bar.
    QPainterPath path;
    const qreal h = bar.height();
    for (qreal x0 = bar.left() - h + spacing / 2; x0 < bar.right(); x0 += spacing) {
        QPointF start(x0, bar.bottom());
        QPointF end(x0 + h, bar.top());
        if (start.x() < bar.left())
            start = QPointF(bar.left(), bar.bottom() - (bar.left() - x0));
        if (end.x() > bar.right())
            end = QPointF(bar.right(), bar.top() + (end.x() - bar.right()));
        path.moveTo(start);
        path.lineTo(end);
    }
    auto *item = new QGraphicsPathItem(path, this);
    QPen pen(m_style.hatch);
    pen.setWidthF(qMax(0.5, spacing * 0.15));
    item->setPen(pen);
    item->setZValue(markZ);
    m_labels.append(item);
}

qreal ChartGraphic::addOpenEnd(const QRectF &bar)
{
    // An arrowhead continuing the bar, then a dashed line: the figure goes on past the number.
    const qreal h = bar.height();
    QPainterPath head;
    head.moveTo(bar.right(), bar.top() - h * 0.2);
    head.lineTo(bar.right() + h * 0.7, bar.center().y());
    head.lineTo(bar.right(), bar.bottom() + h * 0.2);
    head.closeSubpath();
    auto *arrow = new QGraphicsPathItem(head, this);
    arrow->setBrush(m_style.bar);
    arrow->setPen(Qt::NoPen);
    arrow->setZValue(markZ);
    m_labels.append(arrow);

    const qreal tail = bar.right() + h * 0.7 + h * 1.2;
    QPainterPath dashes;
    dashes.moveTo(bar.right() + h * 0.7, bar.center().y());
    dashes.lineTo(tail, bar.center().y());
    auto *line = new QGraphicsPathItem(dashes, this);
    QPen pen(m_style.bar);
    pen.setWidthF(qMax(1.0, h * 0.12));
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->setZValue(markZ);
    m_labels.append(line);
    return tail;
}

qreal ChartGraphic::addWhisker(const QRectF &bar, qreal high)
{
    const qreal y = bar.center().y();
    const qreal cap = bar.height() * 0.45;
    QPainterPath path;
    path.moveTo(bar.right(), y);
    path.lineTo(high, y);
    path.moveTo(high, y - cap);
    path.lineTo(high, y + cap);
    auto *item = new QGraphicsPathItem(path, this);
    QPen pen(m_style.ink);
    pen.setWidthF(qMax(1.0, bar.height() * 0.1));
    item->setPen(pen);
    item->setZValue(markZ);
    m_labels.append(item);
    return high + pen.widthF();
}

void ChartGraphic::addSwatch(const QRectF &box, BarMark mark)
{
    QRectF bar = box;
    if (mark == BarMark::OpenEnd)
        bar.setWidth(box.width() * 0.55);
    if (mark == BarMark::Range)
        bar.setWidth(box.width() * 0.6);
    auto *rect = new QGraphicsRectItem(bar, this);
    rect->setZValue(markZ);
    m_labels.append(rect);
    switch (mark) {
    case BarMark::Exact:
    case BarMark::OpenEnd:
    case BarMark::Range:
        rect->setBrush(m_style.bar);
        rect->setPen(QPen(m_style.bar, 0.5));
        break;
    case BarMark::Approximate:
        rect->setBrush(m_style.lightBar);
        rect->setPen(QPen(m_style.bar, 0.8));
        break;
    case BarMark::Before:
        rect->setBrush(m_style.paper);
        rect->setPen(QPen(m_style.hatch, 0.8));
        addHatching(bar, m_style.fontSize * 0.42);
        break;
    }
    if (mark == BarMark::OpenEnd)
        addOpenEnd(bar);
    if (mark == BarMark::Range)
        addWhisker(bar, box.right());
}

qreal ChartGraphic::legendHeight(qreal width) const
{
    if (m_legend.isEmpty())
        return 0;
    const QFontMetricsF metrics(m_style.font(0.85));
    const qreal swatch = m_style.fontSize * 2.6;
    const qreal gap = m_style.fontSize;
    qreal x = 0;
    int rows = 1;
    for (const ChartLegendEntry &entry : m_legend) {
        const qreal w = swatch + gap * 0.5 + metrics.horizontalAdvance(entry.text) + gap * 1.5;
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * metrics.height() * 1.35 + m_style.fontSize * 0.4;
}

void ChartGraphic::layoutLegend(const QRectF &area)
{
    m_legendShown.clear();
    if (m_legend.isEmpty())
        return;
    const QFont font = m_style.font(0.85);
    const QFontMetricsF metrics(font);
    const qreal swatch = m_style.fontSize * 2.6;
    const qreal gap = m_style.fontSize;
    const qreal rowHeight = metrics.height() * 1.35;
    qreal x = area.left();
    qreal y = area.top();
    for (const ChartLegendEntry &entry : std::as_const(m_legend)) {
        const qreal w = swatch + gap * 0.5 + metrics.horizontalAdvance(entry.text) + gap * 1.5;
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += rowHeight;
        }
        const qreal thickness = metrics.height() * 0.6;
        if (m_data.kind == ChartKind::Trend) {
            const qreal mid = y + rowHeight / 2;
            const qreal h = metrics.height() * 0.5;
            const qreal lowered = entry.mark == BarMark::Exact ? 0 : h * 0.6;
            addPoint(
                QPointF(x + swatch / 2, mid + lowered), entry.mark, mid - h, pointRadius() * 0.75);
        } else {
            addSwatch(QRectF(x, y + (rowHeight - thickness) / 2, swatch, thickness), entry.mark);
        }
        QGraphicsSimpleTextItem *text = addSimpleText(entry.text, font, m_style.detailInk);
        text->setPos(x + swatch + gap * 0.5, y + (rowHeight - metrics.height()) / 2);
        m_legendShown.append(entry);
        x += w;
    }
}

} // namespace opcc::ui
