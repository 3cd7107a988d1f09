// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMenu>

class QUndoStack;

namespace opcc {

class Database;
class DatabaseHealth;

// The main window's Tools menu, built and worded in one place: FOI Requests (the register of
// Freedom of Information requests, sharing the window's undo history), Source Documents (the
// documents figures are quoted from), History (every change to the register) and Check
// Database (DatabaseHealth's integrity check); on a shared register, Users and Roles for those who
// may give roles.
class ToolsMenu final : public QMenu
{
    Q_OBJECT

public:
    ToolsMenu(Database &db, DatabaseHealth *health, QUndoStack *undoStack, QWidget *window);

    QAction *foiRequestsAction() const { return m_foiRequests; }
    QAction *sourceDocumentsAction() const { return m_sourceDocuments; }
    QAction *historyAction() const { return m_history; }
    QAction *usersAction() const { return m_users; }
    // Users and Roles is offered on a shared register to a user who may give roles there (as the
    // window has read the user's access: ServerAccess::grantable).
    void updateAccess(bool mayGiveRoles);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_foiRequests;
    QAction *m_sourceDocuments;
    QAction *m_history;
    QAction *m_users;
    Database &m_db;
};

} // namespace opcc
