// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace opcc {

class Database;

// Writes the register as an Excel workbook (.xlsx, through libxlsxwriter): one sheet per
// interchange file ("schemes", "outcomes") with the same columns and order as the CSV export.
// Values are numbers, money shown as £#,##0 (£#,##0.00 with pence) and percentages with a % sign
// (the cell holds 70.3, as the CSV does); text cells are strings, which a spreadsheet never runs
// as formulas. Figures past a sheet's million-row limit continue on "outcomes 2" and so on. The
// file is written beside its final name and moved into place only when complete.
class XlsxExporter final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExporter)

public:
    explicit XlsxExporter(const Database &db);

    bool exportTo(const QString &path);
    // The folder beside the workbook that holds the attached copies of source documents, as the
    // "attachments" sheet names it: "register-attachments" for register.xlsx. It is replaced
    // with the workbook, as the CSV export's attachments folder is.
    static QString attachmentFolder(const QString &workbookPath);
    QString errorString() const { return m_error; }
    int schemesWritten() const { return m_schemes; }
    int figuresWritten() const { return m_figures; }

private:
    const Database &m_db;
    QString m_error;
    int m_schemes = 0;
    int m_figures = 0;
};

} // namespace opcc
