// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The stores write their statements once, in the SQL both engines read where there is one
// (INSERT ... ON CONFLICT, RETURNING, IS DISTINCT FROM, savepoints). What SQLite spells its own
// way and PostgreSQL cannot read is rewritten here, in one place, as the statement is prepared
// on a server connection (Database::prepared):
// - "SELECT value FROM json_each(?)", one parameter carrying a list of ids as a JSON array,
//   becomes PostgreSQL's json_array_elements_text, its elements cast to ids;
// - "x COLLATE NOCASE" (SQLite folds ASCII letters only, then compares bytes) becomes
//   opcc_nocase(x), a function of the server schema doing exactly that, so that both engines
//   sort names alike and the exports match byte for byte; "x = ? COLLATE NOCASE" compares both
//   sides folded.
// Statements that differ in more than spelling (full-text search, the audit log's JSON, the
// snapshot, the C API fast paths) have a text per engine in their own store.
namespace opcc::sqldialect {

QString postgres(const QString &sqliteSql);

} // namespace opcc::sqldialect
