// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/reportwriter.h"

#include "domain/valueformat.h"
#include "reports/reportdocument.h"
#include "reports/reportpages.h"
#include "reports/reportparts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace opcc {

namespace {

// The header and footer: small type, a rule between them and the text.
struct Furniture
{
    QFont font;
    qreal height = 0; // of the header, and of the footer
};

Furniture furnitureFor(const QTextDocument &document, QPaintDevice &device)
{
    Furniture f;
    f.font = document.defaultFont();
    f.font.setPointSizeF(8);
    const QFontMetricsF metrics(f.font, &device);
    f.height = metrics.height() * 2.2;
    return f;
}

void paintFurniture(QPainter &painter, const QRectF &page, const Furniture &f,
    const PageDecoration &decoration, int number, int count)
{
    painter.save();
    painter.setFont(f.font);
    painter.setPen(Qt::black);
    const QFontMetricsF metrics(f.font, painter.device());
    const qreal lineY = f.height - metrics.height() * 0.6;
    const QRectF top(page.left(), page.top(), page.width(), lineY);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom,
        metrics.elidedText(decoration.title, Qt::ElideRight, page.width() * 0.6));
    QFont bold = f.font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(top, Qt::AlignRight | Qt::AlignBottom, decoration.marking);
    painter.drawLine(QPointF(page.left(), lineY), QPointF(page.right(), lineY));

    const qreal footY = page.bottom() - f.height + metrics.height() * 0.6;
    painter.drawLine(QPointF(page.left(), footY), QPointF(page.right(), footY));
    const QRectF bottom(page.left(), footY, page.width(), page.bottom() - footY);
    painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignTop, decoration.marking);
    painter.setFont(f.font);
    const QDate printed = decoration.printed.isValid() ? decoration.printed : QDate::currentDate();
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignTop,
        ReportWriter::tr("Printed %1").arg(formatPartialDate(PartialDate::fromDate(printed))));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignTop,
        ReportWriter::tr("Page %1 of %2").arg(number).arg(count));
    painter.restore();
}

// Where the document goes on every page: the page inside its margins, and below the header.
struct PageFrame
{
    QRectF page;
    Furniture furniture;
    QRectF body;
};

PageFrame pageFrame(const QTextDocument &document, QPagedPaintDevice &device)
{
    PageFrame frame;
    frame.page
        = QRectF(QPointF(0, 0), device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    frame.furniture = furnitureFor(document, device);
    frame.body = QRectF(0, frame.furniture.height, frame.page.width(),
        frame.page.height() - 2 * frame.furniture.height);
    return frame;
}

// The document is laid out in the device's own units as one long page of the body's width,
// then cut into pages (ReportPages).
QList<PageSlice> layOut(QTextDocument &document, QPagedPaintDevice &device, const PageFrame &frame)
{
    // Each of these lays the whole document out again: only when something changed.
    if (document.documentLayout()->paintDevice() != &device)
        document.documentLayout()->setPaintDevice(&device);
    const QSizeF size = ReportWriter::layoutSize(frame.body.size());
    if (document.pageSize() != size)
        document.setPageSize(size);
    return ReportPages::paginate(document, frame.body.height());
}

// Paints the band [top, bottom) of the document with its top at y on the page.
void paintBand(QPainter &painter, QTextDocument &document, const PageFrame &frame, qreal top,
    qreal bottom, qreal y)
{
    painter.save();
    const QRectF view(0, top, frame.page.width(), bottom - top);
    painter.translate(0, y - top);
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

void paintPage(
    QPainter &painter, QTextDocument &document, const PageFrame &frame, const PageSlice &slice)
{
    qreal y = frame.body.top();
    if (slice.headerHeight() > 0) {
        paintBand(painter, document, frame, slice.headerTop, slice.headerBottom, y);
        y += slice.headerHeight();
    }
    paintBand(painter, document, frame, slice.top, slice.bottom, y);
}

// Up to this many parts a report is laid out once, as one document; a longer one is laid out
// twice, a part at a time, rather than held whole in memory.
constexpr int keptParts = 64;

} // namespace

std::optional<ReportWriter::Format> ReportWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

ReportWriter::ReportWriter(QTextDocument &document, PageDecoration decoration)
    : m_document(&document)
    , m_decoration(std::move(decoration))
{ }

ReportWriter::ReportWriter(ReportParts &parts, PageDecoration decoration)
    : m_parts(&parts)
    , m_decoration(std::move(decoration))
{ }

bool ReportWriter::write(const QString &path)
{
    const auto format = formatOf(path);
    if (!format) {
        m_error = tr("A report is written as .pdf, .odt or .html, not \"%1\".").arg(path);
        return false;
    }
    return write(path, *format);
}

bool ReportWriter::write(const QString &path, Format format)
{
    m_error.clear();
    m_cancelled = false;
    if (format == Format::Odt && m_parts && m_parts->schemeCount() > m_odtLimit) {
        m_error = tr("An ODT report is built whole in memory, so it holds at most %1 schemes; "
                     "this one has %2. Save it as PDF or HTML, or choose fewer schemes.")
                      .arg(m_odtLimit)
                      .arg(m_parts->schemeCount());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    bool ok = false;
    if (format == Format::Pdf) {
        ok = writePdf(file);
    } else if (m_document) {
        ok = writeWhole(file, format);
    } else if (format == Format::Html) {
        ok = writeHtmlParts(file);
    } else {
        // An ODT file is written from one document: the report is built whole for it.
        std::unique_ptr<QTextDocument> whole = m_parts->wholeDocument();
        m_document = whole.get();
        ok = whole && writeWhole(file, format);
        m_document = nullptr;
        if (!whole)
            m_error = m_parts->errorString();
    }
    if (!ok || !file.commit()) {
        if (m_error.isEmpty())
            m_error
                = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool ReportWriter::writeWhole(QSaveFile &file, Format format)
{
    return format == Format::Odt ? writeOdt(file) : writeHtml(file);
}

bool ReportWriter::writePdf(QSaveFile &file)
{
    QPdfWriter writer(&file);
    writer.setTitle(m_decoration.title);
    writer.setCreator(QStringLiteral("OPCC Schemes"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
    if (m_document) {
        m_pages = paint(*m_document, writer, m_decoration);
        return m_pages > 0;
    }
    const PartsPainted painted
        = paintParts(*m_parts, writer, m_decoration, m_progress, m_wholeUpTo);
    m_pages = painted.pages;
    m_cancelled = painted.cancelled;
    if (m_cancelled)
        m_error = tr("The report was cancelled; no file was written.");
    else if (!painted.error.isEmpty())
        m_error = painted.error;
    return m_pages > 0 && !m_cancelled && painted.error.isEmpty();
}

bool ReportWriter::writeOdt(QSaveFile &file)
{
    // The ODF writer closes the device it is given, which a QSaveFile must not be before
    // commit(): the document is zipped in memory first.
    QBuffer buffer;
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(m_document)) {
        m_error = tr("Cannot write the document as OpenDocument text.");
        return false;
    }
    return file.write(buffer.data()) == buffer.data().size();
}

bool ReportWriter::writeHtml(QSaveFile &file)
{
    const QString html = embedChart(m_document->toHtml(),
        qvariant_cast<QImage>(m_document->resource(
            QTextDocument::ImageResource, QUrl(ReportBuilder::chartResourceName()))));
    const QByteArray bytes = html.toUtf8();
    return file.write(bytes) == bytes.size();
}

QSizeF ReportWriter::layoutSize(const QSizeF &body)
{
    return QSizeF(body.width(), -1); // no page height: ReportPages makes the pages
}

int ReportWriter::paint(
    QTextDocument &document, QPagedPaintDevice &device, const PageDecoration &decoration)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const PageFrame frame = pageFrame(document, device);
    const QList<PageSlice> slices = layOut(document, device, frame);
    const int count = int(slices.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            device.newPage();
        paintFurniture(painter, frame.page, frame.furniture, decoration, i + 1, count);
        paintPage(painter, document, frame, slices.at(i));
    }
    painter.end();
    return count;
}

ReportWriter::PartsPainted ReportWriter::paintParts(ReportParts &parts, QPagedPaintDevice &device,
    const PageDecoration &decoration, const Progress &progress, int wholeUpTo)
{
    PartsPainted result;
    const int count = parts.count();
    const PageFrame frame = pageFrame(*ReportBuilder::document(parts.request(), {}), device);
    const ReportBuilder::Page page { &device, layoutSize(frame.body.size()) };
    if (count <= (wholeUpTo < 0 ? keptParts : wholeUpTo)) {
        // A short report is laid out once, as one document.
        const std::unique_ptr<QTextDocument> whole = parts.wholeDocument(page);
        if (!whole) {
            result.error = parts.errorString();
            return result;
        }
        if (progress && !progress(count, 2 * count)) {
            result.cancelled = true;
            return result;
        }
        result.pages = paint(*whole, device, decoration);
        return result;
    }
    // First every part is laid out, to count the pages (so that each says "Page N of M"); the
    // pages found are kept, and each part laid out again to paint them.
    QList<QList<PageSlice>> pages;
    pages.reserve(count);
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<QTextDocument> document = parts.part(i, page);
        if (!document) {
            result.error = parts.errorString();
            return result;
        }
        pages.append(layOut(*document, device, frame));
        if (progress && !progress(i + 1, 2 * count)) {
            result.cancelled = true;
            return result;
        }
    }
    paintLaidOut(parts, device, decoration, progress, pages, result);
    return result;
}

void ReportWriter::paintLaidOut(ReportParts &parts, QPagedPaintDevice &device,
    const PageDecoration &decoration, const Progress &progress,
    const QList<QList<PageSlice>> &pages, PartsPainted &result)
{
    int total = 0;
    for (const QList<PageSlice> &part : pages)
        total += int(part.size());
    const int count = int(pages.size());
    QPainter painter;
    if (!painter.begin(&device))
        return;
    const PageFrame frame = pageFrame(*ReportBuilder::document(parts.request(), {}), device);
    const ReportBuilder::Page page { &device, layoutSize(frame.body.size()) };
    int number = 0;
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<QTextDocument> document = parts.part(i, page);
        if (!document) {
            result.error = parts.errorString();
            break;
        }
        document->documentLayout()->documentSize(); // laid out as when its pages were found
        for (const PageSlice &slice : pages.at(i)) {
            if (number > 0)
                device.newPage();
            ++number;
            paintFurniture(painter, frame.page, frame.furniture, decoration, number, total);
            paintPage(painter, *document, frame, slice);
        }
        if (progress && !progress(count + i + 1, 2 * count)) {
            result.cancelled = true;
            break;
        }
    }
    painter.end();
    result.pages = result.cancelled || !result.error.isEmpty() ? 0 : total;
}

} // namespace opcc
