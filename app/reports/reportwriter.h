// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

class QPagedPaintDevice;
class QSaveFile;
class QTextDocument;

namespace opcc {

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
// earlier file at the path as it was.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Pdf, Odt, Html };
    // By the file's suffix (.pdf, .odt, .html or .htm), nullopt for any other.
    static std::optional<Format> formatOf(const QString &path);

    ReportWriter(QTextDocument &document, PageDecoration decoration);
    bool write(const QString &path);
    bool write(const QString &path, Format format);
    QString errorString() const { return m_error; }
    int pagesWritten() const { return m_pages; } // of the last PDF

    // Lays the document out on the device's pages and paints them, each with its header and
    // footer: the one routine for PDF files, printing and the print preview. Returns the number
    // of pages.
    static int paint(
        QTextDocument &document, QPagedPaintDevice &device, const PageDecoration &decoration);

private:
    bool writePdf(QSaveFile &file);
    bool writeOdt(QSaveFile &file);
    bool writeHtml(QSaveFile &file);

    QTextDocument &m_document;
    PageDecoration m_decoration;
    QString m_error;
    int m_pages = 0;
};

} // namespace opcc
