// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window's Tools menu (one owner: FOI Requests, History, Check Database), Tools >
// History on screen (filter as you type, remembered columns, in Welsh with nothing left in
// English or cut off), and an import from File > Import as one step of Edit > Undo that the
// next start of the app can still undo.

#include "application.h"
#include "databasehealth.h"
#include "domain/language.h"
#include "editcontroller.h"
#include "editing/schemeeditor.h"
#include "guisupport.h"
#include "importdialog.h"
#include "interchange/shippeddataset.h"
#include "mainwindow.h"
#include "models/registerhistorymodel.h"
#include "models/registerhistoryproxy.h"
#include "registerhistorywindow.h"
#include "schemebrowser.h"
#include "storage/schemestore.h"
#include "testsupport.h"
#include "tscatalogue.h"
#include "uicheck.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using namespace guisupport;

class tst_RegisterHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void toolsMenuHasOneOwner();
    void importUndoneFromTheEditMenu();
    void undoOfAnImportOutlivesTheWindow();
    void filtersAsYouTypeAndRemembersColumns();
    void inWelshNothingLeftInEnglish();
    void opensNewestFirst_data();
    void opensNewestFirst();

private:
    void openWindow();
    RegisterHistoryWindow *openHistory();
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    bool importFile(const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void tst_RegisterHistoryWindow::initTestCase()
{
    QVERIFY(guisupport::startInEnglish(m_dir.filePath(QStringLiteral("settings"))));
}

void tst_RegisterHistoryWindow::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("schemes-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    Database db;
    QVERIFY(shippeddataset::openOrCreate(db, m_path).ok());
    db.close();
    openWindow();
}

void tst_RegisterHistoryWindow::openWindow()
{
    m_window.reset();
    auto database = std::make_unique<Database>();
    QVERIFY(database->open(m_path).ok());
    m_window = std::make_unique<MainWindow>(std::move(database));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_RegisterHistoryWindow::cleanup()
{
    m_window.reset();
}

RegisterHistoryWindow *tst_RegisterHistoryWindow::openHistory()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    m_window->browser()->table()->setFocus();
    press(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    RegisterHistoryWindow *history = nullptr;
    if (!QTest::qWaitFor([&] {
            return (history = m_window->findChild<RegisterHistoryWindow *>())
                && history->isVisible();
        }))
        return nullptr;
    history->activateWindow();
    return QTest::qWaitForWindowActive(history) ? history : nullptr;
}

bool tst_RegisterHistoryWindow::importFile(const QByteArray &bytes)
{
    const QString file = m_dir.filePath(QStringLiteral("returns.csv"));
    if (!writeFile(file, bytes))
        return false;
    ImportDialog dialog(m_window->database(), m_window.get());
    dialog.setEditor(m_window->editing()->editor());
    dialog.setFiles({ file });
    dialog.import();
    return dialog.hasImported();
}

void tst_RegisterHistoryWindow::toolsMenuHasOneOwner()
{
    auto *tools = m_window->findChild<QMenu *>(QStringLiteral("toolsMenu"));
    QVERIFY(tools);
    QCOMPARE(tools->title(), QStringLiteral("&Tools"));
    // What the menu shows on a file (Users and Roles is a shared register's).
    QStringList names;
    QList<QAction *> shown;
    for (QAction *item : tools->actions()) {
        if (!item->isVisible())
            continue;
        shown.append(item);
        names.append(item->isSeparator() ? QStringLiteral("-") : item->text());
    }
    QCOMPARE(names,
        (QStringList {
            "&FOI Requests...", "&Source Documents...", "&History...", "-", "&Check Database" }));
    QCOMPARE(shown.at(4), m_window->health()->checkAction());
    QVERIFY(!action("usersAndRoles")->isVisible());
    QCOMPARE(action("registerHistory")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
}

void tst_RegisterHistoryWindow::importUndoneFromTheEditMenu()
{
    Database &db = m_window->database();
    const int before = m_window->browser()->totalCount();
    QVERIFY(importFile("name,area,strand\nKeyworker pilot,Gwent,treatment\n"));
    QVERIFY(
        SchemeStore::reader(db).idOf(QStringLiteral("Keyworker pilot"), QStringLiteral("Gwent")));
    QTRY_COMPARE(m_window->browser()->totalCount(), before + 1);
    QAction *undo = action("undo");
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Import of returns.csv"));
    undo->trigger();
    QVERIFY(
        !SchemeStore::reader(db).idOf(QStringLiteral("Keyworker pilot"), QStringLiteral("Gwent")));
    QTRY_COMPARE(m_window->browser()->totalCount(), before); // the list follows
    QCOMPARE(action("redo")->text(), QStringLiteral("&Redo Import of returns.csv"));
    action("redo")->trigger();
    QVERIFY(
        SchemeStore::reader(db).idOf(QStringLiteral("Keyworker pilot"), QStringLiteral("Gwent")));
}

void tst_RegisterHistoryWindow::undoOfAnImportOutlivesTheWindow()
{
    QVERIFY(importFile("name,area,strand\nKeyworker pilot,Gwent,treatment\n"));
    openWindow(); // the app closed and started again on the same database
    QAction *undo = action("undo");
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Import of returns.csv"));
    undo->trigger();
    QVERIFY(!SchemeStore::reader(m_window->database())
                 .idOf(QStringLiteral("Keyworker pilot"), QStringLiteral("Gwent")));
}

void tst_RegisterHistoryWindow::filtersAsYouTypeAndRemembersColumns()
{
    QVERIFY(importFile("name,area,strand\nKeyworker pilot,Gwent,treatment\n"));
    RegisterHistoryWindow *history = openHistory();
    QVERIFY(history);
    auto *count = history->findChild<QLabel *>(QStringLiteral("registerHistoryCount"));
    const int all = history->proxy()->rowCount();
    QVERIFY(all >= 2); // the shipped dataset's import and this one
    QCOMPARE(count->text(), QStringLiteral("%1 of %1 changes shown").arg(all));
    // The newest first: this import, with its file.
    QCOMPARE(history->table()->model()->index(0, RegisterHistoryModel::Files).data().toString(),
        QStringLiteral("returns.csv"));
    QVERIFY(history->details()->toPlainText().contains(QStringLiteral("returns.csv")));

    history->filter()->setFocus();
    type(QStringLiteral("returns"));
    QCOMPARE(history->proxy()->rowCount(), 1);
    QCOMPARE(count->text(), QStringLiteral("1 of %1 changes shown").arg(all));
    retype(QStringLiteral("no such words"));
    QCOMPARE(history->proxy()->rowCount(), 0);
    history->filter()->clear();
    QCOMPARE(history->proxy()->rowCount(), all);

    QHeaderView *header = history->table()->horizontalHeader();
    header->resizeSection(RegisterHistoryModel::Who, 211);
    history->table()->sortByColumn(RegisterHistoryModel::Who, Qt::AscendingOrder);
    history->close();
    QTRY_VERIFY(!m_window->findChild<RegisterHistoryWindow *>());
    history = openHistory();
    QVERIFY(history);
    header = history->table()->horizontalHeader();
    QCOMPARE(header->sectionSize(RegisterHistoryModel::Who), 211);
    QCOMPARE(header->sortIndicatorSection(), int(RegisterHistoryModel::Who));
}

// Newest first unless another order is remembered, and a click on When from another column
// goes to the newest first too.
void tst_RegisterHistoryWindow::opensNewestFirst_data()
{
    QTest::addColumn<int>("rememberedColumn"); // -1: nothing remembered
    QTest::addColumn<int>("rememberedOrder");
    QTest::addColumn<bool>("newestFirst"); // on opening, by the entries' ids
    QTest::newRow("nothing remembered") << -1 << 0 << true;
    QTest::newRow("oldest first remembered")
        << int(RegisterHistoryModel::When) << int(Qt::AscendingOrder) << false;
    QTest::newRow("by person remembered")
        << int(RegisterHistoryModel::Who) << int(Qt::AscendingOrder) << false;
}

void tst_RegisterHistoryWindow::opensNewestFirst()
{
    QFETCH(int, rememberedColumn);
    QFETCH(int, rememberedOrder);
    QFETCH(bool, newestFirst);
    QSettings().remove(QStringLiteral("registerHistory"));
    QVERIFY(importFile("name,area,strand\nKeyworker pilot " + QByteArray(QTest::currentDataTag())
        + ",Gwent,treatment\n"));
    RegisterHistoryWindow *history = openHistory();
    QVERIFY(history);
    if (rememberedColumn >= 0) {
        history->table()->sortByColumn(rememberedColumn, Qt::SortOrder(rememberedOrder));
        history->close();
        QTRY_VERIFY(!m_window->findChild<RegisterHistoryWindow *>());
        history = openHistory();
        QVERIFY(history);
    }
    QHeaderView *header = history->table()->horizontalHeader();
    const auto firstIsNewest = [history] {
        const QAbstractItemModel *rows = history->table()->model();
        return rows->index(0, RegisterHistoryModel::When)
                   .data(RegisterHistoryModel::SortRole)
                   .toLongLong()
            > rows->index(rows->rowCount() - 1, RegisterHistoryModel::When)
                  .data(RegisterHistoryModel::SortRole)
                  .toLongLong();
    };
    QVERIFY(history->proxy()->rowCount() >= 2);
    if (rememberedColumn != int(RegisterHistoryModel::Who))
        QCOMPARE(firstIsNewest(), newestFirst);
    QCOMPARE(header->sortIndicatorSection(),
        rememberedColumn < 0 ? int(RegisterHistoryModel::When) : rememberedColumn);
    if (rememberedColumn == int(RegisterHistoryModel::When))
        return;
    // Clicked on When from another column (or twice, from newest first): newest first.
    const int when = header->sectionViewportPosition(RegisterHistoryModel::When)
        + header->sectionSize(RegisterHistoryModel::When) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(when, header->height() / 2));
    if (rememberedColumn < 0)
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {}, QPoint(when, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(firstIsNewest());
}

void tst_RegisterHistoryWindow::inWelshNothingLeftInEnglish()
{
    const auto catalogue = tscatalogue::Catalogue::load(
        sourcePath(QStringLiteral("translations/opcc-schemes_cy.ts")));
    QVERIFY(!catalogue.messages.isEmpty());
    const auto english = tscatalogue::englishSources(catalogue);
    const auto welsh = tscatalogue::welshTranslations(catalogue);
    QVERIFY(installLanguage(QStringLiteral("cy")));
    RegisterHistoryWindow *history = openHistory();
    QVERIFY(history);
    QCoreApplication::processEvents();
    saveScreenshot(history, QStringLiteral("register-history-cy.png"));
    const QStringList left = uicheck::inEnglish(uicheck::shownTexts(history), english);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    const QStringList cut = uicheck::cutOff(
        history, [&welsh](const QString &text) { return !welsh.match(text).isEmpty(); });
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    QVERIFY(installLanguage(QStringLiteral("en")));
}

QTEST_MAIN(tst_RegisterHistoryWindow)
#include "tst_registerhistorywindow.moc"
