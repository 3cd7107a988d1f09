// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// MainWindow: which register the window shows (a file, or a shared register on a server), how
// its title names it and what the user may do there, and switching to another one.

#include "connectdialog.h"
#include "detailpanel.h"
#include "editcontroller.h"
#include "editing/schemeeditor.h"
#include "interchange/registercopy.h"
#include "interchange/shippeddataset.h"
#include "lastregister.h"
#include "mainwindow.h"
#include "passwordkeychain.h"
#include "storage/database.h"
#include "storage/networkshare.h"
#include "storage/serveraccess.h"
#include "storage/serveraddress.h"
#include "storage/serverschema.h"
#include "storage/serverusers.h"
#include "toolsmenu.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace opcc {

void MainWindow::updateTitle()
{
    QString name = QFileInfo(m_db->path()).fileName();
    QString error;
    const auto server = m_db->isServer() ? ServerAddress::parse(m_db->path(), &error)
                                         : std::optional<ServerAddress>();
    if (server)
        name = tr("%1 on %2").arg(server->database, server->hostAndPort());
    // On a server, the title says what the user may do there.
    QString access;
    // Asked of the server once a register (a query each), not again for a language change.
    if (m_roleRead != m_db->path()) {
        m_access = ServerAccess::of(*m_db);
        m_roleRead = m_db->path();
    }
    if (!m_access.role.isEmpty()) {
        access = ServerUsers::roleLabel(m_access.role);
        if (m_db->isReadOnly() && m_access.role != QLatin1String(schema::viewerRole))
            access = tr("read-only");
    } else if (m_db->isReadOnly()) {
        access = tr("read-only");
    }
    setWindowTitle(access.isEmpty() ? tr("%1 - OPCC Schemes").arg(name)
                                    : tr("%1 (%2) - OPCC Schemes").arg(name, access));
    setWindowFilePath(m_db->isServer() ? QString() : m_db->path());
    // Nothing offers a change the user may not make: a viewer imports nothing.
    m_import->setEnabled(!m_db->isReadOnly());
    m_import->setVisible(!m_db->isReadOnly());
    // A file is copied up to a server; a shared register is not copied anywhere from here.
    m_copyToServer->setEnabled(!m_db->isServer());
    m_copyToServer->setVisible(!m_db->isServer());
    m_editing->updateActions();
    if (m_toolsMenu)
        m_toolsMenu->updateAccess(m_db->isServer() && !m_access.grantable.isEmpty());
}

QString MainWindow::switchRegister(const QString &address)
{
    auto candidate = std::make_unique<Database>();
    // A server's empty database is set up with the shipped dataset, as at a start on it.
    const Database::OpenResult opened = ServerAddress::isServerUri(address)
        ? shippeddataset::openOrCreate(*candidate, address, Database::Check::Deferred)
        : candidate->open(address);
    if (!opened.ok())
        return opened.message;
    if (!opened.backupPath.isEmpty())
        QMessageBox::information(this, tr("Database Upgraded"),
            tr("%1 was made by an older version and has been upgraded. The "
               "file as it was is kept as %2.")
                .arg(QDir::toNativeSeparators(address),
                    QDir::toNativeSeparators(opened.backupPath)));
    candidate->close();
    const QString previous = m_db->path();
    m_db->close();
    const Database::OpenResult reopened = m_db->open(address);
    if (!reopened.ok())
        m_db->open(previous);
    m_roleRead.clear(); // the same address may now be another user's, or another register
    m_editing->editor()->restoreHistory(); // the undo history is the database's
    m_detail->showScheme(0);
    reloadAll();
    updateTitle();
    if (!reopened.ok())
        return reopened.message;
    lastregister::save(address);
    QMetaObject::invokeMethod(this, &MainWindow::warnIfOnNetworkShare, Qt::QueuedConnection);
    return {};
}

void MainWindow::warnIfOnNetworkShare()
{
    if (m_db->isServer() || !m_db->isOpen())
        return;
    const QString type = networkshare::fileSystemOf(m_db->path());
    if (!type.isEmpty())
        warnAboutNetworkShare(type);
}

void MainWindow::warnAboutNetworkShare(const QString &fileSystemType)
{
    QMessageBox box(QMessageBox::Warning, tr("Register on a Network Share"),
        networkshare::warning(m_db->path(), fileSystemType), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("networkShareWarning"));
    QPushButton *connect
        = box.addButton(tr("Connect to Shared Register..."), QMessageBox::AcceptRole);
    connect->setObjectName(QStringLiteral("connectInstead"));
    box.setDefaultButton(box.addButton(tr("Keep Using This File"), QMessageBox::RejectRole));
    box.exec();
    if (box.clickedButton() == connect)
        connectToServer();
}

void MainWindow::openDatabase()
{
    if (!m_editing->finishEditing())
        return;
    const QString start = m_db->isServer()
        ? QFileInfo(shippeddataset::defaultDatabasePath()).absolutePath()
        : QFileInfo(m_db->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Register File"), start,
        tr("OPCC Schemes databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString failure = switchRegister(path);
    if (!failure.isEmpty())
        QMessageBox::warning(this, tr("Cannot Open Database"), failure);
}

void MainWindow::connectToServer()
{
    if (!m_editing->finishEditing())
        return;
    ConnectDialog dialog(
        *m_keychain, [this](const QString &uri) { return switchRegister(uri); }, this);
    QString error;
    const QString last = m_db->isServer() ? m_db->path() : lastregister::savedServer();
    dialog.setAddress(ServerAddress::parse(last, &error).value_or(ServerAddress()));
    if (dialog.exec() == QDialog::Accepted && !dialog.keychainProblem().isEmpty())
        statusBar()->showMessage(dialog.keychainProblem(), 10000);
}

void MainWindow::copyToServer()
{
    if (m_db->isServer() || !m_editing->finishEditing())
        return;
    int schemes = 0;
    int figures = 0;
    QString copiedTo;
    // Connect copies, then opens the copy in this window; a refusal stays in the dialog.
    ConnectDialog dialog(
        *m_keychain,
        [&](const QString &uri) {
            RegisterCopy copy(*m_db);
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const bool copied = copy.toServer(uri);
            QApplication::restoreOverrideCursor();
            if (!copied)
                return copy.errorString();
            schemes = copy.schemesCopied();
            figures = copy.figuresCopied();
            copiedTo = uri;
            return switchRegister(uri);
        },
        this);
    dialog.setWindowTitle(tr("Copy Register to Server"));
    QString error;
    dialog.setAddress(
        ServerAddress::parse(lastregister::savedServer(), &error).value_or(ServerAddress()));
    if (dialog.exec() != QDialog::Accepted || copiedTo.isEmpty())
        return;
    statusBar()->showMessage(
        tr("Copied %1 and %2 to the shared register; the file is kept as it "
           "was.",
            "schemes, figures")
            .arg(tr("%n scheme(s)", nullptr, schemes), tr("%n figure(s)", nullptr, figures)),
        15000);
}

} // namespace opcc
