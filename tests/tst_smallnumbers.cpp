// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartdata.h"
#include "domain/language.h"
#include "reports/reportcontent.h"
#include "reports/smallnumbers.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QTest>

using opcc::Figure;
using opcc::FigureRelease;
using opcc::PartialDate;
using opcc::Qualifier;
using opcc::SmallNumbers;

Q_DECLARE_METATYPE(FigureRelease::Value)
Q_DECLARE_METATYPE(FigureRelease::Reason)

namespace {

Figure figure(
    const QString &measure, double value, const QString &start = {}, const QString &end = {})
{
    Figure f;
    f.measure = measure;
    f.value = opcc::Decimal::fromHundredths(qRound64(value * 100));
    f.periodStart = *PartialDate::parse(start);
    f.periodEnd = *PartialDate::parse(end);
    f.quote = QStringLiteral("the source says %1").arg(value);
    return f;
}

QString labelOf(const QString &key)
{
    return key;
}

} // namespace

class tst_SmallNumbers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void smallCount_data();
    void smallCount();
    void revealing_data();
    void revealing();
    void heroinAssistedTreatment_data();
    void heroinAssistedTreatment();
    void heroinAssistedTreatmentForFinancialYear();
    void internalReportKeepsExactFigures();
    void noteSaysWhatAndWhy();
    void chartForReleaseLeavesSmallBarsOut_data();
    void chartForReleaseLeavesSmallBarsOut();

private:
    testsupport::ShippedDatabase m_shipped;
    qint64 m_heroinAssistedTreatment = 0;
};

void tst_SmallNumbers::initTestCase()
{
    // The notes are worded with plural forms, which the English catalogue holds.
    QVERIFY(opcc::installLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_shipped.open());
    const auto id
        = opcc::SchemeStore::reader(m_shipped.db)
              .idOf(QStringLiteral("Heroin Assisted Treatment"), QStringLiteral("Cleveland"));
    QVERIFY(id);
    m_heroinAssistedTreatment = *id;
}

void tst_SmallNumbers::smallCount_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("valueHigh"); // 0: none
    QTest::addColumn<int>("qualifier");
    QTest::addColumn<bool>("small");
    const int exact = int(Qualifier::Exact);
    QTest::newRow("participantsThree") << "participants" << 3.0 << 0.0 << exact << true;
    QTest::newRow("participantsOne") << "participants" << 1.0 << 0.0 << exact << true;
    QTest::newRow("participantsFour") << "participants" << 4.0 << 0.0 << exact << true;
    QTest::newRow("participantsFive") << "participants" << 5.0 << 0.0 << exact << false;
    QTest::newRow("participantsNone") << "participants" << 0.0 << 0.0 << exact << false;
    QTest::newRow("averageAttendance") << "average_attendance" << 4.5 << 0.0 << exact << true;
    QTest::newRow("referralsTwo") << "referrals" << 2.0 << 0.0 << exact << true;
    QTest::newRow("peoplePrefix") << "people_diverted" << 2.0 << 0.0 << exact << true;
    QTest::newRow("clientsOfNewKey") << "clients_housed" << 3.0 << 0.0 << exact << true;
    QTest::newRow("arrestsAreEvents") << "arrests" << 2.0 << 0.0 << exact << false;
    QTest::newRow("crimesAreNotPeople") << "detected_crimes" << 3.0 << 0.0 << exact << false;
    QTest::newRow("staffTrained") << "staff_trained" << 1.0 << 0.0 << exact << false;
    QTest::newRow("newKeyOfThings") << "vans_bought" << 3.0 << 0.0 << exact << false;
    QTest::newRow("rangeLowEndSmall")
        << "participants" << 3.0 << 8.0 << int(Qualifier::Range) << true;
    QTest::newRow("rangeAboveFive")
        << "participants" << 6.0 << 9.0 << int(Qualifier::Range) << false;
    QTest::newRow("fewerThanFive")
        << "participants" << 5.0 << 0.0 << int(Qualifier::LessThan) << true;
    QTest::newRow("atMostTen") << "participants" << 10.0 << 0.0 << int(Qualifier::AtMost) << false;
    QTest::newRow("moreThanTwo") << "participants" << 2.0 << 0.0 << int(Qualifier::MoreThan)
                                 << true;
}

void tst_SmallNumbers::smallCount()
{
    QFETCH(QString, measure);
    QFETCH(double, value);
    QFETCH(double, valueHigh);
    QFETCH(int, qualifier);
    QFETCH(bool, small);
    Figure f = figure(measure, value);
    f.qualifier = Qualifier(qualifier);
    if (valueHigh > 0)
        f.valueHigh = opcc::Decimal::fromHundredths(qRound64(valueHigh * 100));
    QCOMPARE(SmallNumbers::isSmallCount(f), small);
}

// Tables of one scheme: "measure=value@start..end" items; the expected release of each.
void tst_SmallNumbers::revealing_data()
{
    QTest::addColumn<QList<Figure>>("table");
    QTest::addColumn<QList<FigureRelease::Value>>("values");
    QTest::addColumn<QList<FigureRelease::Reason>>("reasons");
    using V = FigureRelease::Value;
    using R = FigureRelease::Reason;
    QTest::newRow("rateAndTotalOfSmallPart")
        << QList<Figure> { figure("referrals", 40, "2020-04", "2021-03"),
               figure("assessments", 3, "2020-04", "2021-03"),
               figure("assessment_rate", 7.5, "2020-04", "2021-03"),
               figure("funding", 50000, "2020-04", "2021-03") }
        << QList<V> { V::Withheld, V::FewerThanFive, V::Withheld, V::Shown }
        << QList<R> { R::TotalOfSmallCounts, R::SmallCount, R::RateOfSmallCounts, R::None };
    QTest::newRow("otherYearsUntouched")
        << QList<Figure> { figure("referrals", 40, "2019-04", "2020-03"),
               figure("assessments", 3, "2020-04", "2021-03"),
               figure("assessment_rate", 60, "2019-04", "2020-03") }
        << QList<V> { V::Shown, V::FewerThanFive, V::Shown }
        << QList<R> { R::None, R::SmallCount, R::None };
    QTest::newRow("undatedTotalMayBeAnyYear") << QList<Figure> { figure("people_supported", 30),
        figure("people_with_drug_misuse", 2, "2021", "2021") }
                                              << QList<V> { V::Withheld, V::FewerThanFive }
                                              << QList<R> { R::TotalOfSmallCounts, R::SmallCount };
    QTest::newRow("totalOfTotalWithheldToo")
        << QList<Figure> { figure("referrals", 60), figure("people_started_treatment", 20),
               figure("left_voluntarily", 2) }
        << QList<V> { V::Withheld, V::Withheld, V::FewerThanFive }
        << QList<R> { R::TotalOfSmallCounts, R::TotalOfSmallCounts, R::SmallCount };
    QTest::newRow("crimeReductionIsNotOfPeople")
        << QList<Figure> { figure("participants", 4), figure("crime_reduction", 30),
               figure("not_reoffended_rate", 75) }
        << QList<V> { V::FewerThanFive, V::Shown, V::Withheld }
        << QList<R> { R::SmallCount, R::None, R::RateOfSmallCounts };
    QTest::newRow("shareOfCohortIsTwoPeople")
        << QList<Figure> { figure("people_supported", 20, "2022-01", "2022-03"),
               figure("cohort_disability_rate", 10, "2022-01", "2022-03"),
               figure("cohort_domestic_abuse_rate", 50, "2022-01", "2022-03"),
               figure("cohort_white_british_rate", 95, "2022-01", "2022-03"),
               figure("cohort_male_rate", 100, "2022-01", "2022-03") }
        << QList<V> { V::Shown, V::Withheld, V::Shown, V::Withheld, V::Shown }
        << QList<R> { R::None, R::RateRevealsSmallCount, R::None, R::RateRevealsSmallCount,
               R::None };
    QTest::newRow("smallCountOfAnotherKindLeavesSharesAlone")
        << QList<Figure> { figure("people_supported", 20), figure("residents_moved_to_family", 3),
               figure("cohort_male_rate", 100), figure("engagement_sports_rate", 50) }
        << QList<V> { V::Shown, V::FewerThanFive, V::Shown, V::Shown }
        << QList<R> { R::None, R::SmallCount, R::None, R::None };
    QTest::newRow("nothingSmall") << QList<Figure> { figure("participants", 40),
        figure("not_reoffended_rate", 75) }
                                  << QList<V> { V::Shown, V::Shown }
                                  << QList<R> { R::None, R::None };
}

void tst_SmallNumbers::revealing()
{
    QFETCH(QList<Figure>, table);
    QFETCH(QList<FigureRelease::Value>, values);
    QFETCH(QList<FigureRelease::Reason>, reasons);
    const QList<FigureRelease> release = SmallNumbers::apply(table);
    QCOMPARE(release.size(), table.size());
    for (qsizetype i = 0; i < table.size(); ++i) {
        QVERIFY2(release.at(i).value == values.at(i), qPrintable(table.at(i).measure));
        QVERIFY2(release.at(i).reason == reasons.at(i), qPrintable(table.at(i).measure));
        QCOMPARE(release.at(i).quoteWithheld, release.at(i).isHidden());
    }
}

void tst_SmallNumbers::heroinAssistedTreatment_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<int>("value");
    QTest::addColumn<FigureRelease::Value>("shown");
    using V = FigureRelease::Value;
    QTest::newRow("costOfCrimeBefore") << "crime_cost" << 2100000 << V::Shown;
    QTest::newRow("crimesBefore") << "detected_crimes" << 541 << V::Shown;
    QTest::newRow("crimesAfterAreNotPeople") << "detected_crimes" << 3 << V::Shown;
    QTest::newRow("duration") << "duration" << 13 << V::Shown;
    QTest::newRow("leftForCustody") << "left_custodial_sentence" << 1 << V::FewerThanFive;
    QTest::newRow("leftVoluntarily") << "left_voluntarily" << 3 << V::FewerThanFive;
    QTest::newRow("offendingWhileOnScheme") << "offending_while_on_scheme" << 8 << V::Shown;
    QTest::newRow("inTreatmentNow") << "people_in_treatment" << 7 << V::Shown;
    QTest::newRow("inTreatmentAtLaunch") << "people_in_treatment" << 4 << V::FewerThanFive;
    QTest::newRow("startedTreatmentTotal") << "people_started_treatment" << 14 << V::Withheld;
    QTest::newRow("endedMedical") << "treatment_ended_medical" << 1 << V::FewerThanFive;
    QTest::newRow("pausedMentalHealth")
        << "treatment_paused_mental_health" << 1 << V::FewerThanFive;
    QTest::newRow("pausedRemand") << "treatment_paused_remand" << 1 << V::FewerThanFive;
}

void tst_SmallNumbers::heroinAssistedTreatment()
{
    QFETCH(QString, measure);
    QFETCH(int, value);
    QFETCH(FigureRelease::Value, shown);
    opcc::ReportRequest request;
    request.schemeIds = { m_heroinAssistedTreatment };
    request.forRelease = true;
    opcc::ReportContentReader reader(m_shipped.db);
    const auto content = reader.read(request);
    QVERIFY2(content, qPrintable(reader.errorString()));
    QCOMPARE(content->schemes.size(), 1);
    const opcc::ReportScheme &scheme = content->schemes.constFirst();
    QCOMPARE(scheme.figures.size(), 14);
    int found = 0;
    for (const opcc::ReportFigure &f : scheme.figures) {
        if (f.figure.measure != measure || f.figure.value != opcc::Decimal::fromInteger(value))
            continue;
        ++found;
        QVERIFY(f.release.value == shown);
        QCOMPARE(f.release.quoteWithheld, shown != FigureRelease::Value::Shown);
    }
    QCOMPARE(found, 1);
    QVERIFY(scheme.releaseNote.contains(QStringLiteral("6 counts of 1 to 4 people")));
    QVERIFY(scheme.releaseNote.contains(QStringLiteral("People started treatment")));
}

void tst_SmallNumbers::heroinAssistedTreatmentForFinancialYear()
{
    // FOI requests ask for 2019/20: the launch count is in it, the "since launch" totals only
    // overlap it, and the undated figures are listed as such, never dropped.
    opcc::ReportRequest request;
    request.schemeIds = { m_heroinAssistedTreatment };
    request.forRelease = true;
    request.period = *opcc::ReportPeriod::financialYear(u"2019/20", nullptr);
    opcc::ReportContentReader reader(m_shipped.db);
    const auto content = reader.read(request);
    QVERIFY(content);
    const opcc::ReportScheme &scheme = content->schemes.constFirst();
    QCOMPARE(scheme.outsideCount, 0);
    QHash<opcc::ReportPeriod::Fit, int> fits;
    for (const opcc::ReportFigure &f : scheme.figures)
        ++fits[f.fit];
    QCOMPARE(fits.value(opcc::ReportPeriod::Fit::Inside), 1); // 4 at launch, Oct 2019
    QCOMPARE(fits.value(opcc::ReportPeriod::Fit::Overlaps), 2); // since Oct 2019
    QCOMPARE(fits.value(opcc::ReportPeriod::Fit::NotStated), 11);
    QCOMPARE(scheme.figures.constFirst().fit, opcc::ReportPeriod::Fit::Inside);
    QVERIFY(scheme.figures.constFirst().release.value == FigureRelease::Value::FewerThanFive);
    QVERIFY(scheme.hasFigureForPeriod());
}

void tst_SmallNumbers::internalReportKeepsExactFigures()
{
    opcc::ReportRequest request;
    request.schemeIds = { m_heroinAssistedTreatment };
    opcc::ReportContentReader reader(m_shipped.db);
    const auto content = reader.read(request);
    QVERIFY(content);
    for (const opcc::ReportFigure &f : content->schemes.constFirst().figures)
        QVERIFY(!f.release.isHidden());
    QVERIFY(content->schemes.constFirst().releaseNote.isEmpty());
}

void tst_SmallNumbers::noteSaysWhatAndWhy()
{
    const QList<Figure> table { figure("referrals", 40), figure("assessments", 3),
        figure("assessment_rate", 7.5) };
    const QString note = SmallNumbers::note(table, SmallNumbers::apply(table), labelOf);
    QVERIFY(note.contains(QStringLiteral("1 count of 1 to 4 people shown as \"fewer than 5\"")));
    QVERIFY(note.contains(QStringLiteral("section 40(2)")));
    QVERIFY(note.contains(QStringLiteral("by subtraction: referrals.")));
    QVERIFY(note.contains(QStringLiteral("include small numbers: assessment_rate.")));
    const QList<Figure> plain { figure("referrals", 40) };
    QVERIFY(SmallNumbers::note(plain, SmallNumbers::apply(plain), labelOf).isEmpty());
}

void tst_SmallNumbers::chartForReleaseLeavesSmallBarsOut_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<QStringList>("drawn");
    QTest::addColumn<QString>("note"); // in English plural forms
    QTest::newRow("participants") << "participants" << QList<int> { 40, 3, 12, 1 }
                                  << QStringList { "A", "C" }
                                  << "For release, 2 bars of fewer than 5 people are not drawn.";
    QTest::newRow("oneBar") << "participants" << QList<int> { 40, 3 } << QStringList { "A" }
                            << "For release, 1 bar of fewer than 5 people is not drawn.";
    QTest::newRow("arrestsAreNotPeople")
        << "arrests" << QList<int> { 40, 3 } << QStringList { "A", "B" } << QString();
    QTest::newRow("noneSmall") << "referrals" << QList<int> { 40, 12 } << QStringList { "A", "B" }
                               << QString();
}

void tst_SmallNumbers::chartForReleaseLeavesSmallBarsOut()
{
    QFETCH(QString, measure);
    QFETCH(QList<int>, values);
    QFETCH(QStringList, drawn);
    QFETCH(QString, note);
    opcc::ChartData chart;
    chart.measure = measure;
    for (int i = 0; i < values.size(); ++i) {
        opcc::ChartRow row;
        row.scheme = QString(QChar(u'A' + i));
        row.figure.value = opcc::Decimal::fromInteger(values.at(i));
        row.figure.footnote = i + 1;
        chart.rows.append(row);
        opcc::Footnote footnote;
        footnote.number = i + 1;
        footnote.quote = QStringLiteral("said %1").arg(values.at(i));
        chart.footnotes.append(footnote);
    }
    const int removed = SmallNumbers::applyToChart(chart);
    QCOMPARE(removed, int(values.size() - drawn.size()));
    QStringList schemes;
    for (const opcc::ChartRow &row : chart.rows)
        schemes.append(row.scheme);
    QCOMPARE(schemes, drawn);
    QCOMPARE(chart.omitted.size(), removed);
    for (const opcc::OmittedFigure &omitted : chart.omitted) {
        QCOMPARE(omitted.label, SmallNumbers::fewerThanFive());
        QCOMPARE(chart.footnotes.at(omitted.footnote - 1).quote, SmallNumbers::withheldQuote());
    }
    QCOMPARE(chart.notes, note.isEmpty() ? QStringList() : QStringList { note });
}

QTEST_GUILESS_MAIN(tst_SmallNumbers)
#include "tst_smallnumbers.moc"
