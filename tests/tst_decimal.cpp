// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/decimal.h"
#include "domain/valueformat.h"

#include <QTest>

using opcc::Decimal;

class tst_Decimal : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void refuses_data();
    void refuses();
    void plainString_data();
    void plainString();
    void format_data();
    void format();
};

void tst_Decimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<bool>("pound");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<bool>("multiplier");

    QTest::newRow("plainCount") << "1514" << qint64(151400) << false << false << false;
    QTest::newRow("thousands") << "1,514" << qint64(151400) << false << false << false;
    QTest::newRow("millionsGrouped") << "2,100,000" << qint64(210000000) << false << false << false;
    QTest::newRow("percent") << "70.3%" << qint64(7030) << false << true << false;
    QTest::newRow("poundThousands")
        << QString::fromUtf8("£175,372") << qint64(17537200) << true << false << false;
    QTest::newRow("poundK") << QString::fromUtf8("£363k") << qint64(36300000) << true << false
                            << true;
    QTest::newRow("poundDecimalM")
        << QString::fromUtf8("£1.1m") << qint64(110000000) << true << false << true;
    QTest::newRow("poundThreeDecimalsM")
        << QString::fromUtf8("£1.125m") << qint64(112500000) << true << false << true;
    QTest::newRow("pence") << QString::fromUtf8("£0.05") << qint64(5) << true << false << false;
    QTest::newRow("negative") << "-2" << qint64(-200) << false << false << false;
    QTest::newRow("spaces") << "  17 " << qint64(1700) << false << false << false;
    QTest::newRow("leadingDot") << ".5" << qint64(50) << false << false << false;
}

void tst_Decimal::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, hundredths);
    QFETCH(bool, pound);
    QFETCH(bool, percent);
    QFETCH(bool, multiplier);
    Decimal::Syntax syntax;
    const auto value = Decimal::parse(text, &syntax);
    QVERIFY2(value.has_value(), qPrintable(text));
    QCOMPARE(value->hundredths(), hundredths);
    QCOMPARE(syntax.pound, pound);
    QCOMPARE(syntax.percent, percent);
    QCOMPARE(syntax.multiplier, multiplier);
}

void tst_Decimal::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("word") << "twenty";
    QTest::newRow("badGrouping") << "1,51";
    QTest::newRow("groupOfFour") << "12,3456";
    QTest::newRow("threeDecimals") << "1.234";
    QTest::newRow("trailingDot") << "12.";
    QTest::newRow("poundOnly") << QString::fromUtf8("£");
    QTest::newRow("twoNumbers") << "17 to 20";
    QTest::newRow("finerThanPenny") << QString::fromUtf8("£1.000001k");
    QTest::newRow("huge") << "99999999999999999999";
}

void tst_Decimal::refuses()
{
    QFETCH(QString, text);
    QVERIFY(!Decimal::parse(text).has_value());
}

void tst_Decimal::plainString_data()
{
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << qint64(151400) << "1514";
    QTest::newRow("oneDecimal") << qint64(7030) << "70.3";
    QTest::newRow("twoDecimals") << qint64(5) << "0.05";
    QTest::newRow("negative") << qint64(-250) << "-2.5";
    QTest::newRow("zero") << qint64(0) << "0";
}

void tst_Decimal::plainString()
{
    QFETCH(qint64, hundredths);
    QFETCH(QString, text);
    QCOMPARE(Decimal::fromHundredths(hundredths).toPlainString(), text);
    QCOMPARE(Decimal::parse(text)->hundredths(), hundredths);
}

void tst_Decimal::format_data()
{
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("qualifier");
    QTest::addColumn<bool>("compact");
    QTest::addColumn<QString>("text");
    using opcc::Qualifier;
    using opcc::Unit;
    QTest::newRow("money") << qint64(17537200) << int(Unit::Gbp) << int(Qualifier::Exact) << false
                           << QString::fromUtf8("£175,372");
    QTest::newRow("percent") << qint64(7030) << int(Unit::Percent) << int(Qualifier::Exact) << false
                             << "70.3%";
    QTest::newRow("count") << qint64(151400) << int(Unit::Count) << int(Qualifier::Exact) << false
                           << "1,514";
    QTest::newRow("approxCompactThousands")
        << qint64(36300000) << int(Unit::Gbp) << int(Qualifier::Approx) << true
        << QString::fromUtf8("approx. £363k");
    QTest::newRow("overCompactMillions")
        << qint64(110000000) << int(Unit::Gbp) << int(Qualifier::MoreThan) << true
        << QString::fromUtf8("over £1.1m");
    QTest::newRow("atLeast") << qint64(900) << int(Unit::Count) << int(Qualifier::AtLeast) << false
                             << "at least 9";
    QTest::newRow("weeks") << qint64(2250) << int(Unit::Weeks) << int(Qualifier::Exact) << false
                           << "22.5 weeks";
}

void tst_Decimal::format()
{
    QFETCH(qint64, hundredths);
    QFETCH(int, unit);
    QFETCH(int, qualifier);
    QFETCH(bool, compact);
    QFETCH(QString, text);
    opcc::Figure figure;
    figure.value = Decimal::fromHundredths(hundredths);
    figure.qualifier = opcc::Qualifier(qualifier);
    QCOMPARE(opcc::formatFigureValue(figure, opcc::Unit(unit), compact,
                 QLocale(QLocale::English, QLocale::UnitedKingdom)),
        text);
}

QTEST_GUILESS_MAIN(tst_Decimal)
#include "tst_decimal.moc"
