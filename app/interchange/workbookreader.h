// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "interchange/recordsource.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace opcc {

class ZipArchive;

// Reads the sheets of an .xlsx (Office Open XML) or .ods (OpenDocument) workbook as rows of text,
// the same text a CSV of the sheet would hold: shared and inline strings, numbers in plain form
// ("1100000", never "1.1E+06"), booleans as "true"/"false", empty cells as empty fields, and date
// cells and serials (1900 or 1904 system) in date columns as day-first dates ("01/03/2022") that
// the import reads like any rewritten date. Each sheet is streamed from the zip file, so a sheet
// of a million rows needs no more memory than its shared strings.
class WorkbookReader final
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)

public:
    enum class Kind { Xlsx, Ods };

    explicit WorkbookReader(const QString &path, Kind kind);
    ~WorkbookReader();

    // Reads the list of sheets (and, for .xlsx, the shared strings); false with errorString().
    bool open();
    QStringList sheetNames() const;
    // A reader of one sheet's rows; the first row is the header.
    std::unique_ptr<RecordSource> sheet(const QString &name) const;
    QString errorString() const { return m_error; }

    struct Sheet
    {
        QString name;
        QString entry; // path in the zip (.xlsx); empty for .ods (content.xml holds every sheet)
        qint64 size = 0; // uncompressed bytes, for progress
    };

private:
    bool openXlsx();
    bool openOds();
    bool readSharedStrings(const QString &entry);
    bool readStyles(const QString &entry);

    QString m_path;
    Kind m_kind;
    std::unique_ptr<ZipArchive> m_zip;
    QList<Sheet> m_sheets;
    std::shared_ptr<const QStringList> m_sharedStrings;
    // By cell style (a cell's s attribute): whether its number format shows a percentage.
    std::shared_ptr<const QList<bool>> m_percentStyles;
    bool m_date1904 = false;
    QString m_error;
};

} // namespace opcc
