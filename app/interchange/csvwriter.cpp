// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/csvwriter.h"

#include <QIODevice>

namespace opcc {

namespace {

bool csvWriterNeedsQuotes(char16_t c)
{
    return c == u',' || c == u'"' || c == u'\n' || c == u'\r';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{ }

QString CsvWriter::quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The bytes of quoted(field) in UTF-8, appended to line. One pass finds whether the field needs
// quotes and whether it is all ASCII (most are): such a field is copied byte by byte, any other
// goes through quoted() and toUtf8() as before.
void CsvWriter::appendField(QByteArray &line, const QString &field)
{
    bool special = false;
    bool ascii = true;
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            ascii = false;
        else if (csvWriterNeedsQuotes(u))
            special = true;
    }
    if (!ascii) {
        line += (special ? quoted(field) : field).toUtf8();
        return;
    }
    const qsizetype extra = special ? 2 + field.count(QLatin1Char('"')) : 0;
    const qsizetype at = line.size();
    line.resize(at + field.size() + extra);
    char *out = line.data() + at;
    if (special)
        *out++ = '"';
    for (const QChar c : field) {
        *out = char(c.unicode());
        if (special && *out == '"')
            *++out = '"';
        ++out;
    }
    if (special)
        *out = '"';
}

bool CsvWriter::writeLine(const QByteArray &line)
{
    return m_device->write(line.constData(), line.size()) == line.size();
}

bool CsvWriter::writeByteOrderMark()
{
    return m_device->write("\xEF\xBB\xBF", 3) == 3;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    // One buffer for every row: its capacity stays, so a row allocates nothing.
    m_line.resize(0);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += ',';
        appendField(m_line, fields.at(i));
    }
    m_line += '\n';
    return writeLine(m_line);
}

} // namespace opcc
