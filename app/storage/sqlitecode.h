// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlError>
#include <QString>
#include <sqlite3.h>

namespace opcc::storage {

// SQLite's result code of a failed QSqlQuery (the driver reports it as the native code).
inline int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && code != 0)
        return code;
    return error.databaseText().contains(QLatin1String("locked")) ? SQLITE_BUSY : SQLITE_ERROR;
}

} // namespace opcc::storage
