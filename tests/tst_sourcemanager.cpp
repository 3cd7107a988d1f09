// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tools > Source Documents as a person uses it: the list filtered and sorted, a document entered
// and corrected, a PDF attached and opened (with Qt PDF) at the page that holds a figure's quote,
// a text copy with the quote selected, and the right-click menu.

#include "application.h"
#include "domain/language.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "models/sourcelistmodel.h"
#include "sourcemanager.h"
#include "sourceopener.h"
#include "sourceviewer.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/sourcestore.h"
#include "testsupport.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace opcc;
using namespace testsupport;

namespace {

const QString apcc = QStringLiteral("APCC, Tackling Addictions In Focus");
const QString quote = QStringLiteral("943 referrals were made to DIVERT");

// A three-page PDF whose second page holds the quote, split over two lines as PDFs do.
bool writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
    painter.drawText(72, 100, QStringLiteral("Tackling Addictions In Focus: contents"));
    writer.newPage();
    painter.drawText(72, 100, QStringLiteral("In its first year, 943 referrals"));
    painter.drawText(72, 120, QStringLiteral("were made to DIVERT in West Mercia."));
    writer.newPage();
    painter.drawText(72, 100, QStringLiteral("Annex: methods"));
    return painter.end();
}

} // namespace

class tst_SourceManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsFiltersAndSorts();
    void enterNewDocument();
    void invalidEntryIsNotSaved();
    void pdfOpensAtTheQuotedPage();
    void textCopySelectsTheQuote();
    void contextMenuHasItsItems();
    void openedFromTheToolsMenu();
    void editIsUndoneFromTheEditMenu();

private:
    int rowOf(const QString &title) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ShippedDatabase> m_shipped;
    std::unique_ptr<QWidget> m_parent;
    SourceManager *m_manager = nullptr;
};

void tst_SourceManager::initTestCase()
{
    QVERIFY(guisupport::startInEnglish(m_dir.filePath(QStringLiteral("settings"))));
}

void tst_SourceManager::init()
{
    m_shipped = std::make_unique<ShippedDatabase>();
    QVERIFY(m_shipped->open());
    m_parent = std::make_unique<QWidget>();
    m_manager = SourceManager::open(m_shipped->db, m_parent.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_manager));
}

void tst_SourceManager::cleanup()
{
    m_parent.reset();
    m_manager = nullptr;
    m_shipped.reset();
}

int tst_SourceManager::rowOf(const QString &title) const
{
    const QAbstractItemModel *model = m_manager->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SourceListModel::Title).data().toString() == title)
            return row;
    }
    return -1;
}

void tst_SourceManager::listsFiltersAndSorts()
{
    const int all = LookupStore::reader(m_shipped->db).sources().size();
    QCOMPARE(m_manager->table()->model()->rowCount(), all);
    QVERIFY(m_manager->currentId() != 0); // the first document is shown
    // Every word typed must appear: the kind and the publisher count too.
    QTest::keyClicks(m_manager->filter(), QStringLiteral("tackling report"));
    QCOMPARE(m_manager->table()->model()->rowCount(), 1);
    QCOMPARE(rowOf(apcc), 0);
    m_manager->filter()->clear();
    QCOMPARE(m_manager->table()->model()->rowCount(), all);
    // Sorted by how much cites each document, most first: the APCC report leads.
    m_manager->table()->sortByColumn(SourceListModel::Cited, Qt::DescendingOrder);
    QCOMPARE(rowOf(apcc), 0);
    guisupport::saveScreenshot(m_manager, QStringLiteral("source-manager.png"));
}

void tst_SourceManager::enterNewDocument()
{
    m_manager->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_manager));
    m_manager->table()->setFocus();
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::New);
    QCOMPARE(m_manager->currentId(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), m_manager->titleEdit());
    guisupport::type(QStringLiteral("Gwent OPCC, FOI 2021-17 response"));
    m_manager->locationEdit()->setFocus();
    guisupport::type(QStringLiteral("https://www.gwent.pcc.police.uk/foi/2021-17"));
    QVERIFY(m_manager->isModified());
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save);
    QVERIFY(!m_manager->isModified());
    const auto saved = SourceStore::reader(m_shipped->db)
                           .entry(QStringLiteral("Gwent OPCC, FOI 2021-17 response"));
    QVERIFY(saved);
    QCOMPARE(saved->document.file, QStringLiteral("https://www.gwent.pcc.police.uk/foi/2021-17"));
    QCOMPARE(m_manager->currentId(), saved->document.id);
    QVERIFY(rowOf(saved->document.title) >= 0);
}

void tst_SourceManager::invalidEntryIsNotSaved()
{
    m_manager->selectDocument(SourceStore::reader(m_shipped->db).entry(apcc)->document.id);
    auto *issued = m_manager->findChild<QLineEdit *>(QStringLiteral("sourceIssued"));
    QVERIFY(issued);
    issued->setFocus();
    guisupport::retype(QStringLiteral("sometime in 2023"));
    QVERIFY(!m_manager->save());
    QVERIFY(m_manager->issueLabel()->isVisible());
    QVERIFY2(m_manager->issueLabel()->text().contains(QLatin1String("is not a date")),
        qPrintable(m_manager->issueLabel()->text()));
    QVERIFY(SourceStore::reader(m_shipped->db).entry(apcc)->document.issued.isNull());
    // Moving to another document tries to save, and stays when it cannot.
    m_manager->table()->selectRow(rowOf(apcc) == 0 ? 1 : 0);
    QTRY_COMPARE(m_manager->titleEdit()->text(), apcc);
    guisupport::retype(QStringLiteral("2023-02"));
    QVERIFY(m_manager->save());
    QCOMPARE(SourceStore::reader(m_shipped->db).entry(apcc)->document.issued.toIsoString(),
        QStringLiteral("2023-02"));
}

void tst_SourceManager::pdfOpensAtTheQuotedPage()
{
    const QString pdf = m_dir.filePath(QStringLiteral("tackling.pdf"));
    QVERIFY(writePdf(pdf));
    m_manager->selectDocument(SourceStore::reader(m_shipped->db).entry(apcc)->document.id);
    QVERIFY2(m_manager->attachFile(pdf), qPrintable(m_manager->issueLabel()->text()));
    QFile::remove(pdf); // the copy in the database is what is shown
    const auto entry = SourceStore::reader(m_shipped->db).entry(apcc);
    QCOMPARE(entry->attachmentName, QStringLiteral("tackling.pdf"));

    openSourceDocument(m_shipped->db, apcc, quote, m_parent.get());
    auto *viewer = m_parent->findChild<SourceViewer *>();
    QVERIFY(viewer);
    QVERIFY(viewer->isPdf());
    QCOMPARE(viewer->quotePage(), 1);
    QTRY_COMPARE(viewer->currentPage(), 1);
    auto *found = viewer->findChild<QLabel *>(QStringLiteral("quoteFound"));
    QVERIFY2(found->text().startsWith(QLatin1String("On page 2:")), qPrintable(found->text()));
    guisupport::saveScreenshot(viewer, QStringLiteral("source-viewer-pdf.png"));
    viewer->close();
}

void tst_SourceManager::textCopySelectsTheQuote()
{
    const QString text = m_dir.filePath(QStringLiteral("minutes.txt"));
    QVERIFY(writeFile(
        text, "Panel minutes\n\nIn its first year, 943 referrals\nwere made to DIVERT.\n"));
    m_manager->selectDocument(SourceStore::reader(m_shipped->db).entry(apcc)->document.id);
    QVERIFY(m_manager->attachFile(text));
    openSourceDocument(m_shipped->db, apcc, QStringLiteral("first year, 943"), m_parent.get());
    auto *viewer = m_parent->findChild<SourceViewer *>();
    QVERIFY(viewer);
    QVERIFY(!viewer->isPdf());
    auto *shown = viewer->findChild<QPlainTextEdit *>(QStringLiteral("documentText"));
    QVERIFY(shown);
    QCOMPARE(shown->textCursor().selectedText(), QStringLiteral("first year, 943"));
    viewer->close();
}

void tst_SourceManager::contextMenuHasItsItems()
{
    QTableView *table = m_manager->table();
    const int row = rowOf(apcc);
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QContextMenuEvent event(
        QContextMenuEvent::Mouse, cell.center(), table->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(table->viewport(), &event);
    QVERIFY(QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->objectName(), QStringLiteral("sourceContextMenu"));
    QStringList texts;
    QHash<QString, QAction *> byName;
    for (QAction *item : menu->actions()) {
        if (item->isSeparator())
            continue;
        texts.append(item->text().remove(QLatin1Char('&')));
        byName.insert(item->objectName(), item);
    }
    QCOMPARE(texts,
        (QStringList { QStringLiteral("Open Document"), QStringLiteral("Attach File..."),
            QStringLiteral("Copy Title"), QStringLiteral("Delete") }));
    QCOMPARE(m_manager->currentId(), SourceStore::reader(m_shipped->db).entry(apcc)->document.id);
    // The APCC report is cited (it cannot be deleted); no copy, file or web address of it is
    // kept (the shipped dataset knows none), so there is nothing to open until one is attached.
    QVERIFY(!byName.value(QStringLiteral("openSource"))->isEnabled());
    QVERIFY(byName.value(QStringLiteral("attachSource"))->isEnabled());
    QVERIFY(!byName.value(QStringLiteral("deleteSource"))->isEnabled());
    byName.value(QStringLiteral("copySourceTitle"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), apcc);
    menu->close();
}

void tst_SourceManager::openedFromTheToolsMenu()
{
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_shipped->path).ok());
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("sourceDocuments"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    action->trigger();
    auto *manager = window.findChild<SourceManager *>();
    QVERIFY(manager);
    QVERIFY(manager->isVisible());
    action->trigger();
    QCOMPARE(window.findChildren<SourceManager *>().size(), 1); // raised, not made twice
}

// A document saved in the manager opened over the main window is a step of its Edit > Undo.
void tst_SourceManager::editIsUndoneFromTheEditMenu()
{
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_shipped->path).ok());
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("sourceDocuments"))->trigger();
    auto *manager = window.findChild<SourceManager *>();
    QVERIFY(manager);
    const qint64 id = SourceStore::reader(window.database()).entry(apcc)->document.id;
    manager->selectDocument(id);
    manager->titleEdit()->setFocus();
    QTest::keyClicks(manager->titleEdit(), QStringLiteral(" (2023)"));
    QVERIFY(manager->isModified());
    QVERIFY(manager->save());
    const QString renamed = apcc + QStringLiteral(" (2023)");
    QCOMPARE(SourceStore::reader(window.database()).entry(id)->document.title, renamed);

    auto *undo = window.findChild<QAction *>(QStringLiteral("undo"));
    QVERIFY(undo && undo->isEnabled());
    QCOMPARE(undo->text().remove(QLatin1Char('&')),
        QStringLiteral("Undo Edit of source \"%1\"").arg(apcc));
    undo->trigger();
    QCOMPARE(SourceStore::reader(window.database()).entry(id)->document.title, apcc);
    QTRY_COMPARE(manager->titleEdit()->text(), apcc); // the form shows the register as it is
    QVERIFY(!manager->isModified());
    window.findChild<QAction *>(QStringLiteral("redo"))->trigger();
    QTRY_COMPARE(manager->titleEdit()->text(), renamed);
}

QTEST_MAIN(tst_SourceManager)
#include "tst_sourcemanager.moc"
