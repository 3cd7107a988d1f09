// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Values as Excel and LibreOffice write them back after a user opened and saved an export: dates
// (month and day, UK day first only), numbers in scientific notation and workbook date serials.

#include "domain/validator.h"
#include "interchange/spreadsheetvalues.h"

#include <QTest>

using opcc::PartialDate;
namespace spreadsheet = opcc::spreadsheet;

class tst_SpreadsheetValues : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void firstOfMonthStandsForTheStoredMonth_data();
    void firstOfMonthStandsForTheStoredMonth();
    void dateErrorSaysASpreadsheetMayHaveReformattedIt();
    void numbers_data();
    void numbers();
    void serials_data();
    void serials();
};

void tst_SpreadsheetValues::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso"); // "!" for not a date
    QTest::addColumn<bool>("firstOfMonth");

    QTest::newRow("empty") << ""
                           << "" << false;
    QTest::newRow("isoYear") << "2022"
                             << "2022" << false;
    QTest::newRow("isoMonth") << "2022-03"
                              << "2022-03" << false;
    QTest::newRow("isoDay") << "2022-04-01"
                            << "2022-04-01" << false;
    QTest::newRow("excelMonthShort") << "Mar-22"
                                     << "2022-03" << false;
    QTest::newRow("excelMonthLongYear") << "Mar-2022"
                                        << "2022-03" << false;
    QTest::newRow("libreOfficeMonth") << "Mar 2022"
                                      << "2022-03" << false;
    QTest::newRow("fullMonthName") << "March 2022"
                                   << "2022-03" << false;
    QTest::newRow("septemberFourLetters") << "Sept 2021"
                                          << "2021-09" << false;
    QTest::newRow("twoDigitYearBefore30") << "Dec-29"
                                          << "2029-12" << false;
    QTest::newRow("twoDigitYearFrom30") << "Dec-30"
                                        << "1930-12" << false;
    QTest::newRow("ukDayFirst") << "01/04/2022"
                                << "2022-04-01" << true;
    QTest::newRow("ukDayFirstMid") << "14/03/2022"
                                   << "2022-03-14" << false;
    QTest::newRow("ukShort") << "1/4/22"
                             << "2022-04-01" << true;
    QTest::newRow("ukDashes") << "14-03-2022"
                              << "2022-03-14" << false;
    QTest::newRow("ukDots") << "14.03.2022"
                            << "2022-03-14" << false;
    QTest::newRow("dayMonthName") << "14-Mar-2022"
                                  << "2022-03-14" << false;
    QTest::newRow("dayMonthNameSpaces") << "1 April 2022"
                                        << "2022-04-01" << true;
    QTest::newRow("usMonthFirstRefused") << "03/14/2022"
                                         << "!" << false;
    QTest::newRow("mixedSeparatorsRefused") << "14/03-2022"
                                            << "!" << false;
    QTest::newRow("notAMonthName") << "Foo-22"
                                   << "!" << false;
    QTest::newRow("thirtiethFebruary") << "30/02/2022"
                                       << "!" << false;
    QTest::newRow("words") << "since launch"
                           << "!" << false;
    QTest::newRow("isoWithBadMonth") << "2022-13"
                                     << "!" << false;
}

void tst_SpreadsheetValues::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QFETCH(bool, firstOfMonth);
    const auto parsed = spreadsheet::parseDate(text);
    if (iso == QLatin1String("!")) {
        QVERIFY2(!parsed, qPrintable(text));
        return;
    }
    QVERIFY2(parsed, qPrintable(text));
    QCOMPARE(parsed->date.toIsoString(), iso);
    QCOMPARE(parsed->firstOfMonth, firstOfMonth);
}

void tst_SpreadsheetValues::firstOfMonthStandsForTheStoredMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("resolved");

    QTest::newRow("monthRewrittenAsFirstDay") << "01/03/2022"
                                              << "2022-03"
                                              << "2022-03";
    QTest::newRow("storedDayKept") << "01/03/2022"
                                   << "2022-03-01"
                                   << "2022-03-01";
    QTest::newRow("otherMonthIsADay") << "01/04/2022"
                                      << "2022-03"
                                      << "2022-04-01";
    QTest::newRow("nothingStored") << "01/03/2022"
                                   << ""
                                   << "2022-03-01";
    QTest::newRow("notTheFirst") << "02/03/2022"
                                 << "2022-03"
                                 << "2022-03-02";
    QTest::newRow("isoDayIsWhatItSays") << "2022-03-01"
                                        << "2022-03"
                                        << "2022-03-01";
}

void tst_SpreadsheetValues::firstOfMonthStandsForTheStoredMonth()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QFETCH(QString, resolved);
    const auto parsed = spreadsheet::parseDate(text);
    QVERIFY(parsed);
    const auto storedDate = PartialDate::parse(stored);
    QVERIFY(storedDate);
    QCOMPARE(parsed->resolved(*storedDate).toIsoString(), resolved);
}

void tst_SpreadsheetValues::dateErrorSaysASpreadsheetMayHaveReformattedIt()
{
    const QString message = spreadsheet::dateError(QStringLiteral("03/14/2022"));
    QVERIFY(message.contains(QLatin1String("\"03/14/2022\"")));
    QVERIFY(message.contains(QLatin1String("A spreadsheet may have reformatted it")));
    // The rule's own words come first, as the editors say them.
    QVERIFY(message.startsWith(opcc::validation::dateMessage(QStringLiteral("03/14/2022"))));
}

void tst_SpreadsheetValues::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");

    QTest::newRow("excelMillions") << "1.1E+06"
                                   << "1100000";
    QTest::newRow("lowerCase") << "1.1e6"
                               << "1100000";
    QTest::newRow("negative") << "-2.5E+03"
                              << "-2500";
    QTest::newRow("fraction") << "7.03E1"
                              << "70.3";
    QTest::newRow("smallExponent") << "5E-02"
                                   << "0.05";
    QTest::newRow("wholeMantissa") << "12E+3"
                                   << "12000";
    QTest::newRow("plainUntouched") << "1514"
                                    << "1514";
    QTest::newRow("moneyUntouched") << QString::fromUtf8("£1.1m") << QString::fromUtf8("£1.1m");
    QTest::newRow("textUntouched") << "E+06"
                                   << "E+06";
}

void tst_SpreadsheetValues::numbers()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(spreadsheet::plainNumber(text), plain);
}

void tst_SpreadsheetValues::serials_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("system1904");
    QTest::addColumn<QString>("text");

    QTest::newRow("march2022") << 44621.0 << false << "01/03/2022";
    QTest::newRow("withTimeOfDay") << 44621.75 << false << "01/03/2022";
    QTest::newRow("system1904") << 43159.0 << true << "01/03/2022";
    QTest::newRow("millennium") << 36526.0 << false << "01/01/2000";
}

void tst_SpreadsheetValues::serials()
{
    QFETCH(double, serial);
    QFETCH(bool, system1904);
    QFETCH(QString, text);
    QCOMPARE(spreadsheet::serialToDayFirst(serial, system1904), text);
}

QTEST_GUILESS_MAIN(tst_SpreadsheetValues)
#include "tst_spreadsheetvalues.moc"
