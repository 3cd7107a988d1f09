// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace opcc {

class Database;
class ServerUserModel;

// Tools > Users and Roles, for an administrator of a shared register: the server's logins with
// the role each holds in the register (found as you type), and giving one of them another role
// or none. The roles offered are those the administrator may give; the server decides anyway.
class UsersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Database &db, QWidget *parent = nullptr);
    ~UsersDialog() override;

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *roleCombo() const { return m_role; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *messageLabel() const { return m_message; }
    ServerUserModel *model() const { return m_model; }

    void selectUser(const QString &name);
    // Gives the selected user the role chosen in the combo; false with the reason shown.
    bool applyRole();

private:
    QString selectedUser() const;
    void showSelected();
    void updateApply();
    void showMessage(const QString &text, bool problem);

    Database &m_db;
    QStringList m_grantable;
    ServerUserModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    QPushButton *m_apply;
    QLabel *m_message;
};

} // namespace opcc
