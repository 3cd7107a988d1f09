// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The interchange import: what real spreadsheet output must import as, and every error a row can
// have (named rows, exact FILE:LINE: column: message), with nothing written when one is found.

#include "importfixture.h"
#include "interchange/csvimporter.h"

using namespace testsupport;
using opcc::CsvImporter;

class tst_CsvImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_files.prepare()); }
    void init() { m_files.renew(); }
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void stopsAfterMaximumErrors();
    void namesOfSchemes_data();
    void namesOfSchemes();

private:
    ImportFixture m_files;
};

// ---- what must import

void tst_CsvImporter::accepted_data()
{
    QTest::addColumn<QByteArray>("schemes");
    QTest::addColumn<QByteArray>("outcomes");
    QTest::addColumn<QString>("exportFile");
    QTest::addColumn<QByteArray>("exported"); // a line the export then holds

    QTest::newRow("bomCrlf") << QByteArray(
        "\xEF\xBB\xBFname,area,strand\r\nBom scheme,Gwent,demand\r\n")
                             << QByteArray() << "schemes.csv"
                             << QByteArray("Bom scheme,Gwent,demand,active,,,,,,\n");
    QTest::newRow("quotedNewline")
        << QByteArray(
               "name,area,strand,summary\nLines,Gwent,demand,\"First line\r\nsecond line\"\n")
        << QByteArray() << "schemes.csv"
        << QByteArray("Lines,Gwent,demand,active,,,,,\"First line\nsecond line\",\n");
    QTest::newRow("quotedComma") << QByteArray(
        "name,area,strand,providers\n\"Cranstoun, Birmingham\",West Midlands,treatment,"
        "\"Change, Grow, Live\"\n")
                                 << QByteArray() << "schemes.csv"
                                 << QByteArray(
                                        "\"Cranstoun, Birmingham\",West "
                                        "Midlands,treatment,active,,,\"Change, Grow, Live\",,,\n");
    QTest::newRow("quotedQuote")
        << QByteArray(
               "name,area,strand,summary\nQuotes,Gwent,demand,\"the \"\"FREE\"\" programme\"\n")
        << QByteArray() << "schemes.csv"
        << QByteArray("Quotes,Gwent,demand,active,,,,,\"the \"\"FREE\"\" programme\",\n");
    QTest::newRow("poundThousands")
        << keyworker
        << outcomesHeader
            + "Keyworker pilot,Gwent,funding,\"\xC2\xA3"
              "1,234\",,,,,,,2023,2023\n"
        << "outcomes.csv"
        << QByteArray("Keyworker pilot,Gwent,funding,1234,,gbp,exact,,,,2023,2023,,,\n");
    QTest::newRow("poundPence")
        << keyworker
        << outcomesHeader
            + "Keyworker pilot,Gwent,funding,\xC2\xA3"
              "12.50,,,,,,,2023,2023\n"
        << "outcomes.csv"
        << QByteArray("Keyworker pilot,Gwent,funding,12.5,,gbp,exact,,,,2023,2023,,,\n");
    QTest::newRow("percentSign")
        << keyworker
        << outcomesHeader + "Keyworker pilot,Gwent,testing_rate,70.3%,,,,,,,2023,2023\n"
        << "outcomes.csv"
        << QByteArray("Keyworker pilot,Gwent,testing_rate,70.3,,percent,exact,,,,2023,2023,,,\n");
    QTest::newRow("moneySuffixK")
        << keyworker
        << outcomesHeader
            + "Keyworker pilot,Gwent,cash_seized,\xC2\xA3"
              "363k,,,approx,,,,2022,2022\n"
        << "outcomes.csv"
        << QByteArray("Keyworker pilot,Gwent,cash_seized,363000,,gbp,approx,,,,2022,2022,,,\n");
    QTest::newRow("moneySuffixM")
        << keyworker
        << outcomesHeader
            + "Keyworker pilot,Gwent,cash_seized,\xC2\xA3"
              "1.15m,,,,,,,2022,2022\n"
        << "outcomes.csv"
        << QByteArray("Keyworker pilot,Gwent,cash_seized,1150000,,gbp,exact,,,,2022,2022,,,\n");
    QTest::newRow("trailingEmptyColumns")
        << QByteArray("name,area,strand,,,\nPadded,Gwent,supply,,,\nShort pad,Gwent,supply,,\n")
        << QByteArray() << "schemes.csv" << QByteArray("Padded,Gwent,supply,active,,,,,,\n");
    QTest::newRow("blankLinesAtEnd")
        << QByteArray("name,area,strand\nBlank ends,Gwent,supply\n\n\r\n\n") << QByteArray()
        << "schemes.csv" << QByteArray("Blank ends,Gwent,supply,active,,,,,,\n");
    QTest::newRow("columnsInAnyOrder")
        << QByteArray("strand,status,area,name\nsupply,ended,Gwent,Reordered\n") << QByteArray()
        << "schemes.csv" << QByteArray("Reordered,Gwent,supply,ended,,,,,,\n");
    QTest::newRow("headerCaseAndSpaces")
        << QByteArray(" Name , AREA ,Strand\nSpaced,Gwent,Supply\n") << QByteArray()
        << "schemes.csv" << QByteArray("Spaced,Gwent,supply,active,,,,,,\n");
    QTest::newRow("areasSortedAndKnownCase")
        << QByteArray("name,area,strand\nJoint,gwent; Dyfed-Powys,supply\n") << QByteArray()
        << "schemes.csv" << QByteArray("Joint,Dyfed-Powys; Gwent,supply,active,,,,,,\n");
    QTest::newRow("rangeWithHigh")
        << keyworker << outcomesHeader + "Keyworker pilot,Gwent,arrests,17,20,,,week,,,2023,2023\n"
        << "outcomes.csv"
        << QByteArray("Keyworker pilot,Gwent,arrests,17,20,count,range,week,,,2023,2023,,,\n");
    QTest::newRow("baselineYes")
        << keyworker
        << outcomesHeader + "Keyworker pilot,Gwent,detected_crimes,541,,,,,yes,before,2021,2021\n"
        << "outcomes.csv"
        << QByteArray(
               "Keyworker pilot,Gwent,detected_crimes,541,,count,exact,,yes,before,2021,2021,,,\n");
    QTest::newRow("headerOnly")
        << QByteArray("name,area,strand\n") << QByteArray() << "schemes.csv"
        << QByteArray("name,area,strand,status,start,end,providers,funders,summary,source\n");
    QTest::newRow("guardedFormulaText")
        << QByteArray("name,area,strand,summary\n'=Guarded,Gwent,supply,'-5 fewer thefts\n")
        << QByteArray() << "schemes.csv"
        << QByteArray("'=Guarded,Gwent,supply,active,,,,,'-5 fewer thefts,\n");
}

void tst_CsvImporter::accepted()
{
    QFETCH(QByteArray, schemes);
    QFETCH(QByteArray, outcomes);
    QFETCH(QString, exportFile);
    QFETCH(QByteArray, exported);
    const QString database = m_files.freshDatabase();
    QStringList files { m_files.write(QStringLiteral("schemes.csv"), schemes) };
    if (!outcomes.isEmpty())
        files.append(m_files.write(QStringLiteral("outcomes.csv"), outcomes));
    QString out;
    QString err;
    QCOMPARE(m_files.runImport(database, files, &out, &err), int(opcc::ExitOk));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QByteArray result = m_files.exportOf(database, exportFile);
    QVERIFY2(result.contains(exported), result.right(600).constData());
}

// ---- what must be refused, with which message

void tst_CsvImporter::rejected_data()
{
    QTest::addColumn<QByteArray>("schemes");
    QTest::addColumn<QByteArray>("outcomes");
    QTest::addColumn<QStringList>("errors");

    const auto figure = [](const QByteArray &row) { return outcomesHeader + row; };
    QTest::newRow("raggedRow")
        << QByteArray("name,area,strand\nA,Gwent,supply\nB,Gwent,supply,Cranstoun, Birmingham\n")
        << QByteArray()
        << QStringList {
               "schemes.csv:3: column 4: the row has text beyond the header's 3 columns; is "
               "a field with a comma missing its quotes?"
           };
    QTest::newRow("shortRow")
        << QByteArray("name,area,strand,status\nA,Gwent\n") << QByteArray()
        << QStringList {
               "schemes.csv:2: strand: the row has 2 fields but the header has 4 columns; is a "
               "comma missing, or a quote?"
           };
    QTest::newRow("unknownColumn")
        << QByteArray("name,area,strand,budget\nA,Gwent,supply,5\n") << QByteArray()
        << QStringList {
               "schemes.csv:1: budget: unknown column for schemes.csv; its columns are: name, "
               "area, strand, status, start, end, providers, funders, summary, source"
           };
    // A quoted header cell may hold a line break: the message stays on one line.
    QTest::newRow("columnNameWithLineBreak")
        << QByteArray("name,area,strand,\"bud\nget\"\nA,Gwent,supply,5\n") << QByteArray()
        << QStringList {
               "schemes.csv:1: bud\\nget: unknown column for schemes.csv; its columns are: name, "
               "area, strand, status, start, end, providers, funders, summary, source"
           };
    QTest::newRow("columnNameWithCarriageReturnAndBackslash")
        << QByteArray("name,area,strand,\"a\\b\rc\"\nA,Gwent,supply,5\n") << QByteArray()
        << QStringList {
               "schemes.csv:1: a\\\\b\\rc: unknown column for schemes.csv; its columns are: "
               "name, area, strand, status, start, end, providers, funders, summary, source"
           };
    QTest::newRow("missingRequiredColumn")
        << QByteArray("name,area,status\nA,Gwent,active\n") << QByteArray()
        << QStringList { "schemes.csv:1: strand: required column is missing from the header" };
    QTest::newRow("columnTwice") << QByteArray("name,area,strand,area\nA,Gwent,supply,Gwent\n")
                                 << QByteArray()
                                 << QStringList { "schemes.csv:1: area: the column appears twice" };
    QTest::newRow("unnamedColumnWithValues")
        << QByteArray("name,area,,strand\nA,Gwent,x,supply\n") << QByteArray()
        << QStringList { "schemes.csv:1: column 3: the column has no name" };
    QTest::newRow("notAnInterchangeFile")
        << QByteArray("date,amount\n2023-01-01,5\n") << QByteArray()
        << QStringList {
               "schemes.csv:1: -: cannot tell what the file holds: a schemes file needs the "
               "columns name, area, strand; an outcomes file needs scheme, area, measure, value"
           };
    QTest::newRow("emptyFile") << QByteArray() << QByteArray()
                               << QStringList {
                                      "schemes.csv:1: -: the file is empty; it needs a header row"
                                  };
    QTest::newRow("wrongEncodingLatin1")
        << QByteArray("name,area,strand,summary\nA,Gwent,supply,costs \xA3"
                      "5k\n")
        << QByteArray()
        << QStringList {
               "schemes.csv:2: -: the file is not UTF-8 text (byte 0xa3); save it from the "
               "spreadsheet as \"CSV UTF-8\""
           };
    QTest::newRow("wrongEncodingWindows1252")
        << QByteArray("name,area,strand\nA,Gwent,supply\nB \x96 C,Gwent,supply\n") << QByteArray()
        << QStringList {
               "schemes.csv:3: -: the file is not UTF-8 text (byte 0x96); save it from the "
               "spreadsheet as \"CSV UTF-8\""
           };
    QTest::newRow("unterminatedQuote")
        << QByteArray("name,area,strand,summary\nA,Gwent,supply,\"never closed\nB,Gwent,supply,\n")
        << QByteArray()
        << QStringList { "schemes.csv:2: -: a quoted field starts here and is never closed" };
    QTest::newRow("quoteInsideUnquoted")
        << QByteArray("name,area,strand\nThe \"FREE\" one,Gwent,supply\n") << QByteArray()
        << QStringList {
               "schemes.csv:2: -: a quote inside unquoted field 1; put the whole field in "
               "quotes and double the quote"
           };
    QTest::newRow("formulaCell")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,=SUM(B2:B4),,,,,,,2023,2023\n")
        << QStringList { "outcomes.csv:2: value: \"=SUM(B2:B4)\" is a spreadsheet formula, not a "
                         "number; save the sheet with its values" };
    QTest::newRow("notANumber")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,about forty,,,,,,,2023,2023\n")
        << QStringList {
               "outcomes.csv:2: value: \"about forty\" is not a number (at most two decimal "
               "places)"
           };
    QTest::newRow("missingValue") << keyworker
                                  << figure("Keyworker pilot,Gwent,referrals,,,,,,,,2023,2023\n")
                                  << QStringList {
                                         "outcomes.csv:2: value: a figure needs a value"
                                     };
    QTest::newRow("duplicateRowInFile")
        << QByteArray(
               "name,area,strand\nTwice,Gwent,supply\nOnce,Gwent,supply\nTwice,gwent,demand\n")
        << QByteArray()
        << QStringList {
               "schemes.csv:4: name: the same scheme (name and area) is already on line 2"
           };
    QTest::newRow("duplicateOfRowWithError")
        << QByteArray("name,area,strand,status\nTwice,Gwent,supply,soon\nTwice,Gwent,supply,\n")
        << QByteArray()
        << QStringList {
               "schemes.csv:2: status: \"soon\" is not a status; use one of: planned, pilot, "
               "active, ended",
               "schemes.csv:3: name: the same scheme (name and area) is already on line 2"
           };
    QTest::newRow("duplicateOfStoredScheme")
        << QByteArray("name,area,strand\nCountywide High Harms Board,Cambridgeshire,treatment\n"
                      "Once,Gwent,supply\n"
                      "Countywide High Harms Board,Cambridgeshire,demand\n")
        << QByteArray()
        << QStringList {
               "schemes.csv:4: name: the same scheme (name and area) is already on line 2"
           };
    QTest::newRow("duplicateFigureInFile")
        << keyworker
        << figure("Keyworker pilot,Gwent,referrals,5,,,,,,,2023-04,2023-04\n"
                  "Keyworker pilot,Gwent,referrals,6,,,,,,,2023-04,2023-04\n")
        << QStringList {
               "outcomes.csv:3: measure: the same figure (scheme, measure, period, per and "
               "baseline) is already on line 2"
           };
    // Found by the figure writer as it stores the rows, reported among the other rows' errors
    // in the order of their lines.
    QTest::newRow("duplicateFigureAmongOtherErrors")
        << keyworker
        << figure("Keyworker pilot,Gwent,referrals,5,,,,,,,2023-04,2023-04\n"
                  "Keyworker pilot,Gwent,referrals,x,,,,,,,2023-05,2023-05\n"
                  "Keyworker pilot,Gwent,referrals,6,,,,,,,2023-04,2023-04\n"
                  "Keyworker pilot,Gwent,referrals,7,,people,,,,,2023-06,2023-06\n"
                  "Keyworker pilot,Gwent,referrals,8,,,,,,,2023-04,2023-04\n")
        << QStringList {
               "outcomes.csv:3: value: \"x\" is not a number (at most two decimal places)",
               "outcomes.csv:4: measure: the same figure (scheme, measure, period, per and "
               "baseline) is already on line 2",
               "outcomes.csv:5: unit: \"people\" is not a unit; use one of: count, gbp, "
               "percent, kg, years, months, weeks",
               "outcomes.csv:6: measure: the same figure (scheme, measure, period, per and "
               "baseline) is already on line 2"
           };
    // A row with an error is not a figure of the import: the same figure later is not its
    // duplicate.
    QTest::newRow("duplicateOfRowWithError")
        << keyworker
        << figure("Keyworker pilot,Gwent,referrals,-5,,,,,,,2023-04,2023-04\n"
                  "Keyworker pilot,Gwent,referrals,6,,,,,,,2023-04,2023-04\n")
        << QStringList { "outcomes.csv:2: value: A count cannot be negative." };
    QTest::newRow("duplicateFigureOfNewMeasure")
        << keyworker
        << figure("Keyworker pilot,Gwent,naloxone_kits,5,,count,,,,,2023,2023\n"
                  "Keyworker pilot,Gwent,naloxone_kits,6,,,,,,,2023,2023\n")
        << QStringList {
               "outcomes.csv:3: measure: the same figure (scheme, measure, period, per and "
               "baseline) is already on line 2"
           };
    QTest::newRow("duplicateFigureAfterQuotedLineBreak")
        << keyworker
        << figure("Keyworker pilot,Gwent,referrals,5,,,,,,\"two\nlines\",2023-04,2023-04\n"
                  "Keyworker pilot,Gwent,referrals,6,,,,,,,2023-05,2023-05\n"
                  "Keyworker pilot,Gwent,referrals,7,,,,,,,2023-05,2023-05\n")
        << QStringList {
               "outcomes.csv:5: measure: the same figure (scheme, measure, period, per and "
               "baseline) is already on line 4"
           };
    QTest::newRow("unknownScheme")
        << keyworker << figure("Keyworker pilots,Gwent,referrals,5,,,,,,,2023,2023\n")
        << QStringList {
               "outcomes.csv:2: scheme: there is no scheme \"Keyworker pilots\" in \"Gwent\", "
               "neither in the database nor in this import"
           };
    QTest::newRow("unitMismatch")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,5,,percent,,,,,2023,2023\n")
        << QStringList {
               "outcomes.csv:2: unit: measure \"referrals\" is counted in count, not percent"
           };
    QTest::newRow("unknownUnit")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,5,,people,,,,,2023,2023\n")
        << QStringList { "outcomes.csv:2: unit: \"people\" is not a unit; use one of: count, gbp, "
                         "percent, kg, years, months, weeks" };
    QTest::newRow("newMeasureNeedsUnit")
        << keyworker << figure("Keyworker pilot,Gwent,naloxone_kits,5,,,,,,,2023,2023\n")
        << QStringList { "outcomes.csv:2: unit: \"naloxone_kits\" is a new measure, so its unit is "
                         "required (count, gbp, percent, kg, years, months, weeks)" };
    QTest::newRow("badMeasureKey")
        << keyworker << figure("Keyworker pilot,Gwent,Naloxone Kits,5,,count,,,,,2023,2023\n")
        << QStringList {
               "outcomes.csv:2: measure: \"Naloxone Kits\" is not a measure key: lower case "
               "letters, digits and underscores, starting with a letter"
           };
    QTest::newRow("rangeWithoutHigh")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,17,,,range,,,,2023,2023\n")
        << QStringList { "outcomes.csv:2: value_high: A range needs its upper value." };
    QTest::newRow("highNotAboveLow")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,20,17,,,,,,2023,2023\n")
        << QStringList {
               "outcomes.csv:2: value_high: The upper end of a range must be above its lower "
               "end."
           };
    QTest::newRow("highWithOtherQualifier")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,17,20,,approx,,,,2023,2023\n")
        << QStringList { "outcomes.csv:2: qualifier: A figure with an upper value is a range: its "
                         "qualifier must be \"range\"." };
    QTest::newRow("endBeforeStart")
        << QByteArray("name,area,strand,start,end\nBackwards,Gwent,supply,2023-05,2023-04\n")
        << QByteArray() << QStringList { "schemes.csv:2: end: The end is before the start." };
    QTest::newRow("periodEndBeforeStart")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,5,,,,,,,2023-05,2023-04-30\n")
        << QStringList { "outcomes.csv:2: period_end: The period ends before it starts." };
    QTest::newRow("badDate")
        << QByteArray("name,area,strand,start\nA,Gwent,supply,03/31/2023\n") << QByteArray()
        << QStringList {
               "schemes.csv:2: start: \"03/31/2023\" is not a date: write YYYY, YYYY-MM or "
               "YYYY-MM-DD. A spreadsheet may have reformatted it: Mar-22, Mar 2022 and "
               "day-first dates such as 01/04/2022 are read too, month-first ones are not."
           };
    QTest::newRow("impossibleDate")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,5,,,,,,,2023-02-30,\n")
        << QStringList {
               "outcomes.csv:2: period_start: \"2023-02-30\" is not a date: write YYYY, "
               "YYYY-MM or YYYY-MM-DD. A spreadsheet may have reformatted it: Mar-22, Mar "
               "2022 and day-first dates such as 01/04/2022 are read too, month-first ones are not."
           };
    QTest::newRow("percentOver100")
        << keyworker << figure("Keyworker pilot,Gwent,testing_rate,103.5%,,,,,,,2023,2023\n")
        << QStringList { "outcomes.csv:2: value: A percentage must be between 0 and 100." };
    QTest::newRow("negativeCount")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,-3,,,,,,,2023,2023\n")
        << QStringList { "outcomes.csv:2: value: A count cannot be negative." };
    QTest::newRow("decimalCount")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,3.5,,,,,,,2023,2023\n")
        << QStringList { "outcomes.csv:2: value: A count must be a whole number (only a rate per "
                         "week, month or year may have decimals)." };
    QTest::newRow("moneyOnCount")
        << keyworker
        << figure("Keyworker pilot,Gwent,arrests,\xC2\xA3"
                  "5,,,,,,,2023,2023\n")
        << QStringList { QString::fromUtf8(
               "outcomes.csv:2: value: \"£5\" is written as money but the "
               "measure is counted in count") };
    QTest::newRow("percentOnCount")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,5%,,,,,,,2023,2023\n")
        << QStringList {
               "outcomes.csv:2: value: \"5%\" is written as a percentage but the measure is "
               "counted in count"
           };
    QTest::newRow("badStrand") << QByteArray("name,area,strand\nA,Gwent,enforcement\n")
                               << QByteArray()
                               << QStringList {
                                      "schemes.csv:2: strand: \"enforcement\" is not a strand: "
                                      "enforcement schemes belong to supply; use one of: supply, "
                                      "treatment, demand, other_addictions, partnership"
                                  };
    QTest::newRow("badStatus")
        << QByteArray("name,area,strand,status\nA,Gwent,supply,finished\n") << QByteArray()
        << QStringList {
               "schemes.csv:2: status: \"finished\" is not a status; use one of: planned, "
               "pilot, active, ended"
           };
    QTest::newRow("badQualifier")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,5,,,roughly,,,,2023,2023\n")
        << QStringList { "outcomes.csv:2: qualifier: \"roughly\" is not a qualifier; use one of: "
                         "exact, approx, almost, at_least, more_than, less_than, at_most, range" };
    QTest::newRow("badPer")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,5,,,,fortnight,,,2023,2023\n")
        << QStringList {
               "outcomes.csv:2: per: \"fortnight\" is not a rate; use week, month or year, "
               "or leave it empty"
           };
    QTest::newRow("badBaseline")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,5,,,,,before,,2023,2023\n")
        << QStringList { "outcomes.csv:2: baseline: \"before\" is not yes or no" };
    QTest::newRow("missingName") << QByteArray("name,area,strand\n,Gwent,supply\n") << QByteArray()
                                 << QStringList { "schemes.csv:2: name: A scheme needs a name." };
    QTest::newRow("missingArea")
        << QByteArray("name,area,strand\nA,,supply\n") << QByteArray()
        << QStringList { "schemes.csv:2: area: A scheme needs at least one police force area (or "
                         "\"National\")." };
    QTest::newRow("figureOfRejectedScheme")
        << QByteArray("name,area,strand\nBroken,Gwent,enforcement\n")
        << figure("Broken,Gwent,arrests,5,,,,,,,2023,2023\n")
        << QStringList { "schemes.csv:2: strand: \"enforcement\" is not a strand: enforcement "
                         "schemes belong to supply; use one of: supply, "
                         "treatment, demand, other_addictions, partnership" };
    QTest::newRow("severalErrorsInOrder")
        << QByteArray("name,area,strand,start\nA,Gwent,enforcement,2023\nB,Gwent,supply,soon\n")
        << figure("A,Gwent,arrests,5,,,,,,,2023,2023\nKeyworker pilot,Gwent,arrests,x,,,,,,,,\n")
        << QStringList { "schemes.csv:2: strand: \"enforcement\" is not a strand: enforcement "
                         "schemes belong to supply; use one of: supply, "
                         "treatment, demand, other_addictions, partnership",
               "schemes.csv:3: start: \"soon\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD."
               " A spreadsheet may have reformatted it: Mar-22, Mar 2022 and day-first dates "
               "such as 01/04/2022 are read too, month-first ones are not.",
               "outcomes.csv:3: scheme: there is no scheme \"Keyworker pilot\" in \"Gwent\", "
               "neither in the database nor in this import",
               "outcomes.csv:3: value: \"x\" is not a number (at most two decimal places)" };
}

void tst_CsvImporter::rejected()
{
    QFETCH(QByteArray, schemes);
    QFETCH(QByteArray, outcomes);
    QFETCH(QStringList, errors);
    const QString database = m_files.freshDatabase();
    const QByteArray schemesBefore = m_files.exportOf(database, QStringLiteral("schemes.csv"));
    const QByteArray outcomesBefore = m_files.exportOf(database, QStringLiteral("outcomes.csv"));
    QVERIFY(!schemesBefore.isEmpty());

    QStringList files { m_files.write(QStringLiteral("schemes.csv"), schemes) };
    if (!outcomes.isEmpty())
        files.append(m_files.write(QStringLiteral("outcomes.csv"), outcomes));
    QString out;
    QString err;
    QCOMPARE(m_files.runImport(database, files, &out, &err), int(opcc::ExitInvalidInput));
    QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeLast(), QStringLiteral("Nothing was imported."));
    QCOMPARE(lines, errors);
    QVERIFY(out.isEmpty());
    // All or nothing: the database is as it was.
    QCOMPARE(m_files.exportOf(database, QStringLiteral("schemes.csv")), schemesBefore);
    QCOMPARE(m_files.exportOf(database, QStringLiteral("outcomes.csv")), outcomesBefore);
}

void tst_CsvImporter::stopsAfterMaximumErrors()
{
    QByteArray bytes("name,area,strand\n");
    for (int i = 0; i < 150; ++i)
        bytes += "Scheme " + QByteArray::number(i) + ",Gwent,enforcement\n";
    const QString database = m_files.freshDatabase();
    QString out;
    QString err;
    QCOMPARE(m_files.runImport(
                 database, { m_files.write(QStringLiteral("schemes.csv"), bytes) }, &out, &err),
        int(opcc::ExitInvalidInput));
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), CsvImporter::maxErrors + 2);
    QVERIFY(lines.at(CsvImporter::maxErrors - 1)
                .startsWith(QLatin1String("schemes.csv:101: strand: ")));
    QCOMPARE(lines.at(CsvImporter::maxErrors), QStringLiteral("Stopped after 100 errors."));
}

void tst_CsvImporter::namesOfSchemes_data()
{
    QTest::addColumn<int>("added");
    QTest::addColumn<bool>("write");
    QTest::newRow("few, preview") << 3 << false;
    QTest::newRow("few, written") << 3 << true;
    QTest::newRow("more than kept, preview") << 70 << false;
    QTest::newRow("more than kept, written") << 70 << true;
}

// The summary counts every scheme added and updated but names only the first
// ImportSummary::namesKept of each, in the file's order, as they are stored.
void tst_CsvImporter::namesOfSchemes()
{
    QFETCH(int, added);
    QFETCH(bool, write);
    QByteArray file = "name,area,strand\n";
    QStringList expectedAdded;
    for (int i = 0; i < added; ++i) {
        // Names out of alphabetical order, so that the file's order shows.
        const QString name = QStringLiteral("Scheme %1").arg(added - i);
        file += name.toUtf8() + ",gwent,supply\n";
        if (i < opcc::ImportSummary::namesKept)
            expectedAdded.append(name + QStringLiteral(" (Gwent)"));
        if (i == 1) // an unchanged and an updated scheme of the dataset among the new ones
            file += "Countywide High Harms Board,Cambridgeshire,treatment\n"
                    "Combating Drugs Partnership,cambridgeshire,demand\n";
    }
    opcc::Database db;
    QVERIFY(db.open(m_files.freshDatabase()).ok());
    CsvImporter importer(db);
    const opcc::ImportSummary summary
        = importer.run({ m_files.write(QStringLiteral("schemes.csv"), file) },
            write ? CsvImporter::Mode::Write : CsvImporter::Mode::Preview);
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errorText()));
    QCOMPARE(summary.written, write);
    QCOMPARE(summary.schemesAdded, added);
    QCOMPARE(summary.schemesUpdated, 1);
    QCOMPARE(summary.schemesUnchanged, 1);
    QCOMPARE(summary.schemesAddedNames, expectedAdded);
    QCOMPARE(summary.schemesUpdatedNames,
        QStringList { QStringLiteral("Combating Drugs Partnership (Cambridgeshire)") });
}

QTEST_GUILESS_MAIN(tst_CsvImporter)
#include "tst_csvimporter.moc"
