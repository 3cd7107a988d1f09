// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/csvreader.h"
#include "interchange/csvwriter.h"
#include "interchange/interchangeformat.h"

#include <QBuffer>
#include <QTest>

using opcc::CsvReader;
using opcc::CsvRecord;

namespace {

struct Parsed
{
    QList<CsvRecord> records;
    bool error = false;
    int errorLine = 0;
};

Parsed parse(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Parsed parsed;
    CsvRecord record;
    while (reader.next(record))
        parsed.records.append(record);
    parsed.error = reader.hasError();
    parsed.errorLine = reader.errorLine();
    return parsed;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void errors_data();
    void errors();
    void largeInputAcrossChunks();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void formulaGuard_data();
    void formulaGuard();
};

void tst_CsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("plainLf") << QByteArray("a,b\n1,2\n")
                             << QList<QStringList> { { "a", "b" }, { "1", "2" } }
                             << QList<int> { 1, 2 };
    QTest::newRow("bomCrlf") << QByteArray("\xEF\xBB\xBFname,area\r\nDIVERT,West Midlands\r\n")
                             << QList<QStringList> { { "name", "area" },
                                    { "DIVERT", "West Midlands" } }
                             << QList<int> { 1, 2 };
    QTest::newRow("quotedComma") << QByteArray("a,b\n\"Cranstoun, Birmingham\",x\n")
                                 << QList<QStringList> { { "a", "b" },
                                        { "Cranstoun, Birmingham", "x" } }
                                 << QList<int> { 1, 2 };
    QTest::newRow("doubledQuote") << QByteArray("a\n\"the \"\"FREE\"\" Program\"\n")
                                  << QList<QStringList> { { "a" }, { "the \"FREE\" Program" } }
                                  << QList<int> { 1, 2 };
    QTest::newRow("quotedNewline")
        << QByteArray("a,b\n\"line one\r\nline two\",x\ny,z\n")
        << QList<QStringList> { { "a", "b" }, { "line one\nline two", "x" }, { "y", "z" } }
        << QList<int> { 1, 2, 4 };
    QTest::newRow("quotedLoneCarriageReturn")
        << QByteArray("a,b\n\"\rstarts,\r\nends\",x\n")
        << QList<QStringList> { { "a", "b" }, { "\rstarts,\nends", "x" } } << QList<int> { 1, 2 };
    QTest::newRow("crOnlyLineEnds")
        << QByteArray("a,b\r1,2\r3,4\r")
        << QList<QStringList> { { "a", "b" }, { "1", "2" }, { "3", "4" } }
        << QList<int> { 1, 2, 3 };
    QTest::newRow("blankLines") << QByteArray("a\n\n1\n\r\n\n")
                                << QList<QStringList> { { "a" }, { "1" } } << QList<int> { 1, 3 };
    QTest::newRow("noFinalNewline")
        << QByteArray("a,b\n1,2") << QList<QStringList> { { "a", "b" }, { "1", "2" } }
        << QList<int> { 1, 2 };
    QTest::newRow("emptyFields") << QByteArray("a,b,c\n,,\n")
                                 << QList<QStringList> { { "a", "b", "c" }, { "", "", "" } }
                                 << QList<int> { 1, 2 };
    QTest::newRow("poundUtf8") << QByteArray("v\n\xC2\xA3"
                                             "175,x\n")
                               << QList<QStringList> { { "v" }, { QString::fromUtf8("£175"), "x" } }
                               << QList<int> { 1, 2 };
    QTest::newRow("welsh") << QByteArray("a\nGogledd Cymru \xE2\x80\x94 \xC5\xB5\n")
                           << QList<QStringList> { { "a" },
                                  { QString::fromUtf8("Gogledd Cymru — ŵ") } }
                           << QList<int> { 1, 2 };
    QTest::newRow("quotedEmpty") << QByteArray("a,b\n\"\",x\n")
                                 << QList<QStringList> { { "a", "b" }, { "", "x" } }
                                 << QList<int> { 1, 2 };
}

void tst_CsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<int>, lines);
    const Parsed parsed = parse(bytes);
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.records.size(), fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QCOMPARE(parsed.records.at(i).fields, fields.at(i));
        QCOMPARE(parsed.records.at(i).line, lines.at(i));
    }
}

void tst_CsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("recordsBefore");
    QTest::newRow("unterminatedQuote") << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << 3 << 2;
    QTest::newRow("textAfterQuote") << QByteArray("a,b\n\"x\"y,2\n") << 2 << 1;
    QTest::newRow("quoteInUnquoted") << QByteArray("a,b\n1,2\nab\"c,3\n") << 3 << 2;
    QTest::newRow("latin1Pound") << QByteArray("a\n1\n\xA3"
                                               "175\n")
                                 << 3 << 2;
    QTest::newRow("truncatedSequence") << QByteArray("a\n\xE2\x80") << 2 << 1;
    QTest::newRow("overlongEncoding") << QByteArray("a\n\xC0\xAF\n") << 2 << 1;
}

void tst_CsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, recordsBefore);
    const Parsed parsed = parse(bytes);
    QVERIFY(parsed.error);
    QCOMPARE(parsed.errorLine, line);
    QCOMPARE(parsed.records.size(), recordsBefore);
}

void tst_CsvReader::largeInputAcrossChunks()
{
    // Multi-byte characters and quoted line breaks straddle the reader's 1 MiB chunks.
    QByteArray bytes("name,note\n");
    const QByteArray row("\"Cynllun \xC5\xB5, rhif\",\"llinell\nnesaf\"\n");
    const int rows = 60000;
    for (int i = 0; i < rows; ++i)
        bytes += row;
    const Parsed parsed = parse(bytes);
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.records.size(), rows + 1);
    QCOMPARE(parsed.records.last().fields,
        (QStringList { QString::fromUtf8("Cynllun ŵ, rhif"), QStringLiteral("llinell\nnesaf") }));
    QCOMPARE(parsed.records.last().line, 2 + 2 * (rows - 1));
}

void tst_CsvReader::writerRoundTrip_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QStringList { "a", "b" };
    QTest::newRow("comma") << QStringList { "a, b", "c" };
    QTest::newRow("quote") << QStringList { "say \"hi\"", "" };
    QTest::newRow("newline") << QStringList { "one\ntwo", "x" };
    QTest::newRow("pound") << QStringList { QString::fromUtf8("£363k"), "70.3%" };
}

void tst_CsvReader::writerRoundTrip()
{
    QFETCH(QStringList, fields);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    opcc::CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow(fields));
    buffer.close();
    const Parsed parsed = parse(buffer.data());
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.records.size(), 1);
    QCOMPARE(parsed.records.first().fields, fields);
}

void tst_CsvReader::formulaGuard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("exported");
    QTest::newRow("equals") << "=SUM(A1:A2)"
                            << "'=SUM(A1:A2)";
    QTest::newRow("plus") << "+44 117"
                          << "'+44 117";
    QTest::newRow("minus") << "-1"
                           << "'-1";
    QTest::newRow("at") << "@cmd"
                        << "'@cmd";
    QTest::newRow("tab") << "\tx"
                         << "'\tx";
    QTest::newRow("carriageReturn") << "\rx"
                                    << "'\rx";
    QTest::newRow("apostropheFormula") << "'=x"
                                       << "''=x";
    QTest::newRow("apostropheText") << "'quoted'"
                                    << "'quoted'";
    QTest::newRow("plainText") << "DIVERT"
                               << "DIVERT";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_CsvReader::formulaGuard()
{
    QFETCH(QString, text);
    QFETCH(QString, exported);
    QCOMPARE(opcc::interchange::neutraliseFormula(text), exported);
    QCOMPARE(opcc::interchange::restoreFormula(exported), text);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
