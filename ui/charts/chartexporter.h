// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QString>
#include <optional>

class QPrinter;

namespace opcc::ui {

// Writes the printed chart page to a file or a printer, always through ChartPagePainter.
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Pdf, Png, Svg };

    explicit ChartExporter(const ChartData &data, const QDate &printed = QDate::currentDate());

    // By the file's suffix: .pdf, .png (at pngDpi) or .svg. Every export is written in full to a
    // temporary file beside path and renamed over it only when every byte was written, so that
    // a failed export leaves any earlier file at path as it was.
    bool exportFile(const QString &path, int pngDpi = 150);
    bool exportPdf(const QString &path);
    bool exportPng(const QString &path, int dpi);
    bool exportSvg(const QString &path);
    // The chart alone, for a slide: its title, the bars and the sources, as a .png of size
    // pixels or an .svg of that size, instead of a whole A4 page.
    bool exportChartOnly(const QString &path, const QSize &size);
    // Paints the page on a printer (or the printer of a print preview).
    void print(QPrinter *printer) const;

    QString errorString() const { return m_error; }

    // A4 landscape, the page size and orientation charts are printed at unless the user changes
    // them.
    static void setUpPrinter(QPrinter &printer);
    static std::optional<Format> formatOf(const QString &path);

private:
    bool fail(const QString &message);
    // Writes bytes to path: through a temporary file renamed into place, or straight to a
    // device such as /dev/full that cannot be replaced; false, with the reason, on any error.
    bool writeFile(const QString &path, const QByteArray &bytes);
    QByteArray pdfBytes() const;
    QByteArray pngBytes(int dpi) const;
    QByteArray svgBytes() const;

    ChartData m_data;
    QDate m_printed;
    QString m_error;
};

} // namespace opcc::ui
