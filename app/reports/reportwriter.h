// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSizeF>
#include <QString>
#include <functional>
#include <optional>

class QImage;
class QPagedPaintDevice;
class QSaveFile;
class QTextDocument;

namespace opcc {

class ReportParts;
struct PageSlice;

// What every printed page of a report shows besides the document: the title and protective
// marking at the top; the date printed, the marking and "Page N of M" at the foot.
struct PageDecoration
{
    QString title;
    QString marking;
    QDate printed; // invalid: today
};

// Writes a report document as PDF (page by page, with headers and footers), ODT (which Word
// opens) or HTML, through a temporary file renamed into place (QSaveFile): a failure leaves any
// earlier file at the path as it was. A report in parts is written a part at a time as PDF and
// HTML; as ODT it is built whole (QTextDocumentWriter writes one document), which costs memory
// in proportion to the report (some 0.6 MB a scheme), so an ODT report is refused beyond
// odtSchemeLimit schemes.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Pdf, Odt, Html };
    // By the file's suffix (.pdf, .odt, .html or .htm), nullopt for any other.
    static std::optional<Format> formatOf(const QString &path);

    // Steps done of all (a PDF: two for each part, laid out and painted; HTML: one for each
    // part); false from it cancels.
    using Progress = std::function<bool(int done, int total)>;

    ReportWriter(QTextDocument &document, PageDecoration decoration);
    // A report of any length: a PDF is laid out and painted a part at a time, an HTML file
    // written a part at a time.
    ReportWriter(ReportParts &parts, PageDecoration decoration);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    bool write(const QString &path);
    bool write(const QString &path, Format format);
    QString errorString() const { return m_error; }
    bool cancelled() const { return m_cancelled; }
    int pagesWritten() const { return m_pages; } // of the last PDF

    // Lays the document out on the device's pages and paints them, each with its header and
    // footer: the one routine for PDF files, printing and the print preview. Returns the number
    // of pages.
    static int paint(
        QTextDocument &document, QPagedPaintDevice &device, const PageDecoration &decoration);

    struct PartsPainted
    {
        int pages = 0;
        bool cancelled = false;
        QString error; // the register could not be read
    };
    // The same for a report in parts: each part is laid out once to count the pages (so that
    // every page says "Page N of M"), then again to paint it, and let go; a short report is
    // laid out once as one document. Pages are numbered through the whole report.
    // wholeUpTo: the most parts laid out as one document (-1: the default, 0: never).
    static PartsPainted paintParts(ReportParts &parts, QPagedPaintDevice &device,
        const PageDecoration &decoration, const Progress &progress = {}, int wholeUpTo = -1);
    // The size a report document is laid out at for a page body of `body`: its width, and no
    // page height (ReportPages breaks it into pages).
    static QSizeF layoutSize(const QSizeF &body);
    // For tests: the same limit for write().
    void setWholeUpTo(int parts) { m_wholeUpTo = parts; }
    // The most schemes an ODT report holds (it is built whole in memory).
    static constexpr int odtSchemeLimit = 500;
    void setOdtLimit(int schemes) { m_odtLimit = schemes; } // for tests

private:
    bool writePdf(QSaveFile &file);
    bool writeOdt(QSaveFile &file);
    bool writeHtml(QSaveFile &file);

    bool writeWhole(QSaveFile &file, Format format);
    bool writeHtmlParts(QSaveFile &file); // in reportwriter_html.cpp
    // The chart image put inside the HTML, so that the one file is the whole report.
    static QString embedChart(QString html, const QImage &chart);
    static void paintLaidOut(ReportParts &parts, QPagedPaintDevice &device,
        const PageDecoration &decoration, const Progress &progress,
        const QList<QList<PageSlice>> &pages, PartsPainted &result);

    QTextDocument *m_document = nullptr;
    ReportParts *m_parts = nullptr;
    PageDecoration m_decoration;
    Progress m_progress;
    QString m_error;
    bool m_cancelled = false;
    int m_pages = 0;
    int m_wholeUpTo = -1;
    int m_odtLimit = odtSchemeLimit;
};

} // namespace opcc
