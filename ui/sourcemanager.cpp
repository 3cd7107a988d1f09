// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sourcemanager.h"

#include "columnfitter.h"
#include "issuelabel.h"
#include "models/sourcelistmodel.h"
#include "sourceopener.h"
#include "storage/database.h"
#include "storage/sourcestore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
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

SourceManager::SourceManager(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("sourceManager"));
    createWidgets();
    createLayout();
    createActions();
    retranslate();
    clearForm();
    updateCount();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    resize(1260, 680);
}

SourceManager::~SourceManager() = default;

SourceManager *SourceManager::open(Database &db, QWidget *parent, const QString &title)
{
    auto *manager = parent
        ? parent->findChild<SourceManager *>(QString(), Qt::FindDirectChildrenOnly)
        : nullptr;
    if (!manager)
        manager = new SourceManager(db, parent);
    if (!title.isEmpty()) {
        if (const auto entry = SourceStore::reader(db).entry(title)) {
            manager->selectDocument(entry->document.id);
        } else if (!manager->isModified()) {
            // A title typed in a scheme's form that is not a document yet: enter it now.
            manager->newDocument();
            manager->m_title->setText(title);
            manager->markModified();
        }
    }
    manager->show();
    manager->raise();
    manager->activateWindow();
    return manager;
}

QLabel *SourceManager::issueLabel() const
{
    return m_issue;
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
    // A change made elsewhere (or a save here) shows in the record, unless it is being edited.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_modified && m_currentId != 0)
            showRecord(m_currentId);
    });

    m_formTitle = new QLabel(this);
    QFont heading = m_formTitle->font();
    heading.setBold(true);
    m_formTitle->setFont(heading);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("sourceKind"));
    m_publisher = new QLineEdit(this);
    m_reference = new QLineEdit(this);
    m_issued = new QLineEdit(this);
    m_issued->setObjectName(QStringLiteral("sourceIssued"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("sourceLocation"));
    m_browse = new QPushButton(this);
    m_attached = new QLabel(this);
    m_attached->setObjectName(QStringLiteral("sourceAttached"));
    m_attached->setWordWrap(true);
    m_attach = new QPushButton(this);
    m_detach = new QPushButton(this);
    m_saveCopy = new QPushButton(this);
    m_cited = new QLabel(this);
    m_cited->setWordWrap(true);
    m_issue = new IssueLabel(this);
    m_issue->setObjectName(QStringLiteral("sourceIssue"));
    m_issue->hide();
    for (QLineEdit *edit : { m_title, m_publisher, m_reference, m_issued, m_location })
        connect(edit, &QLineEdit::textEdited, this, &SourceManager::markModified);
    connect(m_kind, &QComboBox::activated, this, &SourceManager::markModified);
    connect(m_browse, &QPushButton::clicked, this, &SourceManager::chooseFilePath);
    connect(m_attach, &QPushButton::clicked, this, &SourceManager::chooseAttachment);
    connect(m_detach, &QPushButton::clicked, this, &SourceManager::removeAttachment);
    connect(m_saveCopy, &QPushButton::clicked, this, &SourceManager::saveAttachmentAs);
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
    record->addWidget(m_formTitle);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    auto *copyButtons = new QHBoxLayout;
    copyButtons->addWidget(m_attach);
    copyButtons->addWidget(m_detach);
    copyButtons->addWidget(m_saveCopy);
    copyButtons->addStretch();
    auto *copy = new QVBoxLayout;
    copy->addWidget(m_attached);
    copy->addLayout(copyButtons);
    const QList<QWidget *> fields { m_title, m_kind, m_publisher, m_reference, m_issued };
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    }
    for (QLayout *row : { static_cast<QLayout *>(locationRow), static_cast<QLayout *>(copy) }) {
        auto *label = new QLabel(this);
        label->setBuddy(row == locationRow ? static_cast<QWidget *>(m_location) : m_attach);
        m_labels.append(label);
        form->addRow(label, row);
    }
    auto *citedLabel = new QLabel(this);
    m_labels.append(citedLabel);
    form->addRow(citedLabel, m_cited);
    record->addLayout(form);
    record->addWidget(m_issue);
    record->addStretch();
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
        if (m_currentId != 0)
            QApplication::clipboard()->setText(m_title->text());
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
    const QStringList labels { tr("&Title:"), tr("&Kind:"), tr("&Publisher:"), tr("&Reference:"),
        tr("&Issued:"), tr("&Web address or file:"), tr("Attached &copy:"), tr("Cited by:") };
    for (qsizetype i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    for (const SourceKind value : Vocabulary<SourceKind>::values())
        m_kind->addItem(Vocabulary<SourceKind>::label(value));
    m_kind->setCurrentIndex(qMax(0, kind));
    m_issued->setPlaceholderText(tr("2022-03-15, 2022-03 or 2022"));
    m_location->setPlaceholderText(tr("https://... or the path of the file, kept as it is"));
    m_browse->setText(tr("&Browse..."));
    m_attach->setText(tr("&Attach File..."));
    m_detach->setText(tr("Re&move Copy"));
    m_saveCopy->setText(tr("Save Cop&y As..."));
    m_new->setText(tr("&New"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    m_delete->setText(tr("&Delete"));
    m_open->setText(tr("&Open Document"));
    m_close->setText(tr("Close"));
    m_copyTitle->setText(tr("&Copy Title"));
    updateCount();
    if (m_currentId != 0 && !m_modified)
        showRecord(m_currentId);
    else
        m_formTitle->setText(m_currentId == 0 ? tr("New document") : m_title->text());
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
    if (m_modified && !save()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void SourceManager::reject()
{
    // Esc reverts an edit first; a second Esc (or Close) leaves, keeping nothing unsaved.
    if (m_modified && !isHidden() && sender() != m_close) {
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
    const bool stored = m_currentId != 0;
    const std::optional<SourceEntry> entry
        = stored ? SourceStore::reader(m_db).entry(m_currentId) : std::nullopt;
    const bool attached = entry && entry->hasAttachment();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_title, m_kind, m_publisher, m_reference, m_issued, m_location, m_browse, m_new })
        w->setEnabled(writable);
    m_save->setEnabled(writable && m_modified);
    m_revert->setEnabled(m_modified);
    m_delete->setEnabled(writable && stored && entry && entry->citations() == 0);
    m_attach->setEnabled(writable && stored);
    m_detach->setEnabled(writable && attached);
    m_saveCopy->setEnabled(attached);
    m_open->setEnabled(stored && (attached || !m_location->text().trimmed().isEmpty()));
}

void SourceManager::setIssue(const QString &message)
{
    m_issue->setText(message);
    m_issue->setVisible(!message.isEmpty());
}

void SourceManager::markModified()
{
    if (m_showing)
        return;
    m_modified = true;
    setIssue({});
    updateButtons();
}

void SourceManager::clearForm()
{
    m_showing = true;
    m_currentId = 0;
    for (QLineEdit *edit : { m_title, m_publisher, m_reference, m_issued, m_location })
        edit->clear();
    m_kind->setCurrentIndex(Vocabulary<SourceKind>::position(SourceKind::Other));
    m_attached->setText(tr("None"));
    m_cited->setText(tr("Nothing yet"));
    m_formTitle->setText(tr("New document"));
    m_showing = false;
    m_modified = false;
    setIssue({});
    updateButtons();
}

void SourceManager::showRecord(qint64 id)
{
    const std::optional<SourceEntry> entry = SourceStore::reader(m_db).entry(id);
    if (!entry) {
        clearForm();
        return;
    }
    const SourceDocument &d = entry->document;
    m_showing = true;
    m_currentId = id;
    m_formTitle->setText(d.title);
    m_title->setText(d.title);
    m_kind->setCurrentIndex(Vocabulary<SourceKind>::position(d.kind));
    m_publisher->setText(d.publisher);
    m_reference->setText(d.reference);
    m_issued->setText(d.issued.toIsoString());
    m_location->setText(d.file);
    m_attached->setText(entry->hasAttachment() ? SourceListModel::copyText(*entry) : tr("None"));
    m_cited->setText(m_model->index(m_model->rowOf(id), SourceListModel::Cited).data().toString());
    m_showing = false;
    m_modified = false;
    setIssue({});
    updateButtons();
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
    if (id == m_currentId && id != 0)
        return;
    // Leaving a record saves it, as in a database form; one that cannot be saved keeps the
    // selection where it was and says why.
    if (m_modified && !save()) {
        const qint64 back = m_currentId;
        QMetaObject::invokeMethod(
            this, [this, back] { back ? selectDocument(back) : m_table->clearSelection(); },
            Qt::QueuedConnection);
        return;
    }
    if (id == 0)
        clearForm();
    else
        showRecord(id);
}

bool SourceManager::readForm(SourceDocument *document)
{
    document->id = m_currentId;
    document->title = m_title->text().trimmed();
    document->kind
        = Vocabulary<SourceKind>::atPosition(m_kind->currentIndex()).value_or(SourceKind::Other);
    document->publisher = m_publisher->text().trimmed();
    document->reference = m_reference->text().trimmed();
    document->file = m_location->text().trimmed();
    if (document->title.isEmpty()) {
        setIssue(tr("Title: a source document needs a title."));
        m_title->setFocus();
        return false;
    }
    const QString issued = m_issued->text().trimmed();
    if (issued.isEmpty()) {
        document->issued = PartialDate();
    } else if (const auto date = PartialDate::parse(issued)) {
        document->issued = *date;
    } else {
        setIssue(
            tr("Issued: \"%1\" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.").arg(issued));
        m_issued->setFocus();
        return false;
    }
    return true;
}

bool SourceManager::save()
{
    SourceDocument document;
    if (!readForm(&document))
        return false;
    SourceStore store(m_db);
    if (m_currentId == 0) {
        const std::optional<qint64> id = store.insert(document);
        if (!id) {
            setIssue(m_db.errorString());
            return false;
        }
        m_modified = false;
        selectDocument(*id);
        showRecord(*id);
        return true;
    }
    if (!store.update(document)) {
        setIssue(m_db.errorString());
        return false;
    }
    m_modified = false;
    showRecord(m_currentId);
    return true;
}

void SourceManager::revert()
{
    if (m_currentId == 0)
        clearForm();
    else
        showRecord(m_currentId);
}

void SourceManager::newDocument()
{
    if (m_modified && !save())
        return;
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    clearForm();
    m_title->setFocus(Qt::OtherFocusReason);
}

void SourceManager::deleteDocument(bool ask)
{
    const std::optional<SourceEntry> entry
        = m_currentId ? SourceStore::reader(m_db).entry(m_currentId) : std::nullopt;
    if (!entry)
        return;
    if (entry->citations() > 0) {
        setIssue(tr("\"%1\" is cited by %n scheme(s) or figure(s): cite another document there "
                    "first.",
            nullptr, entry->citations())
                     .arg(entry->document.title));
        return;
    }
    if (ask
        && QMessageBox::question(this, tr("Delete Source Document"),
               tr("Delete \"%1\" and any copy attached to it?").arg(entry->document.title))
            != QMessageBox::Yes)
        return;
    if (!SourceStore(m_db).remove(m_currentId)) {
        setIssue(m_db.errorString());
        return;
    }
    m_modified = false;
    followSelection();
}

bool SourceManager::attachFile(const QString &path)
{
    if (m_currentId == 0 && !save())
        return false;
    QFile file(path);
    QByteArray content;
    if (file.open(QIODevice::ReadOnly))
        content = file.readAll();
    if (!file.isOpen() || file.error() != QFileDevice::NoError) {
        setIssue(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    if (!SourceStore(m_db).attach(
            m_currentId, { name, SourceStore::mediaTypeOf(name, content), content })) {
        setIssue(m_db.errorString());
        return false;
    }
    showRecord(m_currentId);
    return true;
}

void SourceManager::chooseAttachment()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a Copy of the Document"),
        QString(), tr("Documents (*.pdf *.txt);;All files (*)"));
    if (!path.isEmpty())
        attachFile(path);
}

void SourceManager::chooseFilePath()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("File of the Document"), QString(), tr("Documents (*.pdf *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_location->setText(QDir::toNativeSeparators(path));
    markModified();
}

void SourceManager::removeAttachment()
{
    if (m_currentId == 0 || !SourceStore(m_db).detach(m_currentId)) {
        if (m_currentId != 0)
            setIssue(m_db.errorString());
        return;
    }
    showRecord(m_currentId);
}

void SourceManager::saveAttachmentAs()
{
    const std::optional<SourceAttachment> copy = SourceStore::reader(m_db).attachment(m_currentId);
    if (!copy)
        return;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Document"), copy->fileName);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(copy->content) != copy->content.size()
        || !file.commit())
        setIssue(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void SourceManager::openDocument()
{
    if (m_currentId == 0 || (m_modified && !save()))
        return;
    openSourceDocument(m_db, m_title->text().trimmed(), QString(), this);
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
    add(m_attach, "attachSource", [this] { chooseAttachment(); });
    menu->addAction(m_copyTitle);
    menu->addSeparator();
    add(m_delete, "deleteSource", [this] { deleteDocument(); });
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

} // namespace opcc
