// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Right-click menus on a scheme and on a figure, opened as a person opens them (a context-menu
// event on the row under the pointer) and used from there.

#include "application.h"
#include "contextmenus.h"
#include "detailpanel.h"
#include "domain/language.h"
#include "editcontroller.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "models/figuretablemodel.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "schemebrowser.h"
#include "schemeeditpanel.h"
#include "schemeform.h"
#include "storage/browsestore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace testsupport;

class tst_ContextMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void schemeMenuHasItsItems();
    void schemeCopyWithSource();
    void reportHookReceivesSelection();
    void deleteFromMenu();
    void figureCopyWithSource();
    void figureOpenAndEdit();

private:
    QMenu *rightClick(QTableView *table, int row, const QString &menuName);
    QAction *action(QMenu *menu, const QString &name) const;
    int figureRow(const QString &measureLabel) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<opcc::MainWindow> m_window;
    qint64 m_divert = 0;
};

void tst_ContextMenus::initTestCase()
{
    opcc::ui::setApplicationIdentity();
    QVERIFY(opcc::installLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void tst_ContextMenus::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("schemes-%1.sqlite").arg(QTest::currentTestFunction()));
    {
        opcc::Database db;
        QVERIFY(opcc::shippeddataset::openOrCreate(db, m_path).ok());
    }
    auto db = std::make_unique<opcc::Database>();
    QVERIFY(db->open(m_path).ok());
    m_divert = *opcc::SchemeStore::reader(*db).idOf(
        QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    m_window = std::make_unique<opcc::MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->browser()->selectScheme(m_divert);
    QCOMPARE(m_window->detail()->schemeId(), m_divert);
}

void tst_ContextMenus::cleanup()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    m_window.reset();
}

QMenu *tst_ContextMenus::rightClick(QTableView *table, int row, const QString &menuName)
{
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QContextMenuEvent event(
        QContextMenuEvent::Mouse, cell.center(), table->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(table->viewport(), &event);
    if (!QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }))
        return nullptr;
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    return menu && menu->objectName() == menuName ? menu : nullptr;
}

QAction *tst_ContextMenus::action(QMenu *menu, const QString &name) const
{
    for (QAction *item : menu->actions()) {
        if (item->objectName() == name)
            return item;
    }
    return nullptr;
}

int tst_ContextMenus::figureRow(const QString &measureLabel) const
{
    const QAbstractItemModel *model = m_window->detail()->figureTable()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, opcc::FigureTableModel::Measure).data().toString() == measureLabel)
            return row;
    }
    return -1;
}

void tst_ContextMenus::schemeMenuHasItsItems()
{
    QTableView *table = m_window->browser()->table();
    QMenu *menu
        = rightClick(table, table->currentIndex().row(), QStringLiteral("schemeContextMenu"));
    QVERIFY(menu);
    QStringList texts;
    for (QAction *item : menu->actions()) {
        if (!item->isSeparator())
            texts.append(item->text().remove(QLatin1Char('&')));
    }
    QCOMPARE(texts,
        (QStringList { QStringLiteral("Edit Scheme"), QStringLiteral("Compare Selected Schemes..."),
            QStringLiteral("Report..."), QStringLiteral("Copy with Source"),
            QStringLiteral("Delete Scheme...") }));
    QVERIFY(action(menu, QStringLiteral("editScheme"))->isEnabled());
    QVERIFY(action(menu, QStringLiteral("deleteScheme"))->isEnabled());
    // Without reports in this build, the item is there but cannot be chosen.
    QVERIFY(!action(menu, QStringLiteral("reportScheme"))->isEnabled());
    guisupport::saveScreenshot(m_window.get(), QStringLiteral("scheme-context-menu.png"));
    action(menu, QStringLiteral("editScheme"))->trigger();
    QVERIFY(m_window->editing()->isEditing());
    QCOMPARE(m_window->editing()->editedSchemeId(), m_divert);
}

void tst_ContextMenus::schemeCopyWithSource()
{
    QTableView *table = m_window->browser()->table();
    QMenu *menu
        = rightClick(table, table->currentIndex().row(), QStringLiteral("schemeContextMenu"));
    QVERIFY(menu);
    QApplication::clipboard()->clear();
    action(menu, QStringLiteral("copySchemeWithSource"))->trigger();
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QLatin1String("DIVERT, West Mercia\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Source: APCC, Tackling Addictions In Focus")),
        qPrintable(text));
}

void tst_ContextMenus::reportHookReceivesSelection()
{
    QList<qint64> reported;
    m_window->contextMenus()->setReportHandler(
        [&reported](const QList<qint64> &ids) { reported = ids; });
    QTableView *table = m_window->browser()->table();
    QMenu *menu
        = rightClick(table, table->currentIndex().row(), QStringLiteral("schemeContextMenu"));
    QVERIFY(menu);
    QAction *report = action(menu, QStringLiteral("reportScheme"));
    QVERIFY(report->isEnabled());
    report->trigger();
    QCOMPARE(reported, QList<qint64> { m_divert });
}

void tst_ContextMenus::deleteFromMenu()
{
    QTableView *table = m_window->browser()->table();
    QMenu *menu
        = rightClick(table, table->currentIndex().row(), QStringLiteral("schemeContextMenu"));
    QVERIFY(menu);
    QAction *remove = action(menu, QStringLiteral("deleteScheme"));
    menu->close();
    QString asked;
    guisupport::answerNextMessageBox(QStringLiteral("Delete"), &asked);
    remove->trigger();
    QVERIFY2(asked.contains(QLatin1String("DIVERT")), qPrintable(asked));
    QCOMPARE(opcc::BrowseStore(m_window->database()).schemeCount(), 46);
    QVERIFY(!opcc::SchemeStore::reader(m_window->database()).scheme(m_divert));
}

void tst_ContextMenus::figureCopyWithSource()
{
    const int referrals = figureRow(QStringLiteral("Referrals"));
    QVERIFY(referrals >= 0);
    QMenu *menu = rightClick(
        m_window->detail()->figureTable(), referrals, QStringLiteral("figureContextMenu"));
    QVERIFY(menu);
    guisupport::saveScreenshot(m_window.get(), QStringLiteral("figure-context-menu.png"));
    QApplication::clipboard()->clear();
    action(menu, QStringLiteral("copyFigureWithSource"))->trigger();
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QLatin1String("Referrals: 943")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("DIVERT, West Mercia.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Source: APCC, Tackling Addictions In Focus")),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("943 referrals")), qPrintable(text)); // the quote
}

void tst_ContextMenus::figureOpenAndEdit()
{
    const int referrals = figureRow(QStringLiteral("Referrals"));
    QVERIFY(referrals >= 0);
    QTableView *figures = m_window->detail()->figureTable();
    QMenu *menu = rightClick(figures, referrals, QStringLiteral("figureContextMenu"));
    QVERIFY(menu);
    QSignalSpy open(m_window->contextMenus(), &opcc::ContextMenus::openSourceRequested);
    QVERIFY(open.isValid());
    QAction *openSource = action(menu, QStringLiteral("openFigureSource"));
    QVERIFY(openSource->isEnabled());
    // No web address is recorded for the shipped documents: their details are shown instead.
    QString shown;
    guisupport::answerNextMessageBox(QStringLiteral("Close"), &shown);
    openSource->trigger();
    QCOMPARE(open.count(), 1);
    QVERIFY2(shown.contains(QLatin1String("Source: APCC, Tackling Addictions In Focus")),
        qPrintable(shown));
    QCOMPARE(open.first().at(0).toString(), QStringLiteral("APCC, Tackling Addictions In Focus"));
    QVERIFY(open.first().at(1).toString().contains(QLatin1String("943 referrals")));

    const qint64 figureId
        = figures->currentIndex().data(opcc::FigureTableModel::FigureIdRole).toLongLong();
    QVERIFY(figureId != 0);
    menu->close();
    menu = rightClick(figures, referrals, QStringLiteral("figureContextMenu"));
    QVERIFY(menu);
    action(menu, QStringLiteral("editFigure"))->trigger();
    QVERIFY(m_window->editing()->isEditing());
    opcc::SchemeForm *form = m_window->editing()->editPanel()->form();
    QCOMPARE(form->tabs()->currentIndex(), int(opcc::SchemeForm::FiguresPage));
    const QModelIndex current = form->figureTable()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY2(current.siblingAtColumn(0).data().toString().contains(QLatin1String("Referrals")),
        qPrintable(current.siblingAtColumn(0).data().toString()));
}

QTEST_MAIN(tst_ContextMenus)
#include "tst_contextmenus.moc"
