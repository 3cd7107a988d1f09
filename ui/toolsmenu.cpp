// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "toolsmenu.h"

#include "databasehealth.h"
#include "foi/foiwindow.h"
#include "registerhistorywindow.h"
#include "sourcemanager.h"
#include "storage/database.h"
#include "usersdialog.h"

#include <QEvent>

namespace opcc {

ToolsMenu::ToolsMenu(Database &db, DatabaseHealth *health, QUndoStack *undoStack, QWidget *window)
    : QMenu(window)
    , m_foiRequests(new QAction(this))
    , m_sourceDocuments(new QAction(this))
    , m_history(new QAction(this))
    , m_users(new QAction(this))
    , m_db(db)
{
    setObjectName(QStringLiteral("toolsMenu"));
    m_foiRequests->setObjectName(QStringLiteral("foiRequests"));
    m_foiRequests->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_foiRequests, &QAction::triggered, window,
        [&db, undoStack, window] { FoiWindow::open(db, undoStack, window); });
    m_sourceDocuments->setObjectName(QStringLiteral("sourceDocuments"));
    m_sourceDocuments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_sourceDocuments, &QAction::triggered, window,
        [&db, window] { SourceManager::open(db, window); });
    m_history->setObjectName(QStringLiteral("registerHistory"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_history, &QAction::triggered, window,
        [&db, window] { RegisterHistoryWindow::open(db, window); });
    addAction(m_foiRequests);
    addAction(m_sourceDocuments);
    addAction(m_history);
    m_users->setObjectName(QStringLiteral("usersAndRoles"));
    connect(m_users, &QAction::triggered, window, [&db, window] {
        UsersDialog dialog(db, window);
        dialog.exec();
    });
    addAction(m_users);
    addSeparator();
    addAction(health->checkAction());
    m_users->setVisible(false); // until updateAccess(), which the window calls with its title
    retranslate();
}

void ToolsMenu::updateAccess(bool mayGiveRoles)
{
    m_users->setVisible(mayGiveRoles);
    m_users->setEnabled(mayGiveRoles);
}

void ToolsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ToolsMenu::retranslate()
{
    setTitle(tr("&Tools"));
    m_foiRequests->setText(tr("&FOI Requests..."));
    m_foiRequests->setStatusTip(tr("The register of Freedom of Information requests: due dates, "
                                   "schemes, time spent, replies and the disclosure log"));
    m_sourceDocuments->setText(tr("&Source Documents..."));
    m_sourceDocuments->setStatusTip(tr("The documents the figures are quoted from: details, web "
                                       "addresses, attached copies"));
    m_history->setText(tr("&History..."));
    m_history->setStatusTip(tr("Every recorded change to the register: who, when, what, which "
                               "scheme, and the files of each import"));
    m_users->setText(tr("&Users and Roles..."));
    m_users->setStatusTip(tr("Who may read, change or administer this shared register"));
}

} // namespace opcc
