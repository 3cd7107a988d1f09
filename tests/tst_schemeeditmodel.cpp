// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one-row model behind the scheme form's QDataWidgetMapper.

#include "models/schemeeditmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using opcc::SchemeEditModel;

class tst_SchemeEditModel : public QObject
{
    Q_OBJECT

private slots:
    void newSchemeHasNoStrand();
    void editsEveryColumn_data();
    void editsEveryColumn();
    void keepsDatesAsTyped();
    void refusesOutOfRangeChoices();
};

void tst_SchemeEditModel::newSchemeHasNoStrand()
{
    SchemeEditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScheme(opcc::Scheme {}, false);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(SchemeEditModel::ColumnCount));
    QCOMPARE(model.index(0, SchemeEditModel::Strand).data(Qt::EditRole).toInt(), -1);
    QVERIFY(!model.strand());
    QVERIFY(model.index(0, SchemeEditModel::Strand).data().toString().isEmpty());
    QCOMPARE(model.headerData(SchemeEditModel::Eligibility, Qt::Horizontal).toString(),
        QStringLiteral("Who it is for"));
}

void tst_SchemeEditModel::editsEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("display");
    QTest::newRow("name") << int(SchemeEditModel::Name) << QVariant(QStringLiteral("DIVERT"))
                          << "DIVERT";
    QTest::newRow("strand") << int(SchemeEditModel::Strand) << QVariant(2) << "Demand";
    QTest::newRow("status") << int(SchemeEditModel::Status) << QVariant(3) << "Ended";
    QTest::newRow("start") << int(SchemeEditModel::Start) << QVariant(QStringLiteral("2021-07"))
                           << "2021-07";
    QTest::newRow("end") << int(SchemeEditModel::End) << QVariant(QStringLiteral("2022")) << "2022";
    QTest::newRow("source") << int(SchemeEditModel::Source) << QVariant(QStringLiteral("FOI 123"))
                            << "FOI 123";
    QTest::newRow("summary") << int(SchemeEditModel::Summary) << QVariant(QStringLiteral("S"))
                             << "S";
    QTest::newRow("description") << int(SchemeEditModel::Description)
                                 << QVariant(QStringLiteral("D")) << "D";
    QTest::newRow("eligibility") << int(SchemeEditModel::Eligibility)
                                 << QVariant(QStringLiteral("E")) << "E";
}

void tst_SchemeEditModel::editsEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, display);
    SchemeEditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScheme(opcc::Scheme {}, false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    const QModelIndex index = model.index(0, column);
    QVERIFY(model.flags(index).testFlag(Qt::ItemIsEditable));
    QVERIFY(model.setData(index, value));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), index);
    QCOMPARE(index.data().toString(), display);
    QVERIFY(model.setData(index, value)); // the same again changes nothing
    QCOMPARE(changed.count(), 1);
    const opcc::Scheme scheme = model.scheme();
    QCOMPARE(scheme.name.isEmpty(), column != SchemeEditModel::Name);
    if (column == SchemeEditModel::Strand)
        QCOMPARE(scheme.strand, opcc::Strand::Demand);
    if (column == SchemeEditModel::End)
        QCOMPARE(scheme.end.toIsoString(), QStringLiteral("2022"));
}

void tst_SchemeEditModel::keepsDatesAsTyped()
{
    SchemeEditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setData(model.index(0, SchemeEditModel::Start), QStringLiteral("2022-13")));
    QCOMPARE(model.startText(), QStringLiteral("2022-13"));
    QCOMPARE(model.index(0, SchemeEditModel::Start).data(Qt::EditRole).toString(),
        QStringLiteral("2022-13"));
    QVERIFY(model.scheme().start.isNull()); // not a date: left out of the record
    QCOMPARE(SchemeEditModel::fieldName(SchemeEditModel::Start), QStringLiteral("start"));
}

void tst_SchemeEditModel::refusesOutOfRangeChoices()
{
    SchemeEditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.setData(model.index(0, SchemeEditModel::Status), 99));
    QVERIFY(!model.setData(
        model.index(0, SchemeEditModel::Name), QStringLiteral("x"), Qt::DisplayRole));
    QVERIFY(model.setData(model.index(0, SchemeEditModel::Strand), -1)); // back to none
    QVERIFY(!model.strand());
}

QTEST_GUILESS_MAIN(tst_SchemeEditModel)
#include "tst_schemeeditmodel.moc"
