// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serverpasswords.h"

#include "storage/serveraddress.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace opcc::serverpasswords {

namespace {

// The threads that read the list and the statistics open their connections while the window's
// thread may be remembering a new password.
struct SessionPasswords
{
    QMutex mutex;
    QHash<QString, QString> byKey;
};

SessionPasswords &sessionPasswords()
{
    static SessionPasswords passwords;
    return passwords;
}

} // namespace

void remember(const ServerAddress &address, const QString &password)
{
    SessionPasswords &passwords = sessionPasswords();
    const QMutexLocker lock(&passwords.mutex);
    if (password.isEmpty())
        passwords.byKey.remove(address.credentialKey());
    else
        passwords.byKey.insert(address.credentialKey(), password);
}

QString find(const ServerAddress &address)
{
    SessionPasswords &passwords = sessionPasswords();
    const QMutexLocker lock(&passwords.mutex);
    return passwords.byKey.value(address.credentialKey());
}

void forget(const ServerAddress &address)
{
    remember(address, QString());
}

} // namespace opcc::serverpasswords
