// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/database.h"

#include <QString>
#include <memory>

namespace opcc {

class PasswordKeychain;

// The register the window opens: the one asked for with --database, else the one used last
// (a file's path or a server's postgresql:// address, kept in the settings; a password never is),
// else the default file. A server's password, when the user had it remembered, comes from the
// system keychain. A last register that cannot be opened any more (the server unreachable, the
// file gone) falls back on the default file, and the window says so.
namespace lastregister {

// The settings' record: the register last opened in the window, and the last server register
// (which File > Connect to Shared Register offers again after going back to a file).
QString saved();
QString savedServer();
void save(const QString &address);

// For a server address: the password the keychain keeps for it, remembered for this session
// (serverpasswords.h). Nothing for a file, or when the keychain has none or cannot be reached.
void unlock(const QString &address, PasswordKeychain &keychain);

struct Opened
{
    std::unique_ptr<Database> db; // null when nothing could be opened
    Database::OpenResult result; // the failure, when db is null
    // Set when the last register could not be opened and the default file was instead: why.
    QString notice;
};
// requested: --database's value, or empty. A register asked for by name that cannot be opened is
// a failure (no fallback); the remembered one falls back on the default file.
Opened openAtStart(const QString &requested, PasswordKeychain &keychain);

} // namespace lastregister

} // namespace opcc
