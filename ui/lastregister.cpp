// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lastregister.h"

#include "interchange/shippeddataset.h"
#include "passwordkeychain.h"
#include "storage/serveraddress.h"
#include "storage/serverpasswords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace opcc::lastregister {

namespace {

const QString lastKey = QStringLiteral("register/last");
const QString lastServerKey = QStringLiteral("register/server");

} // namespace

QString saved()
{
    return QSettings().value(lastKey).toString();
}

QString savedServer()
{
    return QSettings().value(lastServerKey).toString();
}

void save(const QString &address)
{
    QSettings settings;
    settings.setValue(lastKey, address);
    if (ServerAddress::isServerUri(address))
        settings.setValue(lastServerKey, address);
}

void unlock(const QString &address, PasswordKeychain &keychain)
{
    QString error;
    const std::optional<ServerAddress> server = ServerAddress::isServerUri(address)
        ? ServerAddress::parse(address, &error)
        : std::nullopt;
    if (!server || !serverpasswords::find(*server).isEmpty())
        return;
    const PasswordKeychain::Answer kept = keychain.read(server->credentialKey());
    if (kept.outcome == PasswordKeychain::Outcome::Done)
        serverpasswords::remember(*server, kept.password);
}

Opened openAtStart(const QString &requested, PasswordKeychain &keychain)
{
    Opened opened;
    opened.db = std::make_unique<Database>();
    const QString defaultPath = shippeddataset::defaultDatabasePath();
    const QString remembered = requested.isEmpty() ? saved() : QString();
    const QString address
        = !requested.isEmpty() ? requested : (remembered.isEmpty() ? defaultPath : remembered);
    unlock(address, keychain);
    // A remembered file that is gone (a removed drive) is not made again empty in its place.
    const bool gone = address == remembered && !ServerAddress::isServerUri(address)
        && !QFileInfo::exists(address);
    // The quick check runs after the first screen (MainWindow, DatabaseHealth).
    opened.result = gone
        ? Database::OpenResult::failed(Database::Failure::CannotOpen,
            Database::tr("%1 does not exist.").arg(QDir::toNativeSeparators(address)))
        : shippeddataset::openOrCreate(*opened.db, address, Database::Check::Deferred);
    if (!opened.result.ok() && address == remembered && remembered != defaultPath) {
        const QString reason = opened.result.message;
        opened.result
            = shippeddataset::openOrCreate(*opened.db, defaultPath, Database::Check::Deferred);
        // The server stays the one remembered, to be tried again at the next start.
        if (opened.result.ok())
            opened.notice = QCoreApplication::translate("LastRegister",
                "The register used last, %1, cannot be opened: %2\n\nThe register file %3 is "
                "open instead. File > Connect to Shared Register tries the server again.")
                                .arg(remembered, reason, QDir::toNativeSeparators(defaultPath));
    }
    if (!opened.result.ok()) {
        opened.db.reset();
        return opened;
    }
    if (opened.notice.isEmpty())
        save(opened.db->path());
    return opened;
}

} // namespace opcc::lastregister
