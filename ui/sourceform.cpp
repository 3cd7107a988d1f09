// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sourceform.h"

#include "editing/sourceeditor.h"
#include "issuelabel.h"
#include "models/sourcelistmodel.h"
#include "storage/database.h"
#include "storage/sourcestore.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace opcc {

SourceForm::SourceForm(Database &db, SourceEditor &editor, SourceListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_editor(editor)
    , m_model(model)
{
    createWidgets();
    createLayout();
    retranslate();
    clear();
}

QLabel *SourceForm::issueLabel() const
{
    return m_issue;
}

QString SourceForm::title() const
{
    return m_title->text().trimmed();
}

bool SourceForm::hasLocationOrCopy() const
{
    const std::optional<SourceEntry> entry
        = m_currentId ? SourceStore::reader(m_db).entry(m_currentId) : std::nullopt;
    return (entry && entry->hasAttachment()) || !m_location->text().trimmed().isEmpty();
}

void SourceForm::createWidgets()
{
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
    for (QPushButton *button : { m_browse, m_attach, m_detach, m_saveCopy })
        button->setAutoDefault(false);
    for (QLineEdit *edit : { m_title, m_publisher, m_reference, m_issued, m_location })
        connect(edit, &QLineEdit::textEdited, this, &SourceForm::markModified);
    connect(m_kind, &QComboBox::activated, this, &SourceForm::markModified);
    connect(m_browse, &QPushButton::clicked, this, &SourceForm::chooseFilePath);
    connect(m_attach, &QPushButton::clicked, this, &SourceForm::chooseAttachment);
    connect(m_detach, &QPushButton::clicked, this, &SourceForm::removeAttachment);
    connect(m_saveCopy, &QPushButton::clicked, this, &SourceForm::saveAttachmentAs);
    // A role given or taken on the server: what was typed stays, the buttons follow.
    connect(&m_db, &Database::accessChanged, this, &SourceForm::updateButtons);
}

void SourceForm::createLayout()
{
    auto *record = new QVBoxLayout(this);
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
}

void SourceForm::retranslate()
{
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
    if (m_currentId != 0 && !m_modified)
        showRecord(m_currentId);
    else if (m_currentId == 0 && !m_modified)
        clear();
    else
        m_formTitle->setText(m_currentId == 0 ? tr("New document") : m_title->text());
}

void SourceForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SourceForm::updateButtons()
{
    const bool writable = !m_db.isReadOnly();
    const std::optional<SourceEntry> entry
        = m_currentId ? SourceStore::reader(m_db).entry(m_currentId) : std::nullopt;
    const bool attached = entry && entry->hasAttachment();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_title, m_kind, m_publisher, m_reference, m_issued, m_location, m_browse })
        w->setEnabled(writable);
    m_attach->setEnabled(writable && entry);
    m_detach->setEnabled(writable && attached);
    m_saveCopy->setEnabled(attached);
    emit edited();
}

void SourceForm::setIssue(const QString &message)
{
    m_issue->setText(message);
    m_issue->setVisible(!message.isEmpty());
}

void SourceForm::markModified()
{
    if (m_showing)
        return;
    m_modified = true;
    setIssue({});
    updateButtons();
}

void SourceForm::clear()
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

void SourceForm::startWithTitle(const QString &title)
{
    clear();
    m_title->setText(title);
    markModified();
}

void SourceForm::showRecord(qint64 id)
{
    const std::optional<SourceEntry> entry = SourceStore::reader(m_db).entry(id);
    if (!entry) {
        clear();
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

void SourceForm::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
}

bool SourceForm::read(SourceDocument *document)
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

bool SourceForm::attachFile(const QString &path)
{
    if (m_currentId == 0)
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
    if (!m_editor.attach(m_currentId, { name, SourceStore::mediaTypeOf(name, content), content })) {
        setIssue(m_db.errorString());
        return false;
    }
    showRecord(m_currentId);
    return true;
}

void SourceForm::chooseAttachment()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a Copy of the Document"),
        QString(), tr("Documents (*.pdf *.txt);;All files (*)"));
    if (!path.isEmpty())
        attachFile(path);
}

void SourceForm::chooseFilePath()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("File of the Document"), QString(), tr("Documents (*.pdf *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_location->setText(QDir::toNativeSeparators(path));
    markModified();
}

void SourceForm::removeAttachment()
{
    if (m_currentId == 0)
        return;
    if (!m_editor.detach(m_currentId)) {
        setIssue(m_db.errorString());
        return;
    }
    showRecord(m_currentId);
}

void SourceForm::saveAttachmentAs()
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

} // namespace opcc
