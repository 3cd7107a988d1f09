// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A paint device that keeps every line of text painted on it, with where it went, so that a test
// can tell whether the printed page puts any text off the page or over other text.

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QTransform>

class TextRecorder final : public QPaintDevice
{
public:
    struct Line
    {
        QString text;
        QRectF rect; // in the device's coordinates
    };

    explicit TextRecorder(const QSizeF &points)
        : m_size(points.toSize())
        , m_engine(this)
    { }

    const QList<Line> &lines() const { return m_lines; }
    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return qRound(m_size.width() * 25.4 / 72.0);
        case PdmHeightMM:
            return qRound(m_size.height() * 25.4 / 72.0);
        case PdmNumColors:
            return 0;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 72;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine final : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *device)
            : QPaintEngine(AllFeatures)
            , m_device(device)
        { }

        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &changed) override
        {
            if (changed.state() & DirtyTransform)
                m_transform = changed.transform();
        }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawPath(const QPainterPath &) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawTextItem(const QPointF &at, const QTextItem &item) override
        {
            const QFontMetricsF metrics(item.font(), m_device);
            const QRectF box(at.x(), at.y() - metrics.ascent(),
                metrics.horizontalAdvance(item.text()), metrics.height());
            m_device->m_lines.append({ item.text(), m_transform.mapRect(box) });
        }
        Type type() const override { return User; }

    private:
        TextRecorder *m_device;
        QTransform m_transform;
    };

    QSize m_size;
    mutable Engine m_engine;
    QList<Line> m_lines;
};
