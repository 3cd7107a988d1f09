// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartgraphic.h"

#include "domain/valueformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainterPath>
#include <QPen>
#include <QScatterSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>
#include <cmath>

namespace opcc::ui {

namespace {

constexpr qreal labelZ = 10.0;
constexpr qreal barWidth = 0.62; // of a line's height

double roundStep(double rough)
{
    if (rough <= 0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / magnitude;
    const double nice = fraction <= 1.0 ? 1.0
        : fraction <= 2.0               ? 2.0
        : fraction <= 5.0               ? 5.0
                                        : 10.0;
    return nice * magnitude;
}

} // namespace

ChartGraphic::ChartGraphic(const ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_style(style)
{
    setBackgroundBrush(m_style.paper);
    setBackgroundPen(Qt::NoPen);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    setMargins(QMargins(0, 0, 0, 0));
    layout()->setContentsMargins(0, 0, 0, 0);
    setAnimationOptions(QChart::NoAnimation);
    legend()->hide();
    connect(this, &QGraphicsWidget::geometryChanged, this, &ChartGraphic::relayout);
}

ChartGraphic::~ChartGraphic() = default;

void ChartGraphic::setStyle(const ChartStyle &style)
{
    m_style = style;
    setBackgroundBrush(m_style.paper);
    rebuild();
}

void ChartGraphic::setChartData(const ChartData &data)
{
    m_data = data;
    rebuild();
}

void ChartGraphic::rebuild()
{
    removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = axes();
    for (QAbstractAxis *axis : oldAxes) {
        axis->setVisible(false); // its items go only when the event loop deletes them
        removeAxis(axis);
        delete axis;
    }
    m_valueAxis = nullptr;
    m_otherAxis = nullptr;
    m_lines = ChartLines::from(m_data);
    m_legend = ChartLines::legend(m_lines, m_data.kind);
    if (m_lines.isEmpty()) {
        relayout();
        return;
    }

    QPen gridPen(m_style.grid);
    gridPen.setWidthF(0.5);
    QPen axisPen(m_style.detailInk);
    axisPen.setWidthF(0.8);
    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setLabelsVisible(false);
    m_valueAxis->setGridLinePen(gridPen);
    m_valueAxis->setLinePen(axisPen);
    m_valueAxis->setMinorTickCount(0);

    if (m_data.kind == ChartKind::Trend) {
        auto *line = new QLineSeries(this);
        auto *points = new QScatterSeries(this);
        // Exact points are the series' dots; a qualified point is drawn with its own mark
        // (chartgraphic_trend.cpp), never as a plain dot.
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            line->append(double(i), m_lines.at(i).value);
            if (m_lines.at(i).mark == BarMark::Exact)
                points->append(double(i), m_lines.at(i).value);
        }
        QPen linePen(m_style.ink);
        linePen.setWidthF(2.0);
        line->setPen(linePen);
        points->setMarkerSize(m_style.fontSize * 0.8);
        points->setColor(m_style.ink);
        points->setBorderColor(m_style.ink);
        addSeries(line);
        addSeries(points);
        auto *periods = new QValueAxis(this);
        periods->setRange(-0.5, double(m_lines.size()) - 0.5);
        periods->setLabelsVisible(false);
        periods->setGridLineVisible(false);
        periods->setTickCount(2);
        periods->setLinePen(axisPen);
        addAxis(periods, Qt::AlignBottom);
        addAxis(m_valueAxis, Qt::AlignLeft);
        for (QAbstractSeries *series :
            { static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points) }) {
            series->attachAxis(periods);
            series->attachAxis(m_valueAxis);
        }
        m_otherAxis = periods;
    } else {
        // Two sets, solid and hatched, each holding a value only on its own lines, stacked so
        // that every line shows one bar. Qt Charts puts category 0 at the bottom.
        auto *series = new QHorizontalStackedBarSeries(this);
        auto *solid = new QBarSet(QString(), series);
        auto *hatched = new QBarSet(QString(), series);
        auto *light = new QBarSet(QString(), series);
        light->setBrush(m_style.lightBar);
        QPen lightPen(m_style.bar);
        lightPen.setWidthF(1.0);
        light->setPen(lightPen);
        solid->setBrush(m_style.bar);
        solid->setPen(QPen(m_style.bar, 0.5));
        // The hatching is drawn over the white bar by layoutBars(): a pattern brush would be
        // drawn at device resolution, too fine to see on a printed page.
        hatched->setBrush(m_style.paper);
        QPen hatchPen(m_style.hatch);
        hatchPen.setWidthF(0.8);
        hatched->setPen(hatchPen);
        QStringList categories;
        for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
            const ChartLine &line = m_lines.at(i);
            const bool isLight = line.mark == BarMark::Approximate;
            solid->append(line.hatched || isLight ? 0.0 : line.value);
            hatched->append(line.hatched ? line.value : 0.0);
            light->append(isLight && !line.hatched ? line.value : 0.0);
            categories.append(QString::number(i));
        }
        series->append(solid);
        series->append(hatched);
        series->append(light);
        series->setBarWidth(barWidth);
        series->setLabelsVisible(false);
        addSeries(series);
        auto *categoryAxis = new QBarCategoryAxis(this);
        categoryAxis->append(categories);
        categoryAxis->setLabelsVisible(false);
        categoryAxis->setGridLineVisible(false);
        categoryAxis->setLinePen(axisPen);
        addAxis(categoryAxis, Qt::AlignLeft);
        addAxis(m_valueAxis, Qt::AlignBottom);
        series->attachAxis(categoryAxis);
        series->attachAxis(m_valueAxis);
        m_otherAxis = categoryAxis;
    }
    relayout();
}

void ChartGraphic::clearLabels()
{
    qDeleteAll(m_labels);
    m_labels.clear();
}

QGraphicsTextItem *ChartGraphic::addText(const QString &text, const QFont &font,
    const QColor &colour, qreal width, Qt::Alignment alignment)
{
    auto *item = new QGraphicsTextItem(this);
    item->setFont(font);
    item->setDefaultTextColor(colour);
    item->document()->setDocumentMargin(0);
    QTextOption option = item->document()->defaultTextOption();
    option.setAlignment(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    item->document()->setDefaultTextOption(option);
    item->setTextWidth(width);
    item->setPlainText(text);
    item->setZValue(labelZ);
    m_labels.append(item);
    return item;
}

QGraphicsSimpleTextItem *ChartGraphic::addSimpleText(
    const QString &text, const QFont &font, const QColor &colour)
{
    auto *item = new QGraphicsSimpleTextItem(text, this);
    item->setFont(font);
    item->setBrush(colour);
    item->setZValue(labelZ);
    m_labels.append(item);
    return item;
}

qreal ChartGraphic::labelColumnWidth(qreal width) const
{
    const QFontMetricsF title(m_style.font(1.0, true));
    const QFontMetricsF detail(m_style.font(0.85));
    qreal natural = 0;
    for (const ChartLine &line : m_lines)
        natural = qMax(natural,
            qMax(title.horizontalAdvance(line.title),
                qMax(
                    detail.horizontalAdvance(line.detail), detail.horizontalAdvance(line.remark))));
    return qMin(natural + 2.0, width * 0.42);
}

qreal ChartGraphic::lineLabelHeight(const ChartLine &line, qreal columnWidth) const
{
    return lineLabelHeight(line, columnWidth, true);
}

qreal ChartGraphic::lineLabelHeight(const ChartLine &line, qreal columnWidth, bool withRemark) const
{
    const QRectF box(0, 0, columnWidth, 10000);
    const int flags = Qt::AlignRight | Qt::TextWordWrap;
    qreal height = 0;
    if (!line.title.isEmpty())
        height
            += QFontMetricsF(m_style.font(1.0, true)).boundingRect(box, flags, line.title).height();
    if (!line.detail.isEmpty())
        height += QFontMetricsF(m_style.font(0.85)).boundingRect(box, flags, line.detail).height();
    if (withRemark && !line.remark.isEmpty())
        height += QFontMetricsF(m_style.font(0.85, false, true))
                      .boundingRect(box, flags, line.remark)
                      .height();
    return height;
}

qreal ChartGraphic::preferredHeight(qreal width) const
{
    return heightFor(width, true);
}

qreal ChartGraphic::minimumHeight(qreal width) const
{
    return heightFor(width, false);
}

qreal ChartGraphic::heightFor(qreal width, bool withRemarks) const
{
    const QFontMetricsF ticks(m_style.font(0.85));
    const qreal axis = ticks.height() * 2.0 + m_style.fontSize * 2.0;
    if (m_lines.isEmpty())
        return m_style.rowHeight * 3;
    if (m_data.kind == ChartKind::Trend)
        return qMax(width * 0.32, m_style.rowHeight * 7) + legendHeight(width);
    const qreal column = labelColumnWidth(width);
    qreal band = m_style.rowHeight;
    for (const ChartLine &line : m_lines)
        band = qMax(band, lineLabelHeight(line, column, withRemarks) + m_style.fontSize * 0.5);
    // One or two bars get more room, not fatter bars.
    if (m_lines.size() <= 2)
        band = qMax(band, m_style.rowHeight * 1.7);
    return band * qreal(m_lines.size()) + axis + legendHeight(width);
}

double ChartGraphic::setRoundRange(QValueAxis *axis, double max) const
{
    if (max <= 0)
        max = 1.0;
    double step = roundStep(max / 5.0);
    const double top = std::ceil(max / step - 1e-9) * step;
    axis->setRange(0.0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    return step;
}

QString ChartGraphic::tickText(double value) const
{
    const Decimal decimal = Decimal::fromHundredths(std::llround(value * 100.0));
    return formatCompactValue(decimal, m_data.unit);
}

void ChartGraphic::relayout()
{
    if (m_layingOut)
        return;
    m_layingOut = true;
    clearLabels();
    m_legendShown.clear();
    m_marksDrawn.clear();
    const QRectF area(QPointF(0, 0), size());
    if (m_lines.isEmpty()) {
        const QString text
            = m_data.emptyReason.isEmpty() ? tr("Nothing to draw.") : m_data.emptyReason;
        QGraphicsTextItem *item
            = addText(text, m_style.font(1.1), m_style.ink, area.width() * 0.8, Qt::AlignHCenter);
        item->setPos(area.width() * 0.1, (area.height() - item->boundingRect().height()) / 2);
    } else if (area.width() > 40 && area.height() > 40) {
        if (m_data.kind == ChartKind::Trend)
            layoutTrend(area);
        else
            layoutBars(area);
    }
    m_layingOut = false;
}

QRectF ChartGraphic::placePlot(const QRectF &area, const QMarginsF &margins)
{
    // Qt Charts lays the plot out inside the chart's margins (its axis labels are hidden, so they
    // take no room); the labels are then placed on the plot area it actually chose.
    setMargins(margins.toMargins());
    layout()->invalidate();
    layout()->activate();
    const QRectF plot = plotArea();
    return plot.isValid() ? plot : area.marginsRemoved(margins);
}

void ChartGraphic::layoutBars(const QRectF &area)
{
    const qreal gap = m_style.fontSize * 0.6;
    const QFont valueFont = m_style.font(1.0, true);
    const QFont tickFont = m_style.font(0.85);
    const QFontMetricsF ticks(tickFont);
    const qreal column = labelColumnWidth(area.width());
    // Room for the last tick label to the right of the plot, and for the ticks and the axis title
    // under it; the left margin holds the scheme labels.
    const qreal right = ticks.horizontalAdvance(tickText(1e7)) / 2 + 2;
    const qreal legend = legendHeight(area.width());
    const QRectF plot = placePlot(area,
        QMarginsF(column + gap * 1.5, gap * 0.5 + legend, right, gap * 2 + ticks.height() * 2.2));
    if (plot.width() < 20 || plot.height() < 10)
        return;
    layoutLegend(QRectF(area.left(), area.top(), area.width(), legend));

    // Make the axis long enough that every value label fits beside its bar.
    const QFontMetricsF values(valueFont);
    double needed = 0;
    const qreal markRoom = m_style.rowHeight * 0.8 * barWidth * 1.9; // an open end's length
    for (const ChartLine &line : m_lines) {
        const double end
            = line.mark == BarMark::Range ? qMax(line.value, line.valueHigh) : line.value;
        needed = qMax(needed, end);
        const qreal extra = line.mark == BarMark::OpenEnd ? markRoom : 0;
        const qreal room
            = plot.width() - values.horizontalAdvance(line.valueText) - gap * 2 - extra;
        if (room > plot.width() * 0.3)
            needed = qMax(needed, end * plot.width() / room);
    }
    const double step = setRoundRange(m_valueAxis, needed);
    const double max = m_valueAxis->max();

    const qreal band = plot.height() / qreal(m_lines.size());
    // The notes beside the bars only where every bar has room for them (the table under the
    // chart gives them too); names and periods always.
    bool roomForRemarks = true;
    for (const ChartLine &line : m_lines)
        roomForRemarks = roomForRemarks && lineLabelHeight(line, column) <= band;
    // Bars no thicker than a line of labels needs, however tall the view.
    const qreal barShare = qMin(barWidth, m_style.rowHeight * 0.8 / band);
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series().value(0)))
        bars->setBarWidth(barShare);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const ChartLine &line = m_lines.at(i);
        const qreal centre = plot.top() + (qreal(i) + 0.5) * band;
        QGraphicsTextItem *title = line.title.isEmpty()
            ? nullptr
            : addText(line.title, m_style.font(1.0, true), m_style.ink, column, Qt::AlignRight);
        QGraphicsTextItem *detail = line.detail.isEmpty()
            ? nullptr
            : addText(line.detail, m_style.font(0.85), m_style.detailInk, column, Qt::AlignRight);
        QGraphicsTextItem *remark = line.remark.isEmpty() || !roomForRemarks
            ? nullptr
            : addText(
                line.remark, m_style.font(0.85, false, true), m_style.ink, column, Qt::AlignRight);
        const qreal titleHeight = title ? title->boundingRect().height() : 0;
        const qreal detailHeight = detail ? detail->boundingRect().height() : 0;
        const qreal remarkHeight = remark ? remark->boundingRect().height() : 0;
        const qreal top = centre - (titleHeight + detailHeight + remarkHeight) / 2;
        if (title)
            title->setPos(area.left(), top);
        if (detail)
            detail->setPos(area.left(), top + titleHeight);
        if (remark)
            remark->setPos(area.left(), top + titleHeight + detailHeight);

        QGraphicsSimpleTextItem *value = addSimpleText(line.valueText, valueFont, m_style.ink);
        const QRectF box = value->boundingRect();
        const qreal end = plot.left() + qreal(line.value / max) * plot.width();
        const qreal thickness = band * barShare;
        const QRectF bar(plot.left(), centre - thickness / 2, end - plot.left(), thickness);
        if (line.hatched)
            addHatching(bar, gap * 0.7);
        qreal markEnd = end;
        if (line.mark == BarMark::OpenEnd) {
            markEnd = addOpenEnd(bar);
            m_marksDrawn.append(line.mark);
        } else if (line.mark == BarMark::Range && line.valueHigh > line.value) {
            markEnd = addWhisker(bar, plot.left() + qreal(line.valueHigh / max) * plot.width());
            m_marksDrawn.append(line.mark);
        }
        qreal x = markEnd + gap * 0.6;
        if (x + box.width() > area.right() && end - plot.left() > box.width() + gap * 2) {
            x = end - gap * 0.6 - box.width(); // inside the bar, in the paper's colour
            value->setBrush(m_style.paper);
        }
        value->setPos(x, centre - box.height() / 2);
        if (!line.caveat.isEmpty()) {
            // Under the value, wrapped to the room left of the chart's edge.
            const qreal left = markEnd + gap * 0.6;
            QGraphicsTextItem *caveat = addText(line.caveat, m_style.font(0.85, false, true),
                m_style.ink, qMax(area.right() - left, gap * 8), Qt::AlignLeft);
            const qreal h = caveat->boundingRect().height();
            value->setPos(x, centre - (box.height() + h) / 2);
            caveat->setPos(left, centre - (box.height() + h) / 2 + box.height());
        }
    }

    for (double v = 0; v <= max + step * 0.01; v += step) {
        QGraphicsSimpleTextItem *tick = addSimpleText(tickText(v), tickFont, m_style.detailInk);
        const qreal x = plot.left() + qreal(v / max) * plot.width();
        tick->setPos(x - tick->boundingRect().width() / 2, plot.bottom() + gap * 0.5);
    }
    QGraphicsSimpleTextItem *axisTitle
        = addSimpleText(m_data.valueTitle, m_style.font(0.9, false, true), m_style.detailInk);
    axisTitle->setPos(plot.center().x() - axisTitle->boundingRect().width() / 2,
        plot.bottom() + gap * 0.7 + ticks.height());
}

} // namespace opcc::ui
