// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The editable figures of a scheme: values kept as typed, each cell saying what is wrong with it.

#include "models/figureeditmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using opcc::FigureEditModel;

namespace {

QList<opcc::Measure> someMeasures()
{
    QList<opcc::Measure> measures;
    const auto add = [&](const char *key, opcc::Unit unit, const char *label) {
        opcc::Measure m;
        m.key = QString::fromLatin1(key);
        m.unit = unit;
        m.label = QString::fromLatin1(label);
        measures.append(m);
    };
    add("funding", opcc::Unit::Gbp, "Funding");
    add("people_enrolled", opcc::Unit::Count, "People enrolled");
    add("not_reoffended_rate", opcc::Unit::Percent, "Not reoffended");
    add("retailer_savings", opcc::Unit::Gbp, "Savings to retailers");
    return measures;
}

opcc::Figure enrolled()
{
    opcc::Figure f;
    f.id = 5;
    f.measure = QStringLiteral("people_enrolled");
    f.value = opcc::Decimal::fromInteger(27);
    f.periodStart = *opcc::PartialDate::parse(u"2021-07");
    f.periodEnd = *opcc::PartialDate::parse(u"2022-07");
    return f;
}

} // namespace

class tst_FigureEditModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsLoadedFigures();
    void cellIssues_data();
    void cellIssues();
    void measureChangeRereadsValues();
    void baselineIsAYesNoChoice();
    void addAndRemoveRows();

private:
    std::unique_ptr<FigureEditModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_FigureEditModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_model = std::make_unique<FigureEditModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setMeasures(someMeasures());
    m_model->setFigures({ enrolled() });
}

void tst_FigureEditModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_FigureEditModel::showsLoadedFigures()
{
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->columnCount(), int(FigureEditModel::ColumnCount));
    const QModelIndex measure = m_model->index(0, FigureEditModel::Measure);
    QCOMPARE(measure.data().toString(), QStringLiteral("People enrolled"));
    QCOMPARE(measure.data(Qt::EditRole).toString(), QStringLiteral("people_enrolled"));
    QCOMPARE(measure.data(FigureEditModel::UnitRole).toInt(), int(opcc::Unit::Count));
    QCOMPARE(m_model->index(0, FigureEditModel::Value)
                 .data(FigureEditModel::HundredthsRole)
                 .toLongLong(),
        qint64(2700));
    QCOMPARE(m_model->index(0, FigureEditModel::PeriodStart).data().toString(),
        QStringLiteral("2021-07"));
    QVERIFY(m_model->issues().isEmpty());
    QCOMPARE(m_model->figures().first().id, qint64(5));
    QCOMPARE(m_model->figures().first().value, opcc::Decimal::fromInteger(27));
}

void tst_FigureEditModel::cellIssues_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("issueColumn"); // -1: none
    QTest::newRow("wholeCount") << "people_enrolled" << int(FigureEditModel::Value) << "28" << -1;
    QTest::newRow("negativeCount")
        << "people_enrolled" << int(FigureEditModel::Value) << "-1" << int(FigureEditModel::Value);
    QTest::newRow("fractionalCount")
        << "people_enrolled" << int(FigureEditModel::Value) << "2.5" << int(FigureEditModel::Value);
    QTest::newRow("moneyForCount")
        << "people_enrolled" << int(FigureEditModel::Value) << "£5" << int(FigureEditModel::Value);
    QTest::newRow("emptyValue") << "people_enrolled" << int(FigureEditModel::Value) << ""
                                << int(FigureEditModel::Value);
    QTest::newRow("percentOver100") << "not_reoffended_rate" << int(FigureEditModel::Value) << "101"
                                    << int(FigureEditModel::Value);
    QTest::newRow("percentSign") << "not_reoffended_rate" << int(FigureEditModel::Value) << "64%"
                                 << -1;
    QTest::newRow("poundsWithSuffix")
        << "retailer_savings" << int(FigureEditModel::Value) << "£800k" << -1;
    QTest::newRow("badPeriodDate") << "people_enrolled" << int(FigureEditModel::PeriodEnd)
                                   << "July 2022" << int(FigureEditModel::PeriodEnd);
    QTest::newRow("periodEndBeforeStart") << "people_enrolled" << int(FigureEditModel::PeriodEnd)
                                          << "2020" << int(FigureEditModel::PeriodEnd);
    QTest::newRow("highWithoutRange") << "people_enrolled" << int(FigureEditModel::ValueHigh)
                                      << "40" << int(FigureEditModel::Qualifier);
    QTest::newRow("missingMeasure")
        << "" << int(FigureEditModel::Note) << "x" << int(FigureEditModel::Measure);
}

void tst_FigureEditModel::cellIssues()
{
    QFETCH(QString, measure);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(int, issueColumn);
    QSignalSpy issuesChanged(m_model.get(), &FigureEditModel::issuesChanged);
    QVERIFY(issuesChanged.isValid());
    QVERIFY(m_model->setData(m_model->index(0, FigureEditModel::Measure), measure));
    QVERIFY(m_model->setData(m_model->index(0, column), typed));
    QCOMPARE(m_model->index(0, column).data(Qt::EditRole).toString(), typed);
    const auto issues = m_model->issues();
    if (issueColumn < 0) {
        QVERIFY2(
            issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().issue.message));
        return;
    }
    QVERIFY(!issues.isEmpty());
    QVERIFY(issuesChanged.count() >= 1);
    QCOMPARE(issues.first().row, 0);
    QCOMPARE(issues.first().column, issueColumn);
    const QModelIndex cell = m_model->index(0, issueColumn);
    QCOMPARE(cell.data(FigureEditModel::IssueRole).toString(), issues.first().issue.message);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), issues.first().issue.message);
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());
}

void tst_FigureEditModel::measureChangeRereadsValues()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(0, FigureEditModel::Value), QStringLiteral("800000")));
    QCOMPARE(
        m_model->index(0, FigureEditModel::Value).data().toString(), QStringLiteral("800,000"));
    QVERIFY(m_model->setData(
        m_model->index(0, FigureEditModel::Measure), QStringLiteral("retailer_savings")));
    QCOMPARE(
        m_model->index(0, FigureEditModel::Value).data().toString(), QStringLiteral("£800,000"));
    QCOMPARE(m_model->index(0, FigureEditModel::Measure).data(FigureEditModel::UnitRole).toInt(),
        int(opcc::Unit::Gbp));
    // The whole row was announced, not only the measure cell.
    bool wholeRow = false;
    for (const auto &args : changed)
        wholeRow
            = wholeRow || args.at(1).toModelIndex().column() == FigureEditModel::ColumnCount - 1;
    QVERIFY(wholeRow);
}

void tst_FigureEditModel::baselineIsAYesNoChoice()
{
    const QModelIndex baseline = m_model->index(0, FigureEditModel::Baseline);
    QVERIFY(m_model->flags(baseline).testFlag(Qt::ItemIsEditable));
    QCOMPARE(baseline.data(Qt::EditRole).toBool(), false);
    QVERIFY(baseline.data().toString().isEmpty());
    QVERIFY(m_model->setData(baseline, true));
    QVERIFY(m_model->figures().first().baseline);
    QCOMPARE(baseline.data().toString(), QStringLiteral("yes"));
}

void tst_FigureEditModel::addAndRemoveRows()
{
    opcc::Figure funding;
    funding.measure = QStringLiteral("funding");
    funding.value = opcc::Decimal::fromInteger(100000);
    funding.per = opcc::Per::Year;
    const QModelIndex added = m_model->appendFigure(funding);
    QCOMPARE(added.row(), 1);
    QCOMPARE(m_model->index(1, FigureEditModel::Per).data().toString(), QStringLiteral("Per year"));
    QVERIFY(m_model->setData(m_model->index(1, FigureEditModel::Per), 0));
    QVERIFY(m_model->setData(m_model->index(1, FigureEditModel::Qualifier), 1));
    QCOMPARE(m_model->figures().at(1).qualifier, opcc::Qualifier::Approx);
    QVERIFY(!m_model->setData(m_model->index(1, FigureEditModel::Qualifier), 42));
    QVERIFY(m_model->insertRows(0, 1));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->issues().first().row, 0); // the empty row needs a measure
    QVERIFY(m_model->removeRows(0, 1));
    QVERIFY(m_model->issues().isEmpty());
    QVERIFY(m_model->removeRows(0, 2));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(FigureEditModel::isFundingMeasure(QStringLiteral("additional_funding")));
    QVERIFY(!FigureEditModel::isFundingMeasure(QStringLiteral("funding_rate_x")));
}

QTEST_GUILESS_MAIN(tst_FigureEditModel)
#include "tst_figureeditmodel.moc"
