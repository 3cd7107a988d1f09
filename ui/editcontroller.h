// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace opcc {

class Database;
class DetailPanel;
class SchemeBrowser;
class SchemeEditPanel;
class SchemeEditor;

// Data entry in the main window: File > New Scheme, the detail panel's edit mode, deleting,
// Edit > Undo/Redo with the undo history, Scheme > History, and what to do when another copy
// of the app changed a scheme first or the window closes with an unsaved edit. The main window
// only adds the actions to its menus.
class EditController final : public QObject
{
    Q_OBJECT

public:
    EditController(Database &db, SchemeBrowser *browser, DetailPanel *detail, QMainWindow *window);
    ~EditController() override;

    SchemeEditor *editor() const { return m_editor; }
    SchemeEditPanel *editPanel() const { return m_panel; }
    QDockWidget *undoHistoryDock() const { return m_undoDock; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    bool isEditing() const { return m_editedId != 0; }
    qint64 editedSchemeId() const { return m_editedId; }

    // The menu items, each group at the top of its menu.
    void addFileActions(QMenu *file);
    void addEditActions(QMenu *edit);
    QMenu *createSchemeMenu(QWidget *parent);

    // An unsaved edit is saved, discarded or kept (the person chooses); false when the edit
    // stays open and whatever was about to happen (closing, switching scheme) should not.
    bool finishEditing();

    void newScheme();
    void startEditing();
    bool saveEdit();
    void cancelEdit();
    void deleteScheme();
    void showHistory();
    void addFigure();
    // Enables what the database and the selection allow (after the database was reopened).
    void updateActions();

protected:
    // The window passes its LanguageChange on to its children, this one included.
    bool event(QEvent *event) override;

private:
    void retranslate();
    void loadEdit(qint64 id);
    void leaveEditMode();
    void resolveConflict();
    void followSelection(qint64 id);
    QAction *makeAction(const QString &name, void (EditController::*slot)());

    Database &m_db;
    SchemeBrowser *m_browser;
    DetailPanel *m_detail;
    QMainWindow *m_window;
    SchemeEditor *m_editor;
    SchemeEditPanel *m_panel;
    QDockWidget *m_undoDock;
    QMenu *m_schemeMenu = nullptr;
    qint64 m_editedId = 0;
    bool m_switching = false;

    QAction *m_newScheme;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_edit;
    QAction *m_addFigure;
    QAction *m_delete;
    QAction *m_history;
};

} // namespace opcc
