// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartpagepainter.h"

#include "chartgraphic.h"
#include "charts/charttable.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <memory>

namespace opcc::ui {

namespace {

constexpr qreal margin = 30.0;
constexpr qreal blockGap = 9.0;
constexpr int textFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QFont pageFont(qreal size, bool bold = false, bool italic = false)
{
    ChartStyle style = ChartStyle::forPage();
    style.fontSize = size;
    return style.font(1.0, bold, italic);
}

qreal textHeight(const QFont &font, qreal width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100000), textFlags, text).height();
}

// The data table under the chart: measured, then drawn.
class PageTable
{
public:
    PageTable(const ChartTable &table, qreal width)
        : m_table(table)
        , m_header(pageFont(8, true))
        , m_body(pageFont(8))
    {
        const QFontMetricsF header(m_header);
        const QFontMetricsF body(m_body);
        const qsizetype columns = table.headers.size();
        QList<qreal> natural(columns, 0.0);
        for (qsizetype c = 0; c < columns; ++c) {
            natural[c] = header.horizontalAdvance(table.headers.at(c));
            for (const QStringList &row : table.rows)
                natural[c] = qMax(natural[c], body.horizontalAdvance(row.value(c)));
            natural[c] += padding * 2;
        }
        // Every column but the wrapping one keeps its natural width, up to a share of the page;
        // the wrapping one takes what is left.
        m_widths = natural;
        qreal fixed = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            if (c == table.wrapColumn)
                continue;
            m_widths[c] = qMin(natural.at(c), width * 0.26);
            fixed += m_widths.at(c);
        }
        if (table.wrapColumn >= 0 && table.wrapColumn < columns)
            m_widths[table.wrapColumn] = qMax(width * 0.12, width - fixed);
        qreal total = 0;
        for (const qreal w : m_widths)
            total += w;
        if (total > width) {
            for (qreal &w : m_widths)
                w *= width / total;
        }
        m_headerHeight = rowHeight(table.headers, m_header);
        for (const QStringList &row : table.rows)
            m_rowHeights.append(rowHeight(row, m_body));
    }

    qreal height() const
    {
        if (m_table.headers.isEmpty())
            return 0;
        qreal h = m_headerHeight;
        for (const qreal r : m_rowHeights)
            h += r;
        return h;
    }

    void paint(QPainter &painter, QPointF at) const
    {
        if (m_table.headers.isEmpty())
            return;
        painter.setPen(QPen(QColor(0x1a, 0x1a, 0x1a)));
        drawRow(painter, at, m_table.headers, m_header, m_headerHeight);
        qreal y = at.y() + m_headerHeight;
        QPen rule(QColor(0x1a, 0x1a, 0x1a));
        rule.setWidthF(0.8);
        painter.setPen(rule);
        painter.drawLine(QPointF(at.x(), y), QPointF(at.x() + tableWidth(), y));
        QPen light(QColor(0xbf, 0xbf, 0xbf));
        light.setWidthF(0.4);
        for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
            drawRow(painter, QPointF(at.x(), y), m_table.rows.at(r), m_body, m_rowHeights.at(r));
            y += m_rowHeights.at(r);
            painter.setPen(light);
            painter.drawLine(QPointF(at.x(), y), QPointF(at.x() + tableWidth(), y));
        }
    }

private:
    static constexpr qreal padding = 3.0;

    qreal tableWidth() const
    {
        qreal w = 0;
        for (const qreal c : m_widths)
            w += c;
        return w;
    }

    qreal rowHeight(const QStringList &cells, const QFont &font) const
    {
        qreal h = QFontMetricsF(font).height();
        for (qsizetype c = 0; c < m_widths.size(); ++c)
            h = qMax(h, textHeight(font, m_widths.at(c) - padding * 2, cells.value(c)));
        return h + padding * 2;
    }

    void drawRow(QPainter &painter, QPointF at, const QStringList &cells, const QFont &font,
        qreal height) const
    {
        painter.save();
        painter.setFont(font);
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        qreal x = at.x();
        for (qsizetype c = 0; c < m_widths.size(); ++c) {
            const QRectF cell(
                x + padding, at.y() + padding, m_widths.at(c) - padding * 2, height - padding * 2);
            painter.drawText(cell, textFlags, cells.value(c));
            x += m_widths.at(c);
        }
        painter.restore();
    }

    ChartTable m_table;
    QFont m_header;
    QFont m_body;
    QList<qreal> m_widths;
    qreal m_headerHeight = 0;
    QList<qreal> m_rowHeights;
};

// A heading and numbered or bulleted paragraphs with a hanging indent.
class PageList
{
public:
    PageList(const QString &heading, const QStringList &items, const QStringList &markers,
        qreal width, qreal size)
        : m_heading(heading)
        , m_items(items)
        , m_markers(markers)
        , m_font(pageFont(size))
        , m_bold(pageFont(size, true))
        , m_width(width)
    {
        const QFontMetricsF metrics(m_font);
        for (const QString &m : markers)
            m_indent = qMax(m_indent, metrics.horizontalAdvance(m) + 4);
        m_height = heading.isEmpty() ? 0 : QFontMetricsF(m_bold).height() + 1;
        for (const QString &item : items)
            m_height += textHeight(m_font, width - m_indent, item) + 1;
    }

    qreal height() const { return m_items.isEmpty() ? 0 : m_height; }

    void paint(QPainter &painter, QPointF at) const
    {
        if (m_items.isEmpty())
            return;
        painter.save();
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        qreal y = at.y();
        if (!m_heading.isEmpty()) {
            painter.setFont(m_bold);
            painter.drawText(QRectF(at.x(), y, m_width, 100), textFlags, m_heading);
            y += QFontMetricsF(m_bold).height() + 1;
        }
        painter.setFont(m_font);
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            const qreal h = textHeight(m_font, m_width - m_indent, m_items.at(i));
            painter.drawText(QRectF(at.x(), y, m_indent, h), textFlags, m_markers.value(i));
            painter.drawText(
                QRectF(at.x() + m_indent, y, m_width - m_indent, h), textFlags, m_items.at(i));
            y += h + 1;
        }
        painter.restore();
    }

private:
    QString m_heading;
    QStringList m_items;
    QStringList m_markers;
    QFont m_font;
    QFont m_bold;
    qreal m_width = 0;
    qreal m_indent = 0;
    qreal m_height = 0;
};

} // namespace

ChartPagePainter::Layout ChartPagePainter::paint(
    QPainter &painter, const QRectF &target, const ChartData &data, const QDate &printed)
{
    Layout layout;
    if (target.isEmpty())
        return layout;
    const QSizeF a4 = a4Landscape();
    const qreal baseWidth = target.width() >= target.height() ? a4.width() : a4.height();

    ChartGraphic graphic(ChartStyle::forPage());
    graphic.setChartData(data);

    QStringList notes;
    if (!data.basis.isEmpty())
        notes.append(data.basis);
    notes += data.notes;
    QStringList omitted;
    for (const OmittedFigure &figure : data.omitted)
        omitted.append(ChartTableBuilder::omittedLine(figure));
    QStringList footnotes;
    QStringList numbers;
    for (const Footnote &note : data.footnotes) {
        footnotes.append(note.text());
        numbers.append(QStringLiteral("[%1]").arg(note.number));
    }
    const QString footer = tr("Printed %1 from the OPCC Schemes register. Every figure is as its "
                              "source states it; the sources are listed above.")
                               .arg(QLocale().toString(printed, QLocale::LongFormat));
    const ChartTable table = ChartTableBuilder::table(data);

    // Lay out at A4 size; if it does not fit, on a larger page drawn smaller.
    for (const qreal zoom : { 1.0, 1.1, 1.2, 1.35, 1.5, 1.7, 2.0, 2.4, 3.0 }) {
        const qreal pageWidth = baseWidth * zoom;
        const qreal pageHeight = pageWidth * target.height() / target.width();
        const qreal width = pageWidth - margin * 2;

        const QFont titleFont = pageFont(16, true);
        const QFont subtitleFont = pageFont(10);
        const qreal titleHeight = textHeight(titleFont, width, data.title);
        const qreal subtitleHeight = textHeight(subtitleFont, width, data.subtitle);
        const PageList noteList(
            {}, notes, QStringList(notes.size(), QStringLiteral("\u2022")), width, 8);
        const PageTable pageTable(table, width);
        const PageList omittedList(tr("Not drawn"), omitted,
            QStringList(omitted.size(), QStringLiteral("\u2013")), width, 8);
        const PageList sourceList(tr("Sources"), footnotes, numbers, width, 7);
        const QFont footerFont = pageFont(7, false, true);
        const qreal footerHeight = textHeight(footerFont, width, footer);

        qreal fixed = titleHeight + 2 + subtitleHeight + blockGap;
        for (const qreal h :
            { noteList.height(), pageTable.height(), omittedList.height(), sourceList.height() }) {
            if (h > 0)
                fixed += h + blockGap;
        }
        fixed += footerHeight + blockGap;
        const qreal preferred = graphic.preferredHeight(width);
        const qreal available = pageHeight - margin * 2 - fixed;
        if (available < qMin(preferred, 110.0) && zoom < 3.0)
            continue;
        // Names and periods of the bars never overlap: the page is drawn smaller first.
        if (available < graphic.minimumHeight(width) && zoom < 2.0)
            continue;
        const qreal chartHeight = qMax(60.0, qMin(preferred, available));

        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(target.topLeft());
        painter.scale(target.width() / pageWidth, target.width() / pageWidth);
        painter.fillRect(QRectF(0, 0, pageWidth, pageHeight), Qt::white);

        qreal y = margin;
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        painter.setFont(titleFont);
        painter.drawText(QRectF(margin, y, width, titleHeight), textFlags, data.title);
        y += titleHeight + 2;
        painter.setFont(subtitleFont);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(QRectF(margin, y, width, subtitleHeight), textFlags, data.subtitle);
        y += subtitleHeight + blockGap;
        if (noteList.height() > 0) {
            noteList.paint(painter, QPointF(margin, y));
            y += noteList.height() + blockGap;
        }

        QGraphicsScene scene;
        scene.addItem(&graphic);
        graphic.setPos(0, 0);
        graphic.resize(width, chartHeight);
        graphic.relayout();
        layout.chart = QRectF(margin, y, width, chartHeight);
        scene.render(
            &painter, layout.chart, QRectF(0, 0, width, chartHeight), Qt::IgnoreAspectRatio);
        scene.removeItem(&graphic);
        y += chartHeight + blockGap;

        if (pageTable.height() > 0) {
            pageTable.paint(painter, QPointF(margin, y));
            y += pageTable.height() + blockGap;
        }
        for (const PageList *list : { &omittedList, &sourceList }) {
            if (list->height() > 0) {
                list->paint(painter, QPointF(margin, y));
                y += list->height() + blockGap;
            }
        }
        layout.zoom = zoom;
        layout.page = QSizeF(pageWidth, pageHeight);
        layout.contentBottom = y - blockGap;
        layout.footerTop = pageHeight - margin - footerHeight + 10;
        painter.setFont(footerFont);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(QRectF(margin, layout.footerTop, width, footerHeight), textFlags, footer);
        painter.restore();
        return layout;
    }
    return layout;
}

} // namespace opcc::ui
