// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: one read snapshot, for an export.

#include "storage/database.h"

#include <QSqlError>

namespace opcc {

bool Database::beginSnapshot()
{
    if (m_transactionDepth > 0)
        return fail(Failure::QueryFailed, tr("A snapshot cannot start inside a transaction."));
    // BEGIN defers taking the snapshot to the first read: read at once, so that it is now. On
    // the server, REPEATABLE READ keeps the first read's snapshot for the whole transaction.
    if (!executeSql(isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                               : QStringLiteral("BEGIN")))
        return false;
    QSqlQuery &pin = prepared(isServer() ? "SELECT 1" : "SELECT count(*) FROM sqlite_master");
    if (!execute(pin)) {
        executeSql(QStringLiteral("ROLLBACK"));
        return false;
    }
    pin.next();
    pin.finish();
    return true;
}

void Database::endSnapshot()
{
    executeSql(QStringLiteral("COMMIT"));
}

} // namespace opcc
