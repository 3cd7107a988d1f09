// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace opcc {

// The name of the account this process runs as, for the audit log's "who": asked of the
// system (getpwuid on Unix, GetUserNameW on Windows), so that it is right when USER is unset
// (services, cron, some terminals) or says something else. USER, USERNAME and LOGNAME are only
// a last resort, for a system that cannot answer.
QString accountName();

} // namespace opcc
