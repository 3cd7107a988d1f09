// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QUndoStack;

namespace opcc {

class ColumnFitter;
class Database;
class EmptyHint;
class FoiEditor;
class FoiForm;
class FoiRequestModel;
class FoiRequestProxy;
struct ChangeSet;

// Tools > FOI Requests: the register of Freedom of Information requests beside the schemes. The
// list (sorted, filtered as you type, overdue and nearly due requests marked) on the left, the
// request's record on the right; file, edit and delete requests, link schemes, log time, and
// produce the reply and the disclosure log. Edits share the main window's undo history.
class FoiWindow final : public QMainWindow
{
    Q_OBJECT

public:
    FoiWindow(Database &db, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~FoiWindow() override;

    // The one FOI window of `parent`, made or raised.
    static FoiWindow *open(Database &db, QUndoStack *undoStack, QWidget *parent);

    FoiEditor *editor() const { return m_editor; }
    FoiRequestModel *model() const { return m_model; }
    FoiRequestProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    FoiForm *form() const { return m_form; }

    void newRequest();
    bool save();
    void revert();
    void deleteRequest();
    void produceReply();
    void exportDisclosureLog(bool workbook);
    void selectRequest(qint64 id);
    qint64 currentId() const;
    // An unsaved edit is saved, discarded or kept (the person chooses); false to stay.
    bool finishEditing();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createList();
    void createActions();
    void createMenus();
    void retranslate();
    void updateActions();
    void updateTitle();
    void updateCount();
    void showCurrent();
    void showContextMenu(const QPoint &at);
    QString suggestedReference() const;
    void setMinimumWidths();
    void followSchemes(const ChangeSet &changes);
    void saveSettings() const;
    void restoreSettings();

    Database &m_db;
    bool m_writable; // the register may be changed (asked of m_db when made and opened)
    FoiEditor *m_editor;
    FoiRequestModel *m_model;
    FoiRequestProxy *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_filterLabel;
    QComboBox *m_scope;
    QLabel *m_scopeLabel;
    QLabel *m_count;
    QTableView *m_table;
    ColumnFitter *m_columns = nullptr;
    EmptyHint *m_hint = nullptr;
    FoiForm *m_form;
    QSplitter *m_splitter;
    qint64 m_shownId = 0;
    bool m_following = false;

    QMenu *m_requestMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_save = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_reply = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportXlsx = nullptr;
    QAction *m_close = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_link = nullptr;
    QAction *m_logTime = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace opcc
