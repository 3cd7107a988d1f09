// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartexporter.h"

#include "chartpagepainter.h"
#include "chartslidepainter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

namespace opcc::ui {

namespace {

QPageLayout a4LandscapeLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));
}

QByteArray pngOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

// An SVG of size units (96 an inch, as browsers and office programs read SVG), painted by paint.
template<typename Paint>
QByteArray svgOf(const QSize &size, const QString &title, const QString &description, Paint paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(title);
    generator.setDescription(description);
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    if (!painter.end())
        return {};
    return bytes;
}

} // namespace

ChartExporter::ChartExporter(const ChartData &data, const QDate &printed)
    : m_data(data)
    , m_printed(printed)
{ }

bool ChartExporter::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<ChartExporter::Format> ChartExporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    return std::nullopt;
}

bool ChartExporter::exportFile(const QString &path, int pngDpi)
{
    const auto format = formatOf(path);
    if (!format)
        return fail(tr("Cannot tell the format of %1: use .pdf, .png or .svg.")
                        .arg(QDir::toNativeSeparators(path)));
    switch (*format) {
    case Format::Pdf:
        return exportPdf(path);
    case Format::Png:
        return exportPng(path, pngDpi);
    case Format::Svg:
        return exportSvg(path);
    }
    return false;
}

bool ChartExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (bytes.isEmpty())
        return fail(tr("Cannot write %1: the chart could not be drawn.").arg(shown));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        // A device (/dev/full, /dev/stdout) cannot be replaced by renaming: write to it and check
        // every byte.
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size()
            || !device.flush()) {
            return fail(tr("Cannot write %1: %2.").arg(shown, device.errorString()));
        }
        device.close();
        if (device.error() != QFileDevice::NoError)
            return fail(tr("Cannot write %1: %2.").arg(shown, device.errorString()));
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write %1: %2.").arg(shown, file.errorString()));
    return true;
}

QByteArray ChartExporter::pdfBytes() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(a4LandscapeLayout());
        writer.setResolution(600);
        writer.setTitle(m_data.title);
        writer.setCreator(QStringLiteral("OPCC Schemes"));
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        ChartPagePainter::paint(
            painter, QRectF(0, 0, writer.width(), writer.height()), m_data, m_printed);
        if (!painter.end())
            return {};
    }
    return bytes;
}

bool ChartExporter::exportPdf(const QString &path)
{
    return writeFile(path, pdfBytes());
}

QByteArray ChartExporter::pngBytes(int dpi) const
{
    const QSizeF points = ChartPagePainter::a4Landscape();
    const QSize pixels(int(std::lround(points.width() / 72.0 * dpi)),
        int(std::lround(points.height() / 72.0 * dpi)));
    QImage image(pixels, QImage::Format_RGB32);
    const int dotsPerMetre = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        ChartPagePainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), m_data, m_printed);
    }
    return pngOf(image);
}

bool ChartExporter::exportPng(const QString &path, int dpi)
{
    return writeFile(path, pngBytes(dpi));
}

QByteArray ChartExporter::svgBytes() const
{
    const QSizeF points = ChartPagePainter::a4Landscape();
    const QSize size(int(std::lround(points.width() * 96.0 / 72.0)),
        int(std::lround(points.height() * 96.0 / 72.0)));
    return svgOf(
        size, m_data.title, m_data.subtitle, [this](QPainter &painter, const QRectF &target) {
            ChartPagePainter::paint(painter, target, m_data, m_printed);
        });
}

bool ChartExporter::exportSvg(const QString &path)
{
    return writeFile(path, svgBytes());
}

bool ChartExporter::exportChartOnly(const QString &path, const QSize &size)
{
    const auto format = formatOf(path);
    if (!format || *format == Format::Pdf)
        return fail(tr("A chart alone is written as .png or .svg, not %1.")
                        .arg(QDir::toNativeSeparators(path)));
    if (size.width() < 200 || size.height() < 150)
        return fail(tr("A chart alone needs at least 200 \u00D7 150 pixels."));
    const auto paint = [this](QPainter &painter, const QRectF &target) {
        ChartSlidePainter::paint(painter, target, m_data);
    };
    if (*format == Format::Svg)
        return writeFile(path, svgOf(size, m_data.title, m_data.subtitle, paint));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return writeFile(path, pngOf(image));
}

void ChartExporter::setUpPrinter(QPrinter &printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setFullPage(true);
    printer.setDocName(tr("OPCC Schemes chart", "the name of a print job"));
}

void ChartExporter::print(QPrinter *printer) const
{
    QPainter painter;
    if (!printer || !painter.begin(printer))
        return;
    const QRectF paper = printer->paperRect(QPrinter::DevicePixel);
    ChartPagePainter::paint(painter, QRectF(QPointF(0, 0), paper.size()), m_data, m_printed);
    painter.end();
}

} // namespace opcc::ui
