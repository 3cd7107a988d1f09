// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/serveraddress.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace opcc {

class PasswordKeychain;

// File > Connect to Shared Register: the server's host and port, the database and the user. The
// password is typed here or, when the user ticked "Remember password" last time, read from the
// system keychain; left empty, none is given and PostgreSQL's client library finds one in
// PGPASSWORD, ~/.pgpass or a service file. It is kept for the session in memory
// (serverpasswords.h) and in the keychain only when ticked, never in the settings.
//
// Connect tries the address through the connector; a failure (the server unreachable, the
// password refused) is shown in the dialog, which stays open with Retry. A keychain that cannot
// be reached (no Secret Service, as on a server without a desktop) is said, and connecting works
// without it.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    // Opens the register at the address given as a postgresql:// URI: an empty string when it
    // opened, else the reason it did not.
    using Connector = std::function<QString(const QString &uri)>;
    ConnectDialog(PasswordKeychain &keychain, Connector connector, QWidget *parent = nullptr);

    // Fills the fields from an address (the last server used) and the password from the keychain.
    void setAddress(const ServerAddress &address);
    // The address the fields make, or nullopt with the reason in problem().
    std::optional<ServerAddress> address() const;
    QString problem() const;
    // After Connect: what the keychain said when the password could not be kept, else empty.
    QString keychainProblem() const { return m_keychainProblem; }

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *keychainLabel() const { return m_keychainNote; }
    QPushButton *connectButton() const { return m_connect; }

public slots:
    void accept() override;

private:
    void createLayout();
    void showProblem(const QString &message);
    void keepPassword(const ServerAddress &address);
    void keychainUnavailable(const QString &reason);

    PasswordKeychain &m_keychain;
    Connector m_connector;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    bool m_keychainWorks = true;
    QString m_keychainProblem;
};

} // namespace opcc
