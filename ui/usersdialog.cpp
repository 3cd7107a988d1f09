// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "usersdialog.h"

#include "models/serverusermodel.h"
#include "storage/serverusers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace opcc {

namespace {

const QString usersGeometryKey = QStringLiteral("usersDialog/geometry");

} // namespace

UsersDialog::UsersDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_grantable(ServerUsers(db).grantableRoles())
    , m_model(new ServerUserModel(db, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and Roles"));
    auto *intro = new QLabel(tr("Each login of the server and its role in this register. Logins "
                                "are made by the server's administrator; a viewer may read and "
                                "export, an editor also change schemes and import, an "
                                "administrator also change measures, areas and roles."),
        this);
    intro->setWordWrap(true);

    m_filter->setObjectName(QStringLiteral("usersFilter"));
    m_filter->setPlaceholderText(tr("Find a user"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a user"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServerUserModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Users"));

    m_role->setObjectName(QStringLiteral("usersRole"));
    m_role->addItem(ServerUsers::roleLabel(QString()), QString());
    for (const QString &role : std::as_const(m_grantable))
        m_role->addItem(ServerUsers::roleLabel(role), role);
    m_roleLabel->setBuddy(m_role);
    m_apply->setObjectName(QStringLiteral("usersApply"));
    m_apply->setAutoDefault(true);
    m_apply->setDefault(true);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *roleLine = new QHBoxLayout;
    roleLine->addWidget(m_roleLabel);
    roleLine->addWidget(m_role, 1);
    roleLine->addWidget(m_apply);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(roleLine);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &UsersDialog::showSelected);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersDialog::updateApply);
    connect(m_apply, &QPushButton::clicked, this, &UsersDialog::applyRole);

    if (!m_model->reload())
        showMessage(m_model->errorString(), true);
    else
        m_message->hide();
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, ServerUserModel::Name));
    showSelected();
    m_table->resizeColumnToContents(ServerUserModel::Name);
    resize(sizeHint().expandedTo(
        QSize(fontMetrics().averageCharWidth() * 72, fontMetrics().lineSpacing() * 24)));
    restoreGeometry(QSettings().value(usersGeometryKey).toByteArray());
    m_filter->setFocus();
}

UsersDialog::~UsersDialog()
{
    QSettings().setValue(usersGeometryKey, saveGeometry());
}

QString UsersDialog::selectedUser() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? m_model->user(current.row()).name : QString();
}

void UsersDialog::selectUser(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, ServerUserModel::Name));
    if (at.isValid())
        m_table->setCurrentIndex(at);
}

void UsersDialog::showSelected()
{
    const QString name = selectedUser();
    const int row = m_model->rowOf(name);
    m_roleLabel->setText(name.isEmpty()
            ? tr("&Role:")
            : tr("&Role of %1:").arg(QString(name).replace(QLatin1Char('&'), QLatin1String("&&"))));
    if (row < 0) {
        m_role->setEnabled(false);
        m_apply->setEnabled(false);
        return;
    }
    const QString held = m_model->user(row).role;
    const bool changeable = held.isEmpty() || m_grantable.contains(held);
    const int index = m_role->findData(held);
    m_role->setCurrentIndex(index < 0 ? 0 : index);
    m_role->setEnabled(changeable);
    if (!changeable)
        m_role->setToolTip(
            tr("%1 is %2, a role you may not take away.").arg(name, ServerUsers::roleLabel(held)));
    else
        m_role->setToolTip(QString());
    updateApply();
}

void UsersDialog::updateApply()
{
    const int row = m_model->rowOf(selectedUser());
    m_apply->setEnabled(row >= 0 && m_role->isEnabled()
        && m_role->currentData().toString() != m_model->user(row).role);
}

bool UsersDialog::applyRole()
{
    const QString name = selectedUser();
    if (name.isEmpty() || !m_role->isEnabled())
        return false;
    const QString role = m_role->currentData().toString();
    ServerUsers users(m_db);
    if (!users.setRole(name, role)) {
        showMessage(users.errorString(), true);
        return false;
    }
    if (!m_model->reload()) {
        showMessage(m_model->errorString(), true);
        return false;
    }
    selectUser(name);
    showSelected();
    showMessage(tr("%1 is now %2. The change applies from the next time %1 opens the register.")
                    .arg(name, ServerUsers::roleLabel(role)),
        false);
    return true;
}

void UsersDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem); // for a style sheet, and for tests
    m_message->show();
}

} // namespace opcc
