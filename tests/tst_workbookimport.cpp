// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Import of .xlsx and .ods workbooks: sheets named like the CSV files, read with the same rules
// and in the same all-or-nothing transaction. Workbooks come from three writers: libxlsxwriter
// (here, as Excel writes them: shared strings, numbers, date serials), zip files of XML put
// together here (inline strings, booleans, the 1904 date system, date cells), and LibreOffice
// (fixtures in tests/fixtures/, made once with `soffice --headless --convert-to xlsx/ods` of the
// app's own export, so that the tests need no LibreOffice).

#include "importfixture.h"
#include "interchange/csvimporter.h"

#include <minizip/zip.h>
#include <xlsxwriter.h>

using namespace testsupport;
using opcc::CsvImporter;
using opcc::Database;
using opcc::ImportSummary;

namespace {

// Writes a zip file of the given entries: a workbook made by hand.
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, bytes] : entries) {
        ok = ok
            && zipOpenNewFileInZip64(zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr,
                   0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0)
                == ZIP_OK
            && zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

const QByteArray contentTypes = R"(<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";

QByteArray workbookXml(bool date1904, const QStringList &sheets)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)";
    xml += date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
    xml += "<sheets>";
    for (int i = 0; i < sheets.size(); ++i)
        xml += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                   .arg(sheets.at(i))
                   .arg(i + 1)
                   .toUtf8();
    xml += "</sheets></workbook>";
    return xml;
}

QByteArray relationsXml(int sheets)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    for (int i = 1; i <= sheets; ++i)
        xml += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/"
                              "officeDocument/2006/relationships/worksheet\" "
                              "Target=\"worksheets/sheet%1.xml\"/>")
                   .arg(i)
                   .toUtf8();
    return xml + "</Relationships>";
}

QByteArray sheetXml(const QByteArray &rows)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
        + rows + "</sheetData></worksheet>";
}

QByteArray inlineCell(const char *reference, const QString &text)
{
    return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
        .arg(QLatin1String(reference), text.toHtmlEscaped())
        .toUtf8();
}

} // namespace

class tst_WorkbookImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_files.prepare()); }
    void init() { m_files.renew(); }
    void libxlsxwriterWorkbook();
    void handMadeXlsxInlineStringsBooleans1904();
    void unknownSheetNamed();
    void errorsNameFileSheetAndRow();
    void allOrNothingAcrossSheets();
    void libreOfficeFixturesChangeNothing_data();
    void libreOfficeFixturesChangeNothing();
    void odsRepeatedColumnsAndRows();
    void exportedWorkbookReimportsUnchanged();
    void notAWorkbookZipRefused();
    void percentFormattedCellsAsShown_data();
    void percentFormattedCellsAsShown();
    void libreOfficePercentCellsChangeNothing_data();
    void libreOfficePercentCellsChangeNothing();
    void handMadeCellForms_data();
    void handMadeCellForms();
    void damagedSheetsRefused_data();
    void damagedSheetsRefused();

private:
    // A workbook of one sheet, schemes, whose row 2 names a scheme in cell A2 as given, with
    // shared strings "Shared scheme" and a rich-text "Rich shared" (with a phonetic reading); the
    // sheet cut off after row 2 unless complete.
    QString schemesWorkbook(const QByteArray &nameCell, bool complete = true)
    {
        const QString path = m_files.filePath(QStringLiteral("cells.xlsx"));
        QFile::remove(path);
        const QByteArray rows = "<row r=\"1\">" + inlineCell("A1", QStringLiteral("name"))
            + inlineCell("B1", QStringLiteral("area")) + inlineCell("C1", QStringLiteral("strand"))
            + "</row><row r=\"2\">" + nameCell + inlineCell("B2", QStringLiteral("Gwent"))
            + inlineCell("C2", QStringLiteral("treatment")) + "</row>";
        QByteArray sheet = sheetXml(rows);
        if (!complete)
            sheet.truncate(sheet.indexOf("</row><row r=\"2\">") + 40);
        const QByteArray shared = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>Shared scheme</t></si><si><r><t xml:space="preserve">Rich </t></r><r><rPr><b/></rPr><t>shared</t></r><rPh sb="0" eb="4"><t>ri</t></rPh><phoneticPr fontId="1"/></si></sst>)";
        QByteArray relations = relationsXml(1);
        relations.insert(relations.indexOf("</Relationships>"),
            "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            "2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        const bool written = writeZip(path,
            { { QStringLiteral("[Content_Types].xml"), contentTypes },
                { QStringLiteral("xl/workbook.xml"),
                    workbookXml(false, { QStringLiteral("schemes") }) },
                { QStringLiteral("xl/_rels/workbook.xml.rels"), relations },
                { QStringLiteral("xl/sharedStrings.xml"), shared },
                { QStringLiteral("xl/worksheets/sheet1.xml"), sheet } });
        return written ? path : QString();
    }

    ImportSummary import(const QString &database, const QStringList &files)
    {
        Database db;
        if (!db.open(database).ok())
            return {};
        CsvImporter importer(db);
        return importer.run(files, CsvImporter::Mode::Write);
    }
    ImportFixture m_files;
};

void tst_WorkbookImport::libxlsxwriterWorkbook()
{
    const QString database = m_files.freshDatabase();
    const QString path = m_files.filePath(QStringLiteral("returns.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    QVERIFY(workbook);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "mmm-yy");
    lxw_worksheet *schemes = workbook_add_worksheet(workbook, "schemes");
    const char *schemeHeader[] = { "name", "area", "strand", "start", "providers" };
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(schemes, 0, lxw_col_t(c), schemeHeader[c], nullptr);
    worksheet_write_string(schemes, 1, 0, "Keyworker pilot", nullptr);
    worksheet_write_string(schemes, 1, 1, "Gwent", nullptr);
    worksheet_write_string(schemes, 1, 2, "treatment", nullptr);
    lxw_datetime march { 2022, 3, 1, 0, 0, 0 };
    worksheet_write_datetime(schemes, 1, 3, &march, dateFormat); // "2022-03" as Excel keeps it
    worksheet_write_string(schemes, 1, 4, "Kaleidoscope", nullptr);
    lxw_worksheet *outcomes = workbook_add_worksheet(workbook, "outcomes");
    const char *outcomeHeader[]
        = { "scheme", "area", "measure", "value", "unit", "period_start", "period_end", "note" };
    for (int c = 0; c < 8; ++c)
        worksheet_write_string(outcomes, 0, lxw_col_t(c), outcomeHeader[c], nullptr);
    worksheet_write_string(outcomes, 1, 0, "Keyworker pilot", nullptr);
    worksheet_write_string(outcomes, 1, 1, "Gwent", nullptr);
    worksheet_write_string(outcomes, 1, 2, "funding", nullptr);
    worksheet_write_number(outcomes, 1, 3, 12500.5, nullptr);
    worksheet_write_string(outcomes, 1, 4, "gbp", nullptr);
    lxw_datetime april { 2022, 4, 14, 0, 0, 0 };
    worksheet_write_datetime(outcomes, 1, 5, &april, dateFormat);
    worksheet_write_number(outcomes, 1, 6, 2023, nullptr); // a year, typed as a number
    // column H (note) left empty
    QCOMPARE(int(workbook_close(workbook)), int(LXW_NO_ERROR));

    const ImportSummary summary = import(database, { path });
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QCOMPARE(summary.schemesAdded, 1);
    QCOMPARE(summary.figuresAdded, 1);
    const QByteArray schemesCsv = m_files.exportOf(database, QStringLiteral("schemes.csv"));
    QVERIFY(
        schemesCsv.contains("Keyworker pilot,Gwent,treatment,active,2022-03-01,,Kaleidoscope,"));
    QVERIFY(m_files.exportOf(database, QStringLiteral("outcomes.csv"))
                .contains("Keyworker pilot,Gwent,funding,12500.5,,gbp,exact,,,,2022-04-14,2023,"));
    // The same workbook again: the first-of-month date now stands for what is stored.
    const ImportSummary again = import(database, { path });
    QVERIFY2(!again.hasErrors(), qPrintable(again.errors.value(0).toString()));
    QVERIFY2(!again.changesSomething(), qPrintable(again.describe()));
}

void tst_WorkbookImport::handMadeXlsxInlineStringsBooleans1904()
{
    const QString database = m_files.freshDatabase();
    const QString path = m_files.filePath(QStringLiteral("handmade.xlsx"));
    QByteArray schemes = "<row r=\"1\">" + inlineCell("A1", QStringLiteral("name"))
        + inlineCell("B1", QStringLiteral("area")) + inlineCell("C1", QStringLiteral("strand"))
        + inlineCell("D1", QStringLiteral("start")) + "</row>";
    // 1904 system: serial 43159 is 1 March 2022. Row 3 is blank and skipped; row numbers as
    // the sheet has them.
    schemes += "<row r=\"2\">" + inlineCell("A2", QStringLiteral("Harbour <Project> & Co"))
        + inlineCell("B2", QStringLiteral("Gwent")) + inlineCell("C2", QStringLiteral("treatment"))
        + "<c r=\"D2\"><v>43159</v></c></row>";
    QByteArray outcomes = "<row r=\"1\">" + inlineCell("A1", QStringLiteral("scheme"))
        + inlineCell("B1", QStringLiteral("area")) + inlineCell("C1", QStringLiteral("measure"))
        + inlineCell("D1", QStringLiteral("value")) + inlineCell("E1", QStringLiteral("unit"))
        + inlineCell("F1", QStringLiteral("baseline"))
        + inlineCell("G1", QStringLiteral("period_start")) + "</row>";
    outcomes += "<row r=\"5\">" + inlineCell("A5", QStringLiteral("Harbour <Project> & Co"))
        + inlineCell("B5", QStringLiteral("Gwent"))
        + inlineCell("C5", QStringLiteral("assessment_rate"))
        + "<c r=\"D5\"><v>70.299999999999997</v></c>" + inlineCell("E5", QStringLiteral("percent"))
        + "<c r=\"F5\" t=\"b\"><v>1</v></c><c r=\"G5\" "
          "t=\"d\"><v>2022-04-14T00:00:00</v></c></row>";
    QVERIFY(writeZip(path,
        { { QStringLiteral("[Content_Types].xml"), contentTypes },
            { QStringLiteral("xl/workbook.xml"),
                workbookXml(true, { QStringLiteral("schemes"), QStringLiteral("outcomes") }) },
            { QStringLiteral("xl/_rels/workbook.xml.rels"), relationsXml(2) },
            { QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(schemes) },
            { QStringLiteral("xl/worksheets/sheet2.xml"), sheetXml(outcomes) } }));
    const ImportSummary summary = import(database, { path });
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QVERIFY(m_files.exportOf(database, QStringLiteral("schemes.csv"))
                .contains("Harbour <Project> & Co,Gwent,treatment,active,2022-03-01,"));
    QVERIFY(m_files.exportOf(database, QStringLiteral("outcomes.csv"))
                .contains("Harbour <Project> & "
                          "Co,Gwent,assessment_rate,70.3,,percent,exact,,yes,,2022-04-14,"));
}

void tst_WorkbookImport::unknownSheetNamed()
{
    const QString database = m_files.freshDatabase();
    const QString path = m_files.filePath(QStringLiteral("extra.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *schemes = workbook_add_worksheet(workbook, "schemes");
    worksheet_write_string(schemes, 0, 0, "name", nullptr);
    worksheet_write_string(schemes, 0, 1, "area", nullptr);
    worksheet_write_string(schemes, 0, 2, "strand", nullptr);
    workbook_add_worksheet(workbook, "Notes for the panel");
    QCOMPARE(int(workbook_close(workbook)), int(LXW_NO_ERROR));
    const ImportSummary summary = import(database, { path });
    QCOMPARE(summary.errors.size(), 1);
    const QString message = summary.errors.first().toString();
    QVERIFY2(message.startsWith(path
                 + QStringLiteral(":Notes for the panel:1: -: the sheet "
                                  "\"Notes for the panel\" is not one")),
        qPrintable(message));
    QVERIFY(!summary.written);
}

void tst_WorkbookImport::errorsNameFileSheetAndRow()
{
    const QString database = m_files.freshDatabase();
    const QString path = m_files.filePath(QStringLiteral("bad.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *schemes = workbook_add_worksheet(workbook, "schemes");
    const char *header[] = { "name", "area", "strand", "end" };
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(schemes, 0, lxw_col_t(c), header[c], nullptr);
    worksheet_write_string(schemes, 3, 0, "Keyworker pilot", nullptr); // row 4 of the sheet
    worksheet_write_string(schemes, 3, 1, "Gwent", nullptr);
    worksheet_write_string(schemes, 3, 2, "treatment", nullptr);
    worksheet_write_string(schemes, 3, 3, "03/14/2022", nullptr); // month first: refused
    QCOMPARE(int(workbook_close(workbook)), int(LXW_NO_ERROR));
    const ImportSummary summary = import(database, { path });
    QCOMPARE(summary.errors.size(), 1);
    const QString message = summary.errors.first().toString();
    QVERIFY2(
        message.startsWith(path + QStringLiteral(":schemes:4: end: \"03/14/2022\" is not a date")),
        qPrintable(message));
    QVERIFY(message.contains(QLatin1String("A spreadsheet may have reformatted it")));
}

void tst_WorkbookImport::allOrNothingAcrossSheets()
{
    const QString database = m_files.freshDatabase();
    const QByteArray before = m_files.exportOf(database, QStringLiteral("schemes.csv"));
    const QString path = m_files.filePath(QStringLiteral("half.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *schemes = workbook_add_worksheet(workbook, "schemes");
    const char *header[] = { "name", "area", "strand" };
    const char *good[] = { "Keyworker pilot", "Gwent", "treatment" };
    for (int c = 0; c < 3; ++c) {
        worksheet_write_string(schemes, 0, lxw_col_t(c), header[c], nullptr);
        worksheet_write_string(schemes, 1, lxw_col_t(c), good[c], nullptr);
    }
    lxw_worksheet *outcomes = workbook_add_worksheet(workbook, "outcomes");
    const char *outcomeHeader[] = { "scheme", "area", "measure", "value" };
    const char *bad[] = { "Keyworker pilot", "Gwent", "referrals", "many" };
    for (int c = 0; c < 4; ++c) {
        worksheet_write_string(outcomes, 0, lxw_col_t(c), outcomeHeader[c], nullptr);
        worksheet_write_string(outcomes, 1, lxw_col_t(c), bad[c], nullptr);
    }
    QCOMPARE(int(workbook_close(workbook)), int(LXW_NO_ERROR));
    const ImportSummary summary = import(database, { path });
    QCOMPARE(summary.errors.size(), 1);
    QCOMPARE(summary.errors.first().file, path + QStringLiteral(":outcomes"));
    QCOMPARE(summary.errors.first().line, 2);
    QCOMPARE(summary.errors.first().column, QStringLiteral("value"));
    QVERIFY(!summary.written);
    QCOMPARE(m_files.exportOf(database, QStringLiteral("schemes.csv")), before);
}

void tst_WorkbookImport::libreOfficeFixturesChangeNothing_data()
{
    QTest::addColumn<QStringList>("fixtures");
    const auto fixture = [](const char *name) {
        return sourcePath(QStringLiteral("tests/fixtures/libreoffice/%1").arg(QLatin1String(name)));
    };
    QTest::newRow("xlsx") << QStringList { fixture("schemes.xlsx"), fixture("outcomes.xlsx") };
    QTest::newRow("ods") << QStringList { fixture("schemes.ods"), fixture("outcomes.ods") };
    QTest::newRow("csvSavedAgain")
        << QStringList { fixture("schemes.csv"), fixture("outcomes.csv") };
}

void tst_WorkbookImport::libreOfficeFixturesChangeNothing()
{
    QFETCH(QStringList, fixtures);
    for (const QString &fixture : fixtures)
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
    const QString database = m_files.freshDatabase();
    const QByteArray before = fileBytes(database);
    const ImportSummary summary = import(database, fixtures);
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QVERIFY2(!summary.changesSomething(), qPrintable(summary.describe()));
    QCOMPARE(summary.schemesUnchanged, 47);
    QCOMPARE(summary.figuresUnchanged, 129);
    QCOMPARE(fileBytes(database), before);
}

void tst_WorkbookImport::odsRepeatedColumnsAndRows()
{
    const QString database = m_files.freshDatabase();
    const QString path = m_files.filePath(QStringLiteral("repeated.ods"));
    const QByteArray content = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>
<table:table table:name="schemes">
<table:table-row><table:table-cell office:value-type="string"><text:p>name</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>area</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>strand</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>summary</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>Keyworker pilot</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Gwent</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1"/><table:table-cell office:value-type="string"><text:p>Two<text:s text:c="2"/>spaces</text:p><text:p>and a second line</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>)";
    QVERIFY(writeZip(path,
        { { QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet" },
            { QStringLiteral("content.xml"), content } }));
    const ImportSummary summary = import(database, { path });
    // Row 4 (after two repeated blank rows) lacks its strand: the error names that row.
    QCOMPARE(summary.errors.size(), 1);
    QCOMPARE(summary.errors.first().file, path + QStringLiteral(":schemes"));
    QCOMPARE(summary.errors.first().line, 4);
    QCOMPARE(summary.errors.first().column, QStringLiteral("strand"));
}

void tst_WorkbookImport::exportedWorkbookReimportsUnchanged()
{
    const QString database = m_files.freshDatabase();
    const QString path = m_files.filePath(QStringLiteral("register.xlsx"));
    QString out;
    QString err;
    {
        opcc::CommandLineOptions options;
        options.database = database;
        options.exportWorkbook = path;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(opcc::JobRunner(outStream, errStream).run(options), int(opcc::ExitOk));
    }
    const QByteArray before = fileBytes(database);
    QVERIFY2(m_files.runImport(database, { path }, &out, &err) == opcc::ExitOk, qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("Nothing to change")), qPrintable(out + err));
    QCOMPARE(fileBytes(database), before);
}

void tst_WorkbookImport::notAWorkbookZipRefused()
{
    const QString database = m_files.freshDatabase();
    const QString path = m_files.filePath(QStringLiteral("photos.csv"));
    QVERIFY(writeZip(path, { { QStringLiteral("photo.txt"), "not a sheet" } }));
    const ImportSummary summary = import(database, { path });
    QCOMPARE(summary.errors.size(), 1);
    QVERIFY(summary.errors.first().message.startsWith(QLatin1String("this is a zip file")));
    QVERIFY(summary.errors.first().message.contains(QLatin1String("CSV UTF-8")));
}

// A cell formatted as a percentage holds the fraction (0.45) of what the sheet shows (45%):
// the value imported is what the user saw, as the contract's trailing % reads it.
void tst_WorkbookImport::percentFormattedCellsAsShown_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("builtInWhole") << QByteArray("0%") << 0.45 << QByteArray("45");
    QTest::newRow("oneDecimal") << QByteArray("0.0%") << 0.703 << QByteArray("70.3");
    QTest::newRow("twoDecimals") << QByteArray("0.00%") << 0.1234 << QByteArray("12.34");
    QTest::newRow("colouredCustom")
        << QByteArray("[Blue]0.0%;[Red]-0.0%") << 0.125 << QByteArray("12.5");
    // A % inside quotes is text beside the number: the number is as stored.
    QTest::newRow("quotedPercentSign") << QByteArray("0.0\" %\"") << 45.0 << QByteArray("45");
    QTest::newRow("noFormat") << QByteArray() << 0.45 << QByteArray("0.45");
}

void tst_WorkbookImport::percentFormattedCellsAsShown()
{
    QFETCH(QByteArray, format);
    QFETCH(double, fraction);
    QFETCH(QByteArray, stored);
    const QString database = m_files.freshDatabase();
    const QString path = m_files.filePath(QStringLiteral("rates.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    QVERIFY(workbook);
    lxw_format *cellFormat = nullptr;
    if (!format.isEmpty()) {
        cellFormat = workbook_add_format(workbook);
        format_set_num_format(cellFormat, format.constData());
    }
    lxw_worksheet *outcomes = workbook_add_worksheet(workbook, "outcomes");
    const char *header[] = { "scheme", "area", "measure", "value", "unit", "period_start" };
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(outcomes, 0, lxw_col_t(c), header[c], nullptr);
    worksheet_write_string(outcomes, 1, 0, "DIVERT", nullptr);
    worksheet_write_string(outcomes, 1, 1, "West Mercia", nullptr);
    worksheet_write_string(outcomes, 1, 2, "assessment_rate", nullptr);
    worksheet_write_number(outcomes, 1, 3, fraction, cellFormat);
    worksheet_write_string(outcomes, 1, 4, "percent", nullptr);
    worksheet_write_string(outcomes, 1, 5, "2021", nullptr);
    QCOMPARE(int(workbook_close(workbook)), int(LXW_NO_ERROR));

    const ImportSummary summary = import(database, { path });
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QVERIFY(m_files.exportOf(database, QStringLiteral("outcomes.csv"))
                .contains("DIVERT,West Mercia,assessment_rate," + stored + ",,percent,"));
}

// Saved by LibreOffice from a CSV whose value is typed "70.3%" (tests/fixtures/libreoffice/
// percent-outcomes.csv, converted with `soffice --headless --infilter=CSV:44,34,76,1,,2057,false,
// true --convert-to xlsx` and `--convert-to ods`): the cell holds 0.703 formatted 0.00%, which
// is the 70.3% the register already holds.
void tst_WorkbookImport::libreOfficePercentCellsChangeNothing_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("xlsx") << sourcePath(
        QStringLiteral("tests/fixtures/libreoffice/percent-outcomes.xlsx"));
    QTest::newRow("ods") << sourcePath(
        QStringLiteral("tests/fixtures/libreoffice/percent-outcomes.ods"));
}

void tst_WorkbookImport::libreOfficePercentCellsChangeNothing()
{
    QFETCH(QString, fixture);
    QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
    const QString database = m_files.freshDatabase();
    const ImportSummary summary = import(database, { fixture });
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QVERIFY2(!summary.changesSomething(), qPrintable(summary.describe()));
    QCOMPARE(summary.figuresUnchanged, 2);
}

void tst_WorkbookImport::handMadeCellForms_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QByteArray>("name");

    QTest::newRow("sharedString") << QByteArray("<c r=\"A2\" t=\"s\"><v>0</v></c>")
                                  << QByteArray("Shared scheme");
    QTest::newRow("sharedRichTextWithoutReading")
        << QByteArray("<c r=\"A2\" t=\"s\"><v>1</v></c>") << QByteArray("Rich shared");
    QTest::newRow("inlineRichTextWithoutReading")
        << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><r><t>Harbour </t></r><r><rPr><b/></rPr>"
                      "<t>Project</t></r><rPh sb=\"0\" eb=\"1\"><t>ha</t></rPh></is></c>")
        << QByteArray("Harbour Project");
    QTest::newRow("references") << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><t>Caf&#233; "
                                              "&amp; Bar &#x2014; &lt;Ty&gt;</t></is></c>")
                                << QByteArray("Caf\xC3\xA9 & Bar \xE2\x80\x94 <Ty>");
    QTest::newRow("cdata") << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><t><![CDATA[Tom & "
                                         "Jerry]]></t></is></c>")
                           << QByteArray("Tom & Jerry");
    QTest::newRow("prefixedNames")
        << QByteArray("<x:c xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "r=\"A2\" t=\"inlineStr\"><x:is><x:t>Prefixed</x:t></x:is></x:c>")
        << QByteArray("Prefixed");
    QTest::newRow("formulaWithCachedText")
        << QByteArray("<c r=\"A2\" t=\"str\"><f>CONCAT(\"Form\",\"ula\")</f><v>Formula</v></c>")
        << QByteArray("Formula");
}

void tst_WorkbookImport::handMadeCellForms()
{
    QFETCH(QByteArray, cell);
    QFETCH(QByteArray, name);
    const QString database = m_files.freshDatabase();
    const QString path = schemesWorkbook(cell);
    QVERIFY(!path.isEmpty());
    const ImportSummary summary = import(database, { path });
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QCOMPARE(summary.schemesAdded, 1);
    const QByteArray schemesCsv = m_files.exportOf(database, QStringLiteral("schemes.csv"));
    QVERIFY2(schemesCsv.contains("\n" + name + ",Gwent,treatment,"), schemesCsv.constData());
}

void tst_WorkbookImport::damagedSheetsRefused_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("error"); // after FILE:SHEET:

    QTest::newRow("cutOff")
        << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><t>Harbour</t></is></c>") << false
        << QStringLiteral("2: -: the sheet is damaged: the XML ends before it is complete");
    QTest::newRow("mismatchedTags")
        << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><t>Harbour</is></c>") << true
        << QStringLiteral(
               "2: -: the sheet is damaged: the XML closes the element is where t is open");
    QTest::newRow("unknownEntity")
        << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><t>Harbour&nbsp;</t></is></c>") << true
        << QStringLiteral("2: -: the sheet is damaged: the XML has an unknown reference &nbsp;");
    QTest::newRow("notUtf8")
        << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><t>Caf\xE9</t></is></c>") << true
        << QStringLiteral("2: -: the sheet is damaged: the XML has text that is not UTF-8");
    QTest::newRow("missingSharedString")
        << QByteArray("<c r=\"A2\" t=\"s\"><v>7</v></c>") << true
        << QStringLiteral("2: -: cell A2 refers to a missing shared string");
}

void tst_WorkbookImport::damagedSheetsRefused()
{
    QFETCH(QByteArray, cell);
    QFETCH(bool, complete);
    QFETCH(QString, error);
    const QString database = m_files.freshDatabase();
    const QByteArray before = m_files.exportOf(database, QStringLiteral("schemes.csv"));
    const QString path = schemesWorkbook(cell, complete);
    QVERIFY(!path.isEmpty());
    const ImportSummary summary = import(database, { path });
    QCOMPARE(summary.errors.size(), 1);
    QCOMPARE(summary.errors.first().toString(), path + QStringLiteral(":schemes:") + error);
    QVERIFY(!summary.written);
    QCOMPARE(m_files.exportOf(database, QStringLiteral("schemes.csv")), before);
}

QTEST_GUILESS_MAIN(tst_WorkbookImport)
#include "tst_workbookimport.moc"
