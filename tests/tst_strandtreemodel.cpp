// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The strand navigator model: counts per strand and per area.

#include "models/schemetablemodel.h"
#include "models/strandtreemodel.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace testsupport;
using opcc::SchemeTableModel;
using opcc::Strand;

class tst_StrandTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void strandTreeCounts();
    void strandRows_data();
    void strandRows();
    void followsTheSchemeList();

private:
    ShippedDatabase m_data;
};

void tst_StrandTreeModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_data.open());
}

void tst_StrandTreeModel::strandTreeCounts()
{
    SchemeTableModel schemes(m_data.db);
    opcc::StrandTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setSourceModel(&schemes);
    schemes.reload();
    QCOMPARE(tree.rowCount(), 6);
    QCOMPARE(tree.index(0, 0).data().toString(), QStringLiteral("All schemes (47)"));
    QCOMPARE(tree.index(0, 0).data(opcc::StrandTreeModel::StrandRole).toInt(), -1);
    const QModelIndex treatment = tree.indexFor(Strand::Treatment);
    QCOMPARE(treatment.data().toString(), QStringLiteral("Treatment (23)"));
    int sum = 0;
    for (int row = 0; row < tree.rowCount(treatment); ++row)
        sum += tree.index(row, 0, treatment).data(opcc::StrandTreeModel::CountRole).toInt();
    QCOMPARE(sum, 23); // every treatment scheme has one area
    const QModelIndex cleveland = tree.indexFor(Strand::Treatment, QStringLiteral("Cleveland"));
    QCOMPARE(cleveland.parent(), treatment);
    QCOMPARE(cleveland.data().toString(), QStringLiteral("Cleveland (2)"));
    const QModelIndex supply = tree.indexFor(Strand::Supply);
    // Operation Scorpion counts once in the strand and once in each of its five areas.
    QCOMPARE(supply.data(opcc::StrandTreeModel::CountRole).toInt(), 9);
    QCOMPARE(tree.indexFor(Strand::Supply, QStringLiteral("Wiltshire")).data().toString(),
        QStringLiteral("Wiltshire (1)"));
}

void tst_StrandTreeModel::strandRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::newRow("all") << 0 << "All schemes (47)";
    QTest::newRow("supply") << 1 << "Supply (9)";
    QTest::newRow("treatment") << 2 << "Treatment (23)";
    QTest::newRow("demand") << 3 << "Demand (6)";
    QTest::newRow("otherAddictions") << 4 << "Other addictions (3)";
    QTest::newRow("partnerships") << 5 << "Partnerships (6)";
}

void tst_StrandTreeModel::strandRows()
{
    QFETCH(int, row);
    QFETCH(QString, text);
    SchemeTableModel schemes(m_data.db);
    opcc::StrandTreeModel tree;
    tree.setSourceModel(&schemes);
    schemes.reload();
    QCOMPARE(tree.index(row, 0).data().toString(), text);
}

void tst_StrandTreeModel::followsTheSchemeList()
{
    ShippedDatabase data;
    QVERIFY(data.open());
    SchemeTableModel schemes(data.db);
    opcc::StrandTreeModel tree;
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setSourceModel(&schemes);
    schemes.reload();
    QSignalSpy reset(&tree, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());
    opcc::Scheme scheme;
    scheme.name = QStringLiteral("Gambling support clinic");
    scheme.areas = { QStringLiteral("Gwent") };
    scheme.strand = Strand::OtherAddictions;
    QVERIFY(opcc::SchemeStore(data.db).insert(scheme));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(tree.indexFor(Strand::OtherAddictions).data().toString(),
        QStringLiteral("Other addictions (4)"));
    QCOMPARE(tree.indexFor(Strand::OtherAddictions, QStringLiteral("Gwent")).data().toString(),
        QStringLiteral("Gwent (1)"));
}

QTEST_GUILESS_MAIN(tst_StrandTreeModel)
#include "tst_strandtreemodel.moc"
