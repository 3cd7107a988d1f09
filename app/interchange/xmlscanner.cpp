// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/xmlscanner.h"

#include <QIODevice>
#include <cstring>

namespace opcc {

namespace {

// Read in chunks large enough that a read costs nothing beside the inflating and scanning.
constexpr qsizetype scanChunkSize = 256 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// At most the first n bytes: enough of a damaged text to point at it.
QByteArrayView leading(QByteArrayView text, qsizetype n)
{
    return text.first(qMin(n, text.size()));
}

bool isBlank(QByteArrayView text)
{
    for (char c : text) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

void appendUtf8(QByteArray &out, char32_t code)
{
    const char32_t utf32[] = { code };
    out += QString::fromUcs4(utf32, 1).toUtf8();
}

// The character a reference (the text between & and ;) stands for; 0 if none.
char32_t referenced(QByteArrayView name)
{
    if (name == "lt")
        return U'<';
    if (name == "gt")
        return U'>';
    if (name == "amp")
        return U'&';
    if (name == "quot")
        return U'"';
    if (name == "apos")
        return U'\'';
    if (name.size() < 2 || name.front() != '#')
        return 0;
    const bool hex = name.at(1) == 'x';
    const QByteArrayView digits = name.sliced(hex ? 2 : 1);
    bool ok = false;
    const uint code = digits.isEmpty() || digits.front() == '-' || digits.front() == '+'
        ? 0
        : digits.toUInt(&ok, hex ? 16 : 10);
    const bool valid = ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
    return valid ? char32_t(code) : 0;
}

} // namespace

XmlScanner::XmlScanner(QIODevice *device)
    : m_device(device)
    , m_utf8(QStringDecoder::Utf8,
          QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{ }

XmlScanner::Token XmlScanner::fail(const QString &message)
{
    if (m_token != Token::Invalid)
        m_error = message;
    m_pendingEnd = false;
    return m_token = Token::Invalid;
}

XmlScanner::Token XmlScanner::failTruncated()
{
    if (m_token == Token::Invalid)
        return m_token;
    if (!m_deviceAtEnd)
        return fail(m_device->errorString()); // the device could not be read
    return fail(tr("the XML ends before it is complete"));
}

// Appends the next chunk of the device to the buffer; false at the end of the data or on a read
// error (m_deviceAtEnd tells them apart).
bool XmlScanner::more()
{
    if (m_deviceAtEnd || m_token == Token::Invalid)
        return false;
    QByteArray raw(scanChunkSize, Qt::Uninitialized);
    const qint64 read = m_device->read(raw.data(), raw.size());
    if (read < 0)
        return false; // the device's error, given by failTruncated()
    if (read == 0) {
        m_deviceAtEnd = true;
        return false;
    }
    raw.truncate(read);
    if (m_encoding == Encoding::Utf8) {
        m_buffer += raw;
        return true;
    }
    // Half a UTF-16 code unit adds nothing yet: callers count on more bytes to look at.
    const qsizetype before = m_buffer.size();
    appendTranscoded(raw);
    return m_token != Token::Invalid && (m_buffer.size() > before || more());
}

// Appends bytes in the document's own encoding to the buffer as UTF-8. UTF-16 is decoded here,
// by whole code units and pairs: a read may end between the bytes of one.
void XmlScanner::appendTranscoded(QByteArray raw)
{
    raw.prepend(m_rawLeft);
    m_rawLeft.clear();
    if (m_encoding == Encoding::Other) {
        const QString text = m_transcoder->decode(raw);
        if (m_transcoder->hasError())
            fail(tr("the XML is not in the encoding it declares"));
        m_buffer += text.toUtf8();
        return;
    }
    const bool little = m_encoding == Encoding::Utf16LE;
    QString text(raw.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto first = uchar(raw.at(2 * i));
        const auto second = uchar(raw.at(2 * i + 1));
        text[i] = QChar(little ? char16_t(first | second << 8) : char16_t(first << 8 | second));
    }
    qsizetype left = raw.size() % 2;
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        text.chop(1);
        left += 2;
    }
    m_rawLeft = raw.right(left);
    m_buffer += text.toUtf8();
}

// The first chunk: a byte order mark or an encoding declaration says whether the document needs
// converting to UTF-8.
bool XmlScanner::startReading()
{
    m_started = true;
    // Enough bytes to tell a byte order mark, and the whole of a declaration.
    while (m_buffer.size() < 5 && more()) { }
    if (m_buffer.startsWith("<?xml")) {
        while (!m_buffer.contains("?>") && m_buffer.size() < 4096 && more()) { }
    }
    if (m_buffer.isEmpty())
        return false;
    const QByteArrayView head(m_buffer);
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_buffer.remove(0, 3);
        return true;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith(QByteArrayView("<\0?\0", 4)))
        return useEncoding(Encoding::Utf16LE, head.at(0) == '<' ? 0 : 2);
    if (head.startsWith("\xFE\xFF") || head.startsWith(QByteArrayView("\0<\0?", 4)))
        return useEncoding(Encoding::Utf16BE, head.at(0) == '\0' ? 0 : 2);
    if (!head.startsWith("<?xml"))
        return true;
    const qsizetype end = head.indexOf("?>");
    const QByteArrayView declaration = head.first(end < 0 ? head.size() : end);
    const qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return true;
    qsizetype quote = at + 8;
    while (
        quote < declaration.size() && declaration.at(quote) != '"' && declaration.at(quote) != '\'')
        ++quote;
    const qsizetype close
        = quote < declaration.size() ? declaration.indexOf(declaration.at(quote), quote + 1) : -1;
    if (close < 0)
        return true; // a broken declaration is skipped like any processing instruction
    const QByteArray name = declaration.sliced(quote + 1, close - quote - 1).toByteArray();
    const QByteArray lower = name.toLower();
    if (lower == "utf-8" || lower == "utf8")
        return true;
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid()) {
        fail(tr("the XML's encoding %1 cannot be read").arg(QString::fromLatin1(name)));
        return false;
    }
    m_transcoder.emplace(std::move(decoder));
    return useEncoding(Encoding::Other, 0);
}

bool XmlScanner::useEncoding(Encoding encoding, qsizetype skip)
{
    const QByteArray raw = m_buffer.mid(skip);
    m_buffer.clear();
    m_encoding = encoding;
    appendTranscoded(raw);
    return m_token != Token::Invalid;
}

// Drops what has been read, between tokens only (views into the buffer are then out of use).
void XmlScanner::compact()
{
    if (m_pos >= scanChunkSize && m_pos * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

qsizetype XmlScanner::find(char c, qsizetype from)
{
    for (;;) {
        if (from < m_buffer.size()) {
            const void *hit = std::memchr(m_buffer.constData() + from, c, m_buffer.size() - from);
            if (hit)
                return static_cast<const char *>(hit) - m_buffer.constData();
        }
        from = m_buffer.size();
        if (!more())
            return -1;
    }
}

qsizetype XmlScanner::find(QByteArrayView what, qsizetype from)
{
    for (;;) {
        const qsizetype at = QByteArrayView(m_buffer).indexOf(what, from);
        if (at >= 0)
            return at;
        from = qMax(from, m_buffer.size() - what.size() + 1);
        if (!more())
            return -1;
    }
}

XmlScanner::Token XmlScanner::next()
{
    if (m_token == Token::Invalid || m_token == Token::EndDocument)
        return m_token;
    if (m_pendingEnd) {
        m_pendingEnd = false; // m_name is still the empty element's
        return m_token = Token::EndElement;
    }
    compact();
    if (!m_started && !startReading() && m_token == Token::Invalid)
        return m_token;
    for (;;) {
        if (m_pos >= m_buffer.size() && !more()) {
            if (!m_deviceAtEnd || !m_openStarts.isEmpty())
                return failTruncated();
            if (!m_rootSeen)
                return fail(tr("the XML has no root element"));
            return m_token = Token::EndDocument;
        }
        const Token token = m_buffer.at(m_pos) == '<' ? scanMarkup() : scanCharacters();
        // Comments, processing instructions and blanks between top-level elements are passed.
        if (token != Token::EndDocument)
            return m_token = token;
    }
}

XmlScanner::Token XmlScanner::scanCharacters()
{
    qsizetype end = find('<', m_pos);
    if (end < 0) {
        if (!m_deviceAtEnd)
            return failTruncated();
        end = m_buffer.size();
    }
    m_text = QByteArrayView(m_buffer).sliced(m_pos, end - m_pos);
    m_textIsCData = false;
    m_pos = end;
    if (!m_openStarts.isEmpty())
        return Token::Characters;
    if (!isBlank(m_text))
        return fail(tr("the XML has text outside its root element"));
    return Token::EndDocument; // nothing to report
}

XmlScanner::Token XmlScanner::scanMarkup()
{
    if (m_pos + 1 >= m_buffer.size() && !more())
        return failTruncated();
    const char kind = m_buffer.at(m_pos + 1);
    if (kind == '/')
        return scanEndTag();
    if (kind == '?') {
        const qsizetype end = find("?>", m_pos + 2);
        if (end < 0)
            return failTruncated();
        m_pos = end + 2;
        return Token::EndDocument;
    }
    if (kind != '!')
        return scanStartTag();
    const auto starts = [this](QByteArrayView what) {
        while (m_buffer.size() < m_pos + what.size()) {
            if (!more())
                return false;
        }
        return QByteArrayView(m_buffer).sliced(m_pos).startsWith(what);
    };
    if (starts("<!--")) {
        const qsizetype end = find("-->", m_pos + 4);
        if (end < 0)
            return failTruncated();
        m_pos = end + 3;
        return Token::EndDocument;
    }
    if (starts("<![CDATA[")) {
        const qsizetype end = find("]]>", m_pos + 9);
        if (end < 0)
            return failTruncated();
        if (m_openStarts.isEmpty())
            return fail(tr("the XML has text outside its root element"));
        m_text = QByteArrayView(m_buffer).sliced(m_pos + 9, end - m_pos - 9);
        m_textIsCData = true;
        m_pos = end + 3;
        return Token::Characters;
    }
    if (m_token == Token::Invalid)
        return m_token;
    if (starts("<!DOCTYPE"))
        return fail(tr("the XML has a document type declaration, which no workbook has"));
    return fail(tr("the XML has a malformed tag %1")
                    .arg(QString::fromUtf8(leading(QByteArrayView(m_buffer).sliced(m_pos), 40))));
}

XmlScanner::Token XmlScanner::scanEndTag()
{
    const qsizetype end = find('>', m_pos + 2);
    if (end < 0)
        return failTruncated();
    const QByteArrayView name
        = QByteArrayView(m_buffer).sliced(m_pos + 2, end - m_pos - 2).trimmed();
    if (m_openStarts.isEmpty())
        return fail(
            tr("the XML closes the element %1, which is not open").arg(QString::fromUtf8(name)));
    const QByteArrayView open = QByteArrayView(m_openNames).sliced(m_openStarts.last());
    if (name != open)
        return fail(tr("the XML closes the element %1 where %2 is open")
                        .arg(QString::fromUtf8(name), QString::fromUtf8(open)));
    m_openNames.truncate(m_openStarts.last());
    m_openStarts.removeLast();
    m_name = localName(name);
    m_pos = end + 1;
    return Token::EndElement;
}

XmlScanner::Token XmlScanner::scanStartTag()
{
    if (m_rootSeen && m_openStarts.isEmpty())
        return fail(tr("the XML has more than one root element"));
    // Parsed where it lies; a tag that runs past the bytes read is parsed again once more are.
    for (;;) {
        QByteArrayView name;
        bool empty = false;
        const qsizetype end = parseStartTag(name, empty);
        if (end == tagMalformed) {
            const qsizetype close = find('>', m_pos); // the tag as far as its end, to show
            QByteArrayView tag = QByteArrayView(m_buffer).sliced(m_pos);
            tag = close < 0 ? tag : tag.first(close - m_pos + 1);
            return fail(
                tr("the XML has a malformed tag %1").arg(QString::fromUtf8(leading(tag, 40))));
        }
        if (end == tagIncomplete) {
            if (!more())
                return failTruncated();
            continue;
        }
        m_rootSeen = true;
        m_name = localName(name);
        m_pos = end + 1;
        if (empty) {
            m_pendingEnd = true;
        } else {
            m_openStarts.append(m_openNames.size());
            m_openNames += name;
        }
        return Token::StartElement;
    }
}

// The start tag at m_pos: its qualified name, its attributes (name="value" pairs separated by
// blanks) and whether it is empty (<c/>). Returns the index of its closing >, or tagIncomplete
// when the bytes read end first, or tagMalformed.
qsizetype XmlScanner::parseStartTag(QByteArrayView &name, bool &empty)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype i = m_pos + 1;
    while (i < size && !isSpace(data[i]) && data[i] != '/' && data[i] != '>')
        ++i;
    if (i >= size)
        return tagIncomplete;
    name = QByteArrayView(data + m_pos + 1, i - m_pos - 1);
    if (name.isEmpty())
        return tagMalformed;
    m_attributes.clear();
    for (;;) {
        const qsizetype blankStart = i;
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size)
            return tagIncomplete;
        if (data[i] == '>')
            return i;
        if (data[i] == '/') {
            if (i + 1 >= size)
                return tagIncomplete;
            empty = true;
            return data[i + 1] == '>' ? i + 1 : tagMalformed;
        }
        if (i == blankStart)
            return tagMalformed; // attributes are separated by blanks
        const qsizetype nameStart = i;
        while (i < size && data[i] != '=' && data[i] != '>' && data[i] != '/' && !isSpace(data[i]))
            ++i;
        const QByteArrayView attributeName(data + nameStart, i - nameStart);
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size)
            return tagIncomplete;
        if (data[i] != '=')
            return tagMalformed;
        ++i;
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size)
            return tagIncomplete;
        const char quote = data[i];
        if (quote != '"' && quote != '\'')
            return tagMalformed;
        const auto *close
            = static_cast<const char *>(std::memchr(data + i + 1, quote, size - i - 1));
        if (!close)
            return tagIncomplete;
        const QByteArrayView value(data + i + 1, close - data - i - 1);
        if (std::memchr(value.data(), '<', value.size()))
            return tagMalformed;
        m_attributes.append({ localName(attributeName), value });
        i = close - data + 1;
    }
}

QByteArrayView XmlScanner::localName(QByteArrayView name)
{
    const auto *colon = static_cast<const char *>(std::memchr(name.data(), ':', name.size()));
    return colon ? name.sliced(colon - name.data() + 1) : name;
}

bool XmlScanner::decodeReferences(QByteArrayView raw, QByteArray &out)
{
    qsizetype from = 0;
    for (qsizetype amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
        out += raw.sliced(from, amp - from);
        const qsizetype semicolon = raw.indexOf(';', amp);
        const QByteArrayView name
            = semicolon < 0 ? raw.sliced(amp + 1) : raw.sliced(amp + 1, semicolon - amp - 1);
        const char32_t code = semicolon < 0 ? 0 : referenced(name);
        if (code == 0) {
            fail(tr("the XML has an unknown reference &%1;")
                     .arg(QString::fromUtf8(leading(name, 20))));
            return false;
        }
        if (code < 0x80)
            out += char(code);
        else
            appendUtf8(out, code);
        from = semicolon + 1;
    }
    out += raw.sliced(from);
    return true;
}

std::optional<QByteArrayView> XmlScanner::attribute(QByteArrayView name)
{
    if (m_token != Token::StartElement)
        return std::nullopt;
    for (const Attribute &attribute : m_attributes) {
        if (attribute.name != name)
            continue;
        if (!attribute.value.contains('&'))
            return attribute.value;
        m_decoded.resize(0);
        if (!decodeReferences(attribute.value, m_decoded))
            return QByteArrayView();
        return QByteArrayView(m_decoded);
    }
    return std::nullopt;
}

QByteArrayView XmlScanner::text()
{
    if (m_token != Token::Characters)
        return {};
    if (m_textIsCData || !m_text.contains('&'))
        return m_text;
    m_decoded.resize(0);
    if (!decodeReferences(m_text, m_decoded))
        return {};
    return QByteArrayView(m_decoded);
}

bool XmlScanner::readNextStartElement()
{
    for (;;) {
        switch (next()) {
        case Token::StartElement:
            return true;
        case Token::Characters:
            continue;
        default:
            return false;
        }
    }
}

void XmlScanner::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::Characters:
            break;
        default:
            return;
        }
    }
}

bool XmlScanner::readElementText(QByteArray &utf8)
{
    for (;;) {
        switch (next()) {
        case Token::Characters: {
            const QByteArrayView part = text();
            if (hasError())
                return false;
            utf8 += part;
            break;
        }
        case Token::EndElement:
            return true;
        case Token::StartElement:
            fail(tr("the XML has an element where only text belongs"));
            return false;
        default:
            return false;
        }
    }
}

QString XmlScanner::toString(QByteArrayView utf8)
{
    QString text = m_utf8.decode(utf8);
    if (m_utf8.hasError()) {
        fail(tr("the XML has text that is not UTF-8"));
        return QString();
    }
    return text;
}

} // namespace opcc
