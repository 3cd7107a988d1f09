// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QWidget;

namespace opcc {

class Database;

// What the window says about the database itself: Tools > Check Database (SQLite's integrity
// check over every page), and a warning whenever a read fails part way, so that a list shown
// short is never taken for the whole register. On a server register that cannot be reached the
// warning says so and offers Retry.
class DatabaseHealth final : public QObject
{
    Q_OBJECT

public:
    DatabaseHealth(Database &db, QWidget *window);
    ~DatabaseHealth() override;

    // Tools > Check Database (the window's ToolsMenu shows it).
    QAction *checkAction() const { return m_check; }
    // Runs the check and shows its result; the problems found (empty: none).
    QStringList check();
    // The warning shown after a failed read, while it is open.
    QMessageBox *readWarning() const { return m_readWarning; }
    // SQLite's quick check of the open database on a connection and thread of its own, for a
    // database opened with Check::Deferred: damage found makes the database refuse writes and
    // the window say so (damageFound()).
    void quickCheckInBackground();
    bool isChecking() const { return m_running != nullptr; }

signals:
    void damageFound(const QString &message);
    // Retry in the warning that a server register cannot be reached: the window reads again.
    void retryRequested();

protected:
    bool event(QEvent *event) override; // LanguageChange

private:
    void retranslate();
    void showReadFailure(const QString &message);
    void reportDamage(const QString &problems);

    struct Job;
    std::shared_ptr<Job> m_running;

    Database &m_db;
    QWidget *m_window;
    QAction *m_check = nullptr;
    QPointer<QMessageBox> m_readWarning;
};

} // namespace opcc
