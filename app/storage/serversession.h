// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

namespace opcc {

class Database;
struct ChangeSet;

// Working together on a server register, beside the connection that Database keeps:
// - each committed change is announced to the other users' connections (PostgreSQL's NOTIFY,
//   sent inside the transaction, so only when it commits), and theirs arrive here and leave as
//   the Database's recordsChanged(), so that an open window updates the rows another user
//   changed;
// - what the server lets this user do is asked when the register opens and again after a role
//   was given or taken, by this connection or another; a change is handed to the Database,
//   which follows it (isReadOnly()) and emits accessChanged().
// One exists while a Database is open on a server.
class ServerSession final : public QObject
{
    Q_OBJECT

public:
    explicit ServerSession(Database &db);

    // Listens for the other users' notices and asks what this user may do: whether it may
    // change schemes. False also when that could not be asked (the server refuses the writes
    // it does not allow anyway).
    bool start();
    // Inside the transaction that wrote them: false, with the failure recorded on the
    // Database, when the notice could not be sent (the transaction is then rolled back).
    bool announce(const ChangeSet &changes);
    // The outermost transaction or the snapshot ended (rolesChanged: it gave or took a role,
    // which may be this user's own): a check of the access put off meanwhile runs now.
    void transactionEnded(bool rolesChanged = false);
    // The connection is about to be closed to be made again (Database::reconnectServer()),
    // and was made again: the new one listens too, and the access is asked again once the
    // caller is done, as a role given or taken meanwhile was announced to no one here.
    void connectionClosing();
    void connectionMadeAgain();

private:
    void received(const QVariant &payload);
    // Asks the server again; inside a transaction or a snapshot, put off until it ends.
    void checkAccess();
    // What the server lets this user do, as one text (the grants, the roles held and those it
    // may give), empty when it could not be asked; *mayWrite whether it may change schemes.
    QString accessKey(bool *mayWrite) const;

    Database &m_db;
    bool m_listening = false;
    QString m_accessKey; // accessKey() when last asked
    bool m_checkPending = false;
};

} // namespace opcc
