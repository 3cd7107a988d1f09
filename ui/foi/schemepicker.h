// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace opcc {

class Database;

// Picks schemes from the register to link to an FOI request: type to narrow the list (name or
// area), arrows to move, Enter to take the highlighted schemes. Schemes already linked are
// left out.
class SchemePicker final : public QDialog
{
    Q_OBJECT

public:
    SchemePicker(Database &db, const QList<qint64> &linked, QWidget *parent = nullptr);

    QList<qint64> chosen() const;

    // Runs the dialog; the schemes picked, or none when cancelled.
    static QList<qint64> pick(Database &db, const QList<qint64> &linked, QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectFirstVisible();

    QStandardItemModel *m_schemes;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_count;
};

} // namespace opcc
