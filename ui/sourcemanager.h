// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace opcc {

class Database;
class SchemeEditor;
class SourceEditor;
class SourceForm;
class SourceListModel;

// Tools > Source Documents: every document the register cites, listed (sorted, filtered as you
// type, with what cites it and what copy is held) beside its record: title, kind, publisher,
// reference, date issued, a web address or the path of a file kept where it is, and a copy
// attached to the register (a PDF or text file stored in the database, so that the register
// stays self-contained). Open shows the document (a PDF with Qt PDF). Moving to another
// document saves the one edited, as in a database form; nothing invalid is saved. Each save,
// deletion, copy attached or removed is a step of the window's undo history (Edit > Undo).
class SourceManager final : public QDialog
{
    Q_OBJECT

public:
    // history: the undo history its writes join (none: they are written all the same).
    SourceManager(Database &db, SchemeEditor *history, QWidget *parent = nullptr);
    ~SourceManager() override;

    // The one manager of `parent`, made or raised, showing the document titled `title` if given;
    // its writes join the undo history of the window it opens over.
    static SourceManager *open(Database &db, QWidget *parent, const QString &title = {});

    SourceListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    SourceForm *form() const { return m_form; }
    QLineEdit *titleEdit() const;
    QLineEdit *locationEdit() const;
    QLabel *issueLabel() const;

    void selectDocument(qint64 id);
    qint64 currentId() const;
    void newDocument();
    bool save();
    void revert();
    // Deletes the current document after asking (a cited one is refused, saying where it is used).
    void deleteDocument(bool ask = true);
    // Copies the file into the database as the current document's attached copy.
    bool attachFile(const QString &path);
    void removeAttachment();
    void openDocument();
    bool isModified() const;

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
    void updateCount();
    void updateButtons();

    Database &m_db;
    std::unique_ptr<SourceEditor> m_editor;
    SourceListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    SourceForm *m_form = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
    QAction *m_copyTitle = nullptr;
};

} // namespace opcc
