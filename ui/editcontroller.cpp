// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editcontroller.h"

#include "detailpanel.h"
#include "editing/schemedraft.h"
#include "editing/schemeeditor.h"
#include "editing/schemerebase.h"
#include "historydialog.h"
#include "schemebrowser.h"
#include "schemedialog.h"
#include "schemeeditpanel.h"
#include "schemeform.h"
#include "storage/database.h"
#include "storage/schemestore.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

namespace opcc {

EditController::EditController(
    Database &db, SchemeBrowser *browser, DetailPanel *detail, QMainWindow *window)
    : QObject(window)
    , m_db(db)
    , m_browser(browser)
    , m_detail(detail)
    , m_window(window)
    , m_editor(new SchemeEditor(db, this))
    , m_panel(new SchemeEditPanel(db, detail))
    , m_undoDock(new QDockWidget(window))
{
    m_detail->setEditPage(m_panel);
    connect(m_panel, &SchemeEditPanel::saveRequested, this, &EditController::saveEdit);
    connect(m_panel, &SchemeEditPanel::cancelRequested, this, &EditController::cancelEdit);
    connect(m_panel->form(), &SchemeForm::openSchemeRequested, this,
        [this](qint64 id) { m_browser->selectScheme(id); });
    connect(m_detail, &DetailPanel::editRequested, this, &EditController::startEditing);
    connect(
        m_browser, &SchemeBrowser::currentSchemeChanged, this, &EditController::followSelection);

    // The undo history, docked, hidden until asked for.
    auto *view = new QUndoView(m_editor->undoStack(), m_undoDock);
    view->setObjectName(QStringLiteral("undoView"));
    m_undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
    m_undoDock->setWidget(view);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    m_newScheme = makeAction(QStringLiteral("newScheme"), &EditController::newScheme);
    m_newScheme->setShortcut(QKeySequence::New);
    m_undo = makeAction(QStringLiteral("undo"), nullptr);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, m_editor->undoStack(), &QUndoStack::undo);
    m_redo = makeAction(QStringLiteral("redo"), nullptr);
    m_redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    connect(m_redo, &QAction::triggered, m_editor->undoStack(), &QUndoStack::redo);
    m_edit = makeAction(QStringLiteral("editScheme"), nullptr);
    m_edit->setCheckable(true);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_edit, &QAction::triggered, this, [this](bool on) {
        if (on)
            startEditing();
        else if (!finishEditing())
            m_edit->setChecked(true);
    });
    m_addFigure = makeAction(QStringLiteral("addFigure"), &EditController::addFigure);
    m_addFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_delete = makeAction(QStringLiteral("deleteScheme"), &EditController::deleteScheme);
    m_delete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_history = makeAction(QStringLiteral("schemeHistory"), &EditController::showHistory);

    QUndoStack *stack = m_editor->undoStack();
    for (auto signal : { &QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged })
        connect(stack, signal, this, &EditController::updateActions);
    connect(stack, &QUndoStack::indexChanged, this, &EditController::updateActions);
    connect(
        m_editor, &SchemeEditor::stepFailed, this,
        [this](const QString &message) {
            QMessageBox::warning(m_window, tr("Cannot Undo"),
                tr("%1\n\nNothing was changed. That step has been taken out of the "
                   "undo history.")
                    .arg(message));
        },
        Qt::QueuedConnection);
    connect(m_editor, &SchemeEditor::schemeChanged, this, [this](qint64 id, bool exists) {
        if (exists && !isEditing())
            m_browser->selectScheme(id);
    });
    // Undo goes on where the last run on this database left it.
    m_editor->restoreHistory();
    retranslate();
}

EditController::~EditController() = default;

bool EditController::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void EditController::retranslate()
{
    m_undoDock->setWindowTitle(tr("Undo History"));
    auto *view = static_cast<QUndoView *>(m_undoDock->widget());
    view->setEmptyLabel(tr("<as opened>"));
    view->setAccessibleName(tr("Undo history"));
    view->setAccessibleDescription(tr("The changes that can be undone, earlier sessions' "
                                      "included, oldest first; choose one to go back to how the "
                                      "register was then."));
    // The dock names its toggle action after its title: the menu wants its own words.
    QAction *history = m_undoDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setStatusTip(tr("Show or hide the list of changes that can be undone"));
    if (m_schemeMenu)
        m_schemeMenu->setTitle(tr("&Scheme"));
    m_newScheme->setText(tr("&New Scheme..."));
    m_newScheme->setStatusTip(tr("Enter a scheme from a commissioning paper or FOI reply"));
    m_undo->setStatusTip(tr("Take back the last change"));
    m_redo->setStatusTip(tr("Make the change taken back again"));
    m_edit->setText(tr("&Edit Scheme"));
    m_edit->setStatusTip(tr("Edit the selected scheme in the detail panel (or double-click it)"));
    m_addFigure->setText(tr("Add &Figure"));
    m_addFigure->setStatusTip(tr("Add a figure to the selected scheme"));
    m_delete->setText(tr("&Delete Scheme..."));
    m_delete->setStatusTip(tr("Delete the selected scheme and its figures (Undo brings it back)"));
    m_history->setText(tr("&History..."));
    m_history->setStatusTip(tr("Every recorded change to the selected scheme: when, who and what"));
    updateActions(); // the undo and redo texts
}

QAction *EditController::makeAction(const QString &name, void (EditController::*slot)())
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

void EditController::addFileActions(QMenu *file)
{
    QAction *first = file->actions().value(0);
    file->insertAction(first, m_newScheme);
    file->insertSeparator(first);
}

void EditController::addEditActions(QMenu *edit)
{
    QAction *first = edit->actions().value(0);
    QAction *history = m_undoDock->toggleViewAction();
    history->setObjectName(QStringLiteral("undoHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    edit->insertActions(first, { m_undo, m_redo, history });
    edit->insertSeparator(first);
}

QMenu *EditController::createSchemeMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Scheme"), parent);
    menu->setObjectName(QStringLiteral("schemeMenu"));
    m_schemeMenu = menu;
    menu->addAction(m_edit);
    menu->addAction(m_addFigure);
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_history);
    return menu;
}

void EditController::updateActions()
{
    const QUndoStack *stack = m_editor->undoStack();
    const bool editing = isEditing();
    // A read-only database is browsed, charted and exported; nothing offers to change it.
    const bool writable = !m_db.isReadOnly();
    const bool selected = writable && m_browser->currentSchemeId() != 0;
    m_newScheme->setEnabled(writable);
    // Hidden as well, for a user who may only read (a viewer of a shared register). Edit Scheme
    // stays while an edit is in progress when the right to change went (a role taken on the
    // server): the form keeps what was typed, and the user leaves it from there.
    for (QAction *change : { m_newScheme, m_edit, m_addFigure, m_delete })
        change->setVisible(writable || (editing && change == m_edit));
    m_undo->setEnabled(writable && stack->canUndo() && !editing);
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setEnabled(writable && stack->canRedo() && !editing);
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    // The undo history undoes and redoes too (a click on a step): only as Undo and Redo may,
    // so it follows a role taken or given on the server with them.
    m_undoDock->widget()->setEnabled(writable && !editing);
    m_edit->setChecked(editing);
    m_edit->setEnabled(selected || editing);
    m_addFigure->setEnabled(selected || editing);
    m_delete->setEnabled(selected && !editing);
    m_history->setEnabled(m_browser->currentSchemeId() != 0);
}

void EditController::followSelection(qint64 id)
{
    if (!m_switching && isEditing() && id != m_editedId) {
        if (!finishEditing()) {
            // Stay on the scheme being edited.
            const qint64 edited = m_editedId;
            QTimer::singleShot(0, this, [this, edited] {
                m_switching = true;
                m_browser->selectScheme(edited);
                m_switching = false;
            });
        }
    }
    updateActions();
}

void EditController::newScheme()
{
    if (m_db.isReadOnly() || !finishEditing())
        return;
    auto *dialog = new SchemeDialog(*m_editor, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->createdSchemeId();
        m_browser->selectScheme(id);
        if (m_browser->currentSchemeId() != id) {
            m_browser->clearFilters(); // the filters hid it
            m_browser->selectScheme(id);
        }
    });
    connect(dialog, &SchemeDialog::openSchemeRequested, this, [this](qint64 id) {
        m_browser->clearFilters();
        m_browser->selectScheme(id);
    });
    dialog->open();
}

void EditController::loadEdit(qint64 id)
{
    const auto record = m_editor->load(id);
    if (!record)
        return;
    m_panel->form()->refreshLookups();
    m_panel->draft()->load(*record);
    m_panel->form()->forgetTouched();
    m_panel->showError({});
    m_editedId = id;
    m_detail->showEditPage(true);
    updateActions();
}

void EditController::startEditing()
{
    const qint64 id = m_browser->currentSchemeId();
    if (isEditing() || id == 0 || m_db.isReadOnly()) {
        updateActions();
        return;
    }
    loadEdit(id);
    m_panel->form()->focusName();
}

void EditController::leaveEditMode()
{
    m_editedId = 0;
    m_panel->showError({});
    m_detail->showEditPage(false);
    updateActions();
}

bool EditController::saveEdit()
{
    if (!isEditing())
        return true;
    SchemeDraft *draft = m_panel->draft();
    if (!draft->isModified()) {
        leaveEditMode();
        return true;
    }
    if (!draft->isValid()) {
        m_panel->showError(tr("Not saved: fix the fields marked with a warning sign first."));
        m_panel->form()->focusFirstIssue();
        return false;
    }
    const auto saved = m_editor->saveScheme(*draft->original(), draft->record());
    if (saved) {
        // The list updated the scheme's row in place: selection and scroll position stay.
        leaveEditMode();
        return true;
    }
    if (m_editor->problem() == SchemeWriter::Problem::Conflict) {
        resolveConflict();
        return false;
    }
    m_panel->showError(tr("Not saved: %1").arg(m_editor->errorString()));
    return false;
}

void EditController::resolveConflict()
{
    const SchemeDraft *draft = m_panel->draft();
    const auto theirs = m_editor->load(m_editedId);
    QMessageBox box(QMessageBox::Warning, tr("Changed Elsewhere"),
        tr("%1\n\nYour changes have not been saved, and theirs have not been "
           "overwritten.")
            .arg(m_editor->errorString()),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("conflictBox"));
    QPushButton *reapply = nullptr;
    if (theirs) {
        box.setInformativeText(tr("Reload the scheme as it is now and apply your changes to it "
                                  "again (you can check them before saving), or discard your "
                                  "changes."));
        reapply = box.addButton(tr("&Reload and Re-apply My Changes"), QMessageBox::AcceptRole);
    }
    QPushButton *discard = box.addButton(tr("&Discard My Changes"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reapply ? reapply : discard);
    box.exec();
    if (reapply && box.clickedButton() == reapply) {
        const SchemeRecord merged = reapplyChanges(*draft->original(), draft->record(), *theirs);
        m_panel->draft()->load(*theirs, merged);
        m_panel->showError(tr("Reloaded with the other change; your changes are applied again. "
                              "Check them and save."));
    } else if (box.clickedButton() == discard) {
        leaveEditMode();
        m_detail->showScheme(m_browser->currentSchemeId());
    }
}

void EditController::cancelEdit()
{
    leaveEditMode();
}

bool EditController::finishEditing()
{
    if (!isEditing())
        return true;
    if (!m_panel->draft()->isModified()) {
        leaveEditMode();
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
        tr("\"%1\" has changes that are not saved.").arg(m_panel->draft()->original()->scheme.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedBox"));
    box.setInformativeText(tr("Save them, discard them, or go back to editing?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveEdit();
    case QMessageBox::Discard:
        leaveEditMode();
        return true;
    default:
        return false;
    }
}

void EditController::deleteScheme()
{
    const qint64 id = m_browser->currentSchemeId();
    if (id == 0 || m_db.isReadOnly() || !finishEditing())
        return;
    const auto record = m_editor->load(id);
    if (!record)
        return;
    const int figures = int(record->figures.size());
    const QString question = figures == 0
        ? tr("Delete \"%1\" (%2)? It has no figures.")
        : tr("Delete \"%1\" (%2) and its %n figure(s)?", nullptr, figures);
    QMessageBox box(QMessageBox::Warning, tr("Delete Scheme"),
        question.arg(record->scheme.name, record->scheme.areaKey()), QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("deleteBox"));
    box.setInformativeText(tr("Edit > Undo brings it back."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (!m_editor->deleteScheme(*record))
        QMessageBox::warning(m_window, tr("Cannot Delete"), m_editor->errorString());
}

void EditController::showHistory()
{
    const qint64 id = isEditing() ? m_editedId : m_browser->currentSchemeId();
    const auto scheme = id != 0 ? SchemeStore::reader(m_db).scheme(id) : std::nullopt;
    if (!scheme)
        return;
    auto *dialog = new HistoryDialog(m_db, id, scheme->name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EditController::addFigure()
{
    if (!isEditing())
        startEditing();
    if (isEditing())
        m_panel->form()->addFigure();
}

} // namespace opcc
