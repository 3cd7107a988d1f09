// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The FOI reply due date: the twentieth working day after receipt, over weekends and the bank
// holidays of England and Wales. The expected dates were counted by hand on a calendar, from the
// bank holidays the government published for 2020 to 2026.

#include "foi/foicalendar.h"

#include <QTest>

using namespace opcc;

class tst_FoiCalendar : public QObject
{
    Q_OBJECT

private slots:
    void replyDue_data();
    void replyDue();
    void easter_data();
    void easter();
    void bankHolidays_data();
    void bankHolidays();
    void workingDaysBetween();
};

void tst_FoiCalendar::replyDue_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("due");
    const auto row = [](const char *name, QDate received, QDate due) {
        QTest::newRow(name) << received << due;
    };
    // Ordinary months: four weeks, no holiday.
    row("plainAugust2020", QDate(2020, 8, 10), QDate(2020, 9, 8)); // 31 Aug holiday
    row("plainMay2021", QDate(2021, 5, 12), QDate(2021, 6, 10)); // 31 May holiday
    row("plainSummer2026", QDate(2026, 8, 10), QDate(2026, 9, 8)); // 31 Aug holiday
    // Easter (computed), both Good Friday and Easter Monday.
    row("easterDayBefore2020", QDate(2020, 4, 9), QDate(2020, 5, 12)); // and VE Day
    row("easter2024", QDate(2024, 3, 20), QDate(2024, 4, 19));
    row("easter2025", QDate(2025, 4, 8), QDate(2025, 5, 9));
    row("easter2026", QDate(2026, 3, 25), QDate(2026, 4, 24));
    // One-off and moved holidays.
    row("veDay2020", QDate(2020, 4, 20), QDate(2020, 5, 19)); // Fri 8 May, not Mon 4
    row("veDayEarlyMayWorked2020", QDate(2020, 5, 1), QDate(2020, 6, 2));
    row("platinumJubilee2022", QDate(2022, 5, 20),
        QDate(2022, 6, 21)); // 2 and 3 June; 30 May worked
    row("jubileeFromMonday2022", QDate(2022, 5, 16), QDate(2022, 6, 15));
    row("stateFuneral2022", QDate(2022, 9, 1), QDate(2022, 9, 30));
    row("coronation2023", QDate(2023, 4, 20), QDate(2023, 5, 22)); // 1 and 8 May
    row("easterAndCoronation2023", QDate(2023, 4, 6), QDate(2023, 5, 10));
    // Christmas and New Year with substitute days.
    row("christmas2020BoxingDaySaturday", QDate(2020, 12, 10), QDate(2021, 1, 12));
    row("christmas2021Weekend", QDate(2021, 12, 1), QDate(2021, 12, 31));
    row("christmasEve2021", QDate(2021, 12, 24), QDate(2022, 1, 26)); // 27, 28 Dec and 3 Jan
    row("christmas2022Sunday", QDate(2022, 12, 2), QDate(2023, 1, 4)); // 26, 27 Dec and 2 Jan
    row("receivedSaturday2022", QDate(2022, 12, 17), QDate(2023, 1, 18));
    row("newYearSubstitute2023", QDate(2023, 1, 2), QDate(2023, 1, 30)); // received on a holiday
    row("christmas2024", QDate(2024, 12, 9), QDate(2025, 1, 9));
    row("christmas2025", QDate(2025, 12, 11), QDate(2026, 1, 13));
    row("christmas2026BoxingDaySaturday", QDate(2026, 12, 5), QDate(2027, 1, 6));
}

void tst_FoiCalendar::replyDue()
{
    QFETCH(QDate, received);
    QFETCH(QDate, due);
    QCOMPARE(foicalendar::replyDue(received), due);
    QCOMPARE(foicalendar::workingDaysBetween(received, due), 20);
    QVERIFY(foicalendar::isWorkingDay(due));
}

void tst_FoiCalendar::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("sunday");
    QTest::newRow("2020") << 2020 << QDate(2020, 4, 12);
    QTest::newRow("2021") << 2021 << QDate(2021, 4, 4);
    QTest::newRow("2022") << 2022 << QDate(2022, 4, 17);
    QTest::newRow("2023") << 2023 << QDate(2023, 4, 9);
    QTest::newRow("2024March") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2038Latest") << 2038 << QDate(2038, 4, 25);
}

void tst_FoiCalendar::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, sunday);
    QCOMPARE(foicalendar::easterSunday(year), sunday);
}

void tst_FoiCalendar::bankHolidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("days");
    QTest::newRow("2020") << 2020
                          << "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 "
                             "2020-12-25 2020-12-28";
    QTest::newRow("2021") << 2021
                          << "2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 "
                             "2021-12-27 2021-12-28";
    QTest::newRow("2022")
        << 2022
        << "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 "
           "2022-09-19 2022-12-26 2022-12-27";
    QTest::newRow("2023")
        << 2023
        << "2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 "
           "2023-12-25 2023-12-26";
    QTest::newRow("2024") << 2024
                          << "2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 "
                             "2024-12-25 2024-12-26";
    QTest::newRow("2025") << 2025
                          << "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 "
                             "2025-12-25 2025-12-26";
    QTest::newRow("2026") << 2026
                          << "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 "
                             "2026-12-25 2026-12-28";
}

void tst_FoiCalendar::bankHolidays()
{
    QFETCH(int, year);
    QFETCH(QString, days);
    QStringList actual;
    for (const QDate &day : foicalendar::bankHolidays(year))
        actual.append(day.toString(Qt::ISODate));
    QCOMPARE(actual.join(QLatin1Char(' ')), days);
}

void tst_FoiCalendar::workingDaysBetween()
{
    QCOMPARE(foicalendar::workingDaysBetween(QDate(2022, 9, 16), QDate(2022, 9, 20)), 1);
    QCOMPARE(foicalendar::workingDaysBetween(QDate(2022, 9, 20), QDate(2022, 9, 16)), -1);
    QCOMPARE(foicalendar::workingDaysBetween(QDate(2024, 5, 1), QDate(2024, 5, 1)), 0);
    QVERIFY(!foicalendar::replyDue(QDate()).isValid());
}

QTEST_APPLESS_MAIN(tst_FoiCalendar)
#include "tst_foicalendar.moc"
