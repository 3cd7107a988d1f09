// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace opcc {

namespace {

// 128 KiB read at a time (256 KiB decoded): larger chunks read no faster, and every reader an
// import opens holds one while it waits for its turn.
constexpr qint64 chunkSize = 1 << 17;

// Length of the valid UTF-8 prefix of data; *incomplete is set when the data ends inside a
// sequence that the next chunk may complete.
qsizetype validUtf8Prefix(const QByteArray &data, bool *incomplete)
{
    *incomplete = false;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = bytes[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int codePoint = 0;
        if ((b & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = b & 0x07;
        } else {
            return i;
        }
        if (i + length > size) {
            for (qsizetype k = i + 1; k < size; ++k) {
                if ((bytes[k] & 0xC0) != 0x80)
                    return i;
            }
            *incomplete = true;
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return i;
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{ }

qint64 CsvReader::size() const
{
    return m_device->size();
}

bool CsvReader::setError(int line, const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = line;
    }
    return false;
}

bool CsvReader::fill()
{
    if (m_atEnd || hasError())
        return false;
    if (!m_deferredError.isEmpty()) {
        // Everything before the bad byte has been read; now report it.
        return setError(m_deferredLine, m_deferredError);
    }
    QByteArray data = m_pending + m_device->read(chunkSize);
    m_pending.clear();
    if (data.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (data.startsWith("\xEF\xBB\xBF"))
            data.remove(0, 3);
    }
    bool incomplete = false;
    const qsizetype valid = validUtf8Prefix(data, &incomplete);
    const QString decoded = QString::fromUtf8(data.constData(), valid);
    if (valid < data.size()) {
        if (incomplete && !m_device->atEnd()) {
            m_pending = data.mid(valid); // the next chunk completes the character
        } else {
            const int line = m_line + int(m_buffer.mid(m_pos).count(QLatin1Char('\n')))
                + int(decoded.count(QLatin1Char('\n')));
            m_deferredLine = line;
            m_deferredError = QCoreApplication::translate("CsvReader",
                "the file is not UTF-8 text (byte 0x%1); save it from the "
                "spreadsheet as \"CSV UTF-8\"")
                                  .arg(uchar(data.at(valid)), 2, 16, QLatin1Char('0'));
        }
    }
    m_bytesRead += valid;
    m_buffer = m_buffer.mid(m_pos) + decoded;
    m_pos = 0;
    if (m_buffer.isEmpty() && !m_deferredError.isEmpty())
        return setError(m_deferredLine, m_deferredError);
    return !m_buffer.isEmpty();
}

bool CsvReader::nextChar(QChar &c)
{
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    if (m_pos >= m_buffer.size())
        return false;
    c = m_buffer.at(m_pos++);
    return true;
}

bool CsvReader::readQuoted(QString &field)
{
    // The opening quote has been read; reads through the closing one.
    const int startLine = m_line;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (hasError())
                return false;
            return setError(startLine,
                QCoreApplication::translate(
                    "CsvReader", "a quoted field starts here and is never closed"));
        }
        const QChar *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        const qsizetype start = m_pos;
        while (m_pos < size && data[m_pos] != QLatin1Char('"') && data[m_pos] != QLatin1Char('\r')
            && data[m_pos] != QLatin1Char('\n'))
            ++m_pos;
        field.append(data + start, m_pos - start);
        if (m_pos >= size)
            continue;
        const QChar c = data[m_pos++];
        QChar after;
        if (c == QLatin1Char('"')) {
            if (nextChar(after)) {
                if (after == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    continue;
                }
                pushBack();
            }
            return true;
        }
        // A line break inside the field: CRLF becomes LF; a carriage return on its own is text
        // (an exported cell may start with one, behind its formula guard).
        if (c == QLatin1Char('\r')) {
            if (!nextChar(after))
                continue;
            if (after != QLatin1Char('\n')) {
                pushBack();
                field.append(QLatin1Char('\r'));
                continue;
            }
        }
        field.append(QLatin1Char('\n'));
        ++m_line;
    }
}

bool CsvReader::next(CsvRecord &record)
{
    for (;;) {
        if (hasError())
            return false;
        record.line = m_line;
        // The record's strings are reused from row to row: a field is written into the string
        // that held the same field of the previous row, which keeps its buffer unless someone
        // still shares it. That saves an allocation for most fields of most rows.
        qsizetype count = 0; // fields completed
        const auto slot = [&record, &count]() -> QString & {
            if (record.fields.size() <= count)
                record.fields.append(QString());
            QString &field = record.fields[count];
            field.resize(0);
            return field;
        };
        QString *field = &slot();
        const auto endField = [&]() { ++count; };
        bool started = false; // the current field has content: a quote now is an error
        bool lastQuoted = false; // the current field was quoted
        bool any = false;
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (hasError() || !any) {
                    record.fields.clear();
                    return false; // an error, or the clean end of input
                }
                endField();
                break;
            }
            any = true;
            const QChar *data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            const QChar c = data[m_pos];
            if (c == QLatin1Char(',')) {
                ++m_pos;
                endField();
                field = &slot();
                started = false;
                lastQuoted = false;
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                ++m_pos;
                QChar after;
                if (c == QLatin1Char('\r') && nextChar(after) && after != QLatin1Char('\n'))
                    pushBack();
                endField();
                ++m_line;
                break;
            } else if (c == QLatin1Char('"') && !started) {
                ++m_pos;
                started = true;
                lastQuoted = true;
                if (!readQuoted(*field))
                    return false;
                // After the closing quote: a separator, a line end or the end of input.
                if (m_pos >= m_buffer.size() && !fill()) {
                    if (hasError())
                        return false;
                    endField();
                    break;
                }
                const QChar next = m_buffer.at(m_pos);
                if (next != QLatin1Char(',') && next != QLatin1Char('\n')
                    && next != QLatin1Char('\r')) {
                    return setError(m_line,
                        QCoreApplication::translate(
                            "CsvReader", "unexpected text after a closing quote in field %1")
                            .arg(count + 1));
                }
            } else if (c == QLatin1Char('"')) {
                return setError(m_line,
                    QCoreApplication::translate("CsvReader",
                        "a quote inside unquoted field %1; put the whole field in "
                        "quotes and double the quote")
                        .arg(count + 1));
            } else {
                // A run of plain text, copied in one piece.
                const qsizetype start = m_pos;
                while (m_pos < size && data[m_pos] != QLatin1Char(',')
                    && data[m_pos] != QLatin1Char('\n') && data[m_pos] != QLatin1Char('\r')
                    && data[m_pos] != QLatin1Char('"'))
                    ++m_pos;
                field->append(data + start, m_pos - start);
                started = true;
            }
        }
        if (record.fields.size() > count)
            record.fields.resize(count);
        const bool blank = count == 1 && record.fields.first().isEmpty() && !lastQuoted;
        if (!blank)
            return true;
    }
}

} // namespace opcc
