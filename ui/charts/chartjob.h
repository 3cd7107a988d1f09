// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"
#include "cli/commandline.h"

#include <QCoreApplication>

class QTextStream;

namespace opcc {
class Database;
}

namespace opcc::ui {

// The command line's --chart job (shared/docs/interchange.md): resolves the schemes, checks the
// measure, picks the kind of chart that suits the figures and writes the page, without a window.
class ChartJob final
{
    Q_DECLARE_TR_FUNCTIONS(ChartJob)

public:
    static int run(Database &db, const ChartRequest &request, QTextStream &out, QTextStream &err);
    // The key of the measure given by key or label, in any case; as given when none matches.
    static QString measureKey(const Database &db, const QString &given);
    static ChartKind kindOf(const QString &type);
};

} // namespace opcc::ui
