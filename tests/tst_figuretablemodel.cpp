// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The figures of one scheme as the detail panel shows them.

#include "models/figuretablemodel.h"
#include "storage/figurestore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace testsupport;
using opcc::FigureTableModel;

class tst_FigureTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatting_data();
    void formatting();
    void followsTheDatabase();
    void emptyForNoScheme();

private:
    ShippedDatabase m_data;
};

void tst_FigureTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_data.open());
}

void tst_FigureTableModel::formatting_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("measureText");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("source");

    const QString report = QStringLiteral("APCC, Tackling Addictions In Focus");
    QTest::newRow("money") << "Turning Point substance misuse and alcohol treatment services"
                           << "Wiltshire"
                           << "funding"
                           << "Funding" << QString::fromUtf8("£175,372 a year") << "per annum"
                           << "Wiltshire OPCC, FOI 2020-500 response";
    QTest::newRow("percent") << "DIVERT"
                             << "West Mercia"
                             << "assessment_rate"
                             << "Assessment rate"
                             << "70.3%"
                             << "since the programme launched" << report;
    QTest::newRow("thousands")
        << "Operation Scorpion"
        << "Avon and Somerset; Devon and Cornwall; Dorset; Gloucestershire; Wiltshire"
        << "drug_disruptions"
        << "Drug disruptions"
        << "1,514"
        << "March-December 2022" << report;
    QTest::newRow("over") << "DIVERT"
                          << "West Midlands"
                          << "referrals"
                          << "Referrals"
                          << "over 6,000"
                          << "Since launching the scheme" << report;
    QTest::newRow("approxMoney")
        << "Operation Scorpion"
        << "Avon and Somerset; Devon and Cornwall; Dorset; Gloucestershire; Wiltshire"
        << "cash_seized"
        << "Cash seized" << QString::fromUtf8("approx. £363,000") << "March-December 2022"
        << report;
    QTest::newRow("range") << "FREE Program"
                           << "Durham"
                           << "average_attendance"
                           << "Average attendance"
                           << "17 to 20"
                           << "" << report;
    QTest::newRow("ratePerWeek") << "Operation Warrior"
                                 << "Lancashire"
                                 << "drugs_seized"
                                 << "Drugs seized"
                                 << "2 kg a week"
                                 << "" << report;
}

void tst_FigureTableModel::formatting()
{
    QFETCH(QString, scheme);
    QFETCH(QString, area);
    QFETCH(QString, measure);
    QFETCH(QString, measureText);
    QFETCH(QString, value);
    QFETCH(QString, period);
    QFETCH(QString, source);

    FigureTableModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScheme(*opcc::SchemeStore::reader(m_data.db).idOf(scheme, area));
    int found = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(FigureTableModel::MeasureKeyRole).toString() == measure
            && !model.index(row, 0).data(FigureTableModel::BaselineRole).toBool())
            found = row;
    }
    QVERIFY(found >= 0);
    QCOMPARE(model.index(found, FigureTableModel::Measure).data().toString(), measureText);
    QCOMPARE(model.index(found, FigureTableModel::Value).data().toString(), value);
    QCOMPARE(model.index(found, FigureTableModel::Period).data().toString(), period);
    QCOMPARE(model.index(found, FigureTableModel::Source).data().toString(), source);
    QVERIFY(!model.index(found, 0).data(FigureTableModel::QuoteRole).toString().isEmpty());
}

void tst_FigureTableModel::followsTheDatabase()
{
    ShippedDatabase data;
    QVERIFY(data.open());
    FigureTableModel model(data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 hat = *opcc::SchemeStore::reader(data.db).idOf(
        QStringLiteral("Heroin Assisted Treatment"), QStringLiteral("Cleveland"));
    model.setScheme(hat);
    const int before = model.rowCount();
    QCOMPARE(before, 14);
    // The baseline of the before/after pair says so.
    bool sawBefore = false;
    for (int row = 0; row < model.rowCount(); ++row)
        sawBefore = sawBefore
            || model.index(row, FigureTableModel::Measure).data().toString()
                == QStringLiteral("Detected crimes (before)");
    QVERIFY(sawBefore);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());
    opcc::Figure figure;
    figure.schemeId = hat;
    figure.measure = QStringLiteral("referrals");
    figure.value = opcc::Decimal::fromInteger(20);
    QVERIFY(opcc::FigureStore(data.db).insert(figure));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), before + 1);
}

void tst_FigureTableModel::emptyForNoScheme()
{
    FigureTableModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScheme(0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(FigureTableModel::ColumnCount));
}

QTEST_GUILESS_MAIN(tst_FigureTableModel)
#include "tst_figuretablemodel.moc"
