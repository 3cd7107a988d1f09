// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QVarLengthArray>
#include <optional>

class QIODevice;

namespace opcc {

// A pull reader of the XML in the large parts of a workbook (a sheet of a million rows, its
// shared strings). It reads UTF-8 bytes from the device in large chunks and hands out names,
// attribute values and text as views of those bytes, so that a cell costs no allocation;
// QXmlStreamReader decodes every character to UTF-16 and builds a string for every name and
// attribute, which made reading a sheet take several times as long as the rest of the import.
//
// It checks what a damaged or cut-off part would break: tags closed in order, attributes quoted,
// entity and character references known and valid, text and elements only inside the one root
// element, the document complete, the text UTF-8. Names are compared without their namespace
// prefix, as QXmlStreamReader::name() gives them; namespaces are not otherwise resolved. A
// document type declaration is refused (no part of a workbook has one). Documents in another
// encoding (a UTF-16 byte order mark or an encoding declaration) are converted to UTF-8 first.
//
// Views stay valid until the next call that reads (next() and the read...() functions).
class XmlScanner final
{
    Q_DECLARE_TR_FUNCTIONS(XmlScanner)

public:
    enum class Token { StartElement, EndElement, Characters, EndDocument, Invalid };

    explicit XmlScanner(QIODevice *device);

    Token next();
    Token token() const { return m_token; }
    // The current start or end element's name, without a prefix.
    QByteArrayView name() const { return m_name; }
    // The value of the current start element's attribute of that name (without a prefix), with
    // its references decoded; nullopt when the element has none.
    std::optional<QByteArrayView> attribute(QByteArrayView name);
    // The current Characters token's text, references decoded.
    QByteArrayView text();

    // Reads to the next start element inside the current element: false at its end (or an error).
    bool readNextStartElement();
    // Reads to the end of the current start element, children and all.
    void skipCurrentElement();
    // Appends the text of the current start element up to its end; an element inside it is an
    // error.
    bool readElementText(QByteArray &utf8);
    // UTF-8 as a QString; bytes that are not UTF-8 are an error (and give an empty string).
    QString toString(QByteArrayView utf8);

    bool hasError() const { return m_token == Token::Invalid; }
    QString errorString() const { return m_error; }

private:
    struct Attribute
    {
        QByteArrayView name; // without its prefix
        QByteArrayView value; // as written, quotes removed
    };

    Token fail(const QString &message);
    Token failTruncated();
    bool more();
    bool startReading();
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Other };
    bool useEncoding(Encoding encoding, qsizetype skip);
    void appendTranscoded(QByteArray raw);
    void compact();
    qsizetype find(char c, qsizetype from);
    qsizetype find(QByteArrayView what, qsizetype from);
    Token scanCharacters();
    Token scanMarkup();
    Token scanEndTag();
    Token scanStartTag();
    static constexpr qsizetype tagIncomplete = -1;
    static constexpr qsizetype tagMalformed = -2;
    qsizetype parseStartTag(QByteArrayView &name, bool &empty);
    bool decodeReferences(QByteArrayView raw, QByteArray &out);
    static QByteArrayView localName(QByteArrayView name);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_deviceAtEnd = false;
    Encoding m_encoding = Encoding::Utf8; // of the document: the buffer is always UTF-8
    std::optional<QStringDecoder> m_transcoder; // for Encoding::Other
    QByteArray m_rawLeft; // the start of a UTF-16 code unit or pair split between reads

    Token m_token = Token::Characters;
    QByteArrayView m_name;
    QVarLengthArray<Attribute, 8> m_attributes;
    QByteArrayView m_text;
    bool m_textIsCData = false;
    bool m_pendingEnd = false; // <empty/>: its end element comes next
    QByteArray m_decoded; // a text or attribute value with its references decoded

    QByteArray m_openNames; // the qualified names of the open elements, one after another
    QVarLengthArray<qsizetype, 32> m_openStarts;
    bool m_rootSeen = false;

    QStringDecoder m_utf8;
    QString m_error;
};

} // namespace opcc
