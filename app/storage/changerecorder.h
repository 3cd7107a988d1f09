// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/changeset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

struct sqlite3_session;

namespace opcc {

class Database;

// Records what a write did to the register's rows (SQLite's session extension), as a change set
// that can be stored, applied backwards to undo it and forwards to redo it, in this run of the
// app or a later one. Every table is recorded except the audit log, the undo history itself and
// the full-text indexes (their triggers keep them in step when a change set is applied).
// The session extension has no QSqlQuery equivalent: its C API calls are kept here, on the
// connection's own handle, and this class is what a second engine (PostgreSQL) replaces.
class ChangeRecorder final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecorder)

public:
    // Starts recording the writes made on db's connection from now on.
    explicit ChangeRecorder(Database &db);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    bool isRecording() const { return m_session != nullptr; }
    // What the writes since the start changed (empty when nothing): each row's values before
    // and after. Call before the transaction commits or after; not after another change.
    QByteArray changes() const;
    QString errorString() const { return m_error; }

    // The change set that takes the register back from after to before.
    static QByteArray inverted(const QByteArray &changes);
    // Applies changes inside the caller's Transaction. Every row must still hold what the
    // change set starts from: if a later change (here or in another copy of the app) altered or
    // removed one, nothing is applied and *error names the record. The Database does not see
    // these writes: announce touched(changes) after the commit (ChangesetCommand does).
    static bool apply(Database &db, const QByteArray &changes, QString *error);
    // The records a change set touches, as the Database announces them.
    static ChangeSet touched(const QByteArray &changes);
    // Every scheme whose own row, links or figures the change set touches, figures changed in
    // place included (read from the database: call before those figures may be gone).
    static QSet<qint64> schemesTouched(const Database &db, const QByteArray &changes);

private:
    sqlite3_session *m_session = nullptr;
    QString m_error;
};

} // namespace opcc
