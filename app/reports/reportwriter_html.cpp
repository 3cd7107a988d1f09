// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A report written as HTML a part at a time: each part's HTML goes to the file as it is built,
// so that an HTML report of the whole register takes the memory of one part, as a PDF does.

#include "reports/reportdocument.h"
#include "reports/reportparts.h"
#include "reports/reportwriter.h"

#include <QBuffer>
#include <QImage>
#include <QSaveFile>

namespace opcc {

namespace {

// What lies between <body> and </body> of a part's page.
QString bodyOf(const QString &page)
{
    const qsizetype start = page.indexOf(QLatin1String("<body>"));
    const qsizetype end = page.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return page;
    return page.mid(start + 6, end - start - 6);
}

bool writeText(QSaveFile &file, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return file.write(bytes) == bytes.size();
}

} // namespace

QString ReportWriter::embedChart(QString html, const QImage &chart)
{
    if (chart.isNull())
        return html;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    chart.save(&buffer, "PNG");
    // The chart travels inside the page, so that the one file is the whole report.
    return html.replace(QStringLiteral("src=\"%1\"").arg(ReportBuilder::chartResourceName()),
        QStringLiteral("src=\"data:image/png;base64,%1\"")
            .arg(QString::fromLatin1(png.toBase64())));
}

bool ReportWriter::writeHtmlParts(QSaveFile &file)
{
    const ReportRequest &request = m_parts->request();
    // Each part after the cover starts a new page when the file is printed.
    const QString head = QStringLiteral(
        "<!DOCTYPE HTML>\n<html><head><meta charset=\"utf-8\"/><title>%1</title>\n"
        "<style>body { font-family: sans-serif; font-size: 10pt; } "
        "th, td { vertical-align: top; } .part { page-break-before: always; }</style>\n"
        "</head><body>\n")
                             .arg(ReportBuilder::titleOf(request).toHtmlEscaped());
    if (!writeText(file, head))
        return false;
    const int count = m_parts->count();
    for (int i = 0; i < count; ++i) {
        const std::optional<QString> page = m_parts->partHtml(i);
        if (!page) {
            m_error = m_parts->errorString();
            return false;
        }
        const QString part = i == 0
            ? embedChart(bodyOf(*page), request.chart)
            : QStringLiteral("<div class=\"part\">%1</div>").arg(bodyOf(*page));
        if (!writeText(file, part + QLatin1Char('\n')))
            return false;
        if (m_progress && !m_progress(i + 1, count)) {
            m_cancelled = true;
            m_error = tr("The report was cancelled; no file was written.");
            return false;
        }
    }
    return writeText(file, QStringLiteral("</body></html>\n"));
}

} // namespace opcc
