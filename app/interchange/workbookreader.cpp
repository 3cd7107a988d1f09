// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/workbookreader.h"

#include "interchange/workbooksheet.h"
#include "interchange/xmlscanner.h"
#include "interchange/ziparchive.h"

#include <QDir>
#include <QXmlStreamReader>

namespace opcc {

WorkbookReader::WorkbookReader(const QString &path, Kind kind)
    : m_path(path)
    , m_kind(kind)
{ }

WorkbookReader::~WorkbookReader() = default;

bool WorkbookReader::open()
{
    m_zip = std::make_unique<ZipArchive>(m_path);
    if (!m_zip->open()) {
        m_error = tr("the workbook cannot be read: it is not a complete zip file");
        return false;
    }
    return m_kind == Kind::Xlsx ? openXlsx() : openOds();
}

QStringList WorkbookReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

std::unique_ptr<RecordSource> WorkbookReader::sheet(const QString &name) const
{
    for (const Sheet &sheet : m_sheets) {
        if (sheet.name != name)
            continue;
        if (m_kind == Kind::Xlsx)
            return std::make_unique<XlsxSheet>(
                m_path, sheet.entry, sheet.size, m_sharedStrings, m_percentStyles, m_date1904);
        return std::make_unique<OdsSheet>(m_path, sheet.name, sheet.size);
    }
    return nullptr;
}

bool WorkbookReader::openXlsx()
{
    QByteArray workbook;
    QByteArray relations;
    if (!m_zip->read(QStringLiteral("xl/workbook.xml"), &workbook)
        || !m_zip->read(QStringLiteral("xl/_rels/workbook.xml.rels"), &relations)) {
        m_error = tr("the workbook cannot be read: its list of sheets is missing or damaged");
        return false;
    }
    QHash<QString, QString> targets; // relationship id -> entry
    QString sharedStrings;
    QString styles;
    QXmlStreamReader rels(relations);
    while (!rels.atEnd()) {
        if (rels.readNext() != QXmlStreamReader::StartElement
            || rels.name() != QLatin1String("Relationship"))
            continue;
        QString target = rels.attributes().value(QLatin1String("Target")).toString();
        target = target.startsWith(QLatin1Char('/'))
            ? target.mid(1)
            : QDir::cleanPath(QStringLiteral("xl/") + target);
        targets.insert(rels.attributes().value(QLatin1String("Id")).toString(), target);
        if (rels.attributes()
                .value(QLatin1String("Type"))
                .endsWith(QLatin1String("/sharedStrings")))
            sharedStrings = target;
        else if (rels.attributes().value(QLatin1String("Type")).endsWith(QLatin1String("/styles")))
            styles = target;
    }
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto value = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            Sheet sheet;
            sheet.name = xml.attributes().value(QLatin1String("name")).toString();
            // The relationship id is r:id in the relationships namespace.
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("id"))
                    sheet.entry = targets.value(attribute.value().toString());
            }
            sheet.size = m_zip->uncompressedSize(sheet.entry);
            m_sheets.append(sheet);
        }
    }
    if (xml.hasError() || rels.hasError()) {
        m_error = tr("the workbook cannot be read: %1")
                      .arg(xml.hasError() ? xml.errorString() : rels.errorString());
        return false;
    }
    return (sharedStrings.isEmpty() || readSharedStrings(sharedStrings))
        && (styles.isEmpty() || readStyles(styles));
}

namespace {

// Whether an .xlsx number format shows its number as a percentage: the built-in 0% and 0.00%,
// or a format code with a % that is not quoted or escaped text.
bool isPercentFormat(int id, const QString &code)
{
    if (id == 9 || id == 10)
        return true;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*'))
            ++i; // the next character is shown as it is, or used as padding
        else if (c == QLatin1Char('[') && !quoted)
            i = qMax(i, code.indexOf(QLatin1Char(']'), i)); // [Red], [$-809], [>100]
        else if (c == QLatin1Char('%') && !quoted)
            return true;
    }
    return false;
}

} // namespace

bool WorkbookReader::readStyles(const QString &entry)
{
    const auto file = m_zip->openEntry(entry);
    if (!file) {
        m_error = tr("the workbook's cell styles cannot be read");
        return false;
    }
    // numFmts come before cellXfs in styles.xml.
    QHash<int, QString> codes;
    auto percent = std::make_shared<QList<bool>>();
    QXmlStreamReader xml(file.get());
    bool inCellStyles = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                codes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                    attributes.value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellStyles = true;
            } else if (inCellStyles && xml.name() == QLatin1String("xf")) {
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                percent->append(isPercentFormat(id, codes.value(id)));
            }
        } else if (token == QXmlStreamReader::EndElement
            && xml.name() == QLatin1String("cellXfs")) {
            inCellStyles = false;
        }
    }
    if (xml.hasError()) {
        m_error = tr("the workbook's cell styles cannot be read: %1").arg(xml.errorString());
        return false;
    }
    m_percentStyles = std::move(percent);
    return true;
}

bool WorkbookReader::readSharedStrings(const QString &entry)
{
    const auto file = m_zip->openEntry(entry);
    if (!file) {
        m_error = tr("the workbook's shared strings cannot be read");
        return false;
    }
    // A workbook saved by a spreadsheet keeps every text in here: as large as a sheet.
    auto strings = std::make_shared<QStringList>();
    XmlScanner xml(file.get());
    QByteArray scratch;
    for (auto token = xml.next(); token != XmlScanner::Token::EndDocument && !xml.hasError();
         token = xml.next()) {
        if (token == XmlScanner::Token::StartElement && xml.name() == "sst") {
            bool counted = false;
            const int count = xml.attribute("uniqueCount").value_or("").toInt(&counted);
            if (counted && count > 0)
                strings->reserve(qMin(count, 1 << 24));
        } else if (token == XmlScanner::Token::StartElement && xml.name() == "si") {
            const QString text = XlsxSheet::richText(xml, scratch);
            if (!xml.hasError())
                strings->append(text);
        }
    }
    if (xml.hasError()) {
        m_error = tr("the workbook's shared strings cannot be read: %1").arg(xml.errorString());
        return false;
    }
    m_sharedStrings = std::move(strings);
    return true;
}

bool WorkbookReader::openOds()
{
    const auto file = m_zip->openEntry(QStringLiteral("content.xml"));
    if (!file) {
        m_error = tr("the workbook cannot be read: its content is missing or damaged");
        return false;
    }
    // The sheet names are the table:name of each table:table; the rows are skipped here.
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("table")
            && xml.namespaceUri().endsWith(QLatin1String(":table:1.0"))) {
            Sheet sheet;
            sheet.name = xml.attributes().value(QLatin1String("table:name")).toString();
            if (sheet.name.isEmpty()) {
                for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("name"))
                        sheet.name = attribute.value().toString();
                }
            }
            sheet.size = m_zip->uncompressedSize(QStringLiteral("content.xml"));
            m_sheets.append(sheet);
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        m_error = tr("the workbook cannot be read: %1").arg(xml.errorString());
        return false;
    }
    return true;
}

} // namespace opcc
