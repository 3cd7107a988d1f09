// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace opcc::interchange {

// What a file given to the import holds, told from its content, not its name.
enum class FileFormat {
    Csv,
    Xlsx,
    Ods,
    OtherZip, // a zip file that is no workbook we read
    Xls, // Excel 97-2003 (a compound document)
    Utf16, // text in UTF-16, as Excel's "Unicode Text" writes it
    Unreadable, // cannot be opened
};

FileFormat detectFormat(const QString &path, QString *error = nullptr);

// How to save a sheet as the CSV the import reads, in Excel and in LibreOffice: the tail of every
// message that refuses a file for its format.
QString howToSaveCsv();

// Why a file of this format is refused ("" for the ones that are read).
QString refusal(FileFormat format);

} // namespace opcc::interchange
