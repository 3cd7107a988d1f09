// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectdialog.h"

#include "issuelabel.h"
#include "passwordkeychain.h"
#include "storage/serverpasswords.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace opcc {

namespace {

constexpr int defaultServerPort = 5432;

} // namespace

ConnectDialog::ConnectDialog(PasswordKeychain &keychain, Connector connector, QWidget *parent)
    : QDialog(parent)
    , m_keychain(keychain)
    , m_connector(std::move(connector))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember password in the system keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_message(new IssueLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_connect(m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Connect to Shared Register"));
    setObjectName(QStringLiteral("connectDialog"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_connect->setObjectName(QStringLiteral("connect"));
    m_host->setPlaceholderText(QStringLiteral("db.opcc.local"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultServerPort);
    m_database->setPlaceholderText(tr("schemes"));
    m_user->setPlaceholderText(tr("empty: your account's name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass, PGPASSWORD or a service file"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    createLayout();
}

void ConnectDialog::createLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

void ConnectDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port < 0 ? defaultServerPort : address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    const PasswordKeychain::Answer kept = m_keychain.read(address.credentialKey());
    switch (kept.outcome) {
    case PasswordKeychain::Outcome::Done:
        m_password->setText(kept.password);
        m_remember->setChecked(true);
        break;
    case PasswordKeychain::Outcome::NotFound:
        break;
    case PasswordKeychain::Outcome::Failed:
        keychainUnavailable(kept.error);
        break;
    }
}

void ConnectDialog::keychainUnavailable(const QString &reason)
{
    m_keychainWorks = false;
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keychainNote->setText(tr("The system keychain cannot be used (%1), so the password cannot "
                               "be remembered: it is used for this session only.")
                                .arg(reason));
    m_keychainNote->show();
}

std::optional<ServerAddress> ConnectDialog::address() const
{
    ServerAddress typed;
    typed.host = m_host->text().trimmed();
    typed.port = m_port->value();
    typed.database = m_database->text().trimmed();
    typed.user = m_user->text().trimmed();
    if (typed.host.isEmpty() || typed.database.isEmpty())
        return std::nullopt;
    // Through the same reading as --database, so that both take the same addresses.
    QString error;
    return ServerAddress::parse(typed.toUri(), &error);
}

QString ConnectDialog::problem() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Name the server: its host name or address (ask its administrator).");
    if (m_database->text().trimmed().isEmpty())
        return tr("Name the database that holds the register (ask its administrator).");
    ServerAddress typed;
    typed.host = m_host->text().trimmed();
    typed.port = m_port->value();
    typed.database = m_database->text().trimmed();
    typed.user = m_user->text().trimmed();
    QString error;
    if (!ServerAddress::parse(typed.toUri(), &error))
        return error;
    return {};
}

void ConnectDialog::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectDialog::accept()
{
    const std::optional<ServerAddress> target = address();
    if (!target) {
        showProblem(problem());
        (m_host->text().trimmed().isEmpty() ? m_host : m_database)->setFocus();
        return;
    }
    // Given to the server for this session only; none at all leaves libpq to find one.
    serverpasswords::remember(*target, m_password->text());
    showProblem(tr("Connecting to %1\u2026").arg(target->displayName()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString failure = m_connector(target->toUri());
    QApplication::restoreOverrideCursor();
    if (!failure.isEmpty()) {
        serverpasswords::forget(*target);
        showProblem(failure);
        m_connect->setText(tr("&Retry"));
        return;
    }
    showProblem(QString());
    keepPassword(*target);
    QDialog::accept();
}

void ConnectDialog::keepPassword(const ServerAddress &address)
{
    if (!m_keychainWorks)
        return;
    const QString key = address.credentialKey();
    if (!m_remember->isChecked() || m_password->text().isEmpty()) {
        // Not to be remembered (any more): a password kept before goes.
        m_keychain.remove(key);
        return;
    }
    const PasswordKeychain::Answer kept = m_keychain.write(key, m_password->text());
    if (kept.outcome == PasswordKeychain::Outcome::Failed)
        m_keychainProblem = tr("The password could not be kept in the system keychain (%1): it "
                               "will be asked for next time.")
                                .arg(kept.error);
}

} // namespace opcc
