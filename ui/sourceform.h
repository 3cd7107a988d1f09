// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace opcc {

class Database;
class IssueLabel;
class SourceEditor;
class SourceListModel;
struct SourceDocument;

// The record half of Tools > Source Documents: one document's fields (title, kind, publisher,
// reference, date issued, web address or file), what cites it, and the copy attached to the
// register, with what is wrong with the entry said beneath. It shows a record and reads it back;
// saving it is the manager's (which knows when to), while attaching and removing a copy are
// written at once, as their own steps.
class SourceForm final : public QWidget
{
    Q_OBJECT

public:
    SourceForm(Database &db, SourceEditor &editor, SourceListModel *model, QWidget *parent);

    qint64 currentId() const { return m_currentId; }
    bool isModified() const { return m_modified; }
    QString title() const;
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *locationEdit() const { return m_location; }
    QLabel *issueLabel() const;
    QPushButton *attachButton() const { return m_attach; }
    bool hasLocationOrCopy() const;

    void showRecord(qint64 id);
    // An empty form, for a new document.
    void clear();
    // A title typed elsewhere (a scheme's form), for a new document: an edit not saved yet.
    void startWithTitle(const QString &title);
    // The document the form holds; false (saying why, with the field focused) when it is not one.
    bool read(SourceDocument *document);
    void setIssue(const QString &message);
    // Copies the file into the database as the shown document's attached copy.
    bool attachFile(const QString &path);
    void chooseAttachment();
    void removeAttachment();
    void focusTitle();

signals:
    // Typed into, or another record shown: what can be done with it may have changed.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void createLayout();
    void retranslate();
    void updateButtons();
    void markModified();
    void chooseFilePath();
    void saveAttachmentAs();

    Database &m_db;
    SourceEditor &m_editor;
    SourceListModel *m_model;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_issued = nullptr;
    QLineEdit *m_location = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_attached = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_detach = nullptr;
    QPushButton *m_saveCopy = nullptr;
    QLabel *m_cited = nullptr;
    IssueLabel *m_issue = nullptr;
    QList<QLabel *> m_labels; // in order, for retranslate()
    qint64 m_currentId = 0; // 0: a new document being entered (or none)
    bool m_modified = false;
    bool m_showing = false; // filling the form: edits are not the person's
};

} // namespace opcc
