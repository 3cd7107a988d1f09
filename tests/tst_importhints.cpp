// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the import suggests writing instead, for a strand or a number a file got wrong.

#include "interchange/importhints.h"

#include <QTest>

using namespace opcc;

class tst_ImportHints : public QObject
{
    Q_OBJECT

private slots:
    void strand_data();
    void strand();
    void value_data();
    void value();
};

void tst_ImportHints::strand_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("hint");
    QTest::newRow("diversion") << QStringLiteral("diversion")
                               << QStringLiteral("diversion schemes belong to demand");
    QTest::newRow("prevention") << QStringLiteral("Prevention")
                                << QStringLiteral("Prevention schemes belong to demand");
    QTest::newRow("enforcement") << QStringLiteral("enforcement")
                                 << QStringLiteral("enforcement schemes belong to supply");
    QTest::newRow("recovery") << QStringLiteral("recovery")
                              << QStringLiteral("recovery schemes belong to treatment");
    QTest::newRow("gambling") << QStringLiteral("gambling harm")
                              << QStringLiteral("gambling harm schemes belong to other_addictions");
    QTest::newRow("cdp") << QStringLiteral("CDP")
                         << QStringLiteral("CDP schemes belong to partnership");
    QTest::newRow("noGuess") << QStringLiteral("weather") << QString();
}

void tst_ImportHints::strand()
{
    QFETCH(QString, typed);
    QFETCH(QString, hint);
    QCOMPARE(importhints::strand(typed), hint);
}

void tst_ImportHints::value_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("hint");
    QTest::newRow("circaDot") << QStringLiteral("c. 187")
                              << QStringLiteral("write 187 with qualifier approx");
    QTest::newRow("approxMoney") << QStringLiteral("approx £363k")
                                 << QStringLiteral("write £363k with qualifier approx");
    QTest::newRow("over") << QStringLiteral("over 6,000")
                          << QStringLiteral("write 6,000 with qualifier more_than");
    QTest::newRow("atLeast") << QStringLiteral("at least 9")
                             << QStringLiteral("write 9 with qualifier at_least");
    QTest::newRow("plus") << QStringLiteral("50+")
                          << QStringLiteral("write 50 with qualifier at_least");
    QTest::newRow("almost") << QStringLiteral("nearly 40%")
                            << QStringLiteral("write 40% with qualifier almost");
    QTest::newRow("upTo") << QStringLiteral("up to 12")
                          << QStringLiteral("write 12 with qualifier at_most");
    QTest::newRow("range") << QStringLiteral("17-20")
                           << QStringLiteral("write 17 in value and 20 in value_high, with "
                                             "qualifier range");
    QTest::newRow("rangeWords") << QStringLiteral("17 to 20")
                                << QStringLiteral("write 17 in value and 20 in value_high, with "
                                                  "qualifier range");
    QTest::newRow("words") << QStringLiteral("many") << QString();
    QTest::newRow("twoNumbersAndWords") << QStringLiteral("c. 187 or so") << QString();
}

void tst_ImportHints::value()
{
    QFETCH(QString, typed);
    QFETCH(QString, hint);
    QCOMPARE(importhints::value(typed), hint);
}

QTEST_GUILESS_MAIN(tst_ImportHints)
#include "tst_importhints.moc"
