// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/tableexporter.h"

#include "domain/cfilename.h"
#include "interchange/csvwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <locale.h>
#include <xlsxwriter.h>

namespace opcc {

namespace {

// Numbers in the "C" numeric locale for this thread while libxlsxwriter prints them.
class NumericC
{
public:
    NumericC()
        : m_c(newlocale(LC_NUMERIC_MASK, "C", duplocale(uselocale(nullptr))))
    {
        if (m_c)
            m_previous = uselocale(m_c);
    }
    ~NumericC()
    {
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
    }
    NumericC(const NumericC &) = delete;
    NumericC &operator=(const NumericC &) = delete;

private:
    locale_t m_c;
    locale_t m_previous = nullptr;
};

} // namespace

QByteArray TableExporter::toCsv(const QList<QStringList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeByteOrderMark();
    for (const QStringList &row : rows)
        writer.writeRow(row);
    return buffer.data();
}

QString TableExporter::toTabSeparated(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(cell.simplified());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool TableExporter::writeCsv(const QString &path, const QList<QStringList> &rows, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = toCsv(rows);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool TableExporter::writeXlsx(
    const QString &path, const QList<QStringList> &rows, const QString &sheetName, QString *error)
{
    const NumericC numericC;
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    lxw_workbook *workbook = workbook_new(cFileName(partial).constData());
    if (!workbook) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    lxw_format *heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_text_wrap(heading);
    format_set_align(heading, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(heading, LXW_BORDER_THIN);
    lxw_format *text = workbook_add_format(workbook);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_worksheet *sheet
        = workbook_add_worksheet(workbook, sheetName.left(31).toUtf8().constData());
    const int columns = rows.isEmpty() ? 0 : int(rows.first().size());
    for (int c = 0; c < columns; ++c) {
        int widest = 8;
        for (const QStringList &row : rows)
            widest = qMax(widest, int(qMin<qsizetype>(row.value(c).size(), 60)));
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widest + 2, nullptr);
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString &cell = rows.at(r).at(c);
            bool number = false;
            const double value = cell.toDouble(&number); // plain C-locale numbers only
            if (r > 0 && number)
                worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), value, text);
            else if (!cell.isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), cell.toUtf8().constData(),
                    r == 0 ? heading : text);
        }
    }
    // Printed across, one page wide, headings repeated on every page.
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    if (columns > 0) {
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(
            sheet, 0, 0, lxw_row_t(qMax<qsizetype>(rows.size() - 1, 0)), lxw_col_t(columns - 1));
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace opcc
