// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace opcc {

class Database;
class IssueLabel;
class SourceListModel;
struct SourceDocument;

// Tools > Source Documents: every document the register cites, listed (sorted, filtered as you
// type, with what cites it and what copy is held) beside its record: title, kind, publisher,
// reference, date issued, a web address or the path of a file kept where it is, and a copy
// attached to the register (a PDF or text file stored in the database, so that the register
// stays self-contained). Open shows the document (a PDF with Qt PDF). Moving to another
// document saves the one edited, as in a database form; nothing invalid is saved.
class SourceManager final : public QDialog
{
    Q_OBJECT

public:
    SourceManager(Database &db, QWidget *parent = nullptr);
    ~SourceManager() override;

    // The one manager of `parent`, made or raised, showing the document titled `title` if given.
    static SourceManager *open(Database &db, QWidget *parent, const QString &title = {});

    SourceListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *locationEdit() const { return m_location; }
    QLabel *issueLabel() const;

    void selectDocument(qint64 id);
    qint64 currentId() const { return m_currentId; }
    void newDocument();
    bool save();
    void revert();
    // Deletes the current document after asking (a cited one is refused, saying where it is used).
    void deleteDocument(bool ask = true);
    // Copies the file into the database as the current document's attached copy.
    bool attachFile(const QString &path);
    void removeAttachment();
    void openDocument();
    bool isModified() const { return m_modified; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void createWidgets();
    void createLayout();
    void createActions();
    void retranslate();
    void showContextMenu(const QPoint &pos);
    void followSelection();
    void showRecord(qint64 id);
    void clearForm();
    bool readForm(SourceDocument *document);
    void setIssue(const QString &message);
    void markModified();
    void updateCount();
    void updateButtons();
    void chooseAttachment();
    void chooseFilePath();
    void saveAttachmentAs();

    Database &m_db;
    SourceListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
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
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
    QAction *m_copyTitle = nullptr;
    QList<QLabel *> m_labels; // the form's, in order, for retranslate()
    qint64 m_currentId = 0; // 0: a new document being entered (or none)
    bool m_modified = false;
    bool m_showing = false; // filling the form: edits are not the person's
};

} // namespace opcc
