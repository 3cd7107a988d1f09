// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace opcc {

// Writes a table as people see it (headings as displayed, cells as shown) to a CSV file (UTF-8
// with a byte order mark, for Excel) or an .xlsx workbook (bold frozen headings, a filter, text
// wrapped, cells that read as plain numbers stored as numbers). For "Export Shown Schemes": not
// an interchange file, so nothing guards formulas beyond writing every cell as a string.
class TableExporter final
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    // rows.first() is the heading row.
    static bool writeCsv(const QString &path, const QList<QStringList> &rows, QString *error);
    static bool writeXlsx(const QString &path, const QList<QStringList> &rows,
        const QString &sheetName, QString *error);
    // Tab-separated, as spreadsheets paste it.
    static QString toTabSeparated(const QList<QStringList> &rows);
    static QByteArray toCsv(const QList<QStringList> &rows);
};

} // namespace opcc
