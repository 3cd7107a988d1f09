// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartgraphic.h"
#include "charts/charttablemodel.h"
#include "charts/chartview.h"
#include "charts/chartwindow.h"
#include "storage/figurestore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSignalSpy>

using namespace opcc;
using namespace testsupport;

namespace {

QList<qint64> idsOf(const Database &db, const QString &name)
{
    QList<qint64> ids;
    for (const Scheme &s : SchemeStore::reader(db).schemes()) {
        if (s.name == name)
            ids.append(s.id);
    }
    return ids;
}

QStringList schemesIn(const ChartData &data)
{
    QStringList result;
    for (const ChartRow &row : data.rows)
        result.append(row.title());
    return result;
}

} // namespace

class tst_ChartWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheSelection();
    void scopesAndKinds_data();
    void scopesAndKinds();
    void pickingAnotherFigure();
    void printPreviewPaintsOnePage();
    void exportsThePageShown();
};

void tst_ChartWindow::opensOnTheSelection()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const QList<qint64> divert = idsOf(shipped.db, QStringLiteral("DIVERT"));
    QCOMPARE(divert.size(), 2);
    ui::ChartWindow window(shipped.db, divert);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The measure most of the selected schemes have, compared across them.
    QCOMPARE(window.chartData().measure, QStringLiteral("referrals"));
    QCOMPARE(window.chartData().kind, ChartKind::Comparison);
    QCOMPARE(schemesIn(window.chartData()),
        (QStringList { "DIVERT (West Midlands)", "DIVERT (West Mercia)" }));
    QCOMPARE(window.tableModel()->rowCount(), 2);
    const ChartTableModel *model = window.tableModel();
    int figure = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == QLatin1String("Figure"))
            figure = c;
    }
    QVERIFY(figure >= 0);
    QCOMPARE(model->index(0, figure).data().toString(), QStringLiteral("over 6,000"));
    QCOMPARE(model->index(0, 0).data(ChartTableModel::SchemeIdRole).toLongLong(),
        window.chartData().rows.constFirst().schemeId);
    QCOMPARE(window.chartView()->graphic()->lines().size(), 2);
    QVERIFY(window.windowTitle().contains(QLatin1String("Referrals by scheme")));
}

void tst_ChartWindow::scopesAndKinds_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("title");

    const int comparison = int(ChartKind::Comparison);
    QTest::newRow("allReferrals") << int(ui::ChartWindow::Scope::All) << QString() << "referrals"
                                  << comparison << 7 << "Referrals by scheme: all schemes";
    QTest::newRow("demandStrand") << int(ui::ChartWindow::Scope::Strand) << "demand"
                                  << "referrals" << comparison << 3
                                  << "Referrals by scheme: Demand strand";
    QTest::newRow("oneArea") << int(ui::ChartWindow::Scope::Area) << "West Mercia"
                             << "referrals" << comparison << 1
                             << "Referrals by scheme: West Mercia";
    QTest::newRow("beforeAfterSuggested")
        << int(ui::ChartWindow::Scope::All) << QString() << "detected_crimes"
        << int(ChartKind::BeforeAfter) << 1 << "Detected crimes before and after";
    QTest::newRow("trendSuggested")
        << int(ui::ChartWindow::Scope::All) << QString() << "people_in_treatment"
        << int(ChartKind::Trend) << 2 << "People in treatment over time";
}

void tst_ChartWindow::scopesAndKinds()
{
    QFETCH(int, scope);
    QFETCH(QString, value);
    QFETCH(QString, measure);
    QFETCH(int, kind);
    QFETCH(int, rows);
    QFETCH(QString, title);

    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    ui::ChartWindow window(shipped.db, {});
    QAbstractItemModelTester tester(
        window.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&window, &ui::ChartWindow::chartChanged);
    QVERIFY(changed.isValid());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.setScope(ui::ChartWindow::Scope(scope), value);
    window.setMeasure(measure);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(int(window.chartData().kind), kind);
    QCOMPARE(window.chartData().rows.size(), rows);
    QCOMPARE(window.tableModel()->rowCount(), rows);
    QVERIFY2(window.chartData().title.startsWith(title), qPrintable(window.chartData().title));

    // The strand summary counts every scheme of the scope, with or without the measure.
    window.setKind(ChartKind::StrandSummary);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(window.chartData().kind, ChartKind::StrandSummary);
    QCOMPARE(window.tableModel()->columnCount(), 5);
}

void tst_ChartWindow::pickingAnotherFigure()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    ui::ChartWindow window(
        shipped.db, idsOf(shipped.db, QStringLiteral("Heroin Assisted Treatment")));
    window.setMeasure(QStringLiteral("people_in_treatment"));
    window.setKind(ChartKind::Comparison);
    QCOMPARE(window.chartData().rows.constFirst().figure.label, QStringLiteral("7"));

    qint64 launch = 0;
    const qint64 scheme = window.chartData().rows.constFirst().schemeId;
    for (const Figure &f : FigureStore::reader(shipped.db).ofScheme(scheme)) {
        if (f.measure == QLatin1String("people_in_treatment") && f.value == Decimal::fromInteger(4))
            launch = f.id;
    }
    QVERIFY(launch > 0);
    QSignalSpy changed(&window, &ui::ChartWindow::chartChanged);
    window.pickFigure(scheme, launch);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.chartData().rows.constFirst().figure.label, QStringLiteral("4"));
    QVERIFY(window.chartData().rows.constFirst().flags.testFlag(RowFlag::Picked));
}

void tst_ChartWindow::printPreviewPaintsOnePage()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    ui::ChartWindow window(shipped.db, idsOf(shipped.db, QStringLiteral("DIVERT")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *action = window.findChild<QAction *>(QStringLiteral("printPreviewAction"));
    QVERIFY(action);
    action->trigger(); // opens the preview without blocking
    QPrintPreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QPrintPreviewDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->printer()->pageLayout().orientation(), QPageLayout::Landscape);
    QCOMPARE(dialog->printer()->pageLayout().pageSize().id(), QPageSize::A4);

    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    QSignalSpy painted(dialog, &QPrintPreviewDialog::paintRequested);
    QVERIFY(painted.isValid());
    preview->updatePreview();
    QTRY_VERIFY(painted.count() >= 1);
    QCOMPARE(preview->pageCount(), 1);
    dialog->close();
    QTRY_VERIFY(!window.findChild<QPrintPreviewDialog *>());
}

void tst_ChartWindow::exportsThePageShown()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    ui::ChartWindow window(shipped.db, {});
    window.setMeasure(QStringLiteral("funding"));
    const QString pdf = shipped.dir.filePath(QStringLiteral("funding.pdf"));
    const QString png = shipped.dir.filePath(QStringLiteral("funding.png"));
    QVERIFY(window.exportTo(pdf));
    QVERIFY(window.exportTo(png, 300));
    QVERIFY(fileBytes(pdf).startsWith("%PDF"));
    QCOMPARE(QImage(png).size(), QSize(3508, 2480));
    QVERIFY(!window.exportTo(shipped.dir.filePath(QStringLiteral("funding.txt"))));
}

QTEST_MAIN(tst_ChartWindow)
#include "tst_chartwindow.moc"
