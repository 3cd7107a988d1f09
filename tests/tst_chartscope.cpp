// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartscope.h"
#include "testsupport.h"

using namespace opcc;
using namespace testsupport;

class tst_ChartScope : public QObject
{
    Q_OBJECT

private slots:
    void resolveScope_data();
    void resolveScope();
    void checkMeasure_data();
    void checkMeasure();
};

void tst_ChartScope::resolveScope_data()
{
    QTest::addColumn<QString>("strand");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("error");

    QTest::newRow("everything") << QString() << QString() << QStringList() << 47 << QString();
    QTest::newRow("strandKey") << "demand" << QString() << QStringList() << 6 << QString();
    QTest::newRow("strandLabel") << "Other addictions" << QString() << QStringList() << 3
                                 << QString();
    QTest::newRow("areaWithJointOperation")
        << QString() << "Dorset" << QStringList() << 3 << QString();
    QTest::newRow("nameTwice") << QString() << QString() << QStringList { "DIVERT" } << 2
                               << QString();
    QTest::newRow("nameAtArea") << QString() << QString() << QStringList { "divert@west mercia" }
                                << 1 << QString();
    QTest::newRow("twoNames") << QString() << QString()
                              << QStringList { "DIVERT@West Mercia", "Checkpoint" } << 2
                              << QString();
    QTest::newRow("strandAndName")
        << "supply" << QString() << QStringList { "DIVERT" } << 0 << QString();
    QTest::newRow("unknownStrand") << "enforcement" << QString() << QStringList() << 0
                                   << "Valid strands: supply, treatment, demand";
    QTest::newRow("unknownArea") << QString() << "Gotham" << QStringList() << 0
                                 << "Valid areas: Avon and Somerset";
    QTest::newRow("unknownScheme") << QString() << QString() << QStringList { "DIVERTED" } << 0
                                   << "Valid schemes: Bruker drug testing device";
    QTest::newRow("wrongAreaForName") << QString() << QString() << QStringList { "DIVERT@Kent" }
                                      << 0 << "Unknown scheme \"DIVERT@Kent\"";
}

void tst_ChartScope::resolveScope()
{
    QFETCH(QString, strand);
    QFETCH(QString, area);
    QFETCH(QStringList, schemes);
    QFETCH(int, count);
    QFETCH(QString, error);
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    ChartScope s;
    s.strand = strand;
    s.area = area;
    s.schemes = schemes;
    const ResolvedScope resolved = ChartScopeResolver(shipped.db).resolve(s);
    QVERIFY2(resolved.error.contains(error), qPrintable(resolved.error));
    QCOMPARE(resolved.ok(), error.isEmpty());
    QCOMPARE(resolved.schemes.size(), count);
}

void tst_ChartScope::checkMeasure_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<QString>("error");

    QTest::newRow("present") << "referrals" << QStringList() << QString();
    QTest::newRow("unknown") << "referals" << QStringList()
                             << "Unknown measure \"referals\". Valid measures";
    QTest::newRow("listsChoices") << "referals" << QStringList() << "referrals";
    QTest::newRow("notInSelection") << "funding" << QStringList { "DIVERT" }
                                    << "None of the selected schemes has a figure for \"funding\"";
    QTest::newRow("namesSchemesThatHaveIt")
        << "funding" << QStringList { "DIVERT" } << "Growing Rooms@West Yorkshire";
}

void tst_ChartScope::checkMeasure()
{
    QFETCH(QString, measure);
    QFETCH(QStringList, schemes);
    QFETCH(QString, error);
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    ChartScope s;
    s.schemes = schemes;
    const ChartScopeResolver resolver(shipped.db);
    const QString message = resolver.checkMeasure(measure, resolver.resolve(s).schemes);
    QVERIFY2(message.contains(error), qPrintable(message));
    QCOMPARE(message.isEmpty(), error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ChartScope)
#include "tst_chartscope.moc"
