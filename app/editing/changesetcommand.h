// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/changeset.h"

#include <QByteArray>
#include <QUndoCommand>
#include <functional>

namespace opcc {

class Database;
class UndoStore;

// One step of the undo history kept as a recorded journal (ChangeRecorder): an import,
// which touches any number of records at once, or a step of an earlier run of the app read
// back from the database (UndoStore). Undo applies the journal backwards and redo forwards,
// each as one transaction with its audit entry; a step whose records have changed since writes
// nothing, says which record, and leaves the history.
class ChangesetCommand final : public QUndoCommand
{
public:
    struct Step
    {
        QString text; // "Import of outcomes.xlsx"
        QString entity; // "import" or "scheme": what the audit entries concern
        qint64 entityId = 0;
        QByteArray changes; // of the step's last write: forward while done, backward if not
        bool done = true;
        qint64 storedId = 0; // its row in the UndoStore, 0 when not kept
    };
    struct Listener
    {
        std::function<void(const ChangeSet &touched)> stepped;
        std::function<void(const QString &message)> failed;
    };

    // A done step is pushed with its change already written: the first redo() does nothing.
    // So does the undo() of an undone one read back while the stack is set to where it was
    // (setRestoring()).
    ChangesetCommand(Database &db, UndoStore *store, Step step, Listener listener);

    void undo() override;
    void redo() override;

    // While true, undo() and redo() only move the step's state: for putting a stack read back
    // from the database at its index without writing anything.
    static void setRestoring(bool restoring);

    bool isDone() const { return m_step.done; }
    qint64 storedId() const { return m_step.storedId; }

private:
    bool step(bool undoing);
    bool writeAudit(bool undoing, const ChangeSet &touched, const QString &before);
    QString recordJson() const;

    Database &m_db;
    UndoStore *m_store;
    Step m_step;
    Listener m_listener;
    bool m_skipRedo;
};

} // namespace opcc
