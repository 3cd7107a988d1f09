// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Excel export: one sheet per interchange file, numbers as numbers, money and percentages
// formatted. The workbook's XML is read with `unzip` and the workbook converted back to CSV with
// LibreOffice when they are installed; each check is skipped cleanly when its tool is missing.

#include "interchange/csvexporter.h"
#include "interchange/csvreader.h"
#include "interchange/xlsxexporter.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>

using namespace testsupport;

namespace {

QByteArray unzipped(const QString &archive, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), archive, member });
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

QList<QStringList> records(const QString &path)
{
    QFile file(path);
    QList<QStringList> result;
    if (!file.open(QIODevice::ReadOnly))
        return result;
    opcc::CsvReader reader(&file);
    opcc::CsvRecord record;
    while (reader.next(record))
        result.append(record.fields);
    return result;
}

} // namespace

class tst_XlsxExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesAZipWorkbook();
    void sheetsNumbersAndFormats();
    void textIsNeverAFormula();
    void libreOfficeReadsTheSameValues();
    void unwritablePathFails();

private:
    ShippedDatabase m_data;
    QString m_path;
};

void tst_XlsxExporter::initTestCase()
{
    QVERIFY(m_data.open());
    m_path = m_data.dir.filePath(QStringLiteral("register.xlsx"));
    opcc::XlsxExporter exporter(m_data.db);
    QVERIFY2(exporter.exportTo(m_path), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.schemesWritten(), 47);
    QCOMPARE(exporter.figuresWritten(), 129);
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".part")));
}

void tst_XlsxExporter::writesAZipWorkbook()
{
    const QByteArray bytes = fileBytes(m_path);
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    for (const char *member : { "xl/workbook.xml", "xl/worksheets/sheet1.xml",
             "xl/worksheets/sheet2.xml", "xl/styles.xml" })
        QVERIFY2(bytes.contains(member), member);
}

void tst_XlsxExporter::sheetsNumbersAndFormats()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QFAIL("unzip is not installed: run .ci/install-deps");
    const QByteArray workbook = unzipped(m_path, QStringLiteral("xl/workbook.xml"));
    QVERIFY(workbook.contains("<sheet name=\"schemes\""));
    QVERIFY(workbook.contains("<sheet name=\"outcomes\""));
    const QByteArray styles = unzipped(m_path, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains("formatCode=\"\xC2\xA3#,##0\""));
    QVERIFY(styles.contains("formatCode=\"General&quot;%&quot;\""));

    const QByteArray outcomes = unzipped(m_path, QStringLiteral("xl/worksheets/sheet2.xml"));
    // Operation Scorpion: 388 arrests (a plain number), approx £363k cash (money format).
    QVERIFY(outcomes.contains("<v>388</v>"));
    QVERIFY(outcomes.contains("<v>363000</v>"));
    QVERIFY(!outcomes.contains("<is><t>388</t></is>"));
    QVERIFY(outcomes.contains("<autoFilter ref=\"A1:O130\"/>"));
    QVERIFY(outcomes.contains("<pane ySplit=\"1\""));
}

void tst_XlsxExporter::textIsNeverAFormula()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QFAIL("unzip is not installed: run .ci/install-deps");
    opcc::Scheme scheme;
    scheme.name = QStringLiteral("=HYPERLINK(\"http://example.invalid\")");
    scheme.areas = { QStringLiteral("Gwent") };
    scheme.summary = QStringLiteral("+44 1633 838111");
    QVERIFY(opcc::SchemeStore(m_data.db).insert(scheme));
    const QString path = m_data.dir.filePath(QStringLiteral("formula.xlsx"));
    QVERIFY(opcc::XlsxExporter(m_data.db).exportTo(path));
    const QByteArray schemes = unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    // A string cell holding the text as typed (no guard apostrophe needed), and no formula.
    QVERIFY(schemes.contains("t=\"inlineStr\"><is><t>=HYPERLINK(\"http://example.invalid\")</t>"));
    QVERIFY(schemes.contains("<t>+44 1633 838111</t>"));
    QVERIFY(!schemes.contains("<f>"));
    QVERIFY(opcc::SchemeStore(m_data.db).remove(
        *opcc::SchemeStore::reader(m_data.db).idOf(scheme.name, QStringLiteral("Gwent"))));
}

void tst_XlsxExporter::libreOfficeReadsTheSameValues()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QFAIL("LibreOffice (soffice) is not installed: run .ci/install-deps");
    QTemporaryDir out;
    QProcess convert;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), out.path()); // a profile of its own
    convert.setProcessEnvironment(environment);
    // UTF-8, comma, double quotes, cell values rather than as shown; sheet 2 (outcomes) only.
    convert.start(soffice,
        { QStringLiteral("--headless"), QStringLiteral("--convert-to"),
            QStringLiteral(
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2"),
            QStringLiteral("--outdir"), out.path(), m_path });
    QVERIFY(convert.waitForFinished(180000));
    QDir dir(out.path());
    const QStringList produced = dir.entryList({ QStringLiteral("*.csv") });
    QVERIFY2(!produced.isEmpty(), convert.readAllStandardError().constData());
    // Cell values (not as displayed), record by record, equal the CSV export's.
    const QString csvDir = out.filePath(QStringLiteral("csv"));
    QVERIFY(opcc::CsvExporter(m_data.db).exportTo(csvDir));
    const QList<QStringList> fromCalc = records(dir.filePath(produced.first()));
    const QList<QStringList> fromCsv
        = records(QDir(csvDir).filePath(QStringLiteral("outcomes.csv")));
    QCOMPARE(fromCalc.size(), 130);
    QCOMPARE(fromCalc, fromCsv);
}

void tst_XlsxExporter::unwritablePathFails()
{
    const QString blocker = m_data.dir.filePath(QStringLiteral("file"));
    QVERIFY(writeFile(blocker, "x"));
    opcc::XlsxExporter exporter(m_data.db);
    QVERIFY(!exporter.exportTo(blocker + QStringLiteral("/inside/register.xlsx")));
    QVERIFY(!exporter.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_XlsxExporter)
#include "tst_xlsxexporter.moc"
