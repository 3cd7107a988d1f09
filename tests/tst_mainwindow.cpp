// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on the offscreen platform, driven as a person would: pick a strand, type a
// filter, read a scheme, and find the window as it was left.

#include "application.h"
#include "columnfitter.h"
#include "detailpanel.h"
#include "domain/language.h"
#include "mainwindow.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "schemebrowser.h"
#include "storage/schemestore.h"
#include "strandnavigator.h"
#include "testsupport.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

using namespace testsupport;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void treatmentThenTypedFilter_data();
    void treatmentThenTypedFilter();
    void findShortcutFocusesFilter();
    void detailShowsRecordAndFigureSource();
    void emptyResultSaysSoAndClears();
    void filterHidingCurrentSchemeEmptiesDetail_data();
    void filterHidingCurrentSchemeEmptiesDetail();
    void windowStateIsRestored();
    void columnsFitTheDefaultWindow();
    void downMovesFromFilterIntoResults();
    void filterFindsWordsInDetails();
    void columnChooserIsRemembered();
    void controlsHaveAccessibleNames();
    void minimumSizeFitsAtTwiceTheText_data();
    void minimumSizeFitsAtTwiceTheText();

private:
    std::unique_ptr<opcc::MainWindow> makeWindow();
    void saveScreenshot(QWidget *widget, const QString &name);
    QLineEdit *filterEdit() const;
    QStringList visibleRows() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<opcc::MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    opcc::ui::setApplicationIdentity();
    QVERIFY(opcc::installLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_path = m_dir.filePath(QStringLiteral("schemes.sqlite"));
    opcc::Database db;
    QVERIFY(opcc::shippeddataset::openOrCreate(db, m_path).ok());
}

std::unique_ptr<opcc::MainWindow> tst_MainWindow::makeWindow()
{
    auto db = std::make_unique<opcc::Database>();
    if (!db->open(m_path).ok())
        return {};
    auto window = std::make_unique<opcc::MainWindow>(std::move(db));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    // The statistics are read on another thread.
    const auto *schemes
        = qobject_cast<const opcc::SchemeTableModel *>(window->browser()->proxy()->sourceModel());
    if (!QTest::qWaitFor([schemes] { return schemes->statisticsLoaded(); }))
        return {};
    return window;
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_window = makeWindow();
    QVERIFY(m_window);
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
}

void tst_MainWindow::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OPCC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

QLineEdit *tst_MainWindow::filterEdit() const
{
    return m_window->findChild<QLineEdit *>(QStringLiteral("schemeFilter"));
}

QStringList tst_MainWindow::visibleRows() const
{
    const opcc::SchemeFilterProxy *proxy = m_window->browser()->proxy();
    QStringList rows;
    for (int row = 0; row < proxy->rowCount(); ++row)
        rows.append(proxy->index(row, opcc::SchemeTableModel::Name).data().toString()
            + QStringLiteral(" @ ")
            + proxy->index(row, opcc::SchemeTableModel::Areas).data().toString());
    rows.sort();
    return rows;
}

void tst_MainWindow::treatmentThenTypedFilter_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expected");
    QTest::newRow("turningPoint") << "turning point" << 2;
    QTest::newRow("naloxone") << "naloxone" << 5;
    QTest::newRow("providerWord") << "cranstoun" << 1;
    QTest::newRow("areaWord") << "cleveland" << 2;
}

void tst_MainWindow::treatmentThenTypedFilter()
{
    QFETCH(QString, typed);
    QFETCH(int, expected);
    opcc::StrandNavigator *navigator = m_window->navigator();
    // Click "Treatment" in the navigator.
    QModelIndex treatment;
    for (int row = 0; row < navigator->model()->rowCount(); ++row) {
        const QModelIndex index = navigator->model()->index(row, 0);
        if (index.data().toString().startsWith(QLatin1String("Treatment")))
            treatment = index;
    }
    QVERIFY(treatment.isValid());
    QTest::mouseClick(
        navigator->viewport(), Qt::LeftButton, {}, navigator->visualRect(treatment).center());
    QCOMPARE(navigator->selectedStrand(), std::optional<opcc::Strand>(opcc::Strand::Treatment));
    QCOMPARE(m_window->browser()->visibleCount(), 23);

    QTest::keyClicks(filterEdit(), typed);
    QCOMPARE(filterEdit()->text(), typed);

    // The rows shown are the treatment schemes of the database that contain every typed word.
    QStringList expectedRows;
    const QStringList words = typed.toCaseFolded().split(QLatin1Char(' '));
    for (const opcc::Scheme &s : opcc::SchemeStore::reader(m_window->database()).schemes()) {
        if (s.strand != opcc::Strand::Treatment)
            continue;
        const QString text = (s.name + QLatin1Char(' ') + s.areaKey() + QLatin1Char(' ')
            + s.organisationsWithRole(opcc::Role::Provider).join(QLatin1Char(' '))
            + QLatin1Char(' ') + s.summary)
                                 .toCaseFolded();
        bool all = true;
        for (const QString &word : words)
            all = all && text.contains(word);
        if (all)
            expectedRows.append(s.name + QStringLiteral(" @ ") + s.areaKey());
    }
    expectedRows.sort();
    QCOMPARE(visibleRows(), expectedRows);
    QCOMPARE(expectedRows.size(), expected);
    const auto *count = m_window->findChild<QLabel *>(QStringLiteral("schemeCount"));
    QCOMPARE(count->text(), QStringLiteral("%1 of 47 schemes").arg(expected));
    if (typed == QLatin1String("naloxone"))
        saveScreenshot(m_window.get(), QStringLiteral("treatment-naloxone.png"));
}

void tst_MainWindow::findShortcutFocusesFilter()
{
    m_window->browser()->table()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget(), filterEdit());
    QTest::keyClicks(filterEdit(), QStringLiteral("divert"));
    // Both DIVERT schemes, Merseyside's partnership, whose summary speaks of diverting users,
    // and Durham's Checkpoint, one of whose figures is of people diverted (found when the
    // full-text search answers from its thread).
    QTRY_COMPARE(m_window->browser()->visibleCount(), 4);
    QVERIFY(visibleRows().contains(QStringLiteral("Checkpoint @ Durham")));
}

void tst_MainWindow::detailShowsRecordAndFigureSource()
{
    const qint64 id = *opcc::SchemeStore::reader(m_window->database())
                           .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    m_window->browser()->selectScheme(id);
    QCOMPARE(m_window->detail()->schemeId(), id);
    const auto *record = m_window->findChild<QLabel *>(QStringLiteral("schemeRecord"));
    QVERIFY(record->text().contains(QLatin1String("DIVERT")));
    QVERIFY(record->text().contains(QLatin1String("Cranstoun")));
    QVERIFY(record->text().contains(QLatin1String("West Mercia")));

    QTableView *figures = m_window->detail()->figureTable();
    QCOMPARE(figures->model()->rowCount(), 4);
    int referrals = -1;
    for (int row = 0; row < figures->model()->rowCount(); ++row) {
        if (figures->model()->index(row, 0).data().toString() == QLatin1String("Referrals"))
            referrals = row;
    }
    QVERIFY(referrals >= 0);
    QCOMPARE(figures->model()->index(referrals, 1).data().toString(), QStringLiteral("943"));
    figures->setFocus();
    figures->setCurrentIndex(figures->model()->index(referrals, 0));
    const auto *source = m_window->findChild<QLabel *>(QStringLiteral("figureSource"));
    QVERIFY2(source->text().contains(QLatin1String("943 referrals")), qPrintable(source->text()));
    QVERIFY(source->text().contains(QLatin1String("Tackling Addictions In Focus")));
    saveScreenshot(m_window.get(), QStringLiteral("divert-detail.png"));
}

void tst_MainWindow::emptyResultSaysSoAndClears()
{
    auto *stack = m_window->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QTest::keyClicks(filterEdit(), QStringLiteral("zzzz"));
    const auto *empty = m_window->findChild<QLabel *>(QStringLiteral("emptyMessage"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QLatin1String("zzzz")));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("schemeCount"))->text(),
        QStringLiteral("0 of 47 schemes"));
    QMetaObject::invokeMethod(
        const_cast<QLabel *>(empty), "linkActivated", Q_ARG(QString, QStringLiteral("clear")));
    QCOMPARE(m_window->browser()->visibleCount(), 47);
    QVERIFY(filterEdit()->text().isEmpty());
    QVERIFY(m_window->browser()->table()->isVisible());
}

void tst_MainWindow::filterHidingCurrentSchemeEmptiesDetail_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("anyShown");
    QTest::newRow("otherSchemesShown") << QStringLiteral("Checkpoint") << true;
    QTest::newRow("nothingShown") << QStringLiteral("zzzz") << false;
}

// An officer who filters must never read, in the detail panel, a scheme the list has hidden.
void tst_MainWindow::filterHidingCurrentSchemeEmptiesDetail()
{
    QFETCH(QString, filter);
    QFETCH(bool, anyShown);
    const qint64 divert = *opcc::SchemeStore::reader(m_window->database())
                               .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    m_window->browser()->selectScheme(divert);
    QCOMPARE(m_window->detail()->schemeId(), divert);
    QTest::keyClicks(filterEdit(), filter);
    QVERIFY(m_window->detail()->schemeId() != divert);
    const opcc::SchemeFilterProxy *proxy = m_window->browser()->proxy();
    if (anyShown) {
        QVERIFY(proxy->rowCount() > 0);
        QCOMPARE(m_window->detail()->schemeId(),
            proxy->index(0, 0).data(opcc::SchemeTableModel::IdRole).toLongLong());
        QCOMPARE(m_window->browser()->currentSchemeId(), m_window->detail()->schemeId());
    } else {
        QCOMPARE(proxy->rowCount(), 0);
        QCOMPARE(m_window->detail()->schemeId(), qint64(0));
        const auto labels = m_window->detail()->findChildren<QLabel *>();
        const bool saysWhy = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text().contains(QLatin1String("No scheme matches"));
        });
        QVERIFY(saysWhy);
    }
}

void tst_MainWindow::windowStateIsRestored()
{
    m_window->resize(1111, 777);
    m_window->navigator()->select(opcc::Strand::Demand);
    QHeaderView *header = m_window->browser()->table()->horizontalHeader();
    header->moveSection(header->visualIndex(opcc::SchemeTableModel::Status), 0);
    m_window->browser()->table()->sortByColumn(
        opcc::SchemeTableModel::Figures, Qt::DescendingOrder);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    splitter->setSizes({ 200, 560, 340 });
    const QList<int> sizes = splitter->sizes();
    QVERIFY(qAbs(sizes.at(1) - 560) < 10); // the browser fits a window of this size
    // The columns take their shares of the new width first; then the person widens one.
    QTRY_COMPARE(m_window->browser()->table()->viewport()->width(),
        m_window->browser()->table()->viewport()->geometry().width());
    QCoreApplication::processEvents();
    header->resizeSection(opcc::SchemeTableModel::Name, 321);
    m_window->close();
    m_window.reset();

    m_window = makeWindow();
    QVERIFY(m_window);
    QCOMPARE(m_window->size(), QSize(1111, 777));
    QCOMPARE(
        m_window->navigator()->selectedStrand(), std::optional<opcc::Strand>(opcc::Strand::Demand));
    QCOMPARE(m_window->browser()->visibleCount(), 6);
    header = m_window->browser()->table()->horizontalHeader();
    QCOMPARE(header->visualIndex(opcc::SchemeTableModel::Status), 0);
    QCOMPARE(header->sectionSize(opcc::SchemeTableModel::Name), 321);
    QCOMPARE(header->sortIndicatorSection(), int(opcc::SchemeTableModel::Figures));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

// At the default size every column shows, its title whole, without scrolling sideways.
void tst_MainWindow::columnsFitTheDefaultWindow()
{
    QCOMPARE(m_window->width(), 1400);
    QTableView *table = m_window->browser()->table();
    QHeaderView *header = table->horizontalHeader();
    const int width = table->viewport()->width();
    for (int section = 0; section < opcc::SchemeTableModel::ColumnCount; ++section) {
        const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
        QVERIFY2(!header->isSectionHidden(section), qPrintable(title));
        QVERIFY2(header->sectionViewportPosition(section) >= 0, qPrintable(title));
        QVERIFY2(header->sectionViewportPosition(section) + header->sectionSize(section) <= width,
            qPrintable(title));
        // Its title whole.
        QVERIFY2(header->sectionSize(section) >= header->fontMetrics().horizontalAdvance(title) + 8,
            qPrintable(title));
    }
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    // The names get their room first: most show whole (the Name column had 95 px of 1400 once).
    const int nameColumn = header->sectionSize(opcc::SchemeTableModel::Name);
    QVERIFY2(nameColumn >= width * 28 / 100, qPrintable(QString::number(nameColumn)));
    const QFontMetrics cell = table->fontMetrics();
    const int margins = cell.horizontalAdvance(QLatin1Char('m')); // the cell's own
    int whole = 0;
    const int rows = table->model()->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QString name
            = table->model()->index(row, opcc::SchemeTableModel::Name).data().toString();
        whole += cell.horizontalAdvance(name) + margins <= nameColumn ? 1 : 0;
    }
    QVERIFY2(whole * 4 >= rows * 3, qPrintable(QStringLiteral("%1 of %2").arg(whole).arg(rows)));
    // A wider window widens them, still filling the width exactly.
    const int nameWidth = header->sectionSize(opcc::SchemeTableModel::Name);
    m_window->resize(1700, 860);
    QTRY_VERIFY(table->viewport()->width() > width);
    const int last = header->logicalIndex(header->count() - 1);
    QTRY_COMPARE(header->sectionViewportPosition(last) + header->sectionSize(last),
        table->viewport()->width());
    QVERIFY(header->sectionSize(opcc::SchemeTableModel::Name) > nameWidth);
    m_window->resize(1400, 860);
    saveScreenshot(m_window.get(), QStringLiteral("main-window-default.png"));

    QTableView *figures = m_window->detail()->figureTable();
    QVERIFY(figures->wordWrap());
}

void tst_MainWindow::downMovesFromFilterIntoResults()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    filterEdit()->setFocus();
    QTest::keyClicks(filterEdit(), QStringLiteral("checkpoint"));
    QTest::keyClick(filterEdit(), Qt::Key_Down);
    QTableView *table = m_window->browser()->table();
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QVERIFY(table->currentIndex().isValid());
    QVERIFY(table->currentIndex().siblingAtColumn(0).data().toString().contains(
        QLatin1String("Checkpoint")));
}

// "Middlesbrough" is only in a scheme's details: the filter finds it all the same.
void tst_MainWindow::filterFindsWordsInDetails()
{
    opcc::SchemeFilterProxy *proxy = m_window->browser()->proxy();
    QSignalSpy answered(proxy, &opcc::SchemeFilterProxy::searchResultsApplied);
    QVERIFY(answered.isValid());
    QTest::keyClicks(filterEdit(), QStringLiteral("Middlesbrough"));
    // The full-text search answers from its own thread: the list widens when it does.
    QTRY_VERIFY(answered.size() > 0 && !proxy->isSearching());
    QVERIFY2(visibleRows().contains(QStringLiteral("Heroin Assisted Treatment @ Cleveland")),
        qPrintable(visibleRows().join(QLatin1Char(','))));
}

void tst_MainWindow::columnChooserIsRemembered()
{
    QHeaderView *header = m_window->browser()->table()->horizontalHeader();
    std::unique_ptr<QMenu> menu(m_window->browser()->columns()->columnMenu());
    QAction *period = nullptr;
    QAction *name = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QLatin1String("Period"))
            period = action;
        if (action->text() == QLatin1String("Scheme"))
            name = action;
    }
    QVERIFY(period && name);
    QVERIFY(!name->isEnabled()); // the name always shows
    QVERIFY(period->isChecked());
    period->trigger();
    QVERIFY(header->isSectionHidden(opcc::SchemeTableModel::Period));
    const int width = m_window->browser()->table()->viewport()->width();
    const int last = header->logicalIndex(header->count() - 1);
    QVERIFY(header->sectionViewportPosition(last) + header->sectionSize(last) <= width);
    menu.reset(); // before the table it belongs to
    m_window->close();
    m_window.reset();

    m_window = makeWindow();
    QVERIFY(m_window);
    header = m_window->browser()->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(opcc::SchemeTableModel::Period));
    QVERIFY(!header->isSectionHidden(opcc::SchemeTableModel::Headline));
}

void tst_MainWindow::controlsHaveAccessibleNames()
{
    for (const char *name : { "schemeFilter", "areaFilter", "providerFilter", "statusFilter",
             "schemeTable", "figureTable", "schemeRecord" }) {
        auto *widget = m_window->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QVERIFY(!m_window->navigator()->accessibleName().isEmpty());
    saveScreenshot(m_window.get(), QStringLiteral("all-schemes.png"));
}

// At 200% text (a font twice the size) the window's minimum size fits a 1600 x 1000 screen, in
// either language: nothing forces the window past the screen's edge.
void tst_MainWindow::minimumSizeFitsAtTwiceTheText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Welsh") << QStringLiteral("cy");
}

void tst_MainWindow::minimumSizeFitsAtTwiceTheText()
{
    QFETCH(QString, language);
    m_window.reset();
    const QFont normal = QApplication::font();
    QFont twice = normal;
    twice.setPointSizeF(normal.pointSizeF() * 2);
    QApplication::setFont(twice);
    QVERIFY(opcc::installLanguage(language));
    auto window = makeWindow();
    QVERIFY(window);
    QCoreApplication::processEvents();
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    QStringList wide;
    for (const QWidget *child : window->findChildren<QWidget *>()) {
        if (child->isVisible() && child->minimumSizeHint().width() > 500)
            wide.append(
                QStringLiteral("%1 %2 %3")
                    .arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())
                    .arg(child->minimumSizeHint().width()));
    }
    QApplication::setFont(normal);
    QVERIFY(opcc::installLanguage(QStringLiteral("en")));
    QVERIFY2(minimum.width() <= 1600 && minimum.height() <= 1000,
        qPrintable(QStringLiteral("%1 x %2; widest: %3")
                       .arg(minimum.width())
                       .arg(minimum.height())
                       .arg(wide.join(QStringLiteral(", ")))));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
