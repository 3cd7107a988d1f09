#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QDate>
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

    // By the file's suffix: .pdf, .png (at pngDpi) or .svg.
    bool exportFile(const QString &path, int pngDpi = 150);
    bool exportPdf(const QString &path);
    bool exportPng(const QString &path, int dpi);
    bool exportSvg(const QString &path);
    // Paints the page on a printer (or the printer of a print preview).
    void print(QPrinter *printer) const;

    QString errorString() const { return m_error; }

    // A4 landscape, the page size and orientation charts are printed at unless the user changes
    // them.
    static void setUpPrinter(QPrinter &printer);
    static std::optional<Format> formatOf(const QString &path);

private:
    bool fail(const QString &message);

    ChartData m_data;
    QDate m_printed;
    QString m_error;
};

} // namespace opcc::ui
