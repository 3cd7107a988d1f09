// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "foiwindow.h"

#include "columnfitter.h"
#include "emptyhint.h"
#include "foi/foieditor.h"
#include "foi/foireply.h"
#include "foiform.h"
#include "headerfit.h"
#include "interchange/foidisclosurelog.h"
#include "models/foirequestmodel.h"
#include "models/foirequestproxy.h"
#include "storage/database.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace opcc {

FoiWindow::FoiWindow(Database &db, QUndoStack *undoStack, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_db(db)
    , m_writable(!db.isReadOnly())
    , m_editor(new FoiEditor(db, undoStack, this))
    , m_model(new FoiRequestModel(db, *m_editor, this))
    , m_proxy(new FoiRequestProxy(this))
    , m_filter(new QLineEdit(this))
    , m_filterLabel(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_scopeLabel(new QLabel(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_form(new FoiForm(db, m_editor->store(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("FoiWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    createList();
    createActions();
    createMenus();
    retranslate();
    restoreSettings();
    connect(m_editor, &FoiEditor::stepFailed, this,
        [this](const QString &message) { QMessageBox::warning(this, tr("Cannot Undo"), message); });
    connect(m_editor, &FoiEditor::requestChanged, this, [this](qint64 id, bool exists) {
        if (id == m_shownId && !m_form->isModified())
            m_form->load(exists ? m_editor->store().request(id) : std::nullopt);
        updateCount();
    });
    connect(&m_db, &Database::recordsChanged, this, &FoiWindow::followSchemes);
    // A role given or taken on the server: a request being typed stays in the form (read-only
    // until the user may save it again, or reverts it).
    connect(&m_db, &Database::accessChanged, this, [this] {
        m_writable = !m_db.isReadOnly();
        updateActions();
        updateCount();
    });
    connect(m_form, &FoiForm::modifiedChanged, this, &FoiWindow::updateActions);
    connect(m_form, &FoiForm::produceReplyRequested, this, &FoiWindow::produceReply);
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, FoiRequestModel::Reference));
    showCurrent();
}

FoiWindow::~FoiWindow() = default;

FoiWindow *FoiWindow::open(Database &db, QUndoStack *undoStack, QWidget *parent)
{
    auto *window
        = parent ? parent->findChild<FoiWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!window)
        window = new FoiWindow(db, undoStack, parent);
    window->m_writable = !db.isReadOnly(); // the register may have been opened again since
    window->updateActions();
    window->updateCount();
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void FoiWindow::createList()
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("foiTable"));
    m_filter->setObjectName(QStringLiteral("foiFilter"));
    m_scope->setObjectName(QStringLiteral("foiScope"));
    m_count->setObjectName(QStringLiteral("foiCount"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FoiRequestModel::Received, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Shares of the width, by column, in widths of "m": every column shows at the default size.
    m_columns = new ColumnFitter(m_table, { 9, 8, 8, 12, 7, 10, 16, 10, 8, 6 });
    m_hint = new EmptyHint(m_table);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_scopeLabel->setBuddy(m_scope);

    auto *list = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_scopeLabel);
    top->addWidget(m_scope);
    auto *column = new QVBoxLayout(list);
    column->addLayout(top);
    column->addWidget(m_table, 1);
    column->addWidget(m_count);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("foiFormScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_splitter->setObjectName(QStringLiteral("foiSplitter"));
    m_splitter->addWidget(list);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FoiRequestProxy::setText);
    connect(m_filter, &QLineEdit::textChanged, this, &FoiWindow::updateCount);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setScope(FoiRequestProxy::Scope(index));
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { showCurrent(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &FoiWindow::showContextMenu);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FoiWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FoiWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FoiWindow::updateCount);
}

void FoiWindow::createActions()
{
    const auto action = [this](const char *name, QKeySequence keys, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_new = action("foiNew", QKeySequence::New, [this] { newRequest(); });
    m_save = action("foiSave", QKeySequence::Save, [this] { save(); });
    m_revert = action("foiRevert", QKeySequence(), [this] { revert(); });
    m_delete = action("foiDelete", QKeySequence(), [this] { deleteRequest(); });
    m_reply = action("foiReply", QKeySequence(Qt::CTRL | Qt::Key_R), [this] { produceReply(); });
    m_exportCsv = action("foiExportCsv", QKeySequence(), [this] { exportDisclosureLog(false); });
    m_exportXlsx = action("foiExportXlsx", QKeySequence(), [this] { exportDisclosureLog(true); });
    m_close = action("foiClose", QKeySequence::Close, [this] { close(); });
    m_find = action("foiFind", QKeySequence::Find, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    m_link
        = action("foiLink", QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_form->linkSchemes(); });
    m_logTime = action(
        "foiLogTime", QKeySequence(Qt::CTRL | Qt::Key_T), [this] { m_form->focusTimeLog(); });
    m_copy = action("foiCopy", QKeySequence::Copy, [this] {
        if (currentId() != 0)
            QApplication::clipboard()->setText(m_form->loaded().reference);
    });
    // Delete acts on the list only, so that the key still deletes text in the form.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_delete);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_copy);
    // Esc leaves an edit, from anywhere in the form.
    m_revert->setShortcut(QKeySequence(Qt::Key_Escape));
    m_revert->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_form->addAction(m_revert);
    // Undo and redo of the main window's history, named for the step they take.
    m_undo = action("foiUndo", QKeySequence::Undo, [this] {
        if (m_editor->undoStack())
            m_editor->undoStack()->undo();
    });
    m_redo = action("foiRedo", QKeySequence(), [this] {
        if (m_editor->undoStack())
            m_editor->undoStack()->redo();
    });
    if (QUndoStack *stack = m_editor->undoStack()) {
        connect(stack, &QUndoStack::indexChanged, this, &FoiWindow::updateActions);
        connect(stack, &QUndoStack::cleanChanged, this, &FoiWindow::updateActions);
    }
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
}

void FoiWindow::createMenus()
{
    m_requestMenu = menuBar()->addMenu(QString());
    m_requestMenu->addAction(m_new);
    m_requestMenu->addAction(m_save);
    m_requestMenu->addAction(m_revert);
    m_requestMenu->addAction(m_delete);
    m_requestMenu->addSeparator();
    m_requestMenu->addAction(m_link);
    m_requestMenu->addAction(m_logTime);
    m_requestMenu->addAction(m_reply);
    m_requestMenu->addSeparator();
    m_requestMenu->addAction(m_exportCsv);
    m_requestMenu->addAction(m_exportXlsx);
    m_requestMenu->addSeparator();
    m_requestMenu->addAction(m_close);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copy);
    m_editMenu->addAction(m_find);
}

void FoiWindow::showContextMenu(const QPoint &at)
{
    QMenu menu(this);
    menu.addAction(m_new);
    menu.addAction(m_reply);
    menu.addAction(m_copy);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void FoiWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void FoiWindow::retranslate()
{
    updateTitle();
    m_filterLabel->setText(tr("&Find:"));
    m_filter->setPlaceholderText(tr("Reference, subject, scheme, exemption..."));
    m_scopeLabel->setText(tr("Sho&w:"));
    const int scope = qMax(0, m_scope->currentIndex());
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItems({ tr("All requests"), tr("Open requests"), tr("Overdue or due within a week"),
        tr("Closed requests") });
    m_scope->setCurrentIndex(scope);
    m_table->setAccessibleName(tr("FOI requests"));
    m_requestMenu->setTitle(tr("&Request"));
    m_new->setText(tr("&New Request"));
    m_new->setStatusTip(tr("File a Freedom of Information request received"));
    m_save->setText(tr("&Save Request"));
    m_revert->setText(tr("Re&vert Changes"));
    m_delete->setText(tr("&Delete Request"));
    m_link->setText(tr("&Link Schemes..."));
    m_logTime->setText(tr("Log &Time"));
    m_reply->setText(tr("Produce &Reply..."));
    m_reply->setStatusTip(tr("A report with the request's questions first and its schemes, fit "
                             "for release, saved and recorded on the request"));
    m_exportCsv->setText(tr("Export Disclosure L&og as CSV..."));
    m_exportXlsx->setText(tr("Export Disclosure Log as E&xcel..."));
    m_close->setText(tr("&Close"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copy->setText(tr("&Copy Reference"));
    m_find->setText(tr("&Find..."));
    setMinimumWidths();
    updateCount();
    updateActions();
}

void FoiWindow::updateTitle()
{
    setWindowTitle((!m_writable ? tr("FOI Requests (read-only) - OPCC Schemes")
                                : tr("FOI Requests - OPCC Schemes"))
        + QStringLiteral("[*]"));
}

void FoiWindow::updateActions()
{
    // A register the user may only read (a read-only file, a viewer on a server): nothing is
    // offered that would change it; the requests are read, replies produced and logs exported.
    // Asked of the database when the window is made or opened again (open()), not here: the
    // main window's undo stack still signals while the window closes, after the database.
    const bool writable = m_writable;
    if (m_form->isReadOnly() == writable) {
        m_form->setReadOnly(!writable);
        for (QAction *change : { m_new, m_save, m_revert, m_delete, m_link, m_logTime })
            change->setVisible(writable);
        updateTitle();
    }
    const bool shown = currentId() != 0 || (m_form->isNew() && m_form->isEnabled());
    m_new->setEnabled(writable);
    m_save->setEnabled(writable && m_form->isModified());
    m_revert->setEnabled(m_form->isModified());
    m_delete->setEnabled(writable && currentId() != 0);
    m_reply->setEnabled(currentId() != 0);
    m_link->setEnabled(writable && shown);
    m_logTime->setEnabled(writable && shown);
    setWindowModified(m_form->isModified());
    const QUndoStack *stack = m_editor->undoStack();
    const bool canUndo = stack && stack->canUndo();
    const bool canRedo = stack && stack->canRedo();
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    m_undo->setText(canUndo ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(canRedo ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void FoiWindow::updateCount()
{
    // On a register the user may only read, nothing offers New Request.
    m_hint->setHint(m_model->rowCount() != 0
            ? tr("No request shown: clear the Find box, or choose All requests under Show.")
            : m_writable ? tr("No requests yet. Choose New Request (%1) to log one.")
                               .arg(m_new->shortcut().toString(QKeySequence::NativeText))
                         : tr("No requests in this register."));
    int overdue = 0;
    int soon = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto deadline
            = foi::Deadline(m_model->index(row, 0).data(FoiRequestModel::DeadlineRole).toInt());
        overdue += deadline == foi::Deadline::Overdue ? 1 : 0;
        soon += deadline == foi::Deadline::DueSoon ? 1 : 0;
    }
    m_count->setText(
        tr("%1 of %n request(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount())
        + QStringLiteral(" \u00B7 ") + tr("%n overdue", nullptr, overdue)
        + QStringLiteral(" \u00B7 ") + tr("%n due within a week", nullptr, soon));
}

qint64 FoiWindow::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(FoiRequestModel::IdRole).toLongLong() : 0;
}

void FoiWindow::showCurrent()
{
    if (m_following)
        return;
    const qint64 id = currentId();
    if (id == m_shownId && !m_form->isNew())
        return;
    if (m_form->isModified() && !finishEditing()) {
        selectRequest(m_shownId);
        return;
    }
    m_shownId = id;
    m_form->load(id != 0 ? m_editor->store().request(id) : std::nullopt);
    updateActions();
}

// A scheme deleted, restored or renamed in the main window (or by its undo) changes the
// requests that name it: the form shows the current one's schemes afresh, unless it is being
// edited. The list's model follows the same change itself.
void FoiWindow::followSchemes(const ChangeSet &changes)
{
    if (changes.schemesInserted.isEmpty() && changes.schemesUpdated.isEmpty()
        && changes.schemesRemoved.isEmpty())
        return;
    if (m_shownId != 0 && !m_form->isModified())
        m_form->load(m_editor->store().request(m_shownId));
}

void FoiWindow::selectRequest(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index
        = m_proxy->mapFromSource(m_model->index(row, FoiRequestModel::Reference));
    m_following = true;
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    m_following = false;
}

} // namespace opcc
