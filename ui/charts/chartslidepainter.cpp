// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartslidepainter.h"

#include "chartgraphic.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHash>
#include <QPainter>

namespace opcc::ui {

namespace {

constexpr qreal canvasWidth = 800.0;
constexpr qreal slideMargin = 16.0;
constexpr int slideTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QFont slideFont(qreal size, bool bold = false)
{
    ChartStyle style = ChartStyle::forPage();
    style.fontSize = size;
    return style.font(1.0, bold);
}

qreal heightOf(const QFont &font, qreal width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 100000), slideTextFlags, text)
        .height();
}

} // namespace

void ChartSlidePainter::paint(QPainter &painter, const QRectF &target, const ChartData &data)
{
    if (target.isEmpty())
        return;
    const qreal scale = target.width() / canvasWidth;
    const qreal height = target.height() / scale;
    const qreal width = canvasWidth - slideMargin * 2;

    const QFont titleFont = slideFont(15, true);
    const QFont subtitleFont = slideFont(9);
    const QFont sourceFont = slideFont(6.5);
    // One entry per document, with the numbers of the figures it gives.
    QStringList documents;
    QHash<QString, QStringList> numbers;
    for (const Footnote &note : data.footnotes) {
        if (!numbers.contains(note.source))
            documents.append(note.source);
        numbers[note.source].append(QString::number(note.number));
    }
    QStringList sources;
    for (const QString &document : std::as_const(documents))
        sources.append(QStringLiteral("%1 [%2]").arg(
            document, numbers.value(document).join(QStringLiteral(", "))));
    const QString sourceText
        = sources.isEmpty() ? QString() : tr("Sources: %1").arg(sources.join(QStringLiteral("; ")));
    const qreal titleHeight = heightOf(titleFont, width, data.title);
    const qreal subtitleHeight = heightOf(subtitleFont, width, data.subtitle);
    const qreal sourceHeight = heightOf(sourceFont, width, sourceText);
    const qreal chartTop = slideMargin + titleHeight + 2 + subtitleHeight + 8;
    const qreal chartHeight = qMax(40.0, height - chartTop - sourceHeight - 8 - slideMargin);

    ChartGraphic graphic(ChartStyle::forPage());
    graphic.setChartData(data);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.fillRect(QRectF(0, 0, canvasWidth, height), Qt::white);
    painter.setPen(QColor(0x1a, 0x1a, 0x1a));
    painter.setFont(titleFont);
    painter.drawText(
        QRectF(slideMargin, slideMargin, width, titleHeight), slideTextFlags, data.title);
    painter.setFont(subtitleFont);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.drawText(QRectF(slideMargin, slideMargin + titleHeight + 2, width, subtitleHeight),
        slideTextFlags, data.subtitle);

    QGraphicsScene scene;
    scene.addItem(&graphic);
    graphic.setPos(0, 0);
    graphic.resize(width, chartHeight);
    graphic.relayout();
    scene.render(&painter, QRectF(slideMargin, chartTop, width, chartHeight),
        QRectF(0, 0, width, chartHeight), Qt::IgnoreAspectRatio);
    scene.removeItem(&graphic);

    painter.setFont(sourceFont);
    painter.drawText(QRectF(slideMargin, chartTop + chartHeight + 8, width, sourceHeight),
        slideTextFlags, sourceText);
    painter.restore();
}

} // namespace opcc::ui
