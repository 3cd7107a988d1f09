#include "chartexporter.h"

#include "chartpagepainter.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSvgGenerator>

#include <cmath>

namespace opcc::ui {

namespace {

QPageLayout a4LandscapeLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));
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

bool ChartExporter::exportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageLayout(a4LandscapeLayout());
    writer.setResolution(600);
    writer.setTitle(m_data.title);
    writer.setCreator(QStringLiteral("OPCC Schemes"));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    ChartPagePainter::paint(painter, QRectF(0, 0, writer.width(), writer.height()), m_data,
                            m_printed);
    if (!painter.end())
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ChartExporter::exportPng(const QString &path, int dpi)
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
        ChartPagePainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), m_data,
                                m_printed);
    }
    if (!image.save(path, "PNG"))
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ChartExporter::exportSvg(const QString &path)
{
    // 96 units an inch, as browsers and office programs read SVG.
    const QSizeF points = ChartPagePainter::a4Landscape();
    const QSize size(int(std::lround(points.width() * 96.0 / 72.0)),
                     int(std::lround(points.height() * 96.0 / 72.0)));
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(m_data.title);
    generator.setDescription(m_data.subtitle);
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    ChartPagePainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), m_data, m_printed);
    painter.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return fail(tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return true;
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
