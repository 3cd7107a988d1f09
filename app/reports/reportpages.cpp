// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/reportpages.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

namespace opcc {

namespace {

// What a page may not cut: a line of text, or a table row. A page that ends before the box
// ends at `join` (at or below `top`: the rule between two rows is drawn on both pages).
struct Box
{
    qreal top = 0;
    qreal join = 0;
    qreal bottom = 0;
    bool forced = false; // a page break before it
    bool keepWithNext = false; // a heading, or a table's heading row
    qreal headerTop = 0; // the table heading row to repeat above it, when a page starts at it
    qreal headerBottom = 0;
};

constexpr qreal slack = 0.5; // device pixels: rounding in the layout

class BoxCollector
{
public:
    explicit BoxCollector(const QTextDocument &document)
        : m_layout(*document.documentLayout())
    {
        const QPaintDevice *device = m_layout.paintDevice();
        m_scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    }

    QList<Box> collect(const QTextFrame &root)
    {
        for (auto it = root.begin(); !it.atEnd(); ++it) {
            if (const auto *table = qobject_cast<const QTextTable *>(it.currentFrame()))
                addTable(*table);
            else if (it.currentBlock().isValid())
                addBlock(it.currentBlock());
        }
        return m_boxes;
    }

private:
    void addBlock(const QTextBlock &block);
    void addTable(const QTextTable &table);

    const QAbstractTextDocumentLayout &m_layout;
    qreal m_scale = 1;
    QList<Box> m_boxes;
};

void BoxCollector::addBlock(const QTextBlock &block)
{
    const QTextLayout *layout = block.layout();
    // An empty block is skipped: Qt lays the one that follows a table out over its last row.
    if (!layout || layout->lineCount() == 0 || block.length() <= 1)
        return;
    const QRectF rect = m_layout.blockBoundingRect(block);
    const qreal origin = rect.top() - layout->boundingRect().top();
    const bool heading = block.blockFormat().headingLevel() > 0;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        Box box;
        box.top = box.join = origin + line.y();
        box.bottom = box.top + line.height();
        box.forced = i == 0
            && (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
        box.keepWithNext = heading && i == layout->lineCount() - 1;
        m_boxes.append(box);
    }
}

// Rows are found from their cells' text: a row ends halfway between the lowest text of its
// cells and the highest of the next row's, where the rule between them is drawn.
void BoxCollector::addTable(const QTextTable &table)
{
    const int rows = table.rows();
    if (rows == 0)
        return;
    QList<qreal> contentTop(rows, std::numeric_limits<qreal>::max());
    QList<qreal> contentBottom(rows, std::numeric_limits<qreal>::lowest());
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < table.columns(); ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            if (cell.row() != r || cell.column() != c)
                continue;
            contentTop[r] = qMin(contentTop.at(r),
                m_layout.blockBoundingRect(cell.firstCursorPosition().block()).top());
            contentBottom[r] = qMax(contentBottom.at(r),
                m_layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom());
        }
    }
    // The table's edges are worked out from its first and last rows' text and its margin,
    // spacing, borders (the table's and the cell's) and padding: frameBoundingRect() places a
    // table at its first cell's text.
    const QTextTableFormat format = table.format();
    const qreal rule = qMax<qreal>(1, format.border() * m_scale);
    const qreal edge
        = (format.cellSpacing() + 2 * format.border() + format.cellPadding()) * m_scale;
    const qreal tableTop = contentTop.at(0) - edge - format.topMargin() * m_scale;
    const qreal tableBottom = contentBottom.at(rows - 1) + edge + format.bottomMargin() * m_scale;
    // The rule above each row: for the first, the top of the table.
    QList<qreal> ruleAbove(rows + 1);
    ruleAbove[0] = tableTop;
    for (int r = 1; r < rows; ++r)
        ruleAbove[r] = (contentBottom.at(r - 1) + contentTop.at(r)) / 2 - rule;
    ruleAbove[rows] = tableBottom - 2 * rule;
    const int headerRows = qMin(format.headerRowCount(), rows - 1);
    for (int r = 0; r < rows; ++r) {
        Box box;
        box.top = ruleAbove.at(r);
        box.join = r == 0 ? box.top : box.top + 2 * rule;
        box.bottom = ruleAbove.at(r + 1) + 2 * rule;
        box.forced = r == 0
            && (table.frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
        box.keepWithNext = r < headerRows;
        if (headerRows > 0 && r > headerRows) {
            box.headerTop = tableTop;
            box.headerBottom = ruleAbove.at(headerRows);
        }
        m_boxes.append(box);
    }
}

// A heading and what follows it, a table's heading row and its first row, go together.
QList<Box> kept(const QList<Box> &boxes)
{
    QList<Box> groups;
    for (const Box &box : boxes) {
        if (!groups.isEmpty() && groups.last().keepWithNext) {
            groups.last().bottom = qMax(groups.last().bottom, box.bottom);
            groups.last().keepWithNext = box.keepWithNext;
        } else {
            groups.append(box);
        }
    }
    return groups;
}

PageSlice startingAt(qreal top, const Box &box, qreal pageHeight)
{
    PageSlice page;
    page.top = top;
    // A heading row taller than a quarter of the page is not repeated.
    if (box.headerBottom - box.headerTop < pageHeight / 4) {
        page.headerTop = box.headerTop;
        page.headerBottom = box.headerBottom;
    }
    return page;
}

} // namespace

QList<PageSlice> ReportPages::paginate(const QTextDocument &document, qreal pageHeight)
{
    const qreal end = document.documentLayout()->documentSize().height(); // lays it all out
    BoxCollector collector(document);
    const QList<Box> boxes = kept(collector.collect(*document.rootFrame()));
    QList<PageSlice> pages;
    PageSlice page;
    const auto room = [&] { return pageHeight - page.headerHeight(); };
    for (const Box &box : boxes) {
        const bool fits = box.bottom - page.top <= room() + slack;
        if ((box.forced || !fits) && box.top > page.top + slack) {
            // Up to where the box begins, less any blank space that would not fit.
            page.bottom = qMin(box.join, page.top + room());
            pages.append(page);
            page = startingAt(box.top, box, pageHeight);
        }
        // Only a box taller than a page is cut, where the page ends.
        while (box.bottom - page.top > room() + slack) {
            page.bottom = page.top + room();
            pages.append(page);
            page = startingAt(page.bottom, box, pageHeight);
        }
    }
    page.bottom = qMax(end, page.top);
    pages.append(page);
    return pages;
}

} // namespace opcc
