// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// XmlScanner, the XML reader of workbook sheets: the tokens of well-formed documents (read whole
// and a byte at a time, so that every token is split across reads somewhere), references, CDATA,
// encodings, and the errors of damaged documents.

#include "interchange/xmlscanner.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using opcc::XmlScanner;

namespace {

// A device that gives one byte a read, as a slow inflater might.
class TrickleDevice final : public QIODevice
{
public:
    explicit TrickleDevice(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_pos >= m_data.size() || maxSize <= 0)
            return 0;
        *data = m_data.at(m_pos++);
        return 1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

// A device whose read fails part way, as a damaged zip entry does.
class FailingDevice final : public QIODevice
{
public:
    FailingDevice() { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_done) {
            setErrorString(QStringLiteral("zip error -3"));
            return -1;
        }
        m_done = true;
        const QByteArray start("<a><b>");
        const qint64 n = qMin<qint64>(maxSize, start.size());
        memcpy(data, start.constData(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool m_done = false;
};

// The tokens as text: <name v=VALUE> for a start element (with its attribute v, if any),
// </name>, "text", and at the end "END" or "ERROR: message".
QString trace(QIODevice *device)
{
    XmlScanner xml(device);
    QStringList tokens;
    for (;;) {
        switch (xml.next()) {
        case XmlScanner::Token::StartElement: {
            QString token = QLatin1Char('<') + QString::fromUtf8(xml.name());
            if (const auto v = xml.attribute("v"))
                token += QStringLiteral(" v=") + QString::fromUtf8(*v);
            tokens.append(token + QLatin1Char('>'));
            break;
        }
        case XmlScanner::Token::EndElement:
            tokens.append(QStringLiteral("</") + QString::fromUtf8(xml.name()) + QLatin1Char('>'));
            break;
        case XmlScanner::Token::Characters: {
            const QString text = xml.toString(xml.text());
            if (!xml.hasError())
                tokens.append(QLatin1Char('"') + text + QLatin1Char('"'));
            break;
        }
        case XmlScanner::Token::EndDocument:
            tokens.append(QStringLiteral("END"));
            return tokens.join(QLatin1Char(' '));
        case XmlScanner::Token::Invalid:
            break;
        }
        if (xml.hasError()) {
            tokens.append(QStringLiteral("ERROR: ") + xml.errorString());
            return tokens.join(QLatin1Char(' '));
        }
    }
}

QByteArray utf16(const QString &text, QStringEncoder::Encoding encoding, bool bom)
{
    QStringEncoder encoder(
        encoding, bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class tst_XmlScanner : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void errors_data();
    void errors();
    void readErrorIsNoEnd();
    void elementTextAndSkipping();
    void longDocumentAcrossChunks();
};

void tst_XmlScanner::tokens_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nested") << QByteArray("<a><b v=\"1\">t</b></a>")
                            << QStringLiteral("<a> <b v=1> \"t\" </b> </a> END");
    QTest::newRow("emptyElementHasItsEnd")
        << QByteArray("<a><b v=\"2\"/></a>") << QStringLiteral("<a> <b v=2> </b> </a> END");
    QTest::newRow("prefixesLeftOff") << QByteArray("<x:a xmlns:x=\"urn:x\"><x:b x:v=\"3\"/></x:a>")
                                     << QStringLiteral("<a> <b v=3> </b> </a> END");
    QTest::newRow("references") << QByteArray(
        "<a>&lt;&amp;&gt;&quot;&apos; &#233;&#x1F600;&#x175;</a>")
                                << QStringLiteral("<a> \"<&>\"' \u00e9\U0001F600\u0175\" </a> END");
    QTest::newRow("cdataKeptAsWritten")
        << QByteArray("<a><![CDATA[<b>&amp;]]></a>") << QStringLiteral("<a> \"<b>&amp;\" </a> END");
    QTest::newRow("declarationCommentsInstructionsPassed")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                      "<!-- made by hand --><a><!-- in -->t<?pi x?></a>\n<!-- end -->\n")
        << QStringLiteral("<a> \"t\" </a> END");
    QTest::newRow("singleQuotesAndBlanksInTags")
        << QByteArray("<a  v = 'it\"s > 1' ></a >") << QStringLiteral("<a v=it\"s > 1> </a> END");
    QTest::newRow("slashesInValues") << QByteArray("<a v=\"1/2\"><b v='/>'/></a>")
                                     << QStringLiteral("<a v=1/2> <b v=/>> </b> </a> END");
    QTest::newRow("attributeReferences") << QByteArray("<a v=\"&lt;x&gt; &amp; &#65;\"/>")
                                         << QStringLiteral("<a v=<x> & A> </a> END");
    QTest::newRow("utf8ByteOrderMark")
        << QByteArray("\xEF\xBB\xBF<a>\xC5\xB5</a>") << QStringLiteral("<a> \"\u0175\" </a> END");
    QTest::newRow("utf16LittleEndianWithMark")
        << utf16(QStringLiteral("<a v=\"\u0175\">\u00a3</a>"), QStringEncoder::Utf16LE, true)
        << QStringLiteral("<a v=\u0175> \"\u00a3\" </a> END");
    QTest::newRow("utf16BigEndianDeclared") << utf16(
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>\u0177</a>"),
        QStringEncoder::Utf16BE, false) << QStringLiteral("<a> \"\u0177\" </a> END");
    QTest::newRow("latin1Declared")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xA3\xE9</a>")
        << QStringLiteral("<a> \"\u00a3\u00e9\" </a> END");
}

void tst_XmlScanner::tokens()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);
    QBuffer whole(&document);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QCOMPARE(trace(&whole), expected);
    // A byte a read: the text of a token then comes in pieces, the names never do.
    TrickleDevice trickle(document);
    QCOMPARE(trace(&trickle), expected);
}

void tst_XmlScanner::errors_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expected"); // the end of the trace

    QTest::newRow("cutOffInText") << QByteArray("<a><b>text")
                                  << QStringLiteral("ERROR: the XML ends before it is complete");
    QTest::newRow("cutOffInTag") << QByteArray("<a><b v=\"1")
                                 << QStringLiteral("ERROR: the XML ends before it is complete");
    QTest::newRow("cutOffAfterElement")
        << QByteArray("<a><b/>") << QStringLiteral("ERROR: the XML ends before it is complete");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("ERROR: the XML has no root element");
    QTest::newRow("mismatchedEnd") << QByteArray(
        "<a><b></a>") << QStringLiteral("ERROR: the XML closes the element a where b is open");
    QTest::newRow("endNeverOpened") << QByteArray(
        "</a>") << QStringLiteral("ERROR: the XML closes the element a, which is not open");
    QTest::newRow("unknownEntity") << QByteArray(
        "<a>&nbsp;</a>") << QStringLiteral("ERROR: the XML has an unknown reference &nbsp;");
    QTest::newRow("nulCharacterReference") << QByteArray(
        "<a>&#0;</a>") << QStringLiteral("ERROR: the XML has an unknown reference &#0;");
    QTest::newRow("surrogateReference") << QByteArray(
        "<a>&#xD800;</a>") << QStringLiteral("ERROR: the XML has an unknown reference &#xD800;");
    QTest::newRow("bareAmpersand")
        << QByteArray("<a>fish & chips</a>")
        << QStringLiteral("ERROR: the XML has an unknown reference & chips;");
    QTest::newRow("twoRoots") << QByteArray("<a/><b/>")
                              << QStringLiteral("ERROR: the XML has more than one root element");
    QTest::newRow("textBeforeRoot") << QByteArray(
        "x<a/>") << QStringLiteral("ERROR: the XML has text outside its root element");
    QTest::newRow("documentType")
        << QByteArray("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>")
        << QStringLiteral("ERROR: the XML has a document type declaration, which no workbook has");
    QTest::newRow("unquotedAttribute")
        << QByteArray("<a v=1/>") << QStringLiteral("ERROR: the XML has a malformed tag <a v=1/>");
    QTest::newRow("attributesRunTogether")
        << QByteArray("<a v=\"1\"w=\"2\"/>")
        << QStringLiteral("ERROR: the XML has a malformed tag <a v=\"1\"w=\"2\"/>");
    QTest::newRow("notUtf8") << QByteArray("<a>\xFF</a>")
                             << QStringLiteral("ERROR: the XML has text that is not UTF-8");
    QTest::newRow("unknownEncoding")
        << QByteArray("<?xml version=\"1.0\" encoding=\"x-no-such\"?><a/>")
        << QStringLiteral("ERROR: the XML's encoding x-no-such cannot be read");
}

void tst_XmlScanner::errors()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, expected);
    QBuffer whole(&document);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QString read = trace(&whole);
    QVERIFY2(read.endsWith(expected), qPrintable(read));
    TrickleDevice trickle(document);
    const QString trickled = trace(&trickle);
    QVERIFY2(trickled.endsWith(expected), qPrintable(trickled));
}

void tst_XmlScanner::readErrorIsNoEnd()
{
    FailingDevice device;
    QCOMPARE(trace(&device), QStringLiteral("<a> <b> ERROR: zip error -3"));
}

void tst_XmlScanner::elementTextAndSkipping()
{
    QByteArray document("<row><c><f>SUM(A1)</f><v>1&amp;2</v></c><c><is><t>x</t></is></c>"
                        "<c><v>a<b/></v></c></row>");
    QBuffer buffer(&document);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    XmlScanner xml(&buffer);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toByteArray(), QByteArray("row"));
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toByteArray(), QByteArray("c"));
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toByteArray(), QByteArray("f"));
    xml.skipCurrentElement();
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toByteArray(), QByteArray("v"));
    QByteArray text;
    QVERIFY(xml.readElementText(text));
    QCOMPARE(text, QByteArray("1&2"));
    QVERIFY(!xml.readNextStartElement()); // the end of the first c
    QVERIFY(xml.readNextStartElement());
    xml.skipCurrentElement(); // the second c, children and all
    QVERIFY(xml.readNextStartElement());
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toByteArray(), QByteArray("v"));
    text.clear();
    QVERIFY(!xml.readElementText(text));
    QCOMPARE(xml.errorString(), QStringLiteral("the XML has an element where only text belongs"));
    QCOMPARE(xml.next(), XmlScanner::Token::Invalid); // an error is final
}

void tst_XmlScanner::longDocumentAcrossChunks()
{
    // Several of the scanner's reads long, so that tokens straddle its chunks.
    QByteArray document("<sheetData>");
    const int rows = 40000;
    for (int i = 0; i < rows; ++i)
        document += "<row r=\"" + QByteArray::number(i) + "\"><c v=\"" + QByteArray::number(i)
            + "\"><t>x &amp; " + QByteArray::number(i) + "</t></c></row>";
    document += "</sheetData>";
    QVERIFY(document.size() > 4 * 256 * 1024);
    QBuffer buffer(&document);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    XmlScanner xml(&buffer);
    int seen = 0;
    for (auto token = xml.next(); token != XmlScanner::Token::EndDocument && !xml.hasError();
         token = xml.next()) {
        if (token != XmlScanner::Token::StartElement || xml.name() != "c")
            continue;
        const QByteArray value = xml.attribute("v").value_or("").toByteArray();
        QVERIFY(xml.readNextStartElement());
        QByteArray text;
        QVERIFY(xml.readElementText(text));
        QCOMPARE(text, "x & " + value);
        QCOMPARE(value.toInt(), seen);
        ++seen;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(seen, rows);
}

QTEST_GUILESS_MAIN(tst_XmlScanner)
#include "tst_xmlscanner.moc"
