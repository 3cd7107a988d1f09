// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/fileformat.h"

#include "interchange/ziparchive.h"

#include <QFile>

namespace opcc::interchange {

namespace {

FileFormat zipFormat(const QString &path)
{
    ZipArchive zip(path);
    if (!zip.open())
        return FileFormat::OtherZip;
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return FileFormat::Xlsx;
    // The mimetype entry says which OpenDocument it is; only spreadsheets are read.
    QByteArray mimetype;
    if (zip.contains(QStringLiteral("content.xml"))
        && zip.read(QStringLiteral("mimetype"), &mimetype)
        && mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
        return FileFormat::Ods;
    return FileFormat::OtherZip;
}

} // namespace

FileFormat detectFormat(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return FileFormat::Unreadable;
    }
    const QByteArray start = file.read(8);
    file.close();
    if (start.startsWith("PK\x03\x04"))
        return path.startsWith(QLatin1Char(':')) ? FileFormat::OtherZip : zipFormat(path);
    if (start.startsWith("\xD0\xCF\x11\xE0"))
        return FileFormat::Xls;
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF"))
        return FileFormat::Utf16;
    // UTF-16 without a byte order mark: every other byte of plain text is zero.
    if (start.size() >= 4
        && ((start.at(1) == 0 && start.at(3) == 0 && start.at(0) != 0)
            || (start.at(0) == 0 && start.at(2) == 0 && start.at(1) != 0)))
        return FileFormat::Utf16;
    return FileFormat::Csv;
}

QString howToSaveCsv()
{
    return QCoreApplication::translate("FileFormat",
        "In Excel: File > Save As, file type \"CSV UTF-8 (Comma delimited) (*.csv)\". In "
        "LibreOffice Calc: File > Save As, file type \"Text CSV (.csv)\", tick \"Edit filter "
        "settings\", then choose the character set \"Unicode (UTF-8)\" and the field delimiter "
        "\",\" (comma). Workbooks (.xlsx, .ods) can be imported as they are.");
}

QString refusal(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
    case FileFormat::Xlsx:
    case FileFormat::Ods:
    case FileFormat::Unreadable:
        return {};
    case FileFormat::OtherZip:
        return QCoreApplication::translate(
                   "FileFormat", "this is a zip file, not a CSV file or a workbook.")
            + QLatin1Char(' ') + howToSaveCsv();
    case FileFormat::Xls:
        return QCoreApplication::translate("FileFormat",
                   "this is an Excel 97-2003 workbook (.xls), which "
                   "cannot be read; save it as .xlsx or as CSV UTF-8.")
            + QLatin1Char(' ') + howToSaveCsv();
    case FileFormat::Utf16:
        return QCoreApplication::translate("FileFormat",
                   "this text is in UTF-16 (Excel's \"Unicode Text\"), "
                   "not UTF-8.")
            + QLatin1Char(' ') + howToSaveCsv();
    }
    return {};
}

} // namespace opcc::interchange
