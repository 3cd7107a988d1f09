// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/jobrunner.h"

#include <QString>

namespace opcc::ui {

// Application name, organisation and window icon, so that settings and the default database
// live under "opcc-schemes".
void setApplicationIdentity();
// The interface language chosen in View > Language last time ("" for the system's).
QString savedLanguage();
// The command line's --chart job.
JobRunner::ChartJob chartJob();
// Opens the database (the default one when path is empty), shows the main window and runs the
// event loop. A database that cannot be used is explained in a message box; exit code 4.
int runWindow(const QString &databasePath);

} // namespace opcc::ui
