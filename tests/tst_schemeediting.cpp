// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Data entry in the main window, driven from the keyboard: a scheme of the shipped dataset is
// deleted, typed back in with its figures, corrected, undone and redone; edit mode, deleting,
// history, a second running copy and closing with an unsaved edit.

#include "application.h"
#include "detailpanel.h"
#include "domain/language.h"
#include "editcontroller.h"
#include "editing/schemedraft.h"
#include "editing/schemeeditor.h"
#include "editsupport.h"
#include "guisupport.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "models/auditlogmodel.h"
#include "models/figureeditmodel.h"
#include "models/schemeeditmodel.h"
#include "schemebrowser.h"
#include "schemedialog.h"
#include "schemeeditpanel.h"
#include "schemeform.h"
#include "storage/auditstore.h"
#include "storage/figurestore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QUndoView>

using namespace opcc;
using namespace testsupport;
using namespace guisupport;
using namespace editsupport;

class tst_SchemeEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void retypeCorrectUndoRedo();
    void editModeSavesThroughTheForm();
    void savedEditKeepsSelectionAndScroll();
    void deleteAsksWithFigureCount_data();
    void deleteAsksWithFigureCount();
    void conflictIsNeverOverwritten_data();
    void conflictIsNeverOverwritten();
    void closingWithUnsavedEditAsks_data();
    void closingWithUnsavedEditAsks();
    void historyShowsWhoAndWhat();
    void undoHistoryListsSteps();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    qint64 schemeId(const QString &name, const QString &area) const
    {
        return SchemeStore::reader(m_window->database()).idOf(name, area).value_or(0);
    }
    // The window's shortcuts need it active, and a closed message box leaves none active
    // (on the offscreen platform; a window manager would reactivate the window).
    void reactivate()
    {
        if (!QApplication::activeModalWidget() && QApplication::activeWindow() != m_window.get()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
    }
    void shortcut(const QKeySequence &keys)
    {
        reactivate();
        QTest::keySequence(m_window.get(), keys);
    }
    void startEditing(const QString &name, const QString &area);
    SchemeEditPanel *panel() const { return m_window->editing()->editPanel(); }
    void typeFigure(const QString &measure, const QString &value, const QString &qualifierStart,
        const QString &note, const QString &quote);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void tst_SchemeEditing::initTestCase()
{
    QVERIFY(guisupport::startInEnglish(m_dir.filePath(QStringLiteral("settings"))));
}

void tst_SchemeEditing::init()
{
    QSettings().clear();
    // Each test on a database of its own.
    m_path = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_path);
    {
        Database db;
        QVERIFY(shippeddataset::openOrCreate(db, m_path).ok());
    }
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_path).ok());
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_SchemeEditing::cleanup()
{
    if (m_window && m_window->editing()->isEditing())
        m_window->editing()->cancelEdit();
    m_window.reset();
}

void tst_SchemeEditing::startEditing(const QString &name, const QString &area)
{
    m_window->browser()->selectScheme(schemeId(name, area));
    m_window->browser()->table()->setFocus();
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(m_window->editing()->isEditing());
    QVERIFY(panel()->isVisible());
}

void tst_SchemeEditing::typeFigure(const QString &measure, const QString &value,
    const QString &qualifierStart, const QString &note, const QString &quote)
{
    type(measure);
    press(Qt::Key_Tab);
    type(value);
    press(Qt::Key_Tab); // up to
    press(Qt::Key_Tab); // qualifier
    if (!qualifierStart.isEmpty())
        type(qualifierStart);
    press(Qt::Key_Tab); // rate
    press(Qt::Key_Tab); // baseline
    press(Qt::Key_Tab);
    type(QStringLiteral("2021-07"));
    press(Qt::Key_Tab);
    type(QStringLiteral("2022-07"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Between July 2021 and July 2022"));
    press(Qt::Key_Tab);
    type(note);
    press(Qt::Key_Tab); // the source: the scheme's document already
    press(Qt::Key_Tab);
    type(quote);
    press(Qt::Key_Return);
}

void tst_SchemeEditing::retypeCorrectUndoRedo()
{
    const Database &db = m_window->database();
    const qint64 shippedId
        = schemeId(QStringLiteral("Offender to Rehab"), QStringLiteral("West Midlands"));
    QVERIFY(shippedId != 0);
    const Scheme shipped = *SchemeStore::reader(db).scheme(shippedId);
    const QStringList exportShipped = exportRows(db);

    // Delete it, from the keyboard, confirming.
    m_window->browser()->selectScheme(shippedId);
    m_window->browser()->table()->setFocus();
    QString question;
    answerNextMessageBox(QStringLiteral("Delete"), &question);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    QVERIFY2(
        question.contains(QLatin1String("\"Offender to Rehab\" (West Midlands) and its 2 figure")),
        qPrintable(question));
    QCOMPARE(schemeId(QStringLiteral("Offender to Rehab"), QStringLiteral("West Midlands")), 0);
    const QStringList exportDeleted = exportRows(db);

    // Type it back in.
    shortcut(QKeySequence::New);
    SchemeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SchemeDialog *>()) && dialog->isVisible());
    dialog->activateWindow(); // what a window manager does
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeName"));
    type(QStringLiteral("Offender to Rehab"));
    press(Qt::Key_Tab);
    type(QStringLiteral("T"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    type(QStringLiteral("West"));
    press(Qt::Key_Down);
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab); // no start date in the source
    type(QStringLiteral("2022-13")); // a slip, then corrected: the source gives no end either
    auto *dateIssue = dialog->findChild<QLabel *>(QStringLiteral("dateIssue"));
    QVERIFY(dateIssue->isVisible());
    QVERIFY(!dialog->okButton()->isEnabled());
    saveScreenshot(dialog, QStringLiteral("retype-date-slip.png"));
    retype(QString());
    press(Qt::Key_Backspace);
    QVERIFY(!dateIssue->isVisible());
    press(Qt::Key_Tab);
    type(QStringLiteral("APCC"));
    press(Qt::Key_Tab); // past the Documents... button beside it
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeSourceDocuments"));
    press(Qt::Key_Tab);
    type(shipped.summary);
    press(Qt::Key_Tab);
    type(shipped.description);
    press(Qt::Key_Tab);
    type(shipped.eligibility);

    press(Qt::Key_P, Qt::AltModifier);
    press(Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(dialog->form()->partnerTable()->currentIndex().isValid());
    type(QStringLiteral("PCC"));
    press(Qt::Key_Tab);
    type(QStringLiteral("F"));
    press(Qt::Key_Return);

    press(Qt::Key_I, Qt::AltModifier);
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(dialog->form()->figureTable()->model()->rowCount(), 1);
    typeFigure(QStringLiteral("People enrolled"), QStringLiteral("27"), QString(),
        QStringLiteral("prolific shoplifters enrolled"),
        QStringLiteral("27 prolific shoplifters were enrolled"));
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(dialog->form()->figureTable()->model()->rowCount(), 2);
    typeFigure(QStringLiteral("Savings to"), QStringLiteral("80000"), QStringLiteral("Ap"),
        QStringLiteral("estimated savings to retailers"),
        QStringLiteral("saved retailers in the region of £800,000"));
    QVERIFY(dialog->okButton()->isEnabled());
    saveScreenshot(dialog, QStringLiteral("retype-figures.png"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SchemeDialog *>());

    const qint64 typedId
        = schemeId(QStringLiteral("Offender to Rehab"), QStringLiteral("West Midlands"));
    QVERIFY(typedId != 0);
    QCOMPARE(m_window->browser()->currentSchemeId(), typedId);
    QCOMPARE(m_window->detail()->schemeId(), typedId);
    const QStringList exportTyped = exportRows(db);
    QVERIFY(exportTyped != exportShipped); // the slip in the savings
    const Scheme typed = *SchemeStore::reader(db).scheme(typedId);
    QCOMPARE(typed.description, shipped.description);
    QCOMPARE(typed.eligibility, shipped.eligibility);

    // Correct the slip in edit mode: the savings (second row), its value.
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(m_window->editing()->isEditing());
    press(Qt::Key_I, Qt::AltModifier);
    QTableView *figures = panel()->form()->figureTable();
    figures->setFocus();
    figures->setCurrentIndex(figures->model()->index(0, FigureEditModel::Measure));
    press(Qt::Key_Down);
    press(Qt::Key_Right);
    QCOMPARE(figures->currentIndex().column(), int(FigureEditModel::Value));
    press(Qt::Key_F2);
    retype(QStringLiteral("800000"));
    press(Qt::Key_Return);
    QCOMPARE(figures->currentIndex().data().toString(), QStringLiteral("£800,000"));
    saveScreenshot(m_window.get(), QStringLiteral("retype-correction.png"));
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->editing()->isEditing());
    QCOMPARE(exportRows(db), exportShipped);

    // Undo the correction, then the creation; redo both.
    QUndoStack *stack = m_window->editing()->editor()->undoStack();
    QCOMPARE(stack->count(), 3); // delete, new, edit
    m_window->browser()->table()->setFocus();
    shortcut(QKeySequence::Undo);
    QCOMPARE(exportRows(db), exportTyped);
    shortcut(QKeySequence::Undo);
    QCOMPARE(exportRows(db), exportDeleted);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(exportRows(db), exportTyped);
    QCOMPARE(
        schemeId(QStringLiteral("Offender to Rehab"), QStringLiteral("West Midlands")), typedId);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(exportRows(db), exportShipped);
    QCOMPARE(m_window->browser()->currentSchemeId(), typedId);

    const auto log = AuditStore::reader(db).entries(QStringLiteral("scheme"), typedId);
    QStringList summaries;
    for (const auto &entry : log)
        summaries.append(entry.action + QLatin1Char(' ') + entry.summary);
    QCOMPARE(summaries,
        (QStringList {
            QStringLiteral("create New scheme \"Offender to Rehab\""),
            QStringLiteral("update Edit figures of \"Offender to Rehab\": figures"),
            QStringLiteral("update Undo: Edit figures of \"Offender to Rehab\""),
            QStringLiteral("delete Undo: New scheme \"Offender to Rehab\""),
            QStringLiteral("create Redo: New scheme \"Offender to Rehab\""),
            QStringLiteral("update Redo: Edit figures of \"Offender to Rehab\""),
        }));
}

void tst_SchemeEditing::editModeSavesThroughTheForm()
{
    const qint64 id = schemeId(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    const QStringList before = databaseDump(m_path, Versions::Ignored);
    m_window->browser()->selectScheme(id);
    // A double-click on a figure asks for edit mode too.
    QTableView *shown = m_window->detail()->figureTable();
    const QModelIndex cell = shown->model()->index(0, 0);
    const QPoint centre = shown->visualRect(cell).center();
    QTest::mouseClick(shown->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(shown->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(m_window->editing()->isEditing());
    QVERIFY(
        !action("undo")->isEnabled() || m_window->editing()->editor()->undoStack()->count() == 0);

    SchemeDraft *draft = panel()->draft();
    QCOMPARE(draft->record().scheme.id, id);
    auto *status = panel()->findChild<QComboBox *>(QStringLiteral("schemeStatus"));
    status->setFocus();
    type(QStringLiteral("E")); // Ended
    QCOMPARE(draft->fields()->index(0, SchemeEditModel::Status).data().toString(),
        QStringLiteral("Ended"));
    auto *summary = panel()->findChild<QPlainTextEdit *>(QStringLiteral("schemeSummary"));
    summary->setFocus();
    press(Qt::Key_End, Qt::ControlModifier);
    type(QStringLiteral(" It ended in 2024."));
    QVERIFY(draft->isModified());
    QVERIFY(panel()->saveButton()->isEnabled());
    QCOMPARE(panel()->findChild<QLabel *>(QStringLiteral("editTitle"))->text(),
        QStringLiteral("Editing \"DIVERT\" (not saved)"));
    saveScreenshot(m_window.get(), QStringLiteral("edit-mode.png"));
    panel()->saveButton()->click();
    QVERIFY(!m_window->editing()->isEditing());
    const Scheme saved = *SchemeStore::reader(m_window->database()).scheme(id);
    QCOMPARE(saved.status, Status::Ended);
    QVERIFY(saved.summary.endsWith(QLatin1String(" It ended in 2024.")));

    m_window->browser()->table()->setFocus();
    shortcut(QKeySequence::Undo);
    QCOMPARE(databaseDump(m_path, Versions::Ignored), before);
}

// The scheme list updates the edited row in place: the selection and the scroll position stay as
// they were, with no code to find the scheme again (the window has none).
void tst_SchemeEditing::savedEditKeepsSelectionAndScroll()
{
    m_window->resize(900, 480); // a list taller than its view
    QTableView *table = m_window->browser()->table();
    QScrollBar *scroll = table->verticalScrollBar();
    QTRY_VERIFY(scroll->maximum() > 0);
    const qint64 id = schemeId(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    m_window->browser()->selectScheme(id);
    scroll->setValue(scroll->maximum() / 2);
    QVERIFY(scroll->value() > 0);
    QSignalSpy reset(table->model(), &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());

    table->setFocus();
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(m_window->editing()->isEditing());
    auto *summary = panel()->findChild<QPlainTextEdit *>(QStringLiteral("schemeSummary"));
    summary->setFocus();
    press(Qt::Key_End, Qt::ControlModifier);
    type(QStringLiteral(" Reviewed."));
    const int beforeSave = scroll->value();
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->editing()->isEditing());
    QVERIFY(SchemeStore::reader(m_window->database())
                .scheme(id)
                ->summary.endsWith(QLatin1String(" Reviewed.")));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_window->browser()->currentSchemeId(), id);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    QCOMPARE(scroll->value(), beforeSave);
}

void tst_SchemeEditing::deleteAsksWithFigureCount_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("confirmed") << "Delete" << true;
    QTest::newRow("cancelled") << "Cancel" << false;
}

void tst_SchemeEditing::deleteAsksWithFigureCount()
{
    QFETCH(QString, answer);
    QFETCH(bool, deleted);
    const QString area = QStringLiteral("Avon and Somerset; Devon and Cornwall; Dorset; "
                                        "Gloucestershire; Wiltshire");
    const qint64 id = schemeId(QStringLiteral("Operation Scorpion"), area);
    const int figures = int(FigureStore::reader(m_window->database()).ofScheme(id).size());
    QVERIFY(figures > 2);
    m_window->browser()->selectScheme(id);
    QString question;
    answerNextMessageBox(answer, &question);
    action("deleteScheme")->trigger();
    QVERIFY2(
        question.contains(QStringLiteral("and its %1 figure").arg(figures)), qPrintable(question));
    QCOMPARE(schemeId(QStringLiteral("Operation Scorpion"), area) == 0, deleted);
    QCOMPARE(m_window->editing()->editor()->undoStack()->count(), deleted ? 1 : 0);
    if (deleted) {
        QCOMPARE(action("undo")->text(), QStringLiteral("&Undo Delete \"Operation Scorpion\""));
        action("undo")->trigger();
        QCOMPARE(schemeId(QStringLiteral("Operation Scorpion"), area), id);
        QCOMPARE(FigureStore::reader(m_window->database()).ofScheme(id).size(), figures);
    }
}

void tst_SchemeEditing::conflictIsNeverOverwritten_data()
{
    QTest::addColumn<QString>("answer");
    QTest::newRow("reapply") << "Reload and Re-apply";
    QTest::newRow("discard") << "Discard My Changes";
    QTest::newRow("keepEditing") << "Cancel";
}

void tst_SchemeEditing::conflictIsNeverOverwritten()
{
    QFETCH(QString, answer);
    const qint64 id = schemeId(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    startEditing(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    auto *summary = panel()->findChild<QPlainTextEdit *>(QStringLiteral("schemeSummary"));
    summary->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("My summary"));

    // Meanwhile, another running copy changes the status.
    {
        Database other;
        QVERIFY(other.open(m_path).ok());
        Scheme theirs = *SchemeStore::reader(other).scheme(id);
        theirs.status = Status::Pilot;
        QVERIFY(SchemeStore(other).update(theirs));
    }
    QString message;
    answerNextMessageBox(answer, &message);
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(message.contains(QLatin1String("\"DIVERT\" was changed in another copy")),
        qPrintable(message));
    Scheme stored = *SchemeStore::reader(m_window->database()).scheme(id);
    QCOMPARE(stored.status, Status::Pilot); // theirs stands
    QVERIFY(stored.summary != QLatin1String("My summary"));
    QCOMPARE(m_window->editing()->editor()->undoStack()->count(), 0);

    reactivate();
    if (answer.startsWith(QLatin1String("Reload"))) {
        QVERIFY(m_window->editing()->isEditing());
        const SchemeRecord shown = panel()->draft()->record();
        QCOMPARE(shown.scheme.summary, QStringLiteral("My summary"));
        QCOMPARE(shown.scheme.status, Status::Pilot);
        press(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!m_window->editing()->isEditing());
        stored = *SchemeStore::reader(m_window->database()).scheme(id);
        QCOMPARE(stored.summary, QStringLiteral("My summary"));
        QCOMPARE(stored.status, Status::Pilot);
    } else if (answer.startsWith(QLatin1String("Discard"))) {
        QVERIFY(!m_window->editing()->isEditing());
    } else {
        QVERIFY(m_window->editing()->isEditing());
        QCOMPARE(panel()->draft()->record().scheme.summary, QStringLiteral("My summary"));
    }
}

void tst_SchemeEditing::closingWithUnsavedEditAsks_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("saved");
    QTest::newRow("save") << "Save" << true << true;
    QTest::newRow("discard") << "Discard" << true << false;
    QTest::newRow("cancel") << "Cancel" << false << false;
}

void tst_SchemeEditing::closingWithUnsavedEditAsks()
{
    QFETCH(QString, answer);
    QFETCH(bool, closed);
    QFETCH(bool, saved);
    const qint64 id = schemeId(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    startEditing(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    auto *name = panel()->findChild<QLineEdit *>(QStringLiteral("schemeName"));
    QCOMPARE(focused(), name);
    press(Qt::Key_End);
    type(QStringLiteral(" (custody)"));
    QString message;
    answerNextMessageBox(answer, &message);
    QCOMPARE(m_window->close(), closed);
    QCOMPARE(message, QStringLiteral("\"DIVERT\" has changes that are not saved."));
    QCOMPARE(m_window->isVisible(), !closed);
    QCOMPARE(SchemeStore::reader(m_window->database()).scheme(id)->name,
        saved ? QStringLiteral("DIVERT (custody)") : QStringLiteral("DIVERT"));
    QCOMPARE(m_window->editing()->isEditing(), !closed);
}

void tst_SchemeEditing::historyShowsWhoAndWhat()
{
    startEditing(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    auto *status = panel()->findChild<QComboBox *>(QStringLiteral("schemeStatus"));
    status->setFocus();
    type(QStringLiteral("P")); // Planned
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->editing()->isEditing());

    action("schemeHistory")->trigger();
    HistoryDialog *history = nullptr;
    QTRY_VERIFY((history = m_window->findChild<HistoryDialog *>()) && history->isVisible());
    QCOMPARE(history->windowTitle(), QStringLiteral("History of \"DIVERT\""));
    const QAbstractItemModel *model = history->table()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AuditLogModel::Who).data().toString(), editsupport::osUser());
    QCOMPARE(model->index(0, AuditLogModel::Action).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(history->details()->toPlainText(),
        QStringLiteral("Status: \u201CActive\u201D \u2192 \u201CPlanned\u201D"));
    saveScreenshot(history, QStringLiteral("history.png"));
    history->close();
}

void tst_SchemeEditing::undoHistoryListsSteps()
{
    QDockWidget *dock = m_window->editing()->undoHistoryDock();
    QVERIFY(!dock->isVisible());
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QVERIFY(dock->isVisible());
    auto *view = dock->findChild<QUndoView *>();
    QCOMPARE(view->model()->rowCount(), 1); // "<as opened>"

    m_window->browser()->selectScheme(
        schemeId(QStringLiteral("DIVERT"), QStringLiteral("West Mercia")));
    answerNextMessageBox(QStringLiteral("Delete"));
    action("deleteScheme")->trigger();
    startEditing(QStringLiteral("Offender to Rehab"), QStringLiteral("West Midlands"));
    QVERIFY(!view->isEnabled()); // no time travel in the middle of an edit
    QVERIFY(!action("undo")->isEnabled());
    panel()->draft()->fields()->setData(
        panel()->draft()->fields()->index(0, SchemeEditModel::Status), 3);
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(view->isEnabled());
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("Delete \"DIVERT\""));
    QCOMPARE(
        view->model()->index(2, 0).data().toString(), QStringLiteral("Edit \"Offender to Rehab\""));
    saveScreenshot(m_window.get(), QStringLiteral("undo-history.png"));
    // Choosing the first line undoes both.
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(m_window->editing()->editor()->undoStack()->index(), 0);
    QVERIFY(schemeId(QStringLiteral("DIVERT"), QStringLiteral("West Mercia")) != 0);
}

QTEST_MAIN(tst_SchemeEditing)
#include "tst_schemeediting.moc"
