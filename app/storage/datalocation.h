// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace opcc::datalocation {

// Where the database lives when no --database is given: "opcc-schemes" in the user's local
// (not roaming) application-data folder, ~/.local/share/opcc-schemes on Linux and
// %LOCALAPPDATA%\opcc-schemes on Windows. QStandardPaths::AppDataLocation would name the
// organisation and the application, both "opcc-schemes", and on Windows roam a database that
// belongs to one machine.
QString folder();
QString databasePath();
// Where versions before this one kept it: AppDataLocation/schemes.sqlite
// (~/.local/share/opcc-schemes/opcc-schemes/ on Linux).
QString previousDatabasePath();

enum class Move {
    NothingToMove, // no database at `from`, or one at `to` already
    Moved,
    InUse, // another program is using the database at `from`: left there for now
    Failed,
};
// Moves the database at `from`, with what its -wal file still holds, to `to`, once: a
// consistent copy is written beside `to` and renamed into place, and only then are `from` and
// its -wal and -shm files removed. Nothing happens when `to` exists already. `error` says why a
// move failed.
Move moveDatabase(const QString &from, const QString &to, QString *error = nullptr);

// databasePath(), after moving a database from previousDatabasePath() there if there is one;
// the previous path itself while that database cannot be moved (in use by an older copy still
// running), so that no one's register seems to vanish.
QString databasePathAfterMove();

} // namespace opcc::datalocation
