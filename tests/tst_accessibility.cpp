// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Accessibility, with WCAG 2.2 AA as the yardstick: every control tells a screen reader its name
// and what it is for; Tab moves in reading order and the focus can be seen; the main tasks can
// be done from the keyboard alone; text grows with the system font; a high-contrast palette is
// followed; charts say with words what they say with shades.

#include "application.h"
#include "charts/chartdatabuilder.h"
#include "charts/chartgraphic.h"
#include "charts/chartlines.h"
#include "charts/chartscope.h"
#include "charts/chartview.h"
#include "charts/chartwindow.h"
#include "detailpanel.h"
#include "domain/language.h"
#include "editcontroller.h"
#include "editing/schemeeditor.h"
#include "guisupport.h"
#include "issuelabel.h"
#include "mainwindow.h"
#include "schemebrowser.h"
#include "schemedialog.h"
#include "schemeeditpanel.h"
#include "schemeform.h"
#include "storage/figurestore.h"
#include "storage/schemestore.h"
#include "testsupport.h"
#include "uicheck.h"

#include <QAccessible>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace opcc;
using namespace testsupport;
using namespace guisupport;

namespace {

// The widgets Tab reaches, in order, starting at `first` (each named by its object name, or
// its class when it has none), until the focus comes back round.
QStringList tabChain(QWidget *first)
{
    first->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    QStringList chain;
    for (int i = 0; i < 60 && focused(); ++i) {
        QWidget *w = focused();
        chain.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                               : w->objectName());
        press(Qt::Key_Tab);
        if (focused() == first)
            break;
    }
    return chain;
}

bool takesFocus(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisible()
        && !uicheck::shownPart(w).isEmpty() && !w->focusProxy();
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void controlsHaveNameAndDescription_data();
    void controlsHaveNameAndDescription();
    void tabFollowsReadingOrder_data();
    void tabFollowsReadingOrder();
    void focusIsVisible_data();
    void focusIsVisible();
    void mainTasksByKeyboardAlone();
    void textGrowsWithSystemFont();
    void highContrastPaletteIsFollowed();
    void problemsDoNotRestOnColour();

private:
    QWidget *openWindow(const QString &which);
    void reactivate(QWidget *window);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QList<QWidget *> m_opened;
};

void tst_Accessibility::initTestCase()
{
    ui::setApplicationIdentity();
    QVERIFY(installLanguage(QStringLiteral("en")));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void tst_Accessibility::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    if (!QFile::exists(m_path)) {
        Database db;
        QVERIFY(shippeddataset::openOrCreate(db, m_path).ok());
    }
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_path).ok());
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    reactivate(m_window.get());
    QTest::qWait(10); // the deferred statistics
}

void tst_Accessibility::cleanup()
{
    for (QWidget *window : std::as_const(m_opened))
        delete window;
    m_opened.clear();
    if (m_window && m_window->editing()->isEditing())
        m_window->editing()->cancelEdit();
    m_window.reset();
}

void tst_Accessibility::reactivate(QWidget *window)
{
    window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), window);
}

// The window a row of a data-driven test is about, shown and active.
QWidget *tst_Accessibility::openWindow(const QString &which)
{
    const auto divert = SchemeStore::reader(m_window->database())
                            .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    m_window->browser()->selectScheme(divert.value_or(0));
    QWidget *window = m_window.get();
    if (which == QLatin1String("editMode")) {
        m_window->editing()->startEditing();
    } else if (which.startsWith(QLatin1String("newScheme"))) {
        auto *dialog = new SchemeDialog(*m_window->editing()->editor(), m_window.get());
        dialog->form()->tabs()->setCurrentIndex(which.back().digitValue());
        window = dialog;
    } else if (which == QLatin1String("chartWindow")) {
        window = new ui::ChartWindow(
            m_window->database(), m_window->browser()->selectedSchemeIds(), m_window.get());
        window->setWindowFlag(Qt::Window);
    }
    if (window != m_window.get()) {
        m_opened.append(window);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
    }
    reactivate(window);
    return window;
}

void tst_Accessibility::controlsHaveNameAndDescription_data()
{
    QTest::addColumn<QString>("window");
    QTest::newRow("mainWindow") << "mainWindow";
    QTest::newRow("editMode") << "editMode";
    QTest::newRow("newSchemePage0") << "newScheme0";
    QTest::newRow("newSchemePage1") << "newScheme1";
    QTest::newRow("newSchemePage2") << "newScheme2";
    QTest::newRow("chartWindow") << "chartWindow";
}

void tst_Accessibility::controlsHaveNameAndDescription()
{
    QFETCH(QString, window);
    QWidget *shown = openWindow(window);
    QVERIFY(shown);
    QStringList missing;
    int controls = 0;
    const auto check = [&missing](QAccessibleInterface *accessible, const QString &where) {
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing.append(where + QStringLiteral(": no name"));
        if (accessible->text(QAccessible::Description).trimmed().isEmpty())
            missing.append(where + QStringLiteral(": no description"));
    };
    for (QWidget *w : shown->findChildren<QWidget *>()) {
        if (!takesFocus(w))
            continue;
        ++controls;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        QVERIFY(accessible);
        // A tab bar is read out tab by tab: each tab is the control.
        if (qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < accessible->childCount(); ++i) {
                QAccessibleInterface *tab = accessible->child(i);
                if (tab->role() == QAccessible::PageTab)
                    check(tab, uicheck::nameOf(w) + QStringLiteral(" tab %1").arg(i));
            }
            continue;
        }
        check(accessible, uicheck::nameOf(w));
    }
    QVERIFY(controls >= 5);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void tst_Accessibility::tabFollowsReadingOrder_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QStringList>("order");
    const QStringList browse { "strandNavigator", "schemeFilter", "areaFilter", "providerFilter",
        "statusFilter", "schemeTable" };
    const QStringList form { "qt_tabwidget_tabbar", "schemeName", "schemeStrand", "schemeStatus",
        "schemeAreas", "schemeStart", "schemeEnd", "schemeSource", "schemeSourceDocuments",
        "schemeSummary", "schemeDescription", "schemeEligibility" };
    // Left to right, then top to bottom within each panel; the buttons of a form last (the
    // ones that are enabled: nothing to save or create yet).
    QTest::newRow("mainWindow") << "mainWindow"
                                << browse
            + QStringList { "schemeRecord", "figureTable", "figureSource" };
    QTest::newRow("editMode") << "editMode" << browse + form + QStringList { "cancelEdit" };
    QTest::newRow("newScheme") << "newScheme0" << form + QStringList { "cancelScheme" };
    QTest::newRow("chartWindow") << "chartWindow"
                                 << QStringList { "measureChoice", "kindChoice", "scopeChoice",
                                        "basisChoice", "chartView", "qt_tabwidget_tabbar",
                                        "chartTable" };
}

void tst_Accessibility::tabFollowsReadingOrder()
{
    QFETCH(QString, window);
    QFETCH(QStringList, order);
    QWidget *shown = openWindow(window);
    QVERIFY(shown);
    auto *first = shown->findChild<QWidget *>(order.constFirst());
    QVERIFY(first);
    const QStringList chain = tabChain(first);
    QVERIFY2(chain == order, qPrintable(chain.join(QLatin1Char(' '))));
}

void tst_Accessibility::focusIsVisible_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("control");
    const QStringList main { "strandNavigator", "schemeFilter", "areaFilter", "providerFilter",
        "statusFilter", "schemeTable", "schemeRecord", "figureTable", "figureSource" };
    for (const QString &name : main)
        QTest::newRow(qPrintable(name)) << "mainWindow" << name;
    for (const char *name :
        { "qt_tabwidget_tabbar", "schemeName", "schemeStrand", "schemeAreas", "schemeStart",
            "schemeSource", "schemeSourceDocuments", "schemeSummary", "cancelScheme" })
        QTest::newRow(name) << "newScheme0" << QString::fromLatin1(name);
    for (const char *name : { "measureChoice", "chartView", "chartTable" })
        QTest::newRow(name) << "chartWindow" << QString::fromLatin1(name);
}

void tst_Accessibility::focusIsVisible()
{
    QFETCH(QString, window);
    QFETCH(QString, control);
    QWidget *shown = openWindow(window);
    QVERIFY(shown);
    auto *target = shown->findChild<QWidget *>(control);
    QVERIFY(target);
    // Another control has the focus, then this one: it must look different.
    QWidget *other = target->nextInFocusChain();
    while (other == target || !takesFocus(other))
        other = other->nextInFocusChain();
    // What the window shows where the control is (a ring may be drawn over it).
    const auto look = [shown, target] {
        QCoreApplication::processEvents();
        const QRect visible = uicheck::shownPart(target);
        return shown->grab(QRect(target->mapTo(shown, visible.topLeft()), visible.size()))
            .toImage();
    };
    other->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(!target->hasFocus());
    const QImage without = look();
    target->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(target->hasFocus());
    const QImage with = look();
    QVERIFY2(with != without, qPrintable(control + QStringLiteral(" looks the same with focus")));
}

void tst_Accessibility::mainTasksByKeyboardAlone()
{
    Database &db = m_window->database();
    const qint64 divert = SchemeStore::reader(db)
                              .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))
                              .value_or(0);
    QVERIFY(divert != 0);
    const qsizetype figuresBefore = FigureStore::reader(db).ofScheme(divert).size();
    m_window->browser()->table()->setFocus();

    // Find a scheme: Ctrl+F, type words of it.
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeFilter"));
    type(QStringLiteral("divert mercia"));
    QCOMPARE(m_window->browser()->visibleCount(), 1);

    // Open it: Tab to the list, then the first row.
    for (int i = 0; i < 6 && focused()->objectName() != QLatin1String("schemeTable"); ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeTable"));
    press(Qt::Key_Home);
    QCOMPARE(m_window->detail()->schemeId(), divert);

    // Add a figure: Ctrl+Shift+N starts editing at the new figure's measure.
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->editing()->isEditing());
    QTRY_VERIFY(focused() && focused()->inherits("QComboBox"));
    type(QStringLiteral("Arrests"));
    press(Qt::Key_Tab);
    type(QStringLiteral("12"));
    press(Qt::Key_Return);
    QTRY_VERIFY(m_window->editing()->editPanel()->saveButton()->isEnabled());
    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->editing()->isEditing());
    const QList<Figure> figures = FigureStore::reader(db).ofScheme(divert);
    QCOMPARE(figures.size(), figuresBefore + 1);
    QVERIFY(std::any_of(figures.cbegin(), figures.cend(), [](const Figure &f) {
        return f.measure == QLatin1String("arrests")
            && f.value.toPlainString() == QLatin1String("12");
    }));

    // Print a chart of it to PDF: Ctrl+Shift+C opens the chart window, Ctrl+E exports the page;
    // the file dialog takes a name typed and Enter.
    m_window->browser()->table()->setFocus();
    press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    ui::ChartWindow *chart = nullptr;
    QTRY_VERIFY((chart = m_window->findChild<ui::ChartWindow *>()) && chart->isVisible());
    m_opened.append(chart);
    reactivate(chart); // what a window manager does with a new window
    QVERIFY(!chart->chartData().isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("keyboard-chart.pdf"));
    QTimer::singleShot(0, this, [pdf] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        retype(pdf);
        press(Qt::Key_Return);
    });
    press(Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(QFile::exists(pdf));
    QCOMPARE(fileBytes(pdf).left(5), QByteArray("%PDF-"));
}

void tst_Accessibility::textGrowsWithSystemFont()
{
    const QFont normal = QApplication::font();
    const auto measure = [this] {
        auto db = std::make_unique<Database>();
        db->open(m_path);
        MainWindow window(std::move(db));
        window.show();
        SchemeDialog dialog(*window.editing()->editor(), &window);
        dialog.show();
        ui::ChartView chart;
        const auto *filter = window.findChild<QLineEdit *>(QStringLiteral("schemeFilter"));
        const auto *areas = dialog.findChild<QWidget *>(QStringLiteral("schemeAreas"));
        const auto *summary = dialog.findChild<QWidget *>(QStringLiteral("schemeSummary"));
        return QList<int> { filter->sizeHint().height(), areas->height(), summary->height(),
            window.browser()->table()->verticalHeader()->defaultSectionSize(),
            // the width a column needs (the list fits its columns to the window)
            window.browser()->table()->horizontalHeader()->sectionSizeHint(0),
            qRound(chart.graphic()->style().fontSize) };
    };
    const QList<int> before = measure();
    QFont larger = normal;
    larger.setPointSizeF(normal.pointSizeF() * 1.5);
    QApplication::setFont(larger);
    const QList<int> after = measure();
    // Every size follows the text (a field's frame does not grow), and no font is fixed in
    // pixels.
    for (qsizetype i = 0; i < before.size(); ++i)
        QVERIFY2(after.at(i) > before.at(i) * 1.2,
            qPrintable(
                QStringLiteral("measure %1: %2 -> %3").arg(i).arg(before.at(i)).arg(after.at(i))));
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_path).ok());
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList fixed;
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        if (w->font().pixelSize() > 0)
            fixed.append(uicheck::nameOf(w));
    }
    // And at that size nothing is cut off.
    const QStringList cut = uicheck::cutOff(&window, [](const QString &) { return true; });
    saveScreenshot(&window, QStringLiteral("larger-text.png"));
    QApplication::setFont(normal);
    QVERIFY2(fixed.isEmpty(), qPrintable(fixed.join(QLatin1Char('\n'))));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void tst_Accessibility::highContrastPaletteIsFollowed()
{
    const QPalette normal = QApplication::palette();
    // White on black, as a desktop's high-contrast theme gives it.
    QPalette contrast(Qt::white, Qt::black, QColor(0xa0, 0xa0, 0xa0), QColor(0x60, 0x60, 0x60),
        QColor(0x80, 0x80, 0x80), Qt::white, Qt::white, Qt::black, Qt::black);
    contrast.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    contrast.setColor(QPalette::ToolTipBase, Qt::black);
    contrast.setColor(QPalette::ToolTipText, Qt::white);
    contrast.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    contrast.setColor(QPalette::HighlightedText, Qt::black);
    contrast.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    QApplication::setPalette(contrast);

    QStringList problems;
    const QStringList windows { QStringLiteral("editMode"), QStringLiteral("newScheme0"),
        QStringLiteral("chartWindow") };
    for (const QString &which : windows) {
        QWidget *window = openWindow(which);
        QVERIFY(window);
        saveScreenshot(window, QStringLiteral("high-contrast-%1.png").arg(which));
        for (QWidget *w : uicheck::visibleWidgets(window)) {
            if (!w->styleSheet().isEmpty())
                problems.append(uicheck::nameOf(w) + QStringLiteral(": style sheet"));
            const auto *label = qobject_cast<QLabel *>(w);
            if (!label || label->text().isEmpty())
                continue;
            const QColor ink = label->palette().color(label->foregroundRole());
            const QColor paper = label->palette().color(QPalette::Window);
            if (IssueLabel::contrast(ink, paper) < 4.5)
                problems.append(QStringLiteral("%1: %2 on %3")
                                    .arg(uicheck::nameOf(w), ink.name(), paper.name()));
        }
    }
    const auto *view = m_window->findChild<ui::ChartView *>();
    QVERIFY(view);
    QCOMPARE(view->backgroundBrush().color(), QColor(Qt::black));
    const ui::ChartStyle &style = view->graphic()->style();
    QCOMPARE(style.paper, QColor(Qt::black));
    QVERIFY(IssueLabel::contrast(style.ink, style.paper) >= 4.5);
    QVERIFY(IssueLabel::contrast(style.bar, style.paper) >= 3.0); // a bar is a graphic object
    QVERIFY(IssueLabel::contrast(style.paper, style.bar) >= 3.0); // values inside bars
    QApplication::setPalette(normal);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Accessibility::problemsDoNotRestOnColour()
{
    // A problem with a field: its words, after a warning icon, and a count on the tab.
    QWidget *window = openWindow(QStringLiteral("newScheme0"));
    QVERIFY(window);
    // Problems show once saving was tried (not before anything was typed).
    QTest::keyClick(window, Qt::Key_Return);
    auto *issue = window->findChild<IssueLabel *>(QStringLiteral("nameIssue"));
    QVERIFY(issue && issue->isVisible());
    QVERIFY(!issue->text().isEmpty());
    const int icon = issue->fontMetrics().height();
    QVERIFY(issue->contentsMargins().left() >= icon);
    const QImage image = issue->grab().toImage();
    const QColor background = issue->palette().color(QPalette::Window);
    int inked = 0;
    for (int y = 0; y < icon; ++y) {
        for (int x = 0; x < icon; ++x)
            inked += QColor(image.pixel(x, y)) != background ? 1 : 0;
    }
    QVERIFY2(inked > icon * icon / 8, "no icon before the message");
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("schemeFormTabs"));
    QVERIFY(tabs->tabText(SchemeForm::SchemePage).contains(QLatin1Char('3')));

    // The chart: every bar carries its value and its scheme in words, and the hatched "before"
    // bars say "Before".
    const Database &db = m_window->database();
    ChartSpec spec;
    spec.kind = ChartKind::BeforeAfter;
    spec.measure = QStringLiteral("detected_crimes");
    const ChartData data = ChartDataBuilder(db).build(spec, SchemeStore::reader(db).schemes());
    QVERIFY(!data.isEmpty());
    int hatched = 0;
    for (const ui::ChartLine &line : ui::ChartLines::from(data)) {
        QVERIFY(!line.valueText.isEmpty());
        QVERIFY(!line.title.isEmpty() || !line.detail.isEmpty());
        if (line.hatched) {
            ++hatched;
            QVERIFY2(line.detail.startsWith(QLatin1String("Before")), qPrintable(line.detail));
        }
    }
    QVERIFY(hatched > 0);
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
