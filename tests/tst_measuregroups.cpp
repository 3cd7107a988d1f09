// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The headings the measure catalogue is grouped under: the charts put "people through the
// scheme" side by side across measures, and the measure lists are read by heading.

#include "domain/measurecatalogue.h"

#include <QTest>

using namespace opcc;

Q_DECLARE_METATYPE(opcc::MeasureGroup)
Q_DECLARE_METATYPE(opcc::Unit)

class tst_MeasureGroups : public QObject
{
    Q_OBJECT

private slots:
    void groupOfMeasure_data();
    void groupOfMeasure();
    void everyGroupHasCatalogueMeasures();
    void labelsAreDistinct();
};

void tst_MeasureGroups::groupOfMeasure_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<opcc::Unit>("unit");
    QTest::addColumn<opcc::MeasureGroup>("group");
    QTest::newRow("referrals") << QStringLiteral("referrals") << Unit::Count
                               << MeasureGroup::People;
    QTest::newRow("participants") << QStringLiteral("participants") << Unit::Count
                                  << MeasureGroup::People;
    QTest::newRow("peopleDiverted")
        << QStringLiteral("people_diverted") << Unit::Count << MeasureGroup::People;
    QTest::newRow("arrests") << QStringLiteral("arrests") << Unit::Count
                             << MeasureGroup::Enforcement;
    QTest::newRow("cashSeizedIsEnforcement")
        << QStringLiteral("cash_seized") << Unit::Gbp << MeasureGroup::Enforcement;
    QTest::newRow("funding") << QStringLiteral("funding") << Unit::Gbp << MeasureGroup::Money;
    QTest::newRow("notReoffended")
        << QStringLiteral("not_reoffended_rate") << Unit::Percent << MeasureGroup::Outcomes;
    QTest::newRow("cohortIsAbout")
        << QStringLiteral("cohort_male_rate") << Unit::Percent << MeasureGroup::About;
    QTest::newRow("sessions") << QStringLiteral("sessions") << Unit::Count << MeasureGroup::About;
    QTest::newRow("unknownMoney") << QStringLiteral("match_funding") << Unit::Gbp
                                  << MeasureGroup::Money;
    QTest::newRow("unknownRate") << QStringLiteral("completion_rate") << Unit::Percent
                                 << MeasureGroup::Outcomes;
    QTest::newRow("unknownCount") << QStringLiteral("leaflets") << Unit::Count
                                  << MeasureGroup::About;
}

void tst_MeasureGroups::groupOfMeasure()
{
    QFETCH(QString, key);
    QFETCH(opcc::Unit, unit);
    QFETCH(opcc::MeasureGroup, group);
    QCOMPARE(measureGroup(key, unit), group);
}

void tst_MeasureGroups::everyGroupHasCatalogueMeasures()
{
    QHash<MeasureGroup, int> counts;
    for (const CatalogueMeasure &measure : measureCatalogue())
        ++counts[measureGroup(QString::fromLatin1(measure.key), measure.unit)];
    for (MeasureGroup group : measureGroups())
        QVERIFY2(counts.value(group) > 0, qPrintable(measureGroupLabel(group)));
    // People through the scheme gathers the counts of people, not rates or money.
    for (const CatalogueMeasure &measure : measureCatalogue()) {
        if (measureGroup(QString::fromLatin1(measure.key), measure.unit) == MeasureGroup::People)
            QVERIFY2(measure.unit == Unit::Count, measure.key);
    }
    QCOMPARE(counts.value(MeasureGroup::People), 27);
}

void tst_MeasureGroups::labelsAreDistinct()
{
    QStringList labels;
    for (MeasureGroup group : measureGroups())
        labels.append(measureGroupLabel(group));
    QCOMPARE(labels.size(), 5);
    labels.removeDuplicates();
    QCOMPARE(labels.size(), 5);
    QVERIFY(!labels.contains(QString()));
}

QTEST_GUILESS_MAIN(tst_MeasureGroups)
#include "tst_measuregroups.moc"
