// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz-style robustness: thousands of random and mutated CSV inputs (seeded, so every run feeds
// the same ones) to the reader and the importer. Neither may crash or hang; the reader either
// reads records or reports an error on a line that exists; the importer either succeeds or
// reports clean FILE:LINE: column: message errors, and writes nothing in preview.

#include "interchange/csvimporter.h"
#include "interchange/csvreader.h"
#include "storage/browsestore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace testsupport;

namespace {

constexpr quint32 seed = 20240607;

// Bytes that matter to a CSV reader, and some that matter to UTF-8. The length comes from the
// literal: a hand-counted one read past its end (AddressSanitizer).
const QByteArray interesting = QByteArrayLiteral(
    ",\"\n\r\t ;'=+-@%.0123456789abcXYZ\xC2\xA3\xE2\x80\x94\xEF\xBB\xBF\xFF\xC0\x80");

int lineCount(const QByteArray &bytes)
{
    // Every LF, CR or CRLF ends a line; the text after the last one is a line too.
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n'
            || (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')))
            ++lines;
    }
    return lines;
}

class Mutator
{
public:
    explicit Mutator(quint32 s)
        : m_random(s)
    { }
    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    char anyByte()
    {
        return below(3) == 0 ? char(m_random.bounded(256))
                             : interesting.at(below(int(interesting.size())));
    }
    QByteArray random(int maxLength)
    {
        QByteArray bytes;
        const int length = below(maxLength);
        for (int i = 0; i < length; ++i)
            bytes += anyByte();
        return bytes;
    }
    QByteArray mutate(QByteArray bytes)
    {
        const int edits = 1 + below(4);
        for (int e = 0; e < edits; ++e) {
            const int at = below(int(bytes.size()) + 1);
            switch (below(7)) {
            case 0: // replace a byte
                if (!bytes.isEmpty())
                    bytes[std::min<qsizetype>(at, bytes.size() - 1)] = anyByte();
                break;
            case 1: { // insert bytes (drawn in sequence: operands of + are unordered, and gcc
                      // and clang order them differently, which would feed them other inputs)
                const char last = anyByte();
                bytes.insert(at, random(4) + last);
                break;
            }
            case 2: // delete a run
                bytes.remove(at, below(12));
                break;
            case 3: { // duplicate a line
                const qsizetype start = bytes.lastIndexOf('\n', std::max(0, at - 1)) + 1;
                const qsizetype end = bytes.indexOf('\n', at);
                if (end > start)
                    bytes.insert(end + 1, bytes.mid(start, end - start + 1));
                break;
            }
            case 4: // truncate
                bytes.truncate(at);
                break;
            case 5: // a quote somewhere
                bytes.insert(at, '"');
                break;
            default: // a separator or line break somewhere
                bytes.insert(at, below(2) ? ',' : '\n');
                break;
            }
        }
        return bytes;
    }

private:
    QRandomGenerator m_random;
};

} // namespace

class tst_CsvFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reader();
    void importer();

private:
    QList<QByteArray> m_corpus;
};

void tst_CsvFuzz::initTestCase()
{
    for (const char *name : { "schemes.csv", "outcomes.csv", "sources.csv", "details.csv" }) {
        const QByteArray bytes
            = fileBytes(sourcePath(QStringLiteral("resources/dataset/") + QLatin1String(name)));
        QVERIFY(!bytes.isEmpty());
        // The first few rows: mutations stay near the parts that matter and runs stay short.
        qsizetype cut = 0;
        for (int line = 0; line < 12 && cut >= 0; ++line)
            cut = bytes.indexOf('\n', cut + 1);
        m_corpus.append(cut > 0 ? bytes.left(cut + 1) : bytes);
    }
    m_corpus.append("name,area,strand,providers,,\r\nA,Gwent,supply,\"X, Y\",,\r\n\r\n");
    m_corpus.append("scheme,area,measure,value,unit\nA,Gwent,funding,\"\xC2\xA3"
                    "1,234\",gbp\n");
}

void tst_CsvFuzz::reader()
{
    Mutator mutator(seed);
    for (int i = 0; i < 6000; ++i) {
        const QByteArray bytes
            = i % 3 == 0 ? mutator.random(300) : mutator.mutate(m_corpus.at(i % m_corpus.size()));
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        opcc::CsvReader reader(&buffer);
        opcc::CsvRecord record;
        int records = 0;
        int lastLine = 0;
        const int lines = lineCount(bytes);
        while (reader.next(record)) {
            ++records;
            QVERIFY2(records <= bytes.size() + 1, "the reader does not stop");
            QVERIFY2(record.line > lastLine && record.line <= lines,
                qPrintable(QStringLiteral("input %1: record on line %2").arg(i).arg(record.line)));
            lastLine = record.line;
        }
        if (reader.hasError()) {
            QVERIFY2(reader.errorLine() >= 1 && reader.errorLine() <= lines,
                qPrintable(QStringLiteral("input %1: error on line %2 of %3")
                               .arg(i)
                               .arg(reader.errorLine())
                               .arg(lines)));
            QVERIFY(!reader.errorString().isEmpty());
        }
    }
}

void tst_CsvFuzz::importer()
{
    ShippedDatabase data;
    QVERIFY(data.open());
    const int schemes = opcc::BrowseStore(data.db).schemeCount();
    const int figures = opcc::BrowseStore(data.db).figureCount();
    QTemporaryDir dir;
    const QRegularExpression shape(QStringLiteral("^(.+):(\\d+): ([^:\\n]+): (.+)$"),
        QRegularExpression::DotMatchesEverythingOption);
    Mutator mutator(seed + 1);
    int succeeded = 0;
    int refused = 0;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray bytes
            = i % 5 == 0 ? mutator.random(300) : mutator.mutate(m_corpus.at(i % m_corpus.size()));
        const QString path = dir.filePath(QStringLiteral("input%1.csv").arg(i));
        QVERIFY(writeFile(path, bytes));
        QStringList files { path };
        if (i % 4 == 1) // with the shipped schemes, so that figures can refer to them
            files.append(sourcePath(QStringLiteral("resources/dataset/schemes.csv")));
        opcc::CsvImporter importer(data.db);
        const opcc::ImportSummary summary = importer.run(files, opcc::CsvImporter::Mode::Preview);
        QVERIFY(!summary.written);
        QVERIFY(summary.errors.size() <= opcc::CsvImporter::maxErrors);
        if (!summary.hasErrors()) {
            ++succeeded;
            continue;
        }
        ++refused;
        const int lines = lineCount(bytes);
        for (const opcc::ImportMessage &message : summary.errors) {
            const auto match = shape.match(message.toString());
            QVERIFY2(match.hasMatch(), qPrintable(message.toString()));
            QVERIFY2(files.contains(message.file), qPrintable(message.toString()));
            QVERIFY2(message.line >= 1, qPrintable(message.toString()));
            if (message.file == path)
                QVERIFY2(message.line <= lines, qPrintable(message.toString()));
            QVERIFY(!message.column.trimmed().isEmpty());
            QVERIFY(!message.message.trimmed().isEmpty());
        }
    }
    qInfo("%d inputs imported cleanly in preview, %d refused with line-numbered errors", succeeded,
        refused);
    QVERIFY(succeeded > 0);
    QVERIFY(refused > 0);
    QCOMPARE(opcc::BrowseStore(data.db).schemeCount(), schemes);
    QCOMPARE(opcc::BrowseStore(data.db).figureCount(), figures);
}

QTEST_GUILESS_MAIN(tst_CsvFuzz)
#include "tst_csvfuzz.moc"
