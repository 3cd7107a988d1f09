// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serversession.h"

#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/serveraccess.h"

#include <QSqlDatabase>
#include <QSqlDriver>

namespace opcc {

namespace {

// The channel other users' changes are announced on.
const QString changeChannel = QStringLiteral("opcc_changes");

QSqlDriver *driverOf(const Database &db)
{
    return QSqlDatabase::database(db.connectionName(), false).driver();
}

} // namespace

ServerSession::ServerSession(Database &db)
    : m_db(db)
{ }

bool ServerSession::start()
{
    QSqlDriver *driver = driverOf(m_db);
    // Without it, the window shows others' changes when it next reads them.
    if (driver && driver->subscribeToNotification(changeChannel)) {
        m_listening = true;
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                const QVariant &payload) {
                if (name == changeChannel && source == QSqlDriver::OtherSource)
                    received(payload);
            });
    }
    bool mayWrite = false;
    // Kept, so that a role change that leaves this user's access as it was says nothing.
    m_accessKey = accessKey(&mayWrite);
    return mayWrite;
}

bool ServerSession::announce(const ChangeSet &changes)
{
    QSqlQuery &notify = m_db.prepared("SELECT pg_notify(?, ?)");
    notify.bindValue(0, changeChannel);
    notify.bindValue(1, changes.notice());
    if (!m_db.execute(notify))
        return false;
    notify.finish();
    return true;
}

void ServerSession::transactionEnded(bool rolesChanged)
{
    if (rolesChanged)
        m_checkPending = true;
    if (m_checkPending)
        checkAccess();
}

void ServerSession::connectionClosing()
{
    // The driver lets a subscription go on the connection it has.
    QSqlDriver *driver = driverOf(m_db);
    if (m_listening && driver && driver->isOpen())
        driver->unsubscribeFromNotification(changeChannel);
}

void ServerSession::connectionMadeAgain()
{
    // Notifications arrive through the same driver, whose signal is connected already. A
    // reading thread's connection (the statistics, the word search) never listened, and does
    // not now.
    QSqlDriver *driver = driverOf(m_db);
    if (m_listening && driver)
        driver->subscribeToNotification(changeChannel);
    // (A transaction may be beginning on this connection.)
    QMetaObject::invokeMethod(this, &ServerSession::checkAccess, Qt::QueuedConnection);
}

void ServerSession::received(const QVariant &payload)
{
    const ChangeSet changes = ChangeSet::fromNotice(payload.toString());
    if (changes.isEmpty())
        return;
    emit m_db.recordsChanged(changes);
    emit m_db.changed();
    if (changes.roles)
        checkAccess();
}

void ServerSession::checkAccess()
{
    if (!m_db.isOpen())
        return;
    if (m_db.m_transactionDepth > 0 || m_db.m_inSnapshot) {
        m_checkPending = true;
        return;
    }
    m_checkPending = false;
    bool mayWrite = false;
    const QString key = accessKey(&mayWrite);
    if (key.isEmpty() || key == m_accessKey)
        return;
    m_accessKey = key;
    m_db.followAccess(mayWrite);
}

QString ServerSession::accessKey(bool *mayWrite) const
{
    const ServerAccess access = ServerAccess::ofConnection(m_db.connectionName());
    *mayWrite = access.permission != ServerAccess::Permission::Read;
    return access.user.isEmpty() ? QString() : access.key();
}

} // namespace opcc
