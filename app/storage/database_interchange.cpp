// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: one read snapshot, for an export.

#include "storage/database.h"
#include "storage/serversession.h"

#include <QSqlError>

namespace opcc {

bool Database::beginSnapshot()
{
    if (m_transactionDepth > 0)
        return fail(Failure::QueryFailed, tr("A snapshot cannot start inside a transaction."));
    // BEGIN defers taking the snapshot to the first read: read at once, so that it is now. On
    // the server, REPEATABLE READ keeps the first read's snapshot for the whole transaction.
    const QString begin = isServer()
        ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        : QStringLiteral("BEGIN");
    // A server's connection that dropped since the last statement is made again first, as
    // for a write: nothing has been read yet.
    if (!executeSql(begin)
        && !(isServer() && (lastFailure() == Failure::CannotOpen || !isOpen()) && reconnectServer()
            && executeSql(begin)))
        return false;
    m_inSnapshot = true;
    QSqlQuery &pin = prepared(isServer() ? "SELECT 1" : "SELECT count(*) FROM sqlite_master");
    if (!execute(pin)) {
        m_inSnapshot = false;
        executeSql(QStringLiteral("ROLLBACK"));
        return false;
    }
    pin.next();
    pin.finish();
    return true;
}

void Database::endSnapshot()
{
    m_inSnapshot = false;
    executeSql(QStringLiteral("COMMIT"));
    if (m_session)
        m_session->transactionEnded();
}

} // namespace opcc
