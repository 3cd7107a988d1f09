// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CsvImporter: the files of an import, told apart by their content: CSV text, or the sheets of
// an .xlsx or .ods workbook, each sheet read as one file would be.

#include "interchange/csvimporter.h"
#include "interchange/csvreader.h"
#include "interchange/fileformat.h"
#include "interchange/importrow.h"
#include "interchange/workbookreader.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace opcc {

namespace {

// The kind a sheet's name says it holds: "outcomes", "Outcomes" or "outcomes 2" (the
// continuation the spreadsheet export writes past a sheet's last row).
bool isKnownSheetName(const QString &sheet)
{
    QString base = sheet.trimmed().toLower();
    static const QRegularExpression continuation(QStringLiteral(R"( \d+$)"));
    base.remove(continuation);
    for (interchange::FileKind kind : interchange::allKinds()) {
        if (base == interchange::fileName(kind).section(QLatin1Char('.'), 0, 0))
            return true;
    }
    return false;
}

QStringList knownSheetNames()
{
    QStringList names;
    for (interchange::FileKind kind : interchange::allKinds())
        names.append(interchange::fileName(kind).section(QLatin1Char('.'), 0, 0));
    return names;
}

} // namespace

bool CsvImporter::openInputs(const QStringList &paths, std::vector<std::unique_ptr<Input>> &inputs)
{
    bool ok = true;
    for (const QString &path : paths) {
        QString error;
        const auto format = interchange::detectFormat(path, &error);
        switch (format) {
        case interchange::FileFormat::Unreadable:
            ok = addError(path, 0, QStringLiteral("-"), tr("cannot be read: %1").arg(error));
            break;
        case interchange::FileFormat::Csv:
            ok = openCsv(path, inputs) && ok;
            break;
        case interchange::FileFormat::Xlsx:
        case interchange::FileFormat::Ods:
            ok = openWorkbook(path, format == interchange::FileFormat::Ods, inputs) && ok;
            break;
        default:
            // The whole file is refused: its first line is where it goes wrong.
            ok = addError(path, 1, QStringLiteral("-"), interchange::refusal(format));
            break;
        }
    }
    return ok;
}

bool CsvImporter::openCsv(const QString &path, std::vector<std::unique_ptr<Input>> &inputs)
{
    auto input = std::make_unique<Input>();
    input->name = path;
    input->folder = QFileInfo(path).absolutePath();
    input->file = std::make_unique<QFile>(path);
    if (!input->file->open(QIODevice::ReadOnly))
        return addError(
            path, 0, QStringLiteral("-"), tr("cannot be read: %1").arg(input->file->errorString()));
    m_totalBytes += input->file->size();
    input->reader = std::make_unique<CsvReader>(input->file.get());
    inputs.push_back(std::move(input));
    return true;
}

bool CsvImporter::openWorkbook(
    const QString &path, bool ods, std::vector<std::unique_ptr<Input>> &inputs)
{
    WorkbookReader workbook(path, ods ? WorkbookReader::Kind::Ods : WorkbookReader::Kind::Xlsx);
    if (!workbook.open())
        return addError(path, 0, QStringLiteral("-"), workbook.errorString());
    bool ok = true;
    for (const QString &sheet : workbook.sheetNames()) {
        const QString name = QStringLiteral("%1:%2").arg(path, sheet);
        if (!isKnownSheetName(sheet)) {
            ok = addError(name, 1, QStringLiteral("-"),
                tr("the sheet \"%1\" is not one the import reads; name the sheets %2, "
                   "or remove this one")
                    .arg(sheet, knownSheetNames().join(QStringLiteral(", "))));
            continue;
        }
        auto input = std::make_unique<Input>();
        input->name = name;
        input->folder = QFileInfo(path).absolutePath();
        input->reader = workbook.sheet(sheet);
        m_totalBytes += input->reader->size();
        inputs.push_back(std::move(input));
    }
    return ok;
}

// A header of one field that holds the column names joined by ';' or a tab: the file was saved
// with another separator.
bool CsvImporter::checkSeparator(const Input &input, const CsvRecord &header)
{
    if (header.fields.size() != 1 || input.file == nullptr)
        return true;
    const QString &only = header.fields.first();
    for (const QChar separator : { QLatin1Char(';'), QLatin1Char('\t') }) {
        QStringList names;
        for (const QString &name : only.split(separator))
            names.append(name.trimmed().toLower());
        if (names.size() < 2 || !interchange::kindFromHeader(names))
            continue;
        const QString which = separator == QLatin1Char(';')
            ? tr("the file is separated by semicolons (;), not commas.")
            : tr("the file is separated by tabs, not commas.");
        return addError(input.name, header.line, QStringLiteral("-"),
            which + QLatin1Char(' ') + interchange::howToSaveCsv());
    }
    return true;
}

} // namespace opcc
