// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a chart must say beside its bars, not only in a note: the schemes it draws in its title,
// what qualifies a before/after change, periods that differ; totals only of like periods; rates
// worked out to the precision of the figures they come from; people through the scheme across
// the measures schemes count them by.
#include "chartfixtures.h"
#include "charts/beforeafterchart.h"
#include "charts/chartdatabuilder.h"
#include "charts/chartscope.h"
#include "charts/measureset.h"
#include "charts/normaliser.h"
#include "domain/language.h"
#include "storage/schemestore.h"
#include "testsupport.h"

using namespace opcc;
using namespace testsupport;
using chartfixtures::figure;
using chartfixtures::SmallDatabase;

namespace {

const QLocale britishEnglish(QLocale::English, QLocale::UnitedKingdom);

ChartData build(const Database &db, ChartKind kind, const QString &measure,
    const QStringList &schemes = {}, Normalisation normalisation = Normalisation::None,
    const QString &strand = {})
{
    ChartSpec spec;
    spec.kind = kind;
    spec.measure = measure;
    spec.normalisation = normalisation;
    ChartScope scope;
    scope.schemes = schemes;
    scope.strand = strand;
    const ResolvedScope resolved = ChartScopeResolver(db).resolve(scope);
    return ChartDataBuilder(db, britishEnglish).build(spec, resolved);
}

QStringList labels(const ChartData &data)
{
    QStringList result;
    for (const ChartRow &row : data.rows)
        result.append(row.figure.label);
    return result;
}

} // namespace

class tst_ChartCaveats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void titleNamesOnlySchemesDrawn_data();
    void titleNamesOnlySchemesDrawn();
    void beforeAfterChangeSaysWhatLimitsIt();
    void sharedNote_data();
    void sharedNote();
    void strandSummaryKeepsPeriodsApart();
    void strandSummaryPerYear();
    void ratesRoundedToTheirSource_data();
    void ratesRoundedToTheirSource();
    void peopleThroughTheScheme();
};

void tst_ChartCaveats::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("en")));
}

void tst_ChartCaveats::titleNamesOnlySchemesDrawn_data()
{
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("notDrawn");

    QTest::newRow("twoDivertsOfThreeNames")
        << QStringList { "DIVERT", "Checkpoint", "Checkpoint Cymru" }
        << "Referrals by scheme: DIVERT"
        << "Checkpoint (Durham); Checkpoint Cymru (North Wales)";
    QTest::newRow("oneAtItsArea") << QStringList { "DIVERT@West Mercia", "Checkpoint" }
                                  << "Referrals by scheme: DIVERT"
                                  << "Checkpoint (Durham)";
    QTest::newRow("allNamedDrawn") << QStringList { "DIVERT", "WONDER+" }
                                   << "Referrals by scheme: DIVERT, WONDER+" << QString();
}

void tst_ChartCaveats::titleNamesOnlySchemesDrawn()
{
    QFETCH(QStringList, schemes);
    QFETCH(QString, title);
    QFETCH(QString, notDrawn);
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data
        = build(shipped.db, ChartKind::Comparison, QStringLiteral("referrals"), schemes);
    QCOMPARE(data.title, title);
    const QString notes = data.notes.join(QLatin1Char('\n'));
    if (notDrawn.isEmpty())
        QVERIFY2(!notes.contains(QLatin1String("Named but not drawn")), qPrintable(notes));
    else
        QVERIFY2(notes.contains(notDrawn), qPrintable(notes));
}

void tst_ChartCaveats::beforeAfterChangeSaysWhatLimitsIt()
{
    // Cleveland's "−538 (−99.4%)" comes from a sample of six, over a "before" and an "after" of
    // unstated, unequal lengths: both are said with the change, and in the subtitle.
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data
        = build(shipped.db, ChartKind::BeforeAfter, QStringLiteral("detected_crimes"),
            { QStringLiteral("Heroin Assisted Treatment@Cleveland") });
    QCOMPARE(data.rows.size(), 1);
    const ChartRow &row = data.rows.constFirst();
    QCOMPARE(row.change, QStringLiteral("\u2212538 (\u221299.4%)"));
    QCOMPARE(row.caveat,
        QStringLiteral("sample of six participants with at least 30 weeks on "
                       "the scheme; periods differ"));
    QVERIFY(row.flags.testFlag(RowFlag::PeriodDiffers));
    QVERIFY(data.periodsDiffer);
    QVERIFY2(data.subtitle.contains(QLatin1String("periods differ")), qPrintable(data.subtitle));
    QVERIFY(data.notes.constFirst().startsWith(QLatin1String("Periods differ")));
}

void tst_ChartCaveats::sharedNote_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("shared");

    QTest::newRow("sameSample") << "sample of six: crimes before"
                                << "sample of six: offences since"
                                << "sample of six: ";
    QTest::newRow("differentSamples") << "sample of six: crimes"
                                      << "sample of ten: crimes" << QString();
    QTest::newRow("noColon") << "crimes before"
                             << "crimes before" << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void tst_ChartCaveats::sharedNote()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, shared);
    QCOMPARE(BeforeAfterChart::sharedNote(before, after), shared);
}

void tst_ChartCaveats::strandSummaryKeepsPeriodsApart()
{
    // Wiltshire's £175,372 a year is neither added to one-off grants nor dropped: it is a bar of
    // its own in its strand.
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data = build(shipped.db, ChartKind::StrandSummary, QStringLiteral("funding"));
    QVERIFY(data.omitted.isEmpty());
    QStringList strands;
    for (const ChartRow &row : data.rows)
        strands.append(row.scheme);
    QCOMPARE(strands.mid(0, 3), (QStringList { "Treatment", "Treatment", "Supply" }));
    QCOMPARE(labels(data).mid(0, 3),
        (QStringList { "\u00A3175.4k a year", "approx. \u00A3141k", "\u00A3165.2k" }));
    QCOMPARE(data.rows.at(0).figure.per, Per::Year);
    QCOMPARE(data.rows.at(0).withFigureCount, 1);
    QCOMPARE(data.rows.at(1).withFigureCount, 3);
    QCOMPARE(data.rows.at(1).figure.period, QStringLiteral("period not stated"));
    QVERIFY(data.notes.join(QLatin1Char(' ')).contains(QLatin1String("never added together")));
}

void tst_ChartCaveats::strandSummaryPerYear()
{
    SmallDatabase small;
    QVERIFY(small.create());
    const qint64 a
        = small.addScheme(QStringLiteral("Yearly"), QStringLiteral("Kent"), Strand::Treatment);
    const qint64 b
        = small.addScheme(QStringLiteral("Half year"), QStringLiteral("Essex"), Strand::Treatment);
    const qint64 c
        = small.addScheme(QStringLiteral("Undated"), QStringLiteral("Surrey"), Strand::Treatment);
    QVERIFY(small.addFigure(a, figure("funding", 175372, Per::Year)) > 0);
    QVERIFY(small.addFigure(b, figure("funding", 50000, Per::None, "2022-04", "2022-09")) > 0);
    QVERIFY(small.addFigure(c, figure("funding", 6000)) > 0);

    ChartSpec spec;
    spec.kind = ChartKind::StrandSummary;
    spec.measure = QStringLiteral("funding");
    const ChartDataBuilder builder(small.db, britishEnglish);
    const ChartData stated = builder.build(spec, SchemeStore::reader(small.db).schemes());
    QCOMPARE(stated.rows.size(), 3); // a year; April-September 2022; not stated

    spec.normalisation = Normalisation::PerYear;
    const ChartData yearly = builder.build(spec, SchemeStore::reader(small.db).schemes());
    QCOMPARE(yearly.rows.size(), 1);
    QCOMPARE(yearly.rows.constFirst().figure.value, Decimal::fromInteger(275372));
    QCOMPARE(yearly.rows.constFirst().withFigureCount, 2);
    QCOMPARE(yearly.omitted.size(), 1);
    QCOMPARE(yearly.omitted.constFirst().scheme, QStringLiteral("Undated"));
    QVERIFY(yearly.title.startsWith(QLatin1String("Funding a year by strand")));
    QVERIFY(!yearly.basis.isEmpty());
}

void tst_ChartCaveats::ratesRoundedToTheirSource_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("rounded");

    QTest::newRow("thirtyFourAMonth") << 103.0 / 3.0 << int(Unit::Count) << "34";
    QTest::newRow("underTenKeepsOneDecimal") << 17.0 / 3.0 << int(Unit::Count) << "5.7";
    QTest::newRow("wholePounds") << 175372.0 / 12.0 << int(Unit::Gbp) << "14614";
    QTest::newRow("smallPoundsWhole") << 5000.0 / 22.0 << int(Unit::Gbp) << "227";
    QTest::newRow("kilograms") << 12.345 << int(Unit::Kg) << "12";
}

void tst_ChartCaveats::ratesRoundedToTheirSource()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(QString, rounded);
    QCOMPARE(Normaliser::roundedLike(value, Unit(unit)).toPlainString(), rounded);
}

void tst_ChartCaveats::peopleThroughTheScheme()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data = build(shipped.db, ChartKind::Comparison, MeasureSet::peopleKey());
    QVERIFY(!data.isEmpty());
    QHash<QString, QString> measureOf;
    for (const ChartRow &row : data.rows) {
        QVERIFY2(!row.figureMeasure.isEmpty(), qPrintable(row.title()));
        measureOf.insert(row.title(), row.figureMeasure);
    }
    QCOMPARE(
        measureOf.value(QStringLiteral("Checkpoint (Durham)")), QStringLiteral("People diverted"));
    QCOMPARE(
        measureOf.value(QStringLiteral("DIVERT (West Midlands)")), QStringLiteral("Referrals"));
    QCOMPARE(measureOf.value(QStringLiteral("We've got HeART (Merseyside)")),
        QStringLiteral("Participants"));
    QVERIFY(data.title.startsWith(QLatin1String("People through the scheme")));
    QVERIFY(data.notes.constFirst().contains(QLatin1String("each bar is the scheme's own")));
}

QTEST_GUILESS_MAIN(tst_ChartCaveats)
#include "tst_chartcaveats.moc"
