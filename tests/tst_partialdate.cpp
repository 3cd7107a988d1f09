// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/partialdate.h"
#include "domain/valueformat.h"

#include <QTest>

using opcc::PartialDate;

class tst_PartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void endsBeforeStart_data();
    void endsBeforeStart();
    void shownInWords_data();
    void shownInWords();
};

void tst_PartialDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("empty") << "" << true << QDate() << QDate();
    QTest::newRow("year") << "2022" << true << QDate(2022, 1, 1) << QDate(2022, 12, 31);
    QTest::newRow("month") << "2022-02" << true << QDate(2022, 2, 1) << QDate(2022, 2, 28);
    QTest::newRow("leapMonth") << "2024-02" << true << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("day") << "2020-02-26" << true << QDate(2020, 2, 26) << QDate(2020, 2, 26);
    QTest::newRow("month13") << "2022-13" << false << QDate() << QDate();
    QTest::newRow("feb30") << "2022-02-30" << false << QDate() << QDate();
    QTest::newRow("shortMonth") << "2022-3" << false << QDate() << QDate();
    QTest::newRow("british") << "26/02/2020" << false << QDate() << QDate();
    QTest::newRow("words") << "March 2022" << false << QDate() << QDate();
}

void tst_PartialDate::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const auto date = PartialDate::parse(text);
    QCOMPARE(date.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(date->firstDay(), first);
    QCOMPARE(date->lastDay(), last);
    QCOMPARE(date->toIsoString(), text);
}

void tst_PartialDate::endsBeforeStart_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("before");
    QTest::newRow("sameMonth") << "2022-03"
                               << "2022-03" << false;
    QTest::newRow("dayInsideMonth") << "2022-03"
                                    << "2022-03-15" << false;
    QTest::newRow("yearContainsMonth") << "2022-10"
                                       << "2022" << false;
    QTest::newRow("endBeforeStart") << "2022-03"
                                    << "2022-02-28" << true;
    QTest::newRow("openEnd") << "2022-03"
                             << "" << false;
    QTest::newRow("openStart") << ""
                               << "2019" << false;
}

void tst_PartialDate::endsBeforeStart()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(bool, before);
    QCOMPARE(opcc::endsBeforeStart(*PartialDate::parse(start), *PartialDate::parse(end)), before);
}

void tst_PartialDate::shownInWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("none") << ""
                          << "";
    QTest::newRow("year") << "2022"
                          << "2022";
    QTest::newRow("month") << "2022-03"
                           << "Mar 2022";
    QTest::newRow("day") << "2020-02-26"
                         << "26 Feb 2020";
}

void tst_PartialDate::shownInWords()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const auto date = opcc::PartialDate::parse(text);
    QVERIFY(date);
    QCOMPARE(
        opcc::formatPartialDate(*date, QLocale(QLocale::English, QLocale::UnitedKingdom)), shown);
}

QTEST_GUILESS_MAIN(tst_PartialDate)
#include "tst_partialdate.moc"
