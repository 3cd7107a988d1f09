// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/xlsxexporter.h"

#include "domain/cfilename.h"
#include "domain/decimal.h"
#include "interchange/attachmentfiles.h"
#include "interchange/csvexporter.h"
#include "interchange/interchangeformat.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <clocale>
#include <locale.h>
#include <memory>
#include <vector>
#include <xlsxwriter.h>

namespace opcc {

namespace {

using interchange::FileKind;

constexpr lxw_row_t maxRows = 1'048'576; // rows of an Excel sheet, the header included

// The cell formats of the workbook.
struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *money = nullptr;
    lxw_format *pence = nullptr;
    lxw_format *percent = nullptr;
};

// One sheet being filled row by row (the workbook is written in constant memory).
class SheetWriter
{
public:
    SheetWriter(lxw_workbook *workbook, const Formats &formats, FileKind kind, const QString &name)
        : m_workbook(workbook)
        , m_formats(formats)
        , m_kind(kind)
        , m_name(name)
    { }

    bool write(const QStringList &row)
    {
        if (!m_sheet || m_row >= maxRows) {
            if (!m_header.isEmpty() && !startSheet())
                return false;
        }
        if (m_header.isEmpty()) {
            m_header = row; // the first row names the columns
            return startSheet();
        }
        const auto &columns = interchange::columns(m_kind);
        const int unitIndex = int(m_header.indexOf(QStringLiteral("unit")));
        const QString unit = unitIndex >= 0 ? row.value(unitIndex) : QString();
        for (int c = 0; c < row.size(); ++c) {
            const QString &cell = row.at(c);
            if (cell.isEmpty())
                continue;
            const QString &column = m_header.at(c);
            lxw_error error = LXW_NO_ERROR;
            if (column == QLatin1String("value") || column == QLatin1String("value_high")) {
                const auto amount = Decimal::parse(cell);
                lxw_format *format = nullptr;
                if (unit == QLatin1String("gbp") && amount)
                    format = amount->isWhole() ? m_formats.money : m_formats.pence;
                else if (unit == QLatin1String("percent"))
                    format = m_formats.percent;
                error = amount ? worksheet_write_number(
                            m_sheet, m_row, lxw_col_t(c), amount->toDouble(), format)
                               : worksheet_write_string(m_sheet, m_row, lxw_col_t(c),
                                   cell.toUtf8().constData(), nullptr);
            } else if (column == QLatin1String("minutes")) {
                // The FOI time log's minutes, a whole number, summed in a spreadsheet.
                error = worksheet_write_number(
                    m_sheet, m_row, lxw_col_t(c), cell.toDouble(), nullptr);
            } else {
                // A string cell never runs as a formula: the CSV's guard is not needed here.
                const QString text = c < columns.size() && columns.at(c).text
                    ? interchange::restoreFormula(cell)
                    : cell;
                error = worksheet_write_string(
                    m_sheet, m_row, lxw_col_t(c), text.toUtf8().constData(), m_formats.text);
            }
            if (error != LXW_NO_ERROR) {
                m_error = QString::fromUtf8(lxw_strerror(error));
                return false;
            }
        }
        ++m_row;
        ++m_rows;
        return true;
    }

    // Filter and frozen header on the last sheet, once its height is known.
    void finish()
    {
        if (m_sheet && m_row > 0)
            worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_header.size() - 1));
    }
    int rows() const { return m_rows; }
    QString error() const { return m_error; }

private:
    bool startSheet()
    {
        finish();
        ++m_sheets;
        const QString name
            = m_sheets == 1 ? m_name : QStringLiteral("%1 %2").arg(m_name).arg(m_sheets);
        m_sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
        if (!m_sheet) {
            m_error
                = QCoreApplication::translate("XlsxExporter", "cannot add the sheet %1").arg(name);
            return false;
        }
        m_row = 0;
        worksheet_freeze_panes(m_sheet, 1, 0);
        for (int c = 0; c < m_header.size(); ++c) {
            const QString &column = m_header.at(c);
            const bool wide = column == QLatin1String("summary") || column == QLatin1String("note")
                || column == QLatin1String("quote") || column == QLatin1String("source")
                || column == QLatin1String("questions") || column == QLatin1String("notes")
                || column == QLatin1String("subject");
            const bool named = column == QLatin1String("name") || column == QLatin1String("scheme")
                || column == QLatin1String("area") || column == QLatin1String("providers")
                || column == QLatin1String("funders") || column == QLatin1String("measure")
                || column == QLatin1String("period_label");
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c),
                wide        ? 48
                    : named ? 28
                            : 12,
                nullptr);
            worksheet_write_string(
                m_sheet, 0, lxw_col_t(c), column.toUtf8().constData(), m_formats.header);
        }
        m_row = 1;
        return true;
    }

    lxw_workbook *m_workbook;
    const Formats &m_formats;
    FileKind m_kind;
    QString m_name;
    QStringList m_header;
    lxw_worksheet *m_sheet = nullptr;
    lxw_row_t m_row = 0;
    int m_sheets = 0;
    int m_rows = 0;
    QString m_error;
};

// Switches this thread to the "C" numeric locale for its lifetime (POSIX uselocale, so other
// threads keep theirs).
class NumericLocaleC
{
public:
    NumericLocaleC()
        : m_c(newlocale(LC_NUMERIC_MASK, "C", duplocale(uselocale(nullptr))))
    {
        if (m_c)
            m_previous = uselocale(m_c);
    }
    ~NumericLocaleC()
    {
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
    }
    NumericLocaleC(const NumericLocaleC &) = delete;
    NumericLocaleC &operator=(const NumericLocaleC &) = delete;

private:
    locale_t m_c;
    locale_t m_previous = nullptr;
};

} // namespace

QString XlsxExporter::attachmentFolder(const QString &workbookPath)
{
    return QFileInfo(workbookPath).completeBaseName() + QStringLiteral("-attachments");
}

XlsxExporter::XlsxExporter(const Database &db)
    : m_db(db)
{ }

bool XlsxExporter::exportTo(const QString &path)
{
    // libxlsxwriter writes numbers with printf, which follows LC_NUMERIC: under de_DE 12500.5
    // would go into the file as "12500,5", which Excel reads as 12500. This thread uses the "C"
    // numeric locale while it writes.
    const NumericLocaleC numericC;
    m_error.clear();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    const QByteArray tmpdir = cFileName(info.absolutePath());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *workbook = workbook_new_opt(cFileName(partial).constData(), &options);
    if (!workbook) {
        m_error = tr("Cannot write %1.").arg(path);
        return false;
    }
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.text = workbook_add_format(workbook);
    format_set_text_wrap(formats.text);
    format_set_align(formats.text, LXW_ALIGN_VERTICAL_TOP);
    formats.money = workbook_add_format(workbook);
    format_set_num_format(formats.money, "\xC2\xA3#,##0");
    formats.pence = workbook_add_format(workbook);
    format_set_num_format(formats.pence, "\xC2\xA3#,##0.00");
    formats.percent = workbook_add_format(workbook);
    format_set_num_format(formats.percent, "General\"%\"");

    // One snapshot for every sheet, as for the CSV files.
    auto &db = const_cast<Database &>(m_db);
    if (!db.beginSnapshot()) {
        workbook_close(workbook);
        QFile::remove(partial);
        m_error = tr("Cannot read the database: %1").arg(m_db.errorString());
        return false;
    }
    CsvExporter rows(m_db);
    // The copies of source documents, in a folder beside the workbook named after it.
    const QString folder = attachmentFolder(path);
    rows.setAttachmentFolder(folder);
    AttachmentFiles attachments(m_db, folder);
    std::vector<std::unique_ptr<SheetWriter>> sheets;
    bool ok = true;
    for (FileKind kind : CsvExporter::exportedKinds()) {
        if (!ok)
            break;
        sheets.push_back(std::make_unique<SheetWriter>(
            workbook, formats, kind, interchange::fileName(kind).section(QLatin1Char('.'), 0, 0)));
        SheetWriter &sheet = *sheets.back();
        ok = rows.forEachRow(kind, [&sheet](const QStringList &row) { return sheet.write(row); });
        sheet.finish();
    }
    const bool copied = ok && attachments.writeTemporary(info.absolutePath());
    db.endSnapshot();
    const lxw_error closed = workbook_close(workbook);
    if (!ok || !copied || closed != LXW_NO_ERROR) {
        QString why = closed != LXW_NO_ERROR ? QString::fromUtf8(lxw_strerror(closed))
            : ok                             ? attachments.errorString()
                                             : m_db.errorString();
        for (const auto &sheet : sheets) {
            if (!sheet->error().isEmpty())
                why = sheet->error();
        }
        m_error = tr("Cannot write %1: %2").arg(path, why);
        QFile::remove(partial);
        attachments.discard();
        return false;
    }
    if (!attachments.moveIntoPlace()) {
        m_error = attachments.errorString();
        QFile::remove(partial);
        attachments.discard();
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        m_error = tr("Cannot write %1.").arg(path);
        QFile::remove(partial);
        attachments.restore();
        attachments.discard();
        return false;
    }
    attachments.finish();
    m_schemes = sheets.at(0)->rows();
    m_figures = sheets.at(1)->rows();
    return true;
}

} // namespace opcc
