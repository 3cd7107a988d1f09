// The interchange import: what real spreadsheet output must import as, every error a row can have
// (named rows, exact FILE:LINE: column: message), all or nothing, and what a summary says.

#include "cli/jobrunner.h"
#include "interchange/csvexporter.h"
#include "interchange/csvimporter.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTextStream>

using namespace testsupport;
using opcc::CsvImporter;
using opcc::Database;
using opcc::ImportSummary;

namespace {

// A scheme that the outcome rows below refer to.
const QByteArray keyworker = "name,area,strand,providers\nKeyworker pilot,Gwent,treatment,Kaleidoscope\n";
const QByteArray outcomesHeader = "scheme,area,measure,value,value_high,unit,qualifier,per,"
                                  "baseline,note,period_start,period_end\n";

} // namespace

class tst_CsvImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void stopsAfterMaximumErrors();
    void previewWritesNothingAndCounts();
    void newMeasureAfterKnownOnes();
    void reimportChangesNothingAndSaysSo();
    void updatesReportedAsUpdated();
    void cancelWritesNothing();
    void progressHandlerMayUseTheDatabase_data();
    void progressHandlerMayUseTheDatabase();
    void roundTripOfShippedDataset();
    void formulaCellsNeutralisedAndRestored();

private:
    // A copy of a database made once with the shipped dataset, for each test.
    QString freshDatabase();
    QString write(const QString &name, const QByteArray &bytes);
    QByteArray exportOf(const QString &databasePath, const QString &file);
    int runImport(const QString &databasePath, const QStringList &files, QString *out,
                  QString *err);

    QTemporaryDir m_template;
    QString m_templatePath;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CsvImporter::initTestCase()
{
    m_templatePath = m_template.filePath(QStringLiteral("template.sqlite"));
    Database db;
    QVERIFY(opcc::shippeddataset::openOrCreate(db, m_templatePath).ok());
}

void tst_CsvImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QString tst_CsvImporter::freshDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("schemes.sqlite"));
    QFile::remove(path);
    if (!QFile::copy(m_templatePath, path))
        qWarning("cannot copy the template database");
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QString tst_CsvImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    writeFile(path, bytes);
    return path;
}

QByteArray tst_CsvImporter::exportOf(const QString &databasePath, const QString &file)
{
    Database db;
    if (!db.open(databasePath).ok())
        return {};
    const QString dir = m_dir->filePath(QStringLiteral("export-%1").arg(QRandomGenerator::global()->generate()));
    opcc::CsvExporter exporter(db);
    if (!exporter.exportTo(dir))
        return {};
    return fileBytes(QDir(dir).filePath(file));
}

int tst_CsvImporter::runImport(const QString &databasePath, const QStringList &files, QString *out,
                               QString *err)
{
    opcc::CommandLineOptions options;
    options.database = databasePath;
    options.imports = files;
    QTextStream outStream(out);
    QTextStream errStream(err);
    opcc::JobRunner runner(outStream, errStream);
    const int code = runner.run(options);
    outStream.flush();
    errStream.flush();
    // Messages name files as given: show them by name only.
    out->replace(m_dir->path() + QLatin1Char('/'), QString());
    err->replace(m_dir->path() + QLatin1Char('/'), QString());
    return code;
}

// ---- what must import

void tst_CsvImporter::accepted_data()
{
    QTest::addColumn<QByteArray>("schemes");
    QTest::addColumn<QByteArray>("outcomes");
    QTest::addColumn<QString>("exportFile");
    QTest::addColumn<QByteArray>("exported"); // a line the export then holds

    QTest::newRow("bomCrlf")
        << QByteArray("\xEF\xBB\xBFname,area,strand\r\nBom scheme,Gwent,demand\r\n") << QByteArray()
        << "schemes.csv" << QByteArray("Bom scheme,Gwent,demand,active,,,,,,\n");
    QTest::newRow("quotedNewline")
        << QByteArray("name,area,strand,summary\nLines,Gwent,demand,\"First line\r\nsecond line\"\n")
        << QByteArray() << "schemes.csv"
        << QByteArray("Lines,Gwent,demand,active,,,,,\"First line\nsecond line\",\n");
    QTest::newRow("quotedComma")
        << QByteArray("name,area,strand,providers\n\"Cranstoun, Birmingham\",West Midlands,treatment,"
                      "\"Change, Grow, Live\"\n")
        << QByteArray() << "schemes.csv"
        << QByteArray("\"Cranstoun, Birmingham\",West Midlands,treatment,active,,,\"Change, Grow, Live\",,,\n");
    QTest::newRow("quotedQuote")
        << QByteArray("name,area,strand,summary\nQuotes,Gwent,demand,\"the \"\"FREE\"\" programme\"\n")
        << QByteArray() << "schemes.csv"
        << QByteArray("Quotes,Gwent,demand,active,,,,,\"the \"\"FREE\"\" programme\",\n");
    QTest::newRow("poundThousands")
        << keyworker << outcomesHeader + "Keyworker pilot,Gwent,funding,\"\xC2\xA3" "1,234\",,,,,,,2023,2023\n"
        << "outcomes.csv" << QByteArray("Keyworker pilot,Gwent,funding,1234,,gbp,exact,,,,2023,2023,,,\n");
    QTest::newRow("poundPence")
        << keyworker << outcomesHeader + "Keyworker pilot,Gwent,funding,\xC2\xA3" "12.50,,,,,,,2023,2023\n"
        << "outcomes.csv" << QByteArray("Keyworker pilot,Gwent,funding,12.5,,gbp,exact,,,,2023,2023,,,\n");
    QTest::newRow("percentSign")
        << keyworker << outcomesHeader + "Keyworker pilot,Gwent,testing_rate,70.3%,,,,,,,2023,2023\n"
        << "outcomes.csv" << QByteArray("Keyworker pilot,Gwent,testing_rate,70.3,,percent,exact,,,,2023,2023,,,\n");
    QTest::newRow("moneySuffixK")
        << keyworker << outcomesHeader + "Keyworker pilot,Gwent,cash_seized,\xC2\xA3" "363k,,,approx,,,,2022,2022\n"
        << "outcomes.csv" << QByteArray("Keyworker pilot,Gwent,cash_seized,363000,,gbp,approx,,,,2022,2022,,,\n");
    QTest::newRow("moneySuffixM")
        << keyworker << outcomesHeader + "Keyworker pilot,Gwent,cash_seized,\xC2\xA3" "1.15m,,,,,,,2022,2022\n"
        << "outcomes.csv" << QByteArray("Keyworker pilot,Gwent,cash_seized,1150000,,gbp,exact,,,,2022,2022,,,\n");
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
        << "outcomes.csv" << QByteArray("Keyworker pilot,Gwent,arrests,17,20,count,range,week,,,2023,2023,,,\n");
    QTest::newRow("baselineYes")
        << keyworker << outcomesHeader + "Keyworker pilot,Gwent,detected_crimes,541,,,,,yes,before,2021,2021\n"
        << "outcomes.csv" << QByteArray("Keyworker pilot,Gwent,detected_crimes,541,,count,exact,,yes,before,2021,2021,,,\n");
    QTest::newRow("headerOnly")
        << QByteArray("name,area,strand\n") << QByteArray() << "schemes.csv"
        << QByteArray("name,area,strand,status,start,end,providers,funders,summary,source\n");
    QTest::newRow("guardedFormulaText")
        << QByteArray("name,area,strand,summary\n'=Guarded,Gwent,supply,'-5 fewer thefts\n")
        << QByteArray() << "schemes.csv" << QByteArray("'=Guarded,Gwent,supply,active,,,,,'-5 fewer thefts,\n");
}

void tst_CsvImporter::accepted()
{
    QFETCH(QByteArray, schemes);
    QFETCH(QByteArray, outcomes);
    QFETCH(QString, exportFile);
    QFETCH(QByteArray, exported);
    const QString database = freshDatabase();
    QStringList files{write(QStringLiteral("schemes.csv"), schemes)};
    if (!outcomes.isEmpty())
        files.append(write(QStringLiteral("outcomes.csv"), outcomes));
    QString out;
    QString err;
    QCOMPARE(runImport(database, files, &out, &err), int(opcc::ExitOk));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QByteArray result = exportOf(database, exportFile);
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
        << QStringList{"schemes.csv:3: column 4: the row has text beyond the header's 3 columns; is "
                       "a field with a comma missing its quotes?"};
    QTest::newRow("shortRow")
        << QByteArray("name,area,strand,status\nA,Gwent\n") << QByteArray()
        << QStringList{"schemes.csv:2: strand: the row has 2 fields but the header has 4 columns; is a "
                       "comma missing, or a quote?"};
    QTest::newRow("unknownColumn")
        << QByteArray("name,area,strand,budget\nA,Gwent,supply,5\n") << QByteArray()
        << QStringList{"schemes.csv:1: budget: unknown column for schemes.csv; its columns are: name, "
                       "area, strand, status, start, end, providers, funders, summary, source"};
    QTest::newRow("missingRequiredColumn")
        << QByteArray("name,area,status\nA,Gwent,active\n") << QByteArray()
        << QStringList{"schemes.csv:1: strand: required column is missing from the header"};
    QTest::newRow("columnTwice")
        << QByteArray("name,area,strand,area\nA,Gwent,supply,Gwent\n") << QByteArray()
        << QStringList{"schemes.csv:1: area: the column appears twice"};
    QTest::newRow("unnamedColumnWithValues")
        << QByteArray("name,area,,strand\nA,Gwent,x,supply\n") << QByteArray()
        << QStringList{"schemes.csv:1: column 3: the column has no name"};
    QTest::newRow("notAnInterchangeFile")
        << QByteArray("date,amount\n2023-01-01,5\n") << QByteArray()
        << QStringList{"schemes.csv:1: -: cannot tell what the file holds: a schemes file needs the "
                       "columns name, area, strand; an outcomes file needs scheme, area, measure, value"};
    QTest::newRow("emptyFile")
        << QByteArray() << QByteArray()
        << QStringList{"schemes.csv:1: -: the file is empty; it needs a header row"};
    QTest::newRow("wrongEncodingLatin1")
        << QByteArray("name,area,strand,summary\nA,Gwent,supply,costs \xA3" "5k\n") << QByteArray()
        << QStringList{"schemes.csv:2: -: the file is not UTF-8 text (byte 0xa3); save it from the "
                       "spreadsheet as \"CSV UTF-8\""};
    QTest::newRow("wrongEncodingWindows1252")
        << QByteArray("name,area,strand\nA,Gwent,supply\nB \x96 C,Gwent,supply\n") << QByteArray()
        << QStringList{"schemes.csv:3: -: the file is not UTF-8 text (byte 0x96); save it from the "
                       "spreadsheet as \"CSV UTF-8\""};
    QTest::newRow("unterminatedQuote")
        << QByteArray("name,area,strand,summary\nA,Gwent,supply,\"never closed\nB,Gwent,supply,\n")
        << QByteArray()
        << QStringList{"schemes.csv:2: -: a quoted field starts here and is never closed"};
    QTest::newRow("quoteInsideUnquoted")
        << QByteArray("name,area,strand\nThe \"FREE\" one,Gwent,supply\n") << QByteArray()
        << QStringList{"schemes.csv:2: -: a quote inside unquoted field 1; put the whole field in "
                       "quotes and double the quote"};
    QTest::newRow("formulaCell")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,=SUM(B2:B4),,,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: value: \"=SUM(B2:B4)\" is a spreadsheet formula, not a "
                       "number; save the sheet with its values"};
    QTest::newRow("notANumber")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,about forty,,,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: value: \"about forty\" is not a number (at most two decimal "
                       "places)"};
    QTest::newRow("missingValue")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,,,,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: value: a figure needs a value"};
    QTest::newRow("duplicateRowInFile")
        << QByteArray("name,area,strand\nTwice,Gwent,supply\nOnce,Gwent,supply\nTwice,gwent,demand\n")
        << QByteArray()
        << QStringList{"schemes.csv:4: name: the same scheme (name and area) is already on line 2"};
    QTest::newRow("duplicateFigureInFile")
        << keyworker
        << figure("Keyworker pilot,Gwent,referrals,5,,,,,,,2023-04,2023-04\n"
                  "Keyworker pilot,Gwent,referrals,6,,,,,,,2023-04,2023-04\n")
        << QStringList{"outcomes.csv:3: measure: the same figure (scheme, measure, period, per and "
                       "baseline) is already on line 2"};
    QTest::newRow("unknownScheme")
        << keyworker << figure("Keyworker pilots,Gwent,referrals,5,,,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: scheme: there is no scheme \"Keyworker pilots\" in \"Gwent\", "
                       "neither in the database nor in this import"};
    QTest::newRow("unitMismatch")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,5,,percent,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: unit: measure \"referrals\" is counted in count, not percent"};
    QTest::newRow("unknownUnit")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,5,,people,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: unit: \"people\" is not a unit; use one of: count, gbp, "
                       "percent, kg, years, months, weeks"};
    QTest::newRow("newMeasureNeedsUnit")
        << keyworker << figure("Keyworker pilot,Gwent,naloxone_kits,5,,,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: unit: \"naloxone_kits\" is a new measure, so its unit is "
                       "required (count, gbp, percent, kg, years, months, weeks)"};
    QTest::newRow("badMeasureKey")
        << keyworker << figure("Keyworker pilot,Gwent,Naloxone Kits,5,,count,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: measure: \"Naloxone Kits\" is not a measure key: lower case "
                       "letters, digits and underscores, starting with a letter"};
    QTest::newRow("rangeWithoutHigh")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,17,,,range,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: value_high: A range needs its upper value."};
    QTest::newRow("highNotAboveLow")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,20,17,,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: value_high: The upper end of a range must be above its lower "
                       "end."};
    QTest::newRow("highWithOtherQualifier")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,17,20,,approx,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: qualifier: A figure with an upper value is a range: its "
                       "qualifier must be \"range\"."};
    QTest::newRow("endBeforeStart")
        << QByteArray("name,area,strand,start,end\nBackwards,Gwent,supply,2023-05,2023-04\n")
        << QByteArray() << QStringList{"schemes.csv:2: end: The end is before the start."};
    QTest::newRow("periodEndBeforeStart")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,5,,,,,,,2023-05,2023-04-30\n")
        << QStringList{"outcomes.csv:2: period_end: The period ends before it starts."};
    QTest::newRow("badDate")
        << QByteArray("name,area,strand,start\nA,Gwent,supply,31/03/2023\n") << QByteArray()
        << QStringList{"schemes.csv:2: start: \"31/03/2023\" is not a date; write YYYY-MM-DD, "
                       "YYYY-MM or YYYY"};
    QTest::newRow("impossibleDate")
        << keyworker << figure("Keyworker pilot,Gwent,referrals,5,,,,,,,2023-02-30,\n")
        << QStringList{"outcomes.csv:2: period_start: \"2023-02-30\" is not a date; write "
                       "YYYY-MM-DD, YYYY-MM or YYYY"};
    QTest::newRow("percentOver100")
        << keyworker << figure("Keyworker pilot,Gwent,testing_rate,103.5%,,,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: value: A percentage must be between 0 and 100."};
    QTest::newRow("negativeCount")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,-3,,,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: value: A count cannot be negative."};
    QTest::newRow("decimalCount")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,3.5,,,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: value: A count must be a whole number (only a rate per "
                       "week, month or year may have decimals)."};
    QTest::newRow("moneyOnCount")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,\xC2\xA3" "5,,,,,,,2023,2023\n")
        << QStringList{QString::fromUtf8("outcomes.csv:2: value: \"£5\" is written as money but the "
                                         "measure is counted in count")};
    QTest::newRow("percentOnCount")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,5%,,,,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: value: \"5%\" is written as a percentage but the measure is "
                       "counted in count"};
    QTest::newRow("badStrand")
        << QByteArray("name,area,strand\nA,Gwent,enforcement\n") << QByteArray()
        << QStringList{"schemes.csv:2: strand: \"enforcement\" is not a strand; use one of: supply, "
                       "treatment, demand, other_addictions, partnership"};
    QTest::newRow("badStatus")
        << QByteArray("name,area,strand,status\nA,Gwent,supply,finished\n") << QByteArray()
        << QStringList{"schemes.csv:2: status: \"finished\" is not a status; use one of: planned, "
                       "pilot, active, ended"};
    QTest::newRow("badQualifier")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,5,,,roughly,,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: qualifier: \"roughly\" is not a qualifier; use one of: "
                       "exact, approx, almost, at_least, more_than, less_than, at_most, range"};
    QTest::newRow("badPer")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,5,,,,fortnight,,,2023,2023\n")
        << QStringList{"outcomes.csv:2: per: \"fortnight\" is not a rate; use week, month or year, "
                       "or leave it empty"};
    QTest::newRow("badBaseline")
        << keyworker << figure("Keyworker pilot,Gwent,arrests,5,,,,,before,,2023,2023\n")
        << QStringList{"outcomes.csv:2: baseline: \"before\" is not yes or no"};
    QTest::newRow("missingName")
        << QByteArray("name,area,strand\n,Gwent,supply\n") << QByteArray()
        << QStringList{"schemes.csv:2: name: A scheme needs a name."};
    QTest::newRow("missingArea")
        << QByteArray("name,area,strand\nA,,supply\n") << QByteArray()
        << QStringList{"schemes.csv:2: area: A scheme needs at least one police force area (or "
                       "\"National\")."};
    QTest::newRow("figureOfRejectedScheme")
        << QByteArray("name,area,strand\nBroken,Gwent,enforcement\n")
        << figure("Broken,Gwent,arrests,5,,,,,,,2023,2023\n")
        << QStringList{"schemes.csv:2: strand: \"enforcement\" is not a strand; use one of: supply, "
                       "treatment, demand, other_addictions, partnership"};
    QTest::newRow("severalErrorsInOrder")
        << QByteArray("name,area,strand,start\nA,Gwent,enforcement,2023\nB,Gwent,supply,soon\n")
        << figure("A,Gwent,arrests,5,,,,,,,2023,2023\nKeyworker pilot,Gwent,arrests,x,,,,,,,,\n")
        << QStringList{
               "schemes.csv:2: strand: \"enforcement\" is not a strand; use one of: supply, "
               "treatment, demand, other_addictions, partnership",
               "schemes.csv:3: start: \"soon\" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY",
               "outcomes.csv:3: scheme: there is no scheme \"Keyworker pilot\" in \"Gwent\", "
               "neither in the database nor in this import",
               "outcomes.csv:3: value: \"x\" is not a number (at most two decimal places)"};
}

void tst_CsvImporter::rejected()
{
    QFETCH(QByteArray, schemes);
    QFETCH(QByteArray, outcomes);
    QFETCH(QStringList, errors);
    const QString database = freshDatabase();
    const QByteArray schemesBefore = exportOf(database, QStringLiteral("schemes.csv"));
    const QByteArray outcomesBefore = exportOf(database, QStringLiteral("outcomes.csv"));
    QVERIFY(!schemesBefore.isEmpty());

    QStringList files{write(QStringLiteral("schemes.csv"), schemes)};
    if (!outcomes.isEmpty())
        files.append(write(QStringLiteral("outcomes.csv"), outcomes));
    QString out;
    QString err;
    QCOMPARE(runImport(database, files, &out, &err), int(opcc::ExitInvalidInput));
    QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeLast(), QStringLiteral("Nothing was imported."));
    QCOMPARE(lines, errors);
    QVERIFY(out.isEmpty());
    // All or nothing: the database is as it was.
    QCOMPARE(exportOf(database, QStringLiteral("schemes.csv")), schemesBefore);
    QCOMPARE(exportOf(database, QStringLiteral("outcomes.csv")), outcomesBefore);
}

void tst_CsvImporter::stopsAfterMaximumErrors()
{
    QByteArray bytes("name,area,strand\n");
    for (int i = 0; i < 150; ++i)
        bytes += "Scheme " + QByteArray::number(i) + ",Gwent,enforcement\n";
    const QString database = freshDatabase();
    QString out;
    QString err;
    QCOMPARE(runImport(database, {write(QStringLiteral("schemes.csv"), bytes)}, &out, &err),
             int(opcc::ExitInvalidInput));
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), CsvImporter::maxErrors + 2);
    QVERIFY(lines.at(CsvImporter::maxErrors - 1).startsWith(QLatin1String("schemes.csv:101: strand: ")));
    QCOMPARE(lines.at(CsvImporter::maxErrors), QStringLiteral("Stopped after 100 errors."));
}

void tst_CsvImporter::previewWritesNothingAndCounts()
{
    const QString database = freshDatabase();
    const QString schemes = write(QStringLiteral("schemes.csv"),
                                  "name,area,strand\n"
                                  "Keyworker pilot,Gwent,treatment\n"
                                  "DIVERT,West Mercia,demand\n" // shipped, unchanged
                                  "Harbour Project,Isle of Scilly,treatment\n");
    const QString outcomes = write(QStringLiteral("outcomes.csv"),
                                   outcomesHeader
                                       + "Keyworker pilot,Gwent,referrals,5,,,,,,,2023,2023\n"
                                         "Keyworker pilot,Gwent,kits_issued,7,,count,,,,,2023,2023\n");
    Database db;
    QVERIFY(db.open(database).ok());
    const QByteArray before = exportOf(database, QStringLiteral("outcomes.csv"));
    const int audits = int(db.auditLog().size());
    CsvImporter importer(db);
    const ImportSummary summary = importer.run({schemes, outcomes}, CsvImporter::Mode::Preview);
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QVERIFY(!summary.written);
    QCOMPARE(summary.schemesAdded, 2);
    QCOMPARE(summary.schemesUnchanged, 1);
    QCOMPARE(summary.figuresAdded, 2);
    QCOMPARE(summary.areasCreated, QStringList{QStringLiteral("Isle of Scilly")});
    QCOMPARE(summary.measuresCreated, QStringList{QStringLiteral("kits_issued")});
    QVERIFY(summary.describe().contains(QLatin1String("New areas: Isle of Scilly.")));
    QCOMPARE(exportOf(database, QStringLiteral("outcomes.csv")), before);
    QCOMPARE(int(db.auditLog().size()), audits);
    QVERIFY(!db.measure(QStringLiteral("kits_issued")));
}

void tst_CsvImporter::newMeasureAfterKnownOnes()
{
    // The measure id cache is loaded by the first figure; a measure created later must reach it.
    const QString database = freshDatabase();
    QString out;
    QString err;
    const int code = runImport(
        database,
        {write(QStringLiteral("schemes.csv"), keyworker),
         write(QStringLiteral("outcomes.csv"),
               outcomesHeader
                   + "Keyworker pilot,Gwent,referrals,5,,,,,,,2023,2023\n"
                     "Keyworker pilot,Gwent,kits_issued,7,,count,,,,,2023,2023\n"
                     "Keyworker pilot,Gwent,kits_issued,8,,,,,,,2024,2024\n")},
        &out, &err);
    QVERIFY2(code == opcc::ExitOk, qPrintable(err));
    QVERIFY(out.contains(QLatin1String("New measures: kits_issued.")));
    QVERIFY(exportOf(database, QStringLiteral("outcomes.csv"))
                .contains("Keyworker pilot,Gwent,kits_issued,8,,count,exact,,,,2024,2024,,,\n"));
}

void tst_CsvImporter::reimportChangesNothingAndSaysSo()
{
    const QString database = freshDatabase();
    const QString dir = m_dir->filePath(QStringLiteral("shipped"));
    {
        Database db;
        QVERIFY(db.open(database).ok());
        QVERIFY(opcc::CsvExporter(db).exportTo(dir));
    }
    const QByteArray before = fileBytes(database);
    QVERIFY(!QFile::exists(database + QStringLiteral("-wal")));
    QString out;
    QString err;
    QCOMPARE(runImport(database,
                       {QDir(dir).filePath(QStringLiteral("outcomes.csv")),
                        QDir(dir).filePath(QStringLiteral("schemes.csv"))},
                       &out, &err),
             int(opcc::ExitOk));
    QVERIFY2(out.startsWith(QLatin1String("Nothing to change: the database already holds these 47 "
                                          "scheme(s) and 129 figure(s) exactly.")),
             qPrintable(out));
    // Not a byte of the file changed: no row, no audit entry, not even a row version.
    QCOMPARE(fileBytes(database), before);
}

void tst_CsvImporter::updatesReportedAsUpdated()
{
    const QString database = freshDatabase();
    const QString schemes = write(QStringLiteral("schemes.csv"),
                                  "name,area,strand,providers\nKeyworker pilot,Gwent,treatment,Kaleidoscope\n");
    const QString outcomes = write(QStringLiteral("outcomes.csv"),
                                   outcomesHeader + "Keyworker pilot,Gwent,referrals,5,,,,,,,2023,2023\n");
    QString out;
    QString err;
    QCOMPARE(runImport(database, {schemes, outcomes}, &out, &err), int(opcc::ExitOk));
    const QString changed = write(QStringLiteral("outcomes2.csv"),
                                  outcomesHeader + "Keyworker pilot,Gwent,referrals,6,,,,,,,2023,2023\n"
                                                   "Keyworker pilot,Gwent,referrals,4,,,,,,,2022,2022\n");
    const QString moved = write(QStringLiteral("schemes2.csv"),
                                "name,area,strand,providers\nKeyworker pilot,Gwent,treatment,Kaleidoscope; Gwent Drug and Alcohol Service\n");
    out.clear();
    QCOMPARE(runImport(database, {moved, changed}, &out, &err), int(opcc::ExitOk));
    QVERIFY2(out.contains(QLatin1String("Schemes: 0 added, 1 updated, 0 unchanged.")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Figures: 1 added, 1 updated, 0 unchanged.")), qPrintable(out));
}

void tst_CsvImporter::cancelWritesNothing()
{
    QByteArray bytes("name,area,strand\n");
    for (int i = 0; i < 2000; ++i)
        bytes += "Scheme " + QByteArray::number(i) + ",Gwent,supply\n";
    const QString database = freshDatabase();
    const QString schemes = write(QStringLiteral("schemes.csv"), bytes);
    Database db;
    QVERIFY(db.open(database).ok());
    const int before = db.schemeCount();
    CsvImporter importer(db);
    int calls = 0;
    qint64 lastDone = 0;
    importer.setProgressHandler([&](qint64 done, qint64 total) {
        ++calls;
        lastDone = done;
        return done < total / 2 && total == bytes.size();
    });
    const ImportSummary summary = importer.run({schemes}, CsvImporter::Mode::Write);
    QVERIFY(calls >= 1);
    QVERIFY(lastDone > 0);
    QVERIFY(summary.cancelled);
    QVERIFY(!summary.written);
    QCOMPARE(summary.describe(), QStringLiteral("The import was cancelled; nothing was written."));
    QCOMPARE(db.schemeCount(), before);
}

void tst_CsvImporter::progressHandlerMayUseTheDatabase_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("complete") << false;
    QTest::newRow("cancelledWhileFiguresAreWritten") << true;
}

void tst_CsvImporter::progressHandlerMayUseTheDatabase()
{
    // Figures are written on a thread of their own; the progress handler (a dialog letting the
    // window repaint) may read the database meanwhile, and a cancel there writes nothing.
    QFETCH(bool, cancel);
    QByteArray outcomes = outcomesHeader;
    for (int month = 0; month < 3000; ++month) {
        outcomes += "Keyworker pilot,Gwent,referrals," + QByteArray::number(month % 97) + ",,,,,,,"
            + QByteArray::number(1950 + month / 12) + "-"
            + QByteArray::number(month % 12 + 1).rightJustified(2, '0') + ",\n";
    }
    const QString database = freshDatabase();
    const QStringList files{write(QStringLiteral("schemes.csv"), keyworker),
                            write(QStringLiteral("outcomes.csv"), outcomes)};
    Database db;
    QVERIFY(db.open(database).ok());
    const int figuresBefore = db.figureCount();
    CsvImporter importer(db);
    int calls = 0;
    int figuresSeen = 0;
    importer.setProgressHandler([&](qint64 done, qint64 total) {
        ++calls;
        figuresSeen = std::max(figuresSeen, db.figureCount()); // a read mid-import
        return done <= total && !(cancel && calls == 3);
    });
    const ImportSummary summary = importer.run(files, CsvImporter::Mode::Write);
    QVERIFY(calls >= (cancel ? 3 : 5));
    QVERIFY(figuresSeen >= figuresBefore);
    if (cancel) {
        QVERIFY(summary.cancelled);
        QVERIFY(!summary.written);
        QCOMPARE(db.figureCount(), figuresBefore);
    } else {
        QVERIFY2(summary.written, qPrintable(summary.errors.value(0).toString()));
        QCOMPARE(summary.figuresAdded, 3000);
        QCOMPARE(db.figureCount(), figuresBefore + 3000);
    }
}

void tst_CsvImporter::roundTripOfShippedDataset()
{
    // Export, import into a new database (which starts with the shipped dataset), export again.
    const QString first = freshDatabase();
    const QString a = m_dir->filePath(QStringLiteral("a"));
    {
        Database db;
        QVERIFY(db.open(first).ok());
        QVERIFY(opcc::CsvExporter(db).exportTo(a));
    }
    const QString second = m_dir->filePath(QStringLiteral("second.sqlite"));
    Database db;
    QVERIFY(opcc::shippeddataset::openOrCreate(db, second).ok());
    CsvImporter importer(db);
    const ImportSummary summary = importer.run(
        {QDir(a).filePath(QStringLiteral("schemes.csv")), QDir(a).filePath(QStringLiteral("outcomes.csv"))},
        CsvImporter::Mode::Write);
    QVERIFY(!summary.hasErrors());
    QVERIFY(!summary.changesSomething());
    const QString b = m_dir->filePath(QStringLiteral("b"));
    QVERIFY(opcc::CsvExporter(db).exportTo(b));
    for (const QString &name : {QStringLiteral("schemes.csv"), QStringLiteral("outcomes.csv")})
        QCOMPARE(fileBytes(QDir(b).filePath(name)), fileBytes(QDir(a).filePath(name)));
    QCOMPARE(fileBytes(QDir(a).filePath(QStringLiteral("outcomes.csv"))),
             fileBytes(sourcePath(QStringLiteral("resources/dataset/outcomes.csv"))));
}

void tst_CsvImporter::formulaCellsNeutralisedAndRestored()
{
    const QString database = freshDatabase();
    // Text as officers might type it; the CSV quotes it, nothing guards it yet.
    const QString schemes = write(
        QStringLiteral("schemes.csv"),
        "name,area,strand,summary,providers\n"
        "\"=HYPERLINK(\"\"http://example.invalid\"\")\",Gwent,supply,+44 1633 838111 helpline,"
        "@Cranstoun\n"
        "Tabbed,Gwent,supply,\"\tindented\",-Dash Ltd\n"
        "Returned,Gwent,supply,\"\rcarriage\",\n");
    const QString outcomes = write(
        QStringLiteral("outcomes.csv"),
        outcomesHeader + "Tabbed,Gwent,arrests,5,,,,,,-5 on last year,2023,2023\n");
    QString out;
    QString err;
    QVERIFY2(runImport(database, {schemes, outcomes}, &out, &err) == opcc::ExitOk, qPrintable(err));

    const QString a = m_dir->filePath(QStringLiteral("a"));
    {
        Database db;
        QVERIFY(db.open(database).ok());
        QVERIFY(opcc::CsvExporter(db).exportTo(a));
    }
    const QByteArray exported = fileBytes(QDir(a).filePath(QStringLiteral("schemes.csv")));
    QVERIFY(exported.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\")\",Gwent,supply,active,,,'@Cranstoun,,'+44 1633 838111 helpline,\n"));
    QVERIFY(exported.contains("Tabbed,Gwent,supply,active,,,'-Dash Ltd,,'\tindented,\n"));
    QVERIFY(exported.contains("Returned,Gwent,supply,active,,,,,\"'\rcarriage\",\n"));
    QVERIFY(fileBytes(QDir(a).filePath(QStringLiteral("outcomes.csv"))).contains(",'-5 on last year,"));

    // Read back into a new database: the values are the officers' text again.
    const QString second = m_dir->filePath(QStringLiteral("second.sqlite"));
    Database db;
    QVERIFY(opcc::shippeddataset::openOrCreate(db, second).ok());
    const ImportSummary summary = CsvImporter(db).run(
        {QDir(a).filePath(QStringLiteral("schemes.csv")), QDir(a).filePath(QStringLiteral("outcomes.csv"))},
        CsvImporter::Mode::Write);
    QVERIFY(summary.written);
    const auto id = db.schemeId(QStringLiteral("=HYPERLINK(\"http://example.invalid\")"),
                                QStringLiteral("Gwent"));
    QVERIFY(id);
    QCOMPARE(db.scheme(*id)->summary, QStringLiteral("+44 1633 838111 helpline"));
    QCOMPARE(db.scheme(*id)->organisationsWithRole(opcc::Role::Provider),
             QStringList{QStringLiteral("@Cranstoun")});
    const auto tabbed = db.schemeId(QStringLiteral("Tabbed"), QStringLiteral("Gwent"));
    QVERIFY(tabbed);
    QCOMPARE(db.scheme(*tabbed)->summary, QStringLiteral("\tindented"));
    QCOMPARE(db.figures(*tabbed).value(0).note, QStringLiteral("-5 on last year"));
    const QString b = m_dir->filePath(QStringLiteral("b"));
    QVERIFY(opcc::CsvExporter(db).exportTo(b));
    for (const QString &name : {QStringLiteral("schemes.csv"), QStringLiteral("outcomes.csv")})
        QCOMPARE(fileBytes(QDir(b).filePath(name)), fileBytes(QDir(a).filePath(name)));
}

QTEST_GUILESS_MAIN(tst_CsvImporter)
#include "tst_csvimporter.moc"
