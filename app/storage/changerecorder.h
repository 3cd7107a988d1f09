// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/changeset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace opcc {

class Database;

// Records what a write did to the register's rows in the undo journal (table undo_journal), in
// the write's own transaction, so that it can be applied backwards to undo it and forwards to
// redo it, in this run of the app or a later one. Each row a write inserts, updates or deletes
// leaves its image before and after, as JSON, written by triggers that exist only while the
// recorder does (TEMP triggers: this connection's writes alone, nothing when not recording); on
// a server, by the register's own triggers while this session's setting names the recording
// (serverschema.cpp's serverUndoTriggers()).
// Every table is recorded except the audit log, the undo history itself and the full-text
// indexes (their triggers keep them in step when a journal is applied). Nothing is held in
// memory: a recording is named by a token ("journal <id> forward") that the undo history keeps.
class ChangeRecorder final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecorder)

public:
    enum class Figures {
        EachRow, // every figure written has its own journal row
        // Figures inserted are known by their ids (all above the largest there was at the start)
        // instead of a row each: for imports, which may insert millions and delete no figure.
        // Their images are taken when the recording is first undone; a figure changed since is
        // told by its row_version, which every writer of figures raises.
        NewByRange,
    };

    // Starts recording the writes made on db's connection from now on. A recorder started
    // inside a transaction must outlive it (its triggers go with it when it ends).
    explicit ChangeRecorder(Database &db, Figures figures = Figures::EachRow);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    bool isRecording() const { return !m_triggers.isEmpty(); }
    // Stops recording and names what the writes since the start changed (empty when nothing):
    // call before the transaction commits or after it.
    QByteArray changes();
    QString errorString() const { return m_error; }

    // The same recording, the other way: what takes the register back from after to before.
    static QByteArray inverted(const QByteArray &changes);
    // Applies changes inside the caller's Transaction. Every row must still hold what the
    // change starts from: if a later change (here or in another copy of the app) altered or
    // removed one, nothing is applied and *error names the record. The Database does not see
    // these writes: announce touched(changes) after the commit (ChangesetCommand does).
    static bool apply(Database &db, const QByteArray &changes, QString *error);
    // The records the change touches, as the Database announces them.
    static ChangeSet touched(const Database &db, const QByteArray &changes);
    // Every scheme whose own row, links or figures the change touches.
    static QSet<qint64> schemesTouched(const Database &db, const QByteArray &changes);
    // The journal a change names (0 for none), to drop it with the step that keeps it.
    static qint64 journalOf(const QByteArray &changes);

private:
    bool run(const QString &sql);
    bool noteRange();
    bool noteServerRange();
    void startOnServer();
    void stop();

    Database &m_db;
    qint64 m_journal = 0;
    qint64 m_figuresBefore = -1; // the largest figure id at the start, NewByRange only
    QStringList m_triggers; // on a server, the session setting that records

    QString m_error;
};

} // namespace opcc
