// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace opcc {

struct ServerAddress;

// The passwords typed for shared registers in this session (File > Connect to Shared Register,
// or read from the system keychain at start), held in memory only, by ServerAddress's
// credentialKey(): every connection the window opens to that register (its own, the search's and
// the statistics' threads') gives it to the server. A register without one here gets none, so
// that libpq finds its own in PGPASSWORD, ~/.pgpass or a service file. Never written anywhere.
namespace serverpasswords {

void remember(const ServerAddress &address, const QString &password);
// The password remembered for address, or an empty string.
QString find(const ServerAddress &address);
void forget(const ServerAddress &address);

} // namespace serverpasswords

} // namespace opcc
