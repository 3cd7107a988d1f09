// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/workbooksheet.h"

#include "interchange/spreadsheetvalues.h"
#include "interchange/ziparchive.h"

#include <QCoreApplication>
#include <cmath>

namespace opcc {

namespace {

const QLatin1String dateColumnNames[] = { QLatin1String("start"), QLatin1String("end"),
    QLatin1String("period_start"), QLatin1String("period_end"), QLatin1String("issued") };

void setField(QStringList &fields, qsizetype column, const QString &text)
{
    while (fields.size() <= column)
        fields.append(QString());
    fields[column] = text;
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.isEmpty())
            return false;
    }
    return true;
}

} // namespace

WorkbookSheetBase::WorkbookSheetBase(const QString &zipPath, const QString &entry, qint64 size)
    : m_zipPath(zipPath)
    , m_entry(entry)
    , m_size(size)
{ }

WorkbookSheetBase::~WorkbookSheetBase() = default;

qint64 WorkbookSheetBase::bytesRead() const
{
    return m_file ? m_file->inflated() : 0;
}

bool WorkbookSheetBase::openEntry()
{
    if (m_opened)
        return !hasError();
    m_opened = true;
    m_file = ZipArchive(m_zipPath).openEntry(m_entry);
    if (!m_file)
        return setError(0,
            QCoreApplication::translate(
                "WorkbookReader", "the sheet cannot be read from the file"));
    return true;
}

bool WorkbookSheetBase::setError(int line, const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = line;
    }
    return false;
}

void WorkbookSheetBase::padToHeader(QStringList &fields) const
{
    // A sheet leaves out empty cells at a row's end; a CSV row has them, empty.
    while (fields.size() < m_dateColumns.size())
        fields.append(QString());
}

void WorkbookSheetBase::noteHeader(const QStringList &fields)
{
    m_headerSeen = true;
    for (const QString &field : fields) {
        const QString name = field.trimmed().toLower();
        bool date = false;
        for (const QLatin1String &dateName : dateColumnNames)
            date = date || name == dateName;
        m_dateColumns.append(date);
    }
}

bool WorkbookSheetBase::isDateColumn(qsizetype column) const
{
    return column < m_dateColumns.size() && m_dateColumns.at(column);
}

QString WorkbookSheetBase::numberText(const QString &raw, qsizetype column, bool system1904) const
{
    // Whole numbers of up to 15 digits, outside date columns, are already as a sheet shows them.
    const bool date = m_headerSeen && isDateColumn(column);
    if (!date && raw.size() <= 15) {
        bool digits = !raw.isEmpty();
        for (QChar c : raw)
            digits = digits
                && ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-'));
        if (digits)
            return raw;
    }
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (m_headerSeen && isDateColumn(column)) {
        const bool year = value == std::floor(value) && value >= 1900 && value <= 2200;
        return year ? QString::number(qint64(value))
                    : spreadsheet::serialToDayFirst(value, system1904);
    }
    // 17 significant digits as stored (70.299999999999997) are 15 as shown (70.3).
    return spreadsheet::plainNumber(QString::number(value, 'g', 15));
}

QString WorkbookSheetBase::percentText(double fraction)
{
    // The cell holds the fraction (0.703) of the percentage it shows (70.3%); 15 significant
    // digits, as a sheet keeps, drop what the multiplication adds (70.299999999999997).
    return spreadsheet::plainNumber(QString::number(fraction * 100, 'g', 15)) + QLatin1Char('%');
}

bool WorkbookSheetBase::finishXml(int line, bool broken, const QString &xmlError)
{
    if (broken)
        return setError(line,
            QCoreApplication::translate("WorkbookReader", "the sheet is damaged: %1")
                .arg(xmlError));
    return false;
}

// ---- .xlsx

namespace {

// "B12" -> column 1 (from 0); -1 if the reference has no letters.
qsizetype columnOf(QByteArrayView reference)
{
    qsizetype column = 0;
    qsizetype letters = 0;
    for (char c : reference) {
        if (c < 'A' || c > 'Z' || letters == 3)
            break;
        column = column * 26 + (c - 'A' + 1);
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

// Column 1 (from 0) of row 12 -> "B12".
QString cellReference(qsizetype column, int row)
{
    QString letters;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QLatin1Char(char('A' + (n - 1) % 26)));
    return letters + QString::number(row);
}

} // namespace

XlsxSheet::XlsxSheet(const QString &zipPath, const QString &entry, qint64 size,
    std::shared_ptr<const QStringList> sharedStrings,
    std::shared_ptr<const QList<bool>> percentStyles, bool system1904)
    : WorkbookSheetBase(zipPath, entry, size)
    , m_sharedStrings(std::move(sharedStrings))
    , m_percentStyles(std::move(percentStyles))
    , m_1904(system1904)
{ }

QString XlsxSheet::richText(XmlScanner &xml, QByteArray &scratch)
{
    // <t>text</t>, or rich text runs <r><rPr>..</rPr><t>..</t></r>...
    scratch.resize(0);
    int depth = 0;
    for (;;) {
        switch (xml.next()) {
        case XmlScanner::Token::StartElement:
            if (xml.name() == "t") {
                if (!xml.readElementText(scratch))
                    return QString();
            } else if (xml.name() == "rPh") {
                xml.skipCurrentElement(); // a reading aid for East Asian text, not the text itself
            } else {
                ++depth;
            }
            break;
        case XmlScanner::Token::EndElement:
            if (depth-- == 0)
                return xml.toString(scratch);
            break;
        case XmlScanner::Token::Characters:
            break;
        default:
            return QString();
        }
    }
}

bool XlsxSheet::failXml(int line)
{
    return finishXml(line, m_xml->hasError(), m_xml->errorString());
}

bool XlsxSheet::readCell(QStringList &fields, int line)
{
    // The attributes are views of the bytes read: taken before the cell's content is read.
    XmlScanner &xml = *m_xml;
    const QByteArrayView typeName = xml.attribute("t").value_or(QByteArrayView());
    CellType type = CellType::Number;
    if (typeName == "s")
        type = CellType::Shared;
    else if (typeName == "inlineStr")
        type = CellType::Inline;
    else if (typeName == "b")
        type = CellType::Boolean;
    else if (typeName == "d")
        type = CellType::Date;
    else if (typeName == "str" || typeName == "e")
        type = CellType::Text;
    const auto reference = xml.attribute("r");
    qsizetype column = reference ? columnOf(*reference) : -1;
    if (column < 0)
        column = fields.size();
    const auto styleName = xml.attribute("s");
    bool styled = false;
    const int style = styleName ? styleName->toInt(&styled) : -1;
    m_value.resize(0);
    bool haveValue = false;
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == "v") {
            haveValue = true;
            if (!xml.readElementText(m_value))
                break;
        } else if (xml.name() == "is") {
            text = richText(xml, m_scratch);
        } else {
            xml.skipCurrentElement(); // a formula (<f>): its cached value <v> is what counts
        }
    }
    if (xml.hasError())
        return failXml(line);
    if (type != CellType::Inline && (type != CellType::Number || haveValue)) {
        bool ok = true;
        text = cellText(type, column, styled ? style : -1, line, &ok);
        if (!ok)
            return false;
    }
    setField(fields, column, text);
    return true;
}

QString XlsxSheet::cellText(CellType type, qsizetype column, int style, int line, bool *ok)
{
    const QByteArrayView raw(m_value);
    switch (type) {
    case CellType::Shared: {
        bool number = false;
        const int index = raw.trimmed().toInt(&number);
        if (!number || !m_sharedStrings || index < 0 || index >= m_sharedStrings->size()) {
            *ok = setError(line,
                QCoreApplication::translate(
                    "WorkbookReader", "cell %1 refers to a missing shared string")
                    .arg(cellReference(column, line)));
            return QString();
        }
        return m_sharedStrings->at(index);
    }
    case CellType::Boolean:
        return raw == "1" ? QStringLiteral("true") : QStringLiteral("false");
    case CellType::Date: {
        const QDate date = QDate::fromString(
            QString::fromLatin1(raw.first(qMin<qsizetype>(10, raw.size()))), Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : m_xml->toString(raw);
    }
    case CellType::Text:
    case CellType::Inline:
        return m_xml->toString(raw);
    case CellType::Number:
        break;
    }
    const QString number = m_xml->toString(raw);
    // What the user saw: a percentage format shows 0.45 as 45%.
    if (style >= 0 && m_percentStyles && style < m_percentStyles->size()
        && m_percentStyles->at(style) && !(m_headerSeen && isDateColumn(column))) {
        bool isNumber = false;
        const double value = number.toDouble(&isNumber);
        if (isNumber)
            return percentText(value);
    }
    return numberText(number, column, m_1904);
}

bool XlsxSheet::next(CsvRecord &record)
{
    if (!openEntry())
        return false;
    if (!m_xml)
        m_xml = std::make_unique<XmlScanner>(m_file.get());
    XmlScanner &xml = *m_xml;
    for (;;) {
        const auto token = xml.next();
        if (token == XmlScanner::Token::EndDocument || token == XmlScanner::Token::Invalid)
            break;
        if (token != XmlScanner::Token::StartElement || xml.name() != "row")
            continue;
        const auto numberText = xml.attribute("r");
        bool ok = false;
        const int number = numberText ? numberText->toInt(&ok) : 0;
        m_lastRow = ok ? number : m_lastRow + 1;
        QStringList fields;
        fields.reserve(m_dateColumns.size());
        while (xml.readNextStartElement()) {
            if (xml.name() == "c") {
                if (!readCell(fields, m_lastRow))
                    return false;
            } else {
                xml.skipCurrentElement();
            }
        }
        if (xml.hasError())
            return failXml(m_lastRow);
        if (isBlank(fields))
            continue; // blank rows are ignored, as blank lines of a CSV are
        if (!m_headerSeen)
            noteHeader(fields);
        padToHeader(fields);
        record.line = m_lastRow;
        record.fields = fields;
        return true;
    }
    return failXml(m_lastRow);
}

// ---- .ods

OdsSheet::OdsSheet(const QString &zipPath, const QString &sheetName, qint64 size)
    : WorkbookSheetBase(zipPath, QStringLiteral("content.xml"), size)
    , m_sheetName(sheetName)
{ }

bool OdsSheet::findTable()
{
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == QLatin1String("table")
            && m_xml.attributes().value(QLatin1String("table:name")) == m_sheetName) {
            m_inTable = true;
            return true;
        }
    }
    return false;
}

QString OdsSheet::paragraphText()
{
    // text:p content with text:s (spaces), text:tab, text:line-break and nested spans.
    QString text;
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += m_xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            if (m_xml.name() == QLatin1String("s")) {
                const int count = m_xml.attributes().value(QLatin1String("text:c")).toInt();
                text += QString(qMax(count, 1), QLatin1Char(' '));
            } else if (m_xml.name() == QLatin1String("tab")) {
                text += QLatin1Char('\t');
            } else if (m_xml.name() == QLatin1String("line-break")) {
                text += QLatin1Char('\n');
            } else if (m_xml.name() == QLatin1String("annotation")) {
                m_xml.skipCurrentElement(); // a comment on the cell, not its value
                continue;
            }
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

QString OdsSheet::cellText(qsizetype column)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView type = attributes.value(QLatin1String("office:value-type"));
    QString text;
    QStringList paragraphs;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("p"))
            paragraphs.append(paragraphText());
        else
            m_xml.skipCurrentElement();
    }
    if (type == QLatin1String("float") || type == QLatin1String("currency")) {
        text
            = numberText(attributes.value(QLatin1String("office:value")).toString(), column, false);
    } else if (type == QLatin1String("percentage")) {
        text = percentText(attributes.value(QLatin1String("office:value")).toDouble());
    } else if (type == QLatin1String("date")) {
        const QDate date = QDate::fromString(
            attributes.value(QLatin1String("office:date-value")).left(10).toString(), Qt::ISODate);
        text = date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy"))
                              : paragraphs.join(QLatin1Char('\n'));
    } else if (type == QLatin1String("boolean")) {
        text = attributes.value(QLatin1String("office:boolean-value")) == QLatin1String("true")
            ? QStringLiteral("true")
            : QStringLiteral("false");
    } else {
        text = paragraphs.join(QLatin1Char('\n'));
    }
    return text;
}

bool OdsSheet::readRow(QStringList &fields)
{
    // Empty cells repeated to the sheet's edge are counted, not stored, until a cell with content
    // follows them.
    int pendingEmpty = 0;
    while (m_xml.readNextStartElement()) {
        const bool cell = m_xml.name() == QLatin1String("table-cell")
            || m_xml.name() == QLatin1String("covered-table-cell");
        if (!cell) {
            m_xml.skipCurrentElement();
            continue;
        }
        int repeat
            = m_xml.attributes().value(QLatin1String("table:number-columns-repeated")).toInt();
        repeat = qMax(repeat, 1);
        const QString text = cellText(fields.size() + pendingEmpty);
        if (text.isEmpty()) {
            pendingEmpty += repeat;
            continue;
        }
        for (; pendingEmpty > 0; --pendingEmpty)
            fields.append(QString());
        for (int i = 0; i < repeat && fields.size() < 16384; ++i)
            fields.append(text);
    }
    return true;
}

bool OdsSheet::next(CsvRecord &record)
{
    if (!openEntry())
        return false;
    if (m_xml.device() == nullptr)
        m_xml.setDevice(m_file.get());
    if (m_repeatLeft > 0) {
        --m_repeatLeft;
        record.line = ++m_row;
        record.fields = m_repeat;
        return true;
    }
    if (!m_inTable && !findTable())
        return finishXml(0);
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("table")) {
            m_inTable = false;
            break; // the end of this sheet
        }
        if (token != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("table-row"))
            continue;
        const int repeat = qMax(
            m_xml.attributes().value(QLatin1String("table:number-rows-repeated")).toInt(), 1);
        QStringList fields;
        readRow(fields);
        if (isBlank(fields)) {
            m_row += repeat;
            continue;
        }
        if (!m_headerSeen)
            noteHeader(fields);
        padToHeader(fields);
        record.line = ++m_row;
        record.fields = fields;
        if (repeat > 1) {
            m_repeat = fields;
            m_repeatLeft = repeat - 1;
        }
        return true;
    }
    return finishXml(m_row);
}

} // namespace opcc
