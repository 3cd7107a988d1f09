// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace opcc::ui {

// Paints the printed comparison page: title, subtitle, what the reader must know (periods that
// differ, rates kept apart, the basis of a normalisation), the chart across the page width, the
// data table, the figures not drawn, numbered footnotes citing the source of every figure, and
// the date printed. The one routine behind print, preview, PDF, PNG, SVG and the command line.
class ChartPagePainter final
{
    Q_DECLARE_TR_FUNCTIONS(ChartPagePainter)

public:
    // Where things went, in the page's own units (points on A4; more when zoomed out).
    struct Layout
    {
        qreal zoom = 0; // 1: A4 as is; 1.5: everything drawn at two thirds
        QSizeF page;
        QRectF chart;
        qreal contentBottom = 0; // the last block above the footer
        qreal footerTop = 0;
    };

    // A4 in points, landscape.
    static QSizeF a4Landscape() { return { 841.89, 595.28 }; }

    // Paints one page filling target, a rectangle in the painter's coordinates (the paper of a
    // printer, the pixels of an image). The page is laid out in points on A4 (landscape when
    // target is wider than tall) and scaled to target; when the content is too long for the page
    // everything is drawn smaller rather than cut off.
    static Layout paint(
        QPainter &painter, const QRectF &target, const ChartData &data, const QDate &printed);
};

} // namespace opcc::ui
