// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The validation rules shared by the import, the new-scheme dialog and the editors: each rule
// broken on its own, by a record that is otherwise valid.

#include "domain/validator.h"

#include <QTest>

using namespace opcc;

Q_DECLARE_METATYPE(opcc::Unit)

namespace {

Scheme validScheme()
{
    Scheme scheme;
    scheme.id = 7;
    scheme.name = QStringLiteral("Offender to Rehab");
    scheme.areas = { QStringLiteral("West Midlands") };
    scheme.strand = Strand::Treatment;
    scheme.start = *PartialDate::parse(u"2021-07");
    scheme.end = *PartialDate::parse(u"2022-07");
    scheme.organisations = { { QStringLiteral("PCC"), Role::Funder } };
    return scheme;
}

Figure validFigure()
{
    Figure figure;
    figure.measure = QStringLiteral("people_enrolled");
    figure.value = Decimal::fromInteger(27);
    figure.periodStart = *PartialDate::parse(u"2021-07");
    figure.periodEnd = *PartialDate::parse(u"2022-07");
    return figure;
}

QStringList fieldsOf(const QList<FieldIssue> &issues)
{
    QStringList fields;
    for (const FieldIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

} // namespace

class tst_Validator : public QObject
{
    Q_OBJECT

private slots:
    void validRecordsPass();
    void schemeRules_data();
    void schemeRules();
    void figureRules_data();
    void figureRules();
    void typedValues_data();
    void typedValues();
    void dates_data();
    void dates();
    void strandMustBeChosen();
    void unitMismatch();
    void duplicateNameArea();
    void duplicateFigureIdentity();
    void unknownMeasure();
};

void tst_Validator::validRecordsPass()
{
    QVERIFY(validation::checkScheme(validScheme()).isEmpty());
    QVERIFY(validation::checkFigure(validFigure(), Unit::Count).isEmpty());
}

void tst_Validator::schemeRules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("missingName") << "name="
                                 << "name"
                                 << "A scheme needs a name.";
    QTest::newRow("blankName") << "name=   "
                               << "name"
                               << "A scheme needs a name.";
    QTest::newRow("spacesAroundName") << "name= Offender to Rehab "
                                      << "name"
                                      << "The name starts or ends with spaces.";
    QTest::newRow("missingArea")
        << "areas="
        << "area"
        << "A scheme needs at least one police force area (or \"National\").";
    QTest::newRow("areaWithSemicolon") << "areas=West; Midlands"
                                       << "area"
                                       << "An area name is empty or holds \";\".";
    QTest::newRow("endBeforeStart") << "end=2020-12"
                                    << "end"
                                    << "The end is before the start.";
    QTest::newRow("providerWithSemicolon") << "provider=A;B"
                                           << "providers"
                                           << "An organisation name is empty or holds \";\".";
}

void tst_Validator::schemeRules()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Scheme scheme = validScheme();
    const QString key = change.section(QLatin1Char('='), 0, 0);
    const QString value = change.section(QLatin1Char('='), 1);
    if (key == QLatin1String("name"))
        scheme.name = value;
    else if (key == QLatin1String("areas"))
        scheme.areas = value.isEmpty() ? QStringList() : QStringList { value };
    else if (key == QLatin1String("end"))
        scheme.end = *PartialDate::parse(value);
    else if (key == QLatin1String("provider"))
        scheme.organisations.append({ value, Role::Provider });
    const QList<FieldIssue> issues = validation::checkScheme(scheme);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QCOMPARE(issues.first().message, message);
}

void tst_Validator::figureRules_data()
{
    QTest::addColumn<opcc::Unit>("unit");
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<QString>("high"); // hundredths, empty for none
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("per");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("wholeCount") << Unit::Count << qint64(2700) << ""
                                << "exact"
                                << "" << QStringList();
    QTest::newRow("negativeCount") << Unit::Count << qint64(-100) << ""
                                   << "exact"
                                   << "" << QStringList { "value" };
    QTest::newRow("fractionalCount") << Unit::Count << qint64(2750) << ""
                                     << "exact"
                                     << "" << QStringList { "value" };
    QTest::newRow("fractionalRateIsFine") << Unit::Count << qint64(1750) << ""
                                          << "approx"
                                          << "week" << QStringList();
    QTest::newRow("percentOver100") << Unit::Percent << qint64(10010) << ""
                                    << "exact"
                                    << "" << QStringList { "value" };
    QTest::newRow("percent100") << Unit::Percent << qint64(10000) << ""
                                << "exact"
                                << "" << QStringList();
    QTest::newRow("negativePercent") << Unit::Percent << qint64(-1) << ""
                                     << "exact"
                                     << "" << QStringList { "value" };
    QTest::newRow("negativeMoney") << Unit::Gbp << qint64(-80000000) << ""
                                   << "approx"
                                   << "" << QStringList { "value" };
    QTest::newRow("pence") << Unit::Gbp << qint64(17537250) << ""
                           << "exact"
                           << "" << QStringList();
    QTest::newRow("negativeWeight") << Unit::Kg << qint64(-5) << ""
                                    << "exact"
                                    << "" << QStringList { "value" };
    QTest::newRow("range") << Unit::Count << qint64(1700) << "2000"
                           << "range"
                           << "" << QStringList();
    QTest::newRow("rangeWithoutHigh") << Unit::Count << qint64(1700) << ""
                                      << "range"
                                      << "" << QStringList { "value_high" };
    QTest::newRow("highNotAbove") << Unit::Count << qint64(1700) << "17"
                                  << "range"
                                  << "" << QStringList { "value_high" };
    QTest::newRow("highWithoutRange") << Unit::Count << qint64(1700) << "2000"
                                      << "exact"
                                      << "" << QStringList { "qualifier" };
    QTest::newRow("percentRangeOver100") << Unit::Percent << qint64(9000) << "10500"
                                         << "range"
                                         << "" << QStringList { "value_high" };
}

void tst_Validator::figureRules()
{
    QFETCH(opcc::Unit, unit);
    QFETCH(qint64, hundredths);
    QFETCH(QString, high);
    QFETCH(QString, qualifier);
    QFETCH(QString, per);
    QFETCH(QStringList, fields);
    Figure figure = validFigure();
    figure.value = Decimal::fromHundredths(hundredths);
    if (!high.isEmpty())
        figure.valueHigh = Decimal::fromHundredths(high.toLongLong() * 100);
    figure.qualifier = *Vocabulary<Qualifier>::fromKey(qualifier);
    figure.per = *Vocabulary<Per>::fromKey(per);
    const QList<FieldIssue> issues = validation::checkFigure(figure, unit);
    QCOMPARE(fieldsOf(issues), fields);
    for (const FieldIssue &issue : issues)
        QVERIFY2(issue.message.endsWith(QLatin1Char('.')), qPrintable(issue.message));
}

void tst_Validator::typedValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<opcc::Unit>("unit");
    QTest::addColumn<qint64>("hundredths"); // -1: refused
    QTest::addColumn<QString>("message");
    QTest::newRow("plainCount") << "1514" << Unit::Count << qint64(151400) << "";
    QTest::newRow("groupedCount") << "1,514" << Unit::Count << qint64(151400) << "";
    QTest::newRow("poundsForMoney") << "£800,000" << Unit::Gbp << qint64(80000000) << "";
    QTest::newRow("thousandsForMoney") << "£363k" << Unit::Gbp << qint64(36300000) << "";
    QTest::newRow("percentForPercent") << "70.3%" << Unit::Percent << qint64(7030) << "";
    QTest::newRow("empty") << "" << Unit::Count << qint64(-1) << "A figure needs a value.";
    QTest::newRow("notANumber") << "lots" << Unit::Count << qint64(-1)
                                << "\"lots\" is not a number (at most two decimal places).";
    QTest::newRow("tooPrecise") << "1.234" << Unit::Kg << qint64(-1)
                                << "\"1.234\" is not a number (at most two decimal places).";
    QTest::newRow("moneyForCount") << "£500" << Unit::Count << qint64(-1)
                                   << "\"£500\" is written as money, but this measure is a count.";
    QTest::newRow("percentForMoney")
        << "12%" << Unit::Gbp << qint64(-1)
        << "\"12%\" is written as a percentage, but this measure is an "
           "amount in pounds.";
}

void tst_Validator::typedValues()
{
    QFETCH(QString, text);
    QFETCH(opcc::Unit, unit);
    QFETCH(qint64, hundredths);
    QFETCH(QString, message);
    QList<FieldIssue> issues;
    const auto value = validation::parseValue(QStringLiteral("value"), text, unit, issues);
    if (hundredths < 0) {
        QVERIFY(!value);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("value"));
        QCOMPARE(issues.first().message, message);
    } else {
        QVERIFY(issues.isEmpty());
        QCOMPARE(value->hundredths(), hundredths);
    }
}

void tst_Validator::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("year") << "2022" << true;
    QTest::newRow("month") << "2022-03" << true;
    QTest::newRow("day") << "2022-03-14" << true;
    QTest::newRow("badMonth") << "2022-13" << false;
    QTest::newRow("britishOrder") << "14/03/2022" << false;
    QTest::newRow("noSuchDay") << "2022-02-30" << false;
}

void tst_Validator::dates()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto issue = validation::checkDateText(QStringLiteral("start"), text);
    QCOMPARE(!issue.has_value(), valid);
    if (issue) {
        QCOMPARE(issue->field, QStringLiteral("start"));
        QCOMPARE(issue->message,
            QStringLiteral("\"%1\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.").arg(text));
    }
}

void tst_Validator::strandMustBeChosen()
{
    const auto missing = validation::checkStrandChosen(std::nullopt);
    QVERIFY(missing);
    QCOMPARE(missing->field, QStringLiteral("strand"));
    QCOMPARE(missing->message, QStringLiteral("Choose the strand the scheme belongs to."));
    QVERIFY(!validation::checkStrandChosen(Strand::Demand));
}

void tst_Validator::unitMismatch()
{
    Measure referrals;
    referrals.key = QStringLiteral("referrals");
    referrals.unit = Unit::Count;
    QVERIFY(!validation::checkUnit(referrals, Unit::Count));
    const auto issue = validation::checkUnit(referrals, Unit::Percent);
    QVERIFY(issue);
    QCOMPARE(issue->field, QStringLiteral("unit"));
    QCOMPARE(
        issue->message, QStringLiteral("The measure \"referrals\" is a count, not a percentage."));
}

void tst_Validator::duplicateNameArea()
{
    const Scheme scheme = validScheme();
    QVERIFY(!validation::checkDuplicate(scheme, std::nullopt));
    QVERIFY(!validation::checkDuplicate(scheme, scheme.id)); // itself
    const auto issue = validation::checkDuplicate(scheme, 12);
    QVERIFY(issue);
    QCOMPARE(issue->field, QStringLiteral("name"));
    QCOMPARE(issue->existingSchemeId, qint64(12));
    QCOMPARE(issue->message,
        validation::duplicateSchemeMessage(scheme.name, QStringLiteral("West Midlands")));
    QVERIFY(issue->message.contains(QLatin1String("\"Offender to Rehab\" in West Midlands")));
}

void tst_Validator::duplicateFigureIdentity()
{
    Figure other = validFigure();
    other.measure = QStringLiteral("retailer_savings");
    QList<Figure> figures { validFigure(), other, validFigure() };
    QVERIFY(!validation::checkFigureIdentity(figures, 0));
    QVERIFY(!validation::checkFigureIdentity(figures, 1));
    const auto issue = validation::checkFigureIdentity(figures, 2);
    QVERIFY(issue);
    QCOMPARE(issue->field, QStringLiteral("measure"));
    QVERIFY(issue->message.startsWith(QLatin1String("Figure 1 already has")));
    figures[2].baseline = true; // a before/after pair is two figures
    QVERIFY(!validation::checkFigureIdentity(figures, 2));
}

void tst_Validator::unknownMeasure()
{
    QCOMPARE(validation::checkMeasureKnown(QString(), false)->message,
        QStringLiteral("Choose what the figure measures."));
    QCOMPARE(validation::checkMeasureKnown(QStringLiteral("hugs"), false)->message,
        QStringLiteral("There is no measure \"hugs\"."));
    QVERIFY(!validation::checkMeasureKnown(QStringLiteral("referrals"), true));
}

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
