// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One table of figures shown as funding lines and as other figures.

#include "models/figureeditmodel.h"
#include "models/figurekindproxy.h"

#include <QAbstractItemModelTester>
#include <QTest>

using opcc::FigureEditModel;
using opcc::FigureKindProxy;

class tst_FigureKindProxy : public QObject
{
    Q_OBJECT

private slots:
    void splitsFundingFromOutcomes();
};

void tst_FigureKindProxy::splitsFundingFromOutcomes()
{
    FigureEditModel model;
    opcc::Measure funding;
    funding.key = QStringLiteral("funding");
    funding.unit = opcc::Unit::Gbp;
    opcc::Measure referrals;
    referrals.key = QStringLiteral("referrals");
    model.setMeasures({ funding, referrals });
    FigureKindProxy fundingLines(FigureKindProxy::Kind::Funding);
    FigureKindProxy outcomes(FigureKindProxy::Kind::Outcomes);
    fundingLines.setSourceModel(&model);
    outcomes.setSourceModel(&model);
    QAbstractItemModelTester fundingTester(
        &fundingLines, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester outcomesTester(
        &outcomes, QAbstractItemModelTester::FailureReportingMode::QtTest);

    opcc::Figure a;
    a.measure = QStringLiteral("funding");
    opcc::Figure b;
    b.measure = QStringLiteral("referrals");
    model.setFigures({ a, b });
    QCOMPARE(fundingLines.rowCount(), 1);
    QCOMPARE(outcomes.rowCount(), 1);
    model.appendFigure(a);
    QCOMPARE(fundingLines.rowCount(), 2);
    // Choosing another measure moves the row to the other table.
    QVERIFY(
        outcomes.setData(outcomes.index(0, FigureEditModel::Measure), QStringLiteral("funding")));
    QCOMPARE(fundingLines.rowCount(), 3);
    QCOMPARE(outcomes.rowCount(), 0);
    QVERIFY(fundingLines.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(tst_FigureKindProxy)
#include "tst_figurekindproxy.moc"
