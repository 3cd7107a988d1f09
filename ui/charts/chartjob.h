#pragma once

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
};

} // namespace opcc::ui
