// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/foidisclosurelog.h"

#include "domain/cfilename.h"
#include "interchange/csvwriter.h"
#include "interchange/interchangeformat.h"
#include "storage/database.h"
#include "storage/foistore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <xlsxwriter.h>

namespace opcc {

namespace {

enum Column { Reference, Received, Replied, Subject, Outcome, Exemptions, ColumnCount };

QString exemptionsText(const FoiRequest &request)
{
    QStringList worded;
    for (const QString &key : request.exemptions)
        worded.append(foi::exemptionText(key));
    return worded.join(QStringLiteral("; "));
}

} // namespace

FoiDisclosureLog::FoiDisclosureLog(const Database &db)
    : m_db(db)
{ }

QStringList FoiDisclosureLog::header() const
{
    return { tr("Reference"), tr("Date received"), tr("Date replied"), tr("Subject"), tr("Outcome"),
        tr("Exemptions applied") };
}

bool FoiDisclosureLog::readRows(QList<QStringList> *rows)
{
    const QList<FoiRequest> requests = FoiStore::reader(m_db).requests();
    if (m_db.lastFailure() != Database::Failure::None) {
        m_error = tr("Cannot read the register: %1").arg(m_db.errorString());
        return false;
    }
    for (const FoiRequest &r : requests) {
        if (r.status != FoiStatus::Replied && r.status != FoiStatus::Refused)
            continue;
        rows->append({ r.reference, r.received.toString(Qt::ISODate),
            r.replied.toString(Qt::ISODate), r.subject, foi::outcome(r), exemptionsText(r) });
    }
    return true;
}

bool FoiDisclosureLog::writeCsv(const QString &path)
{
    m_error.clear();
    QList<QStringList> rows;
    if (!readRows(&rows))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray bytes("\xEF\xBB\xBF");
    rows.prepend(header());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(CsvWriter::quoted(interchange::neutraliseFormula(cell)));
        bytes += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_rows = int(rows.size()) - 1;
    return true;
}

bool FoiDisclosureLog::writeXlsx(const QString &path)
{
    m_error.clear();
    QList<QStringList> rows;
    if (!readRows(&rows))
        return false;
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    lxw_workbook *workbook = workbook_new(cFileName(partial).constData());
    if (!workbook) {
        m_error = tr("Cannot write %1.").arg(path);
        return false;
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format *wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    const QByteArray sheetName = tr("Disclosure log").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
    const QStringList head = header();
    const double widths[ColumnCount] = { 16, 14, 14, 60, 22, 48 };
    for (int c = 0; c < ColumnCount; ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        worksheet_write_string(sheet, 0, lxw_col_t(c), head.at(c).toUtf8().constData(), bold);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const auto line = lxw_row_t(r + 1);
        for (int c = 0; c < ColumnCount; ++c) {
            const QDate day = QDate::fromString(row.at(c), Qt::ISODate);
            if (c == Received || c == Replied) {
                lxw_datetime when { day.year(), day.month(), day.day(), 0, 0, 0 };
                worksheet_write_datetime(sheet, line, lxw_col_t(c), &when, date);
            } else {
                worksheet_write_string(
                    sheet, line, lxw_col_t(c), row.at(c).toUtf8().constData(), wrap);
            }
        }
    }
    if (!rows.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), ColumnCount - 1);
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        m_error = tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)));
        QFile::remove(partial);
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        m_error = tr("Cannot write %1.").arg(path);
        QFile::remove(partial);
        return false;
    }
    m_rows = int(rows.size());
    return true;
}

} // namespace opcc
