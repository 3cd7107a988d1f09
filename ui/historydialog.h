// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace opcc {

class AuditLogModel;
class Database;

// Scheme > History: every change recorded for one scheme (when, who, what) and, for the
// selected one, each field before and after.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(
        Database &db, qint64 schemeId, const QString &schemeName, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPlainTextEdit *details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetails();

    AuditLogModel *m_model;
    QString m_schemeName;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_label;
};

} // namespace opcc
