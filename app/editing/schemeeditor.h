// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "editing/schemewriter.h"
#include "storage/changeset.h"
#include "storage/undostore.h"

#include <QObject>
#include <optional>

class QUndoStack;

namespace opcc {

class Database;

// The one way the application changes schemes: every change is written as one transaction with
// its audit entry (SchemeWriter) and then kept on the undo stack. Nothing is written, and
// nothing stacked, when a change fails; problem() and errorString() say why.
class SchemeEditor final : public QObject
{
    Q_OBJECT

public:
    explicit SchemeEditor(Database &db, QObject *parent = nullptr);
    ~SchemeEditor() override;

    QUndoStack *undoStack() const { return m_stack; }
    Database &database() const { return m_db; }
    std::optional<SchemeRecord> load(qint64 schemeId) const { return m_writer.read(schemeId); }

    // Each returns the record as stored (with its ids and row versions).
    std::optional<SchemeRecord> createScheme(const SchemeRecord &record);
    // `before` is the record as it was read when the edit began: if another copy of the app
    // has written the scheme since, the save fails with Problem::Conflict.
    std::optional<SchemeRecord> saveScheme(const SchemeRecord &before, const SchemeRecord &after);
    bool deleteScheme(const SchemeRecord &record);

    // Puts an import that has been written on the undo stack as one step named text ("Import of
    // outcomes.xlsx"), changes being what it wrote (ChangeRecorder).
    void recordImport(const QString &text, const QByteArray &changes);
    // The same for a change to a source document (SourceEditor), named text ("Edit of source
    // "X"").
    void recordSourceChange(const QString &text, qint64 sourceId, const QByteArray &changes);
    // Reads back the undo history kept in the database by an earlier run (this account's), so
    // that Undo and Redo go on where they were; what the stack held before is dropped (for
    // another database, say).
    void restoreHistory();

    SchemeWriter::Problem problem() const { return m_writer.problem(); }
    QString errorString() const { return m_writer.errorString(); }

    // What an edit is called in the undo history: "New scheme "X"", "Add figure to "X""...
    static QString describe(
        const std::optional<SchemeRecord> &before, const std::optional<SchemeRecord> &after);

signals:
    // An undo or redo step could not be applied (the register changed underneath); nothing was
    // written and the step has left the history.
    void stepFailed(const QString &message);
    // After a change, an undo or a redo: the scheme concerned, and whether it exists now.
    void schemeChanged(qint64 schemeId, bool exists);
    // After an import, or its undo or redo: the records concerned.
    void recordsStepped(const opcc::ChangeSet &touched);

private:
    std::optional<SchemeRecord> change(
        const std::optional<SchemeRecord> &before, const std::optional<SchemeRecord> &after);

    void pushStored(const UndoStore::Step &step);
    void record(const QString &text, const QString &entity, qint64 id, const QByteArray &changes);

    Database &m_db;
    mutable SchemeWriter m_writer;
    QUndoStack *m_stack;
    UndoStore m_store;
    bool m_restoring = false;
};

} // namespace opcc
