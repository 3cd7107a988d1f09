// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/validator.h"
#include "foi/foirequest.h"
#include "storage/foistore.h"

#include <QObject>
#include <optional>

class QUndoStack;

namespace opcc {

class Database;

// The one way the application changes FOI requests: each change is one transaction with its
// audit entry, then a step on the undo stack the schemes' edits use too, so Edit > Undo walks
// back through both in the order they were made. Nothing is written when a rule is broken;
// issues() lists every one, errorString() the first.
class FoiEditor final : public QObject
{
    Q_OBJECT

public:
    enum class Problem { None, Invalid, Conflict, Failed };
    enum class Check { RowVersion, Content };

    FoiEditor(Database &db, QUndoStack *stack, QObject *parent = nullptr);

    FoiStore &store() { return m_store; }
    const FoiStore &store() const { return m_store; }
    QUndoStack *undoStack() const { return m_stack; }

    // Each returns the request as stored (its id, due date and row version).
    std::optional<FoiRequest> create(const FoiRequest &request);
    // `before` is the request as read when the edit began: a change made since by another copy
    // of the app is not overwritten (Problem::Conflict).
    std::optional<FoiRequest> save(const FoiRequest &before, const FoiRequest &after);
    bool remove(const FoiRequest &request);

    // What the writer would store for `request`: its due date computed (unless extended), its
    // subject taken from the questions when empty.
    static FoiRequest normalised(FoiRequest request);

    // The step itself, without the undo stack: for FoiChangeCommand.
    std::optional<FoiRequest> apply(const std::optional<FoiRequest> &from,
        const std::optional<FoiRequest> &to, Check check, const QString &summary);

    Problem problem() const { return m_problem; }
    QString errorString() const { return m_error; }
    QList<FieldIssue> issues() const { return m_issues; }

    static QString describe(
        const std::optional<FoiRequest> &before, const std::optional<FoiRequest> &after);

signals:
    void requestChanged(qint64 id, bool exists);
    void stepFailed(const QString &message);

private:
    std::optional<FoiRequest> change(
        const std::optional<FoiRequest> &before, const std::optional<FoiRequest> &after);
    bool holdsStart(const std::optional<FoiRequest> &from, Check check);
    bool validate(const FoiRequest &request);
    std::optional<FoiRequest> write(const std::optional<FoiRequest> &from,
        const std::optional<FoiRequest> &to, const QString &summary);
    bool fail(Problem problem, const QString &message);

    Database &m_db;
    FoiStore m_store;
    QUndoStack *m_stack;
    Problem m_problem = Problem::None;
    QString m_error;
    QList<FieldIssue> m_issues;
};

} // namespace opcc
