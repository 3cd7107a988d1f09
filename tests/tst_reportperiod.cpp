// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/reportperiod.h"

#include <QTest>

using opcc::Figure;
using opcc::PartialDate;
using opcc::ReportPeriod;

Q_DECLARE_METATYPE(ReportPeriod::Fit)

class tst_ReportPeriod : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void financialYear_data();
    void financialYear();
    void range_data();
    void range();
    void classify_data();
    void classify();
    void everyPeriod();
    void overlapText_data();
    void overlapText();
};

void tst_ReportPeriod::financialYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("from"); // invalid: refused
    QTest::addColumn<QDate>("to");
    QTest::newRow("2019/20") << "2019/20" << QDate(2019, 4, 1) << QDate(2020, 3, 31);
    QTest::newRow("centuryTurn") << "1999/00" << QDate(1999, 4, 1) << QDate(2000, 3, 31);
    QTest::newRow("spaces") << " 2023/24 " << QDate(2023, 4, 1) << QDate(2024, 3, 31);
    QTest::newRow("notConsecutive") << "2019/21" << QDate() << QDate();
    QTest::newRow("backwards") << "2020/19" << QDate() << QDate();
    QTest::newRow("fourDigitEnd") << "2019/2020" << QDate() << QDate();
    QTest::newRow("dash") << "2019-20" << QDate() << QDate();
    QTest::newRow("yearOnly") << "2019" << QDate() << QDate();
    QTest::newRow("letters") << "FY19/20" << QDate() << QDate();
    QTest::newRow("empty") << "" << QDate() << QDate();
}

void tst_ReportPeriod::financialYear()
{
    QFETCH(QString, text);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QString error;
    const auto period = ReportPeriod::financialYear(text, &error);
    QCOMPARE(period.has_value(), from.isValid());
    if (!period) {
        QVERIFY(error.contains(QStringLiteral("YYYY/YY")));
        return;
    }
    QVERIFY(error.isEmpty());
    QCOMPARE(period->from(), from);
    QCOMPARE(period->to(), to);
    QCOMPARE(period->financialYearText(), text.trimmed());
    QVERIFY(period->label().contains(text.trimmed()));
}

void tst_ReportPeriod::range_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QDate>("first"); // invalid: refused
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("message");
    QTest::newRow("days") << "2020-01-01"
                          << "2020-12-31" << QDate(2020, 1, 1) << QDate(2020, 12, 31) << "";
    QTest::newRow("calendarYear") << "2020"
                                  << "2020" << QDate(2020, 1, 1) << QDate(2020, 12, 31) << "";
    QTest::newRow("months") << "2019-10"
                            << "2020-02" << QDate(2019, 10, 1) << QDate(2020, 2, 29) << "";
    QTest::newRow("oneDay") << "2020-05-08"
                            << "2020-05-08" << QDate(2020, 5, 8) << QDate(2020, 5, 8) << "";
    QTest::newRow("endBeforeStart") << "2020-03-01"
                                    << "2020-02-28" << QDate() << QDate() << "before it starts";
    QTest::newRow("malformedFrom")
        << "01/04/2019"
        << "2020-03-31" << QDate() << QDate() << "\"01/04/2019\" is not a date";
    QTest::newRow("impossibleTo") << "2019-04-01"
                                  << "2020-02-30" << QDate() << QDate()
                                  << "\"2020-02-30\" is not a date";
    QTest::newRow("missingTo") << "2019-04-01"
                               << "" << QDate() << QDate() << "is not a date";
}

void tst_ReportPeriod::range()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, message);
    QString error;
    const auto period = ReportPeriod::range(from, to, &error);
    QCOMPARE(period.has_value(), first.isValid());
    if (!period) {
        QVERIFY2(error.contains(message), qPrintable(error));
        return;
    }
    QCOMPARE(period->from(), first);
    QCOMPARE(period->to(), last);
    QVERIFY(period->financialYearText().isEmpty());
}

static Figure figureOver(const QString &start, const QString &end)
{
    Figure figure;
    figure.periodStart = *PartialDate::parse(start);
    figure.periodEnd = *PartialDate::parse(end);
    return figure;
}

void tst_ReportPeriod::classify_data()
{
    QTest::addColumn<QString>("periodStart");
    QTest::addColumn<QString>("periodEnd");
    QTest::addColumn<ReportPeriod::Fit>("fit"); // in financial year 2019/20
    using Fit = ReportPeriod::Fit;
    QTest::newRow("wholeYear") << "2019-04"
                               << "2020-03" << Fit::Inside;
    QTest::newRow("exactDays") << "2019-04-01"
                               << "2020-03-31" << Fit::Inside;
    QTest::newRow("oneMonthInside") << "2019-10"
                                    << "2019-10" << Fit::Inside;
    QTest::newRow("firstDay") << "2019-04-01"
                              << "2019-04-01" << Fit::Inside;
    QTest::newRow("lastDay") << "2020-03-31"
                             << "2020-03-31" << Fit::Inside;
    QTest::newRow("calendarYear2019") << "2019"
                                      << "2019" << Fit::Overlaps;
    QTest::newRow("spansEnd") << "2019-10"
                              << "2020-11" << Fit::Overlaps;
    QTest::newRow("spansStart") << "2018-06"
                                << "2019-06" << Fit::Overlaps;
    QTest::newRow("spansBoth") << "2018"
                               << "2021" << Fit::Overlaps;
    QTest::newRow("sinceInside") << "2019-10"
                                 << "" << Fit::Overlaps;
    QTest::newRow("sinceBefore") << "2017-01"
                                 << "" << Fit::Overlaps;
    QTest::newRow("sinceAfter") << "2020-04"
                                << "" << Fit::Outside;
    QTest::newRow("toInside") << ""
                              << "2019-12" << Fit::Overlaps;
    QTest::newRow("toBefore") << ""
                              << "2019-03" << Fit::Outside;
    QTest::newRow("dayBefore") << "2019-03-31"
                               << "2019-03-31" << Fit::Outside;
    QTest::newRow("dayAfter") << "2020-04-01"
                              << "2020-04-01" << Fit::Outside;
    QTest::newRow("yearBefore") << "2018"
                                << "2018" << Fit::Outside;
    QTest::newRow("laterYear") << "2022-03"
                               << "2022-12" << Fit::Outside;
    QTest::newRow("undated") << ""
                             << "" << Fit::NotStated;
}

void tst_ReportPeriod::classify()
{
    QFETCH(QString, periodStart);
    QFETCH(QString, periodEnd);
    QFETCH(ReportPeriod::Fit, fit);
    const auto year = ReportPeriod::financialYear(u"2019/20", nullptr);
    QVERIFY(year);
    QCOMPARE(year->classify(figureOver(periodStart, periodEnd)), fit);
}

void tst_ReportPeriod::everyPeriod()
{
    const ReportPeriod all;
    QVERIFY(all.isAll());
    QCOMPARE(all.classify(figureOver(QStringLiteral("2010"), QStringLiteral("2030"))),
        ReportPeriod::Fit::Inside);
    QCOMPARE(all.classify(figureOver(QString(), QString())), ReportPeriod::Fit::NotStated);
}

void tst_ReportPeriod::overlapText_data()
{
    QTest::addColumn<QString>("periodStart");
    QTest::addColumn<QString>("periodEnd");
    QTest::addColumn<QString>("text");
    QTest::newRow("both") << "2019-10"
                          << "2020-11"
                          << "covers Oct 2019 - Nov 2020";
    QTest::newRow("since") << "2019-10"
                           << ""
                           << "covers Oct 2019 onwards";
    QTest::newRow("upTo") << ""
                          << "2020-03"
                          << "covers up to Mar 2020";
    QTest::newRow("years") << "2019"
                           << "2021"
                           << "covers 2019 - 2021";
}

void tst_ReportPeriod::overlapText()
{
    QFETCH(QString, periodStart);
    QFETCH(QString, periodEnd);
    QFETCH(QString, text);
    QCOMPARE(ReportPeriod::overlapText(figureOver(periodStart, periodEnd)), text);
}

QTEST_GUILESS_MAIN(tst_ReportPeriod)
#include "tst_reportperiod.moc"
