// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPalette>
#include <QStringList>

namespace opcc::ui {

// Sizes, fonts and shades of a chart. Fonts are given in pixels of the chart's own coordinates,
// so that the same chart is laid out alike on screen (pixels) and on the printed page (points).
// Everything is legible in greyscale: shades of grey, a hatch for "before", direct labels.
// The printed page is black on white; on screen the shades are mixed from the palette's text
// and base colours (the same greys on a light palette; light on dark in a high-contrast one).
struct ChartStyle
{
    qreal fontSize = 9.0; // labels; titles and details scale from it
    qreal rowHeight = 26.0; // a bar and its labels, at least
    QStringList families = pageFamilies();
    QColor paper = QColor(0xff, 0xff, 0xff); // background, hatched bars, values inside a bar
    QColor ink = QColor(0x1a, 0x1a, 0x1a);
    QColor detailInk = QColor(0x4d, 0x4d, 0x4d);
    QColor bar = QColor(0x59, 0x59, 0x59);
    QColor lightBar = QColor(0xd4, 0xd4, 0xd4); // an approximate figure: lighter, outlined
    QColor hatch = QColor(0x33, 0x33, 0x33);
    QColor grid = QColor(0xcc, 0xcc, 0xcc);

    QFont font(qreal scale = 1.0, bool bold = false, bool italic = false) const
    {
        QFont f;
        f.setFamilies(families);
        f.setStyleHint(QFont::SansSerif);
        f.setPixelSize(qMax(1, qRound(fontSize * scale)));
        f.setBold(bold);
        f.setItalic(italic);
        // No ligatures: text copied or extracted from the PDF reads "figure", not "ﬁgure".
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    // The platform's interface font first (Segoe UI on Windows, the desktop's sans serif on
    // Linux), then sans-serif families common on one system or another for characters it lacks.
    static QStringList pageFamilies()
    {
        QStringList result { QFontDatabase::systemFont(QFontDatabase::GeneralFont).family() };
        for (const char *fallback :
            { "Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica" }) {
            const QString family = QLatin1String(fallback);
            if (!result.contains(family, Qt::CaseInsensitive))
                result.append(family);
        }
        return result;
    }

    // The printed page: sizes in points.
    static ChartStyle forPage() { return {}; }
    // The window: sizes in screen pixels, from the font (12 pixels for a 9-point font at 96 dpi,
    // and larger with the system's text size); shades from the palette.
    static ChartStyle forScreen(const QPalette &palette = QPalette(), const QFont &font = QFont())
    {
        ChartStyle style;
        style.fontSize = qMax(8, QFontInfo(font).pixelSize());
        style.rowHeight = style.fontSize * 34.0 / 12.0;
        const QColor text = palette.color(QPalette::Text);
        const QColor base = palette.color(QPalette::Base);
        const auto towardsBase = [&](qreal share) {
            return QColor::fromRgbF(float(text.redF() + (base.redF() - text.redF()) * share),
                float(text.greenF() + (base.greenF() - text.greenF()) * share),
                float(text.blueF() + (base.blueF() - text.blueF()) * share));
        };
        style.paper = base;
        style.ink = towardsBase(0.1);
        style.detailInk = towardsBase(0.3);
        style.bar = towardsBase(0.35);
        style.lightBar = towardsBase(0.78);
        style.hatch = towardsBase(0.2);
        style.grid = towardsBase(0.8);
        return style;
    }
};

} // namespace opcc::ui
