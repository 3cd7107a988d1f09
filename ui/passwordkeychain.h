// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace opcc {

// Where a shared register's password is kept between sessions when the user ticks "Remember
// password": the system's keychain (the Secret Service or KWallet on Linux, the Keychain on
// macOS, the Credential Manager on Windows), through QtKeychain. Never a settings file: with no
// keychain to be had the password is simply not kept. An interface, so that the dialog's tests
// can stand in for the system.
class PasswordKeychain
{
public:
    virtual ~PasswordKeychain() = default;

    enum class Outcome { Done, NotFound, Failed };
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QString password; // read(): what was kept
        QString error; // Failed: why, in the keychain's words
    };
    // Each waits for the keychain (which may ask the user to unlock it).
    virtual Answer read(const QString &key) = 0;
    virtual Answer write(const QString &key, const QString &password) = 0;
    virtual Answer remove(const QString &key) = 0;

    // The system's keychain, under the service name "opcc-schemes".
    static PasswordKeychain &system();
};

} // namespace opcc
