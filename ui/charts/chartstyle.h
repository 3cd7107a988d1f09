#pragma once

#include <QColor>
#include <QFont>

namespace opcc::ui {

// Sizes, fonts and shades of a chart. Fonts are given in pixels of the chart's own coordinates,
// so that the same chart is laid out alike on screen (pixels) and on the printed page (points).
// Everything is legible in greyscale: shades of grey, a hatch for "before", direct labels.
struct ChartStyle
{
    qreal fontSize = 9.0;  // labels; titles and details scale from it
    qreal rowHeight = 26.0; // a bar and its labels, at least
    QString family = QStringLiteral("DejaVu Sans");
    QColor ink = QColor(0x1a, 0x1a, 0x1a);
    QColor detailInk = QColor(0x4d, 0x4d, 0x4d);
    QColor bar = QColor(0x59, 0x59, 0x59);
    QColor hatch = QColor(0x33, 0x33, 0x33);
    QColor grid = QColor(0xcc, 0xcc, 0xcc);

    QFont font(qreal scale = 1.0, bool bold = false, bool italic = false) const
    {
        QFont f(family);
        f.setPixelSize(qMax(1, qRound(fontSize * scale)));
        f.setBold(bold);
        f.setItalic(italic);
        // No ligatures: text copied or extracted from the PDF reads "figure", not "ﬁgure".
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    // The printed page: sizes in points.
    static ChartStyle forPage() { return {}; }
    // The window: sizes in screen pixels.
    static ChartStyle forScreen()
    {
        ChartStyle style;
        style.fontSize = 12.0;
        style.rowHeight = 34.0;
        return style;
    }
};

} // namespace opcc::ui
