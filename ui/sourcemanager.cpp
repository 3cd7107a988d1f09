// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sourcemanager.h"

#include "columnfitter.h"
#include "editing/schemeeditor.h"
#include "editing/sourceeditor.h"
#include "issuelabel.h"
#include "models/sourcelistmodel.h"
#include "sourceform.h"
#include "sourceopener.h"
#include "storage/database.h"
#include "storage/sourcestore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace opcc {

namespace {

// Every word typed must appear somewhere in the document's row.
class WordFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setWords(const QString &text)
    {
        m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString text
            = sourceModel()->index(row, 0, parent).data(SourceListModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
};

} // namespace

SourceManager::SourceManager(Database &db, SchemeEditor *history, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_editor(std::make_unique<SourceEditor>(db, history))
{
    setObjectName(QStringLiteral("sourceManager"));
    createWidgets();
    createLayout();
    createActions();
    retranslate();
    updateCount();
    updateButtons();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    resize(1260, 680);
}

SourceManager::~SourceManager() = default;

namespace {

// The undo history of the window the manager opens over (the main window's, found from one of
// its dialogs too).
SchemeEditor *historyNear(QWidget *parent)
{
    for (QObject *at = parent; at; at = at->parent()) {
        if (auto *editor = at->findChild<SchemeEditor *>())
            return editor;
    }
    return nullptr;
}

} // namespace

SourceManager *SourceManager::open(Database &db, QWidget *parent, const QString &title)
{
    auto *manager = parent
        ? parent->findChild<SourceManager *>(QString(), Qt::FindDirectChildrenOnly)
        : nullptr;
    if (!manager)
        manager = new SourceManager(db, historyNear(parent), parent);
    if (!title.isEmpty()) {
        if (const auto entry = SourceStore::reader(db).entry(title)) {
            manager->selectDocument(entry->document.id);
        } else if (!manager->isModified()) {
            // A title typed in a scheme's form that is not a document yet: enter it now.
            manager->newDocument();
            manager->m_form->startWithTitle(title);
        }
    }
    manager->show();
    manager->raise();
    manager->activateWindow();
    return manager;
}

QLineEdit *SourceManager::titleEdit() const
{
    return m_form->titleEdit();
}

QLineEdit *SourceManager::locationEdit() const
{
    return m_form->locationEdit();
}

QLabel *SourceManager::issueLabel() const
{
    return m_form->issueLabel();
}

qint64 SourceManager::currentId() const
{
    return m_form->currentId();
}

bool SourceManager::isModified() const
{
    return m_form->isModified();
}

void SourceManager::createWidgets()
{
    m_model = new SourceListModel(m_db, this);
    auto *proxy = new WordFilter(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SourceListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("sourceFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this, proxy](const QString &text) {
        proxy->setWords(text);
        updateCount();
    });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("sourceCount"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sourceTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SourceListModel::Title, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Shares of the width, as in the scheme list; the titles get the room they need first.
    auto *columns = new ColumnFitter(m_table, { 26, 10, 16, 9, 7, 12, 12 });
    QStringList titles;
    for (int row = 0; row < m_model->rowCount(); ++row)
        titles.append(m_model->entry(row).document.title);
    columns->setPreferredWidth(SourceListModel::Title, columns->textWidth(titles, 0.9), 0.4);
    connect(m_table, &QWidget::customContextMenuRequested, this, &SourceManager::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SourceManager::followSelection);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &SourceManager::openDocument);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SourceManager::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SourceManager::updateCount);
    // A change made elsewhere (or a save here, or an undo) shows in the record, unless it is
    // being edited.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_form->isModified() && m_form->currentId() != 0)
            m_form->showRecord(m_form->currentId());
    });
    m_form = new SourceForm(m_db, *m_editor, m_model, this);
    connect(m_form, &SourceForm::edited, this, &SourceManager::updateButtons);
    m_new = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("sourceSave"));
    m_revert = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("sourceOpen"));
    m_close = new QPushButton(this);
    for (QPushButton *button : { m_new, m_save, m_revert, m_delete, m_open, m_close })
        button->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &SourceManager::newDocument);
    connect(m_save, &QPushButton::clicked, this, &SourceManager::save);
    connect(m_revert, &QPushButton::clicked, this, &SourceManager::revert);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteDocument(); });
    connect(m_open, &QPushButton::clicked, this, &SourceManager::openDocument);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
}

void SourceManager::createLayout()
{
    auto *left = new QWidget(this);
    auto *list = new QVBoxLayout(left);
    list->setContentsMargins(0, 0, 0, 0);
    list->addWidget(m_filter);
    list->addWidget(m_table, 1);
    list->addWidget(m_count);

    auto *right = new QWidget(this);
    auto *record = new QVBoxLayout(right);
    record->setContentsMargins(0, 0, 0, 0);
    record->addWidget(m_form, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_new, m_save, m_revert, m_delete, m_open })
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_close);
    record->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 760, 480 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void SourceManager::createActions()
{
    // The buttons' own shortcuts are their mnemonics (Alt+N...); these are the usual keys.
    const auto key = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    key(QKeySequence::New, [this] { newDocument(); });
    key(QKeySequence::Save, [this] { save(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_O), [this] { openDocument(); });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter,
        [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] { deleteDocument(); });
    m_table->addAction(remove);
    m_copyTitle = new QAction(this);
    m_copyTitle->setObjectName(QStringLiteral("copySourceTitle"));
    m_copyTitle->setShortcut(QKeySequence::Copy);
    m_copyTitle->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyTitle, &QAction::triggered, this, [this] {
        if (m_form->currentId() != 0)
            QApplication::clipboard()->setText(m_form->title());
    });
    m_table->addAction(m_copyTitle);
    // Down moves from the filter into the list, as in the main window.
    auto *down = new QAction(this);
    down->setShortcut(QKeySequence(Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetShortcut);
    connect(down, &QAction::triggered, m_table, [this] { m_table->setFocus(Qt::TabFocusReason); });
    m_filter->addAction(down);
}

void SourceManager::retranslate()
{
    setWindowTitle(tr("Source Documents"));
    m_filter->setPlaceholderText(tr("Filter documents (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter documents"));
    m_table->setAccessibleName(tr("Source documents"));
    m_new->setText(tr("&New"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    m_delete->setText(tr("&Delete"));
    m_open->setText(tr("&Open Document"));
    m_close->setText(tr("Close"));
    m_copyTitle->setText(tr("&Copy Title"));
    updateCount();
}

void SourceManager::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SourceManager::closeEvent(QCloseEvent *event)
{
    // Nothing typed is lost: an edit is saved on closing, and one that cannot be saved keeps
    // the window open, saying why.
    if (isModified() && !save()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void SourceManager::reject()
{
    // Esc reverts an edit first; a second Esc (or Close) leaves, keeping nothing unsaved.
    if (isModified() && !isHidden() && sender() != m_close) {
        revert();
        return;
    }
    QDialog::reject();
}

void SourceManager::updateCount()
{
    m_count->setText(
        tr("%1 of %n document(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void SourceManager::updateButtons()
{
    const bool writable = !m_db.isReadOnly();
    const qint64 id = m_form->currentId();
    const std::optional<SourceEntry> entry
        = id ? SourceStore::reader(m_db).entry(id) : std::nullopt;
    m_new->setEnabled(writable);
    m_save->setEnabled(writable && m_form->isModified());
    m_revert->setEnabled(m_form->isModified());
    m_delete->setEnabled(writable && entry && entry->citations() == 0);
    m_open->setEnabled(entry && m_form->hasLocationOrCopy());
}

void SourceManager::selectDocument(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!at.isValid()) {
        m_filter->clear(); // hidden by the filter: show everything
        at = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
}

void SourceManager::followSelection()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(SourceListModel::IdRole).toLongLong() : 0;
    if (id == m_form->currentId() && id != 0)
        return;
    // Leaving a record saves it, as in a database form; one that cannot be saved keeps the
    // selection where it was and says why.
    if (isModified() && !save()) {
        const qint64 back = m_form->currentId();
        QMetaObject::invokeMethod(
            this, [this, back] { back ? selectDocument(back) : m_table->clearSelection(); },
            Qt::QueuedConnection);
        return;
    }
    if (id == 0)
        m_form->clear();
    else
        m_form->showRecord(id);
}

bool SourceManager::save()
{
    SourceDocument document;
    if (!m_form->read(&document))
        return false;
    if (document.id == 0) {
        const std::optional<qint64> id = m_editor->insert(document);
        if (!id) {
            m_form->setIssue(m_db.errorString());
            return false;
        }
        m_form->showRecord(*id);
        selectDocument(*id);
        return true;
    }
    if (!m_editor->update(document)) {
        m_form->setIssue(m_db.errorString());
        return false;
    }
    m_form->showRecord(document.id);
    return true;
}

void SourceManager::revert()
{
    if (m_form->currentId() == 0)
        m_form->clear();
    else
        m_form->showRecord(m_form->currentId());
}

void SourceManager::newDocument()
{
    if (isModified() && !save())
        return;
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_form->clear();
    m_form->focusTitle();
}

void SourceManager::deleteDocument(bool ask)
{
    const qint64 id = m_form->currentId();
    const std::optional<SourceEntry> entry
        = id ? SourceStore::reader(m_db).entry(id) : std::nullopt;
    if (!entry)
        return;
    if (entry->citations() > 0) {
        m_form->setIssue(tr("\"%1\" is cited by %n scheme(s) or figure(s): cite another "
                            "document there first.",
            nullptr, entry->citations())
                             .arg(entry->document.title));
        return;
    }
    if (ask
        && QMessageBox::question(this, tr("Delete Source Document"),
               tr("Delete \"%1\" and any copy attached to it?").arg(entry->document.title))
            != QMessageBox::Yes)
        return;
    if (!m_editor->remove(id)) {
        m_form->setIssue(m_db.errorString());
        return;
    }
    m_form->clear();
    followSelection();
}

bool SourceManager::attachFile(const QString &path)
{
    if (m_form->currentId() == 0 && !save())
        return false;
    return m_form->attachFile(path);
}

void SourceManager::removeAttachment()
{
    m_form->removeAttachment();
}

void SourceManager::openDocument()
{
    if (m_form->currentId() == 0 || (isModified() && !save()))
        return;
    openSourceDocument(m_db, m_form->title(), QString(), this);
}

void SourceManager::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_table->indexAt(pos);
    if (!at.isValid())
        return;
    m_table->setCurrentIndex(at);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("sourceContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto add = [menu](QPushButton *button, const char *name, auto slot) {
        QAction *action = menu->addAction(button->text(), button, slot);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(button->isEnabled());
    };
    add(m_open, "openSource", [this] { openDocument(); });
    add(m_form->attachButton(), "attachSource", [this] { m_form->chooseAttachment(); });
    menu->addAction(m_copyTitle);
    menu->addSeparator();
    add(m_delete, "deleteSource", [this] { deleteDocument(); });
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

} // namespace opcc
