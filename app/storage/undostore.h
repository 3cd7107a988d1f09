// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace opcc {

class Database;

// The undo history as the database keeps it (table undo_step), so that Edit > Undo still
// undoes the last change after the app was closed and opened again. Steps belong to the
// account that made them (on a server, the database user and the computer's account): one
// officer's Undo never takes back a colleague's change. Each
// step names the journal of its last write (ChangeRecorder): forward while it is done,
// backward once undone; the journal goes with the step. Written outside the register's
// transactions: a step that cannot be kept leaves the change itself as it was.
class UndoStore final
{
public:
    struct Step
    {
        qint64 id = 0;
        QString text; // "Import of outcomes.xlsx", "Edit "DIVERT""
        QString entity; // "scheme", "import"
        qint64 entityId = 0;
        bool done = true;
        QByteArray changes;
    };

    // How many steps each account keeps; older ones are dropped.
    static constexpr int limit = 100;

    explicit UndoStore(Database &db, const QString &account = {});

    // This account's steps, oldest first: the done ones, then those undone (redo-able).
    QList<Step> steps() const;
    // A new step, done: the steps undone before it can no longer be redone and go.
    std::optional<qint64> add(const Step &step);
    bool update(qint64 id, bool done, const QByteArray &changes);
    bool remove(qint64 id);
    // Drops this account's undone steps (something else was done after them).
    bool removeUndone();
    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &values);
    // Deletes the journals of the steps the condition selects, before the steps themselves go.
    bool dropJournals(const QString &steps, const QVariantList &values);

    Database &m_db;
    QString m_account;
    mutable QString m_error;
};

} // namespace opcc
