// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Choosing the areas of a scheme from the list of police force areas.

#include "models/areachoicemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using opcc::AreaChoiceModel;

namespace {

QList<opcc::Area> someAreas()
{
    QList<opcc::Area> areas;
    for (const char *name : { "Kent", "National", "West Mercia", "West Midlands" }) {
        opcc::Area area;
        area.name = QString::fromLatin1(name);
        area.nation = opcc::Nation::England;
        areas.append(area);
    }
    return areas;
}

} // namespace

class tst_AreaChoiceModel : public QObject
{
    Q_OBJECT

private slots:
    void checkAndUncheck();
    void chosenByName();
    void unknownAreasAreKept();
};

void tst_AreaChoiceModel::checkAndUncheck()
{
    AreaChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAreas(someAreas());
    QCOMPARE(model.rowCount(), 4);
    QSignalSpy chosen(&model, &AreaChoiceModel::chosenChanged);
    QVERIFY(chosen.isValid());
    const QModelIndex westMidlands = model.index(3);
    QVERIFY(model.flags(westMidlands).testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(westMidlands.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.setData(westMidlands, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(model.chosen(), QStringList { QStringLiteral("West Midlands") });
    QCOMPARE(westMidlands.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("chosen"));
    QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(
        model.chosen(), (QStringList { QStringLiteral("Kent"), QStringLiteral("West Midlands") }));
    QVERIFY(model.setData(westMidlands, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.chosen(), QStringList { QStringLiteral("Kent") });
    QCOMPARE(chosen.count(), 3);
    QVERIFY(!model.setData(westMidlands, QStringLiteral("renamed"), Qt::EditRole));
}

void tst_AreaChoiceModel::chosenByName()
{
    AreaChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAreas(someAreas());
    model.setChosen({ QStringLiteral("west mercia"), QStringLiteral("National") });
    QCOMPARE(model.chosen(),
        (QStringList { QStringLiteral("National"), QStringLiteral("West Mercia") }));
    model.setAreas(someAreas()); // a refresh keeps the choice
    QCOMPARE(model.chosen(),
        (QStringList { QStringLiteral("National"), QStringLiteral("West Mercia") }));
    model.setChosen({});
    QVERIFY(model.chosen().isEmpty());
}

void tst_AreaChoiceModel::unknownAreasAreKept()
{
    AreaChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAreas(someAreas());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setChosen({ QStringLiteral("Atlantis"), QStringLiteral("Kent") });
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.chosen(), (QStringList { QStringLiteral("Kent"), QStringLiteral("Atlantis") }));
}

QTEST_GUILESS_MAIN(tst_AreaChoiceModel)
#include "tst_areachoicemodel.moc"
