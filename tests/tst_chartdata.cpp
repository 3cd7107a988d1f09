// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartfixtures.h"
#include "charts/chartdatabuilder.h"
#include "charts/chartscope.h"
#include "charts/normaliser.h"
#include "charts/strandsummarychart.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <numeric>

using namespace opcc;
using namespace testsupport;
using chartfixtures::figure;
using chartfixtures::SmallDatabase;

namespace {

const QLocale britishEnglish(QLocale::English, QLocale::UnitedKingdom);

QList<Scheme> scope(const Database &db, const ChartScope &s)
{
    const ResolvedScope resolved = ChartScopeResolver(db).resolve(s);
    return resolved.schemes;
}

ChartData build(const Database &db, ChartKind kind, const QString &measure, const ChartScope &s,
    Normalisation normalisation = Normalisation::None)
{
    ChartSpec spec;
    spec.kind = kind;
    spec.measure = measure;
    spec.normalisation = normalisation;
    const ResolvedScope resolved = ChartScopeResolver(db).resolve(s);
    return ChartDataBuilder(db, britishEnglish).build(spec, resolved.schemes, resolved.description);
}

QStringList titles(const ChartData &data)
{
    QStringList result;
    for (const ChartRow &row : data.rows)
        result.append(row.title());
    return result;
}

QStringList labels(const ChartData &data)
{
    QStringList result;
    for (const ChartRow &row : data.rows)
        result.append(row.figure.label);
    return result;
}

QStringList omittedSchemes(const ChartData &data)
{
    QStringList result;
    for (const OmittedFigure &o : data.omitted)
        result.append(o.scheme);
    return result;
}

} // namespace

class tst_ChartData : public QObject
{
    Q_OBJECT

private slots:
    void comparison_data();
    void comparison();
    void comparisonFlags_data();
    void comparisonFlags();
    void everyFigureIsCited();
    void normalised_data();
    void normalised();
    void beforeAfter_data();
    void beforeAfter();
    void trend();
    void strandSummaryOfFunding();
    void suggestedKind_data();
    void suggestedKind();
    void latestFigureAndPicks();
    void ratesKeptApartFromTotals();
    void monthsOfPeriod_data();
    void monthsOfPeriod();
    void sumQualifier_data();
    void sumQualifier();
};

void tst_ChartData::comparison_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("strand");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("omitted");

    QTest::newRow("referralsEverywhere")
        << "referrals" << QString() << QString() << QStringList()
        << QStringList { "DIVERT (West Midlands)", "WONDER+ (Norfolk)", "DIVERT (West Mercia)",
               "Drug Testing on Arrest (DToA) (Hampshire and Isle of Wight)",
               "County Lines Informed Cumbria (1CLIC) (Cumbria)",
               "Integrated Offender Management Houses (Hampshire and Isle of Wight)",
               "FREE Program (Durham)" }
        << QStringList { "over 6,000", "over 1,000", "943", "157", "139", "51", "17" }
        << QStringList();
    QTest::newRow("referralsDemandStrand")
        << "referrals"
        << "demand" << QString() << QStringList()
        << QStringList { "DIVERT (West Midlands)", "DIVERT (West Mercia)",
               "Integrated Offender Management Houses (Hampshire and Isle of Wight)" }
        << QStringList { "over 6,000", "943", "51" } << QStringList();
    QTest::newRow("divertByName") << "referrals" << QString() << QString()
                                  << QStringList { "DIVERT" }
                                  << QStringList { "DIVERT (West Midlands)",
                                         "DIVERT (West Mercia)" }
                                  << QStringList { "over 6,000", "943" } << QStringList();
    QTest::newRow("oneDivertByNameAtArea")
        << "referrals" << QString() << QString() << QStringList { "DIVERT@West Mercia" }
        << QStringList { "DIVERT (West Mercia)" } << QStringList { "943" } << QStringList();
    QTest::newRow("fundingKeepsYearlyRateApart")
        << "funding" << QString() << QString() << QStringList()
        << QStringList { "Suspicious Activity Reports pilot (Lancashire)",
               "Mayor's Safer Communities Fund drug and alcohol grants (West Yorkshire)",
               "Growing Rooms (West Yorkshire)", "Moses Project Fresh Start (Cleveland)" }
        << QStringList { "\u00A3165.2k", "approx. \u00A3130k", "\u00A36,000", "\u00A35,000" }
        << QStringList { "Turning Point substance misuse and alcohol treatment services" };
    QTest::newRow("cashSeizedWeeklyRateApart")
        << "cash_seized" << QString() << QString() << QStringList()
        << QStringList { "Operation Scorpion (Avon and Somerset; Devon and Cornwall; Dorset; "
                         "Gloucestershire; Wiltshire)" }
        << QStringList { "approx. \u00A3363k" } << QStringList { "Operation Warrior" };
    QTest::newRow("areaMatchesMultiAreaScheme")
        << "arrests" << QString() << "Dorset" << QStringList()
        << QStringList { "Operation Scorpion (Avon and Somerset; Devon and Cornwall; Dorset; "
                         "Gloucestershire; Wiltshire)" }
        << QStringList { "388" } << QStringList();
    QTest::newRow("rangeAtLowerEnd")
        << "average_attendance" << QString() << QString() << QStringList()
        << QStringList { "FREE Program (Durham)" } << QStringList { "17 to 20" } << QStringList();
    QTest::newRow("stillCurrentBeatsDatedLaunch")
        << "people_in_treatment" << QString() << QString() << QStringList()
        << QStringList { "Heroin Assisted Treatment (Cleveland)" } << QStringList { "7" }
        << QStringList();
    QTest::newRow("afterNotBaseline")
        << "detected_crimes" << QString() << QString() << QStringList()
        << QStringList { "Heroin Assisted Treatment (Cleveland)" } << QStringList { "3" }
        << QStringList();
}

void tst_ChartData::comparison()
{
    QFETCH(QString, measure);
    QFETCH(QString, strand);
    QFETCH(QString, area);
    QFETCH(QStringList, schemes);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, omitted);

    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    ChartScope s;
    s.strand = strand;
    s.area = area;
    s.schemes = schemes;
    const ChartData data = build(shipped.db, ChartKind::Comparison, measure, s);
    QCOMPARE(::titles(data), titles);
    QCOMPARE(::labels(data), labels);
    QCOMPARE(omittedSchemes(data), omitted);
    QVERIFY(data.emptyReason.isEmpty());
    for (qsizetype i = 1; i < data.rows.size(); ++i)
        QVERIFY(!(data.rows.at(i - 1).figure.value < data.rows.at(i).figure.value));
}

void tst_ChartData::comparisonFlags_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<bool>("periodsDiffer");
    QTest::addColumn<bool>("ratesMixed");
    QTest::addColumn<QString>("noteContains");
    QTest::addColumn<QString>("subtitleContains");

    QTest::newRow("referralsPeriodsDiffer") << "referrals" << true << false << "Periods differ"
                                            << "periods differ";
    QTest::newRow("cashSeizedRatesMixed")
        << "cash_seized" << false << true << "not drawn beside totals"
        << "period: March-December 2022";
    QTest::newRow("qualifiedFiguresExplained") << "funding" << false << true << "with an open end"
                                               << "Measure: Funding";
}

void tst_ChartData::comparisonFlags()
{
    QFETCH(QString, measure);
    QFETCH(bool, periodsDiffer);
    QFETCH(bool, ratesMixed);
    QFETCH(QString, noteContains);
    QFETCH(QString, subtitleContains);

    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data = build(shipped.db, ChartKind::Comparison, measure, {});
    QCOMPARE(data.periodsDiffer, periodsDiffer);
    QCOMPARE(data.ratesMixed, ratesMixed);
    QVERIFY2(data.notes.join(QLatin1Char(' ')).contains(noteContains),
        qPrintable(data.notes.join(QLatin1Char('|'))));
    QVERIFY2(data.subtitle.contains(subtitleContains), qPrintable(data.subtitle));
    for (const ChartRow &row : data.rows)
        QCOMPARE(row.flags.testFlag(RowFlag::PeriodDiffers), periodsDiffer);
}

void tst_ChartData::everyFigureIsCited()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data
        = build(shipped.db, ChartKind::Comparison, QStringLiteral("referrals"), {});
    QCOMPARE(data.title, QStringLiteral("Referrals by scheme: all schemes"));
    QCOMPARE(data.footnotes.size(), 7);
    // Numbered as the page is read: the top bar cites [1].
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        QCOMPARE(data.rows.at(i).figure.footnote, int(i) + 1);
        QCOMPARE(data.footnotes.at(i).number, int(i) + 1);
    }
    for (const ChartRow &row : data.rows) {
        const Footnote *note = data.footnote(row.figure.footnote);
        QVERIFY(note);
        QCOMPARE(note->quote, row.figure.quote);
        QCOMPARE(note->source, QStringLiteral("APCC, Tackling Addictions In Focus"));
        QVERIFY(note->citedFor.contains(row.title()));
        QVERIFY(note->text().contains(row.figure.quote));
    }
    QCOMPARE(data.rows.constFirst().figure.period, QStringLiteral("Since launching the scheme"));
    QCOMPARE(data.rows.constFirst().figure.fullLabel, QStringLiteral("over 6,000"));
}

void tst_ChartData::normalised_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<int>("normalisation");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("working");
    QTest::addColumn<QStringList>("omitted");

    QTest::newRow("arrestsPerMonth")
        << "arrests" << int(Normalisation::PerMonth) << QStringList { "74 a month", "39 a month" }
        << QStringList { "17 a week \u00D7 52 \u00F7 12", "388 over 10 months" }
        << QStringList { "Operation Hypernova" };
    QTest::newRow("peopleSupportedPerThousandPounds")
        << "people_supported" << int(Normalisation::PerThousandPounds)
        << QStringList { "20", "4.4" }
        << QStringList { "120 for \u00A36,000 of funding (\u00A350 each)",
               "22 for \u00A35,000 of funding (\u00A3227 each)" }
        << QStringList { "FREE Program", "Integrated Offender Management Houses", "Reconnect Hub",
               "Wakefield Safe Space Unit" };
    QTest::newRow("fundingPerMonthYearlyRateOnly")
        << "funding" << int(Normalisation::PerMonth) << QStringList { "\u00A314.6k a month" }
        << QStringList { "\u00A3175,372 a year \u00F7 12" }
        << QStringList { "Suspicious Activity Reports pilot", "Moses Project Fresh Start",
               "Growing Rooms", "Mayor's Safer Communities Fund drug and alcohol grants" };
}

void tst_ChartData::normalised()
{
    QFETCH(QString, measure);
    QFETCH(int, normalisation);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, working);
    QFETCH(QStringList, omitted);

    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data
        = build(shipped.db, ChartKind::Comparison, measure, {}, Normalisation(normalisation));
    QCOMPARE(::labels(data), labels);
    QStringList basis;
    for (const ChartRow &row : data.rows) {
        basis.append(row.basis);
        QVERIFY(row.flags.testFlag(RowFlag::Normalised));
        QVERIFY(row.stated);
        QCOMPARE(row.figure.footnote, row.stated->footnote);
    }
    QCOMPARE(basis, working);
    QStringList left = omittedSchemes(data);
    left.sort();
    omitted.sort();
    QCOMPARE(left, omitted);
    QVERIFY(!data.basis.isEmpty());
    QVERIFY(data.title.contains(data.valueTitle));
}

void tst_ChartData::beforeAfter_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("change");

    QTest::newRow("clevelandDetectedCrimes") << "detected_crimes"
                                             << "541"
                                             << "3"
                                             << "\u2212538 (\u221299.4%)";
    QTest::newRow("dorsetYouthJusticeCases") << "youth_justice_cases"
                                             << "33"
                                             << "135"
                                             << "+102 (+309.1%)";
    QTest::newRow("statedReduction") << "crime_reduction" << QString() << "50%"
                                     << "50% reduction, as stated";
}

void tst_ChartData::beforeAfter()
{
    QFETCH(QString, measure);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, change);

    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data = build(shipped.db, ChartKind::BeforeAfter, measure, {});
    QCOMPARE(data.rows.size(), 1);
    const ChartRow &row = data.rows.constFirst();
    QCOMPARE(row.before ? row.before->label : QString(), before);
    QCOMPARE(row.figure.label, after);
    QCOMPARE(row.change, change);
    QCOMPARE(row.flags.testFlag(RowFlag::Stated), before.isEmpty());
    if (row.before) {
        QVERIFY(row.before->baseline);
        QVERIFY(row.before->footnote > 0);
    }
    QVERIFY2(data.title.contains(before.isEmpty() ? QLatin1String(", as stated")
                                                  : QLatin1String("before and after")),
        qPrintable(data.title));
}

void tst_ChartData::trend()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    ChartScope s;
    s.schemes = { QStringLiteral("Heroin Assisted Treatment@Cleveland") };
    const ChartData data
        = build(shipped.db, ChartKind::Trend, QStringLiteral("people_in_treatment"), s);
    QCOMPARE(labels(data), (QStringList { "4", "7" }));
    QCOMPARE(data.rows.constFirst().figure.period,
        QStringLiteral("When the Heroin Assisted Treatment programme launched in October 2019"));
    QCOMPARE(data.title,
        QStringLiteral("People in treatment over time: Heroin Assisted Treatment (Cleveland)"));

    const ChartData single = build(shipped.db, ChartKind::Trend, QStringLiteral("referrals"),
        ChartScope { {}, {}, {}, { QStringLiteral("DIVERT@West Mercia") } });
    QVERIFY(single.isEmpty());
    QVERIFY(single.emptyReason.contains(QLatin1String("only one figure")));
}

void tst_ChartData::strandSummaryOfFunding()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data
        = build(shipped.db, ChartKind::StrandSummary, QStringLiteral("funding"), {});
    QStringList strands;
    int schemes = 0;
    QList<int> withFigure;
    for (const ChartRow &row : data.rows) {
        if (!strands.contains(row.scheme))
            schemes += row.schemeCount;
        strands.append(row.scheme);
        withFigure.append(row.withFigureCount);
    }
    // Treatment's yearly funding is a bar of its own, beside its one-off grants.
    QCOMPARE(strands.mid(0, 3), (QStringList { "Treatment", "Treatment", "Supply" }));
    QCOMPARE(data.rows.at(2).figure.label, QStringLiteral("\u00A3165.2k"));
    QCOMPARE(data.rows.at(1).figure.label, QStringLiteral("approx. \u00A3141k"));
    QCOMPARE(data.rows.at(1).figure.value, Decimal::fromInteger(141000));
    QCOMPARE(schemes, 47);
    QCOMPARE(std::accumulate(withFigure.cbegin(), withFigure.cend(), 0), 5);
    QCOMPARE(data.rows.at(1).schemeCount, 23);
    QCOMPARE(withFigure.at(1), 3);
    QVERIFY(data.omitted.isEmpty());
    QVERIFY(data.rows.at(1).basis.contains(
        QStringLiteral("Growing Rooms (West Yorkshire) \u00A36,000")));
    // The parts of the totals are cited in reading order.
    QVERIFY2(
        data.rows.at(0).basis.endsWith(QLatin1String("[1]")), qPrintable(data.rows.at(0).basis));
    QCOMPARE(data.footnotes.size(), 5);
    QCOMPARE(data.rows.last().figure.label, QStringLiteral("no figures"));
}

void tst_ChartData::suggestedKind_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<int>("kind");

    QTest::newRow("referrals") << "referrals" << QStringList() << int(ChartKind::Comparison);
    QTest::newRow("detectedCrimes")
        << "detected_crimes" << QStringList { "Heroin Assisted Treatment@Cleveland" }
        << int(ChartKind::BeforeAfter);
    QTest::newRow("peopleInTreatment")
        << "people_in_treatment" << QStringList() << int(ChartKind::Trend);
    QTest::newRow("fundingOneScheme")
        << "funding" << QStringList { "Growing Rooms" } << int(ChartKind::Comparison);
}

void tst_ChartData::suggestedKind()
{
    QFETCH(QString, measure);
    QFETCH(QStringList, schemes);
    QFETCH(int, kind);
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    ChartScope s;
    s.schemes = schemes;
    QCOMPARE(int(ChartDataBuilder(shipped.db).suggestedKind(measure, scope(shipped.db, s))), kind);
}

void tst_ChartData::latestFigureAndPicks()
{
    SmallDatabase small;
    QVERIFY(small.create());
    const qint64 id
        = small.addScheme(QStringLiteral("Alpha"), QStringLiteral("Kent"), Strand::Demand);
    QVERIFY(id > 0);
    const qint64 old = small.addFigure(id, figure("referrals", 10, Per::None, "2020", "2020"));
    QVERIFY(small.addFigure(id, figure("referrals", 30, Per::None, "2021-01", "2022-06")) > 0);
    QVERIFY(small.addFigure(id, figure("referrals", 99, Per::None, "2023", "", true)) > 0);
    const qint64 open = small.addFigure(id, figure("referrals", 20, Per::None, "2022-07", ""));
    QVERIFY(old > 0 && open > 0);

    ChartSpec spec;
    spec.measure = QStringLiteral("referrals");
    ChartDataBuilder builder(small.db, britishEnglish);
    ChartData data = builder.build(spec, SchemeStore::reader(small.db).schemes());
    QCOMPARE(data.rows.size(), 1);
    QCOMPARE(data.rows.constFirst().figure.figureId, open);
    QVERIFY(data.notes.join(QLatin1Char(' ')).contains(QLatin1String("Alpha (Kent): 4 figure")));

    spec.picks.insert(id, old);
    data = builder.build(spec, SchemeStore::reader(small.db).schemes());
    QCOMPARE(data.rows.constFirst().figure.figureId, old);
    QVERIFY(data.rows.constFirst().flags.testFlag(RowFlag::Picked));
    QVERIFY(data.notes.join(QLatin1Char(' ')).contains(QLatin1String("chosen")));
}

void tst_ChartData::ratesKeptApartFromTotals()
{
    SmallDatabase small;
    QVERIFY(small.create());
    const qint64 a
        = small.addScheme(QStringLiteral("Weekly"), QStringLiteral("Kent"), Strand::Supply);
    const qint64 b
        = small.addScheme(QStringLiteral("Total"), QStringLiteral("Essex"), Strand::Supply);
    const qint64 c
        = small.addScheme(QStringLiteral("Weekly too"), QStringLiteral("Surrey"), Strand::Supply);
    QVERIFY(small.addFigure(a, figure("arrests", 17, Per::Week)) > 0);
    QVERIFY(small.addFigure(b, figure("arrests", 300, Per::None, "2022-01", "2022-12")) > 0);
    QVERIFY(small.addFigure(c, figure("arrests", 5, Per::Week)) > 0);

    ChartSpec spec;
    spec.measure = QStringLiteral("arrests");
    const ChartDataBuilder builder(small.db, britishEnglish);
    const ChartData data = builder.build(spec, SchemeStore::reader(small.db).schemes());
    QCOMPARE(titles(data), (QStringList { "Weekly (Kent)", "Weekly too (Surrey)" }));
    QCOMPARE(labels(data), (QStringList { "17 a week", "5 a week" }));
    QCOMPARE(omittedSchemes(data), QStringList { "Total" });
    QVERIFY(data.ratesMixed);
    QVERIFY(data.notes.join(QLatin1Char(' ')).contains(QLatin1String("Only weekly rates")));

    spec.normalisation = Normalisation::PerMonth;
    const ChartData perMonth = builder.build(spec, SchemeStore::reader(small.db).schemes());
    QCOMPARE(labels(perMonth), (QStringList { "74 a month", "25 a month", "22 a month" }));
    QVERIFY(perMonth.omitted.isEmpty());
}

void tst_ChartData::monthsOfPeriod_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<double>("months");

    QTest::newRow("marchToDecember") << "2022-03"
                                     << "2022-12" << 10.0;
    QTest::newRow("wholeYear") << "2022"
                               << "2022" << 12.0;
    QTest::newRow("augustToAugust") << "2021-08"
                                    << "2022-08" << 13.0;
    QTest::newRow("oneQuarterByDays") << "2022-01-01"
                                      << "2022-03-31" << 90.0 / 30.4375;
    QTest::newRow("openEnded") << "2022-03"
                               << "" << -1.0;
    QTest::newRow("undated") << ""
                             << "" << -1.0;
}

void tst_ChartData::monthsOfPeriod()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(double, months);
    Figure f;
    f.periodStart = *PartialDate::parse(start);
    f.periodEnd = *PartialDate::parse(end);
    const std::optional<double> result = Normaliser::monthsOf(f);
    QCOMPARE(result.value_or(-1.0), months);
}

void tst_ChartData::sumQualifier_data()
{
    QTest::addColumn<QList<int>>("parts");
    QTest::addColumn<int>("result");

    const auto q = [](Qualifier v) { return int(v); };
    QTest::newRow("allExact") << QList<int> { q(Qualifier::Exact), q(Qualifier::Exact) }
                              << q(Qualifier::Exact);
    QTest::newRow("lowerBound") << QList<int> { q(Qualifier::Exact), q(Qualifier::MoreThan) }
                                << q(Qualifier::AtLeast);
    QTest::newRow("approximate") << QList<int> { q(Qualifier::MoreThan), q(Qualifier::Approx) }
                                 << q(Qualifier::Approx);
    QTest::newRow("empty") << QList<int> {} << q(Qualifier::Exact);
}

void tst_ChartData::sumQualifier()
{
    QFETCH(QList<int>, parts);
    QFETCH(int, result);
    QList<Qualifier> qualifiers;
    for (const int p : parts)
        qualifiers.append(Qualifier(p));
    QCOMPARE(int(StrandSummaryChart::sumQualifier(qualifiers)), result);
}

QTEST_GUILESS_MAIN(tst_ChartData)
#include "tst_chartdata.moc"
