// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartfixtures.h"
#include "charts/chartdatabuilder.h"
#include "charts/chartexporter.h"
#include "charts/chartgraphic.h"
#include "charts/chartpagepainter.h"
#include "charts/chartscope.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QApplication>
#include <QBarSet>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QScatterSeries>
#include <QTextDocument>
#include <QValueAxis>

using namespace opcc;
using namespace testsupport;

namespace {

ChartData chartOf(const Database &db, ChartKind kind, const QString &measure,
    Normalisation normalisation = Normalisation::None, const QStringList &schemes = {})
{
    ChartScope scope;
    scope.schemes = schemes;
    const ResolvedScope resolved = ChartScopeResolver(db).resolve(scope);
    ChartSpec spec;
    spec.kind = kind;
    spec.measure = measure;
    spec.normalisation = normalisation;
    return ChartDataBuilder(db).build(spec, resolved.schemes, resolved.description);
}

// The rows of an image that hold anything but white, as [first, last]; {-1, -1} when blank.
QPair<int, int> inkedRows(const QImage &image, const QRect &within)
{
    int first = -1;
    int last = -1;
    for (int y = within.top(); y <= within.bottom(); ++y) {
        for (int x = within.left(); x <= within.right(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255)) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
        }
    }
    return { first, last };
}

} // namespace

class tst_ChartPage : public QObject
{
    Q_OBJECT

private slots:
    void labelsStayInsideTheChart_data();
    void labelsStayInsideTheChart();
    void pagePaintsOnlyItsTarget();
    void longChartShrinksInsteadOfCutting();
    void exports_data();
    void exports();
    void unknownSuffixFails();
    void qualifiedBarsLookDifferent_data();
    void qualifiedBarsLookDifferent();
    void qualifiedTrendPointsAreMarked();
    void notesBesideTheBars();
};

void tst_ChartPage::labelsStayInsideTheChart_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<int>("normalisation");
    QTest::addColumn<bool>("screen");
    QTest::addColumn<QSizeF>("size");

    const int comparison = int(ChartKind::Comparison);
    const int none = int(Normalisation::None);
    QTest::newRow("referralsOnPage")
        << comparison << "referrals" << none << false << QSizeF(782, 300);
    QTest::newRow("referralsNarrowWindow")
        << comparison << "referrals" << none << true << QSizeF(560, 420);
    QTest::newRow("fundingOnPage") << comparison << "funding" << none << false << QSizeF(782, 200);
    QTest::newRow("arrestsPerMonth")
        << comparison << "arrests" << int(Normalisation::PerMonth) << false << QSizeF(782, 160);
    QTest::newRow("beforeAfter") << int(ChartKind::BeforeAfter) << "detected_crimes" << none
                                 << false << QSizeF(782, 170);
    QTest::newRow("trend") << int(ChartKind::Trend) << "people_in_treatment" << none << true
                           << QSizeF(900, 400);
    QTest::newRow("strandSummary")
        << int(ChartKind::StrandSummary) << "funding" << none << false << QSizeF(782, 260);
    QTest::newRow("nothingToDraw")
        << int(ChartKind::BeforeAfter) << "referrals" << none << true << QSizeF(600, 300);
}

void tst_ChartPage::labelsStayInsideTheChart()
{
    QFETCH(int, kind);
    QFETCH(QString, measure);
    QFETCH(int, normalisation);
    QFETCH(bool, screen);
    QFETCH(QSizeF, size);

    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data
        = chartOf(shipped.db, ChartKind(kind), measure, Normalisation(normalisation));
    QGraphicsScene scene;
    auto *graphic
        = new ui::ChartGraphic(screen ? ui::ChartStyle::forScreen() : ui::ChartStyle::forPage());
    scene.addItem(graphic);
    graphic->setChartData(data);
    graphic->resize(size);
    graphic->relayout();

    QStringList simpleTexts;
    QStringList wrappedTexts;
    const QRectF bounds(QPointF(0, 0), size);
    for (QGraphicsItem *child : graphic->childItems()) {
        QString text;
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(child)) {
            text = simple->text();
            simpleTexts.append(text);
        } else if (auto *wrapped = dynamic_cast<QGraphicsTextItem *>(child)) {
            text = wrapped->toPlainText();
            if (text.isEmpty())
                continue; // the chart's own (unused) title
            wrappedTexts.append(text);
        } else {
            continue;
        }
        const QRectF box = child->mapRectToParent(child->boundingRect());
        QVERIFY2(bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box),
            qPrintable(QStringLiteral("\"%1\" at %2,%3 %4x%5 is outside the chart")
                           .arg(text)
                           .arg(box.x())
                           .arg(box.y())
                           .arg(box.width())
                           .arg(box.height())));
    }
    if (data.isEmpty()) {
        QCOMPARE(wrappedTexts, QStringList { data.emptyReason });
        return;
    }
    QVERIFY(bounds.contains(graphic->plotArea()));
    for (const ui::ChartLine &line : graphic->lines()) {
        QVERIFY2(simpleTexts.contains(line.valueText), qPrintable(line.valueText));
        if (data.kind != ChartKind::StrandSummary) // totals cite their parts in the table
            QVERIFY2(line.valueText.contains(QLatin1Char('[')), qPrintable(line.valueText));
        if (!line.detail.isEmpty())
            QVERIFY2(wrappedTexts.join(QLatin1Char('\n')).contains(line.detail),
                qPrintable(line.detail));
    }
    QVERIFY(simpleTexts.contains(data.valueTitle));
}

void tst_ChartPage::pagePaintsOnlyItsTarget()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data = chartOf(shipped.db, ChartKind::Comparison, QStringLiteral("referrals"));
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QRect target(150, 100, 842, 595);
    ui::ChartPagePainter::Layout layout;
    {
        QPainter painter(&image);
        layout = ui::ChartPagePainter::paint(painter, target, data, QDate(2024, 5, 1));
    }
    // Seven bars with their key fit A4 drawn at most a little smaller.
    QVERIFY2(layout.zoom >= 1.0 && layout.zoom <= 1.1, qPrintable(QString::number(layout.zoom)));
    QVERIFY(layout.contentBottom <= layout.footerTop);
    QCOMPARE(layout.chart.width(), layout.page.width() - 60);
    // Nothing outside the target...
    QCOMPARE(inkedRows(image, QRect(0, 0, 1200, 99)), qMakePair(-1, -1));
    QCOMPARE(inkedRows(image, QRect(0, 696, 1200, 204)), qMakePair(-1, -1));
    QCOMPARE(inkedRows(image, QRect(0, 100, 149, 595)), qMakePair(-1, -1));
    QCOMPARE(inkedRows(image, QRect(993, 100, 207, 595)), qMakePair(-1, -1));
    // ...and inside it the title at the top margin, the footer at the bottom.
    const QPair<int, int> inked = inkedRows(image, QRect(151, 101, 840, 593));
    QVERIFY2(
        inked.first > 100 + 20 && inked.first < 100 + 45, qPrintable(QString::number(inked.first)));
    QVERIFY2(inked.second > 100 + 595 - 30 && inked.second < 100 + 595 - 5,
        qPrintable(QString::number(inked.second)));
}

void tst_ChartPage::longChartShrinksInsteadOfCutting()
{
    chartfixtures::SmallDatabase small;
    QVERIFY(small.create());
    for (int i = 1; i <= 40; ++i) {
        const qint64 id
            = small.addScheme(QStringLiteral("Scheme number %1 with a long name that wraps").arg(i),
                QStringLiteral("Area %1").arg(i), Strand::Treatment);
        QVERIFY(small.addFigure(id, chartfixtures::figure("referrals", i * 10)) > 0);
    }
    ChartSpec spec;
    spec.measure = QStringLiteral("referrals");
    const ChartData data
        = ChartDataBuilder(small.db).build(spec, SchemeStore::reader(small.db).schemes());
    QCOMPARE(data.rows.size(), 40);
    QCOMPARE(data.footnotes.size(), 40);

    QImage image(1754, 1240, QImage::Format_RGB32);
    image.fill(Qt::white);
    ui::ChartPagePainter::Layout layout;
    {
        QPainter painter(&image);
        layout = ui::ChartPagePainter::paint(painter, image.rect(), data, QDate(2024, 5, 1));
    }
    QVERIFY2(layout.zoom > 1.0, qPrintable(QString::number(layout.zoom)));
    QVERIFY2(layout.contentBottom <= layout.footerTop,
        qPrintable(QStringLiteral("%1 > %2").arg(layout.contentBottom).arg(layout.footerTop)));
    QVERIFY(layout.chart.height() >= 110);
    const QPair<int, int> inked = inkedRows(image, image.rect());
    QVERIFY(inked.first > 0 && inked.second < image.height() - 1);
}

void tst_ChartPage::exports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<QByteArray>("start");

    QTest::newRow("pdf") << "page.pdf" << 0 << QSize() << QByteArray("%PDF");
    QTest::newRow("png150") << "page.png" << 150 << QSize(1754, 1240) << QByteArray("\x89PNG");
    QTest::newRow("png300") << "page.png" << 300 << QSize(3508, 2480) << QByteArray("\x89PNG");
    QTest::newRow("svg") << "page.svg" << 0 << QSize() << QByteArray("<?xml");
}

void tst_ChartPage::exports()
{
    QFETCH(QString, file);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    QFETCH(QByteArray, start);

    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data
        = chartOf(shipped.db, ChartKind::BeforeAfter, QStringLiteral("detected_crimes"));
    ui::ChartExporter exporter(data, QDate(2024, 5, 1));
    const QString path = shipped.dir.filePath(file);
    QVERIFY2(exporter.exportFile(path, dpi > 0 ? dpi : 150), qPrintable(exporter.errorString()));
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.startsWith(start));
    if (pixels.isValid())
        QCOMPARE(QImageReader(path).size(), pixels);
}

void tst_ChartPage::unknownSuffixFails()
{
    ui::ChartExporter exporter(ChartData {});
    QTemporaryDir dir;
    QVERIFY(!exporter.exportFile(dir.filePath(QStringLiteral("page.docx"))));
    QVERIFY(exporter.errorString().contains(QLatin1String(".pdf, .png or .svg")));
}

void tst_ChartPage::qualifiedBarsLookDifferent_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("mark");
    QTest::addColumn<QString>("label");

    QTest::newRow("overSixThousand")
        << "referrals"
        << "DIVERT@West Midlands" << int(ui::BarMark::OpenEnd) << "over 6,000";
    QTest::newRow("atLeastNine") << "lives_saved"
                                 << "Naloxone carried by police officers@Cambridgeshire"
                                 << int(ui::BarMark::OpenEnd) << "at least 9";
    QTest::newRow("approxCash") << "cash_seized"
                                << "Operation Scorpion" << int(ui::BarMark::Approximate)
                                << "approx. \u00A3363k";
    QTest::newRow("rangeOfAttendance") << "average_attendance"
                                       << "FREE Program" << int(ui::BarMark::Range) << "17 to 20";
    QTest::newRow("exact") << "referrals"
                           << "DIVERT@West Mercia" << int(ui::BarMark::Exact) << "943";
}

void tst_ChartPage::qualifiedBarsLookDifferent()
{
    QFETCH(QString, measure);
    QFETCH(QString, scheme);
    QFETCH(int, mark);
    QFETCH(QString, label);

    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data
        = chartOf(shipped.db, ChartKind::Comparison, measure, Normalisation::None, { scheme });
    QGraphicsScene scene;
    auto *graphic = new ui::ChartGraphic(ui::ChartStyle::forPage());
    scene.addItem(graphic);
    graphic->setChartData(data);
    graphic->resize(782, 200);
    graphic->relayout();

    QCOMPARE(graphic->lines().size(), 1);
    const ui::ChartLine &line = graphic->lines().constFirst();
    QVERIFY2(line.valueText.startsWith(label), qPrintable(line.valueText));
    QCOMPARE(int(line.mark), mark);
    const ui::BarMark expected = ui::BarMark(mark);
    if (expected == ui::BarMark::Exact) {
        QVERIFY(graphic->legendShown().isEmpty()); // no key for plain figures
        QVERIFY(graphic->marksDrawn().isEmpty());
        return;
    }
    // The key names the mark, with its sample.
    QStringList legend;
    for (const ui::ChartLegendEntry &entry : graphic->legendShown())
        legend.append(entry.text);
    QCOMPARE(legend, QStringList { ui::ChartLines::legendText(expected) });
    QStringList texts;
    for (QGraphicsItem *child : graphic->childItems()) {
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(child))
            texts.append(simple->text());
    }
    QVERIFY(texts.contains(ui::ChartLines::legendText(expected)));
    // The bar: an open end or a whisker drawn over it, or the lighter set holding its value.
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(graphic->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 3); // solid, hatched (before), light (approximate)
    const QBarSet *light = bars->barSets().at(2);
    if (expected == ui::BarMark::Approximate) {
        QVERIFY(graphic->marksDrawn().isEmpty());
        QCOMPARE(light->at(0), line.value);
        QCOMPARE(bars->barSets().at(0)->at(0), 0.0);
    } else {
        QCOMPARE(graphic->marksDrawn(), QList<ui::BarMark> { expected });
        QCOMPARE(light->at(0), 0.0);
    }
}

void tst_ChartPage::qualifiedTrendPointsAreMarked()
{
    // One scheme's referrals over four years: exact, "at least", "approx." and a range.
    ChartData data;
    data.kind = ChartKind::Trend;
    data.measure = QStringLiteral("referrals");
    data.measureLabel = QStringLiteral("Referrals");
    data.valueTitle = QStringLiteral("Referrals");
    data.unit = Unit::Count;
    const struct
    {
        int value;
        int high;
        Qualifier qualifier;
        const char *label;
    } points[]
        = { { 400, 0, Qualifier::Exact, "400" }, { 500, 0, Qualifier::AtLeast, "at least 500" },
              { 600, 0, Qualifier::Approx, "approx. 600" },
              { 550, 700, Qualifier::Range, "550 to 700" } };
    int year = 2019;
    for (const auto &point : points) {
        ChartRow row;
        row.scheme = QStringLiteral("DIVERT");
        row.area = QStringLiteral("West Mercia");
        row.figure.value = Decimal::fromHundredths(point.value * 100);
        if (point.high)
            row.figure.valueHigh = Decimal::fromHundredths(point.high * 100);
        row.figure.qualifier = point.qualifier;
        row.figure.label = QString::fromLatin1(point.label);
        row.figure.period = QString::number(year++);
        data.rows.append(row);
    }
    QGraphicsScene scene;
    auto *graphic = new ui::ChartGraphic(ui::ChartStyle::forPage());
    scene.addItem(graphic);
    graphic->setChartData(data);
    graphic->resize(782, 420);
    graphic->relayout();

    QCOMPARE(graphic->lines().size(), 4);
    // Each qualified point carries its own mark; the exact one is a plain dot of the series.
    QCOMPARE(graphic->marksDrawn(),
        (QList<ui::BarMark> {
            ui::BarMark::OpenEnd, ui::BarMark::Approximate, ui::BarMark::Range }));
    auto *dots = qobject_cast<QScatterSeries *>(graphic->series().value(1));
    QVERIFY(dots);
    QCOMPARE(dots->count(), 1);
    QCOMPARE(dots->at(0).y(), 400.0);
    // The key names every kind of point drawn, in words that speak of points.
    QStringList legend;
    for (const ui::ChartLegendEntry &entry : graphic->legendShown())
        legend.append(entry.text);
    const QStringList expected { ui::ChartLines::legendText(ui::BarMark::Exact, ChartKind::Trend),
        ui::ChartLines::legendText(ui::BarMark::OpenEnd, ChartKind::Trend),
        ui::ChartLines::legendText(ui::BarMark::Approximate, ChartKind::Trend),
        ui::ChartLines::legendText(ui::BarMark::Range, ChartKind::Trend) };
    QCOMPARE(legend, expected);
    QVERIFY(expected.at(3).contains(QLatin1String("point")));
    QStringList texts;
    for (QGraphicsItem *child : graphic->childItems()) {
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(child))
            texts.append(simple->text());
    }
    for (const QString &entry : expected)
        QVERIFY2(texts.contains(entry), qPrintable(entry));
    QVERIFY(texts.contains(QStringLiteral("at least 500")));
    // The axis reaches the top of the range, so that its whisker is drawn whole.
    auto *axis = qobject_cast<QValueAxis *>(graphic->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QVERIFY(axis->max() >= 700.0);
    // Every label stays inside the chart.
    const QRectF bounds(QPointF(0, 0), graphic->size());
    for (QGraphicsItem *child : graphic->childItems()) {
        if (dynamic_cast<QGraphicsSimpleTextItem *>(child) && child->isVisible())
            QVERIFY2(bounds.adjusted(-1, -1, 1, 1)
                         .contains(child->mapRectToParent(child->boundingRect())),
                qPrintable(static_cast<QGraphicsSimpleTextItem *>(child)->text()));
    }
}

void tst_ChartPage::notesBesideTheBars()
{
    // A figure's note, and "periods differ", are drawn beside its bar, not only under the chart.
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const ChartData data
        = chartOf(shipped.db, ChartKind::BeforeAfter, QStringLiteral("detected_crimes"));
    QGraphicsScene scene;
    auto *graphic = new ui::ChartGraphic(ui::ChartStyle::forPage());
    scene.addItem(graphic);
    graphic->setChartData(data);
    graphic->resize(782, graphic->preferredHeight(782));
    graphic->relayout();
    QStringList texts;
    for (QGraphicsItem *child : graphic->childItems()) {
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(child))
            texts.append(simple->text());
        else if (auto *wrapped = dynamic_cast<QGraphicsTextItem *>(child))
            texts.append(wrapped->toPlainText());
    }
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(
        all.contains(QStringLiteral("3 [2], change \u2212538 (\u221299.4%)")), qPrintable(all));
    // What limits the change is said beside it, inside the chart.
    bool caveatInside = false;
    for (QGraphicsItem *child : graphic->childItems()) {
        auto *wrapped = dynamic_cast<QGraphicsTextItem *>(child);
        if (!wrapped
            || wrapped->toPlainText()
                != QLatin1String("sample of six participants with at least 30 weeks on the "
                                 "scheme; periods differ"))
            continue;
        const QRectF box = wrapped->mapRectToParent(wrapped->boundingRect());
        caveatInside = QRectF(QPointF(0, 0), graphic->size()).contains(box)
            && box.left() > graphic->plotArea().left();
    }
    QVERIFY2(caveatInside, qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("detected crimes before the pilot")), qPrintable(all));
    QVERIFY2(
        all.contains(QLatin1String("combined offences since starting treatment")), qPrintable(all));
    QStringList legend;
    for (const ui::ChartLegendEntry &entry : graphic->legendShown())
        legend.append(entry.text);
    QVERIFY(legend.contains(ui::ChartLines::legendText(ui::BarMark::Before)));
}

QTEST_MAIN(tst_ChartPage)
#include "tst_chartpage.moc"
