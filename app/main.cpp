// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"
#include "cli/commandline.h"
#include "cli/jobrunner.h"
#include "domain/language.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Jobs run without a window, so they must not need a display either. Without a display even a
    // window start runs offscreen, so that a usage error is still told as one (exit 2) and the
    // missing display as what it is, where Qt would otherwise abort.
    const bool hasDisplay = opcc::CommandLine::hasDisplay();
    if (opcc::CommandLine::asksForJob(argc, argv) || !hasDisplay) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    opcc::ui::setApplicationIdentity();
    // The language chosen last time (or the system's), so that even a usage error is worded in
    // it; --lang, once read, decides.
    opcc::installLanguage(opcc::ui::savedLanguage());

    const auto parsed = opcc::CommandLine::parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed.error.isEmpty()) {
        err << parsed.error << Qt::endl;
        return opcc::ExitUsage;
    }
    if (!parsed.options.language.isEmpty() && parsed.options.language != opcc::currentLanguage())
        opcc::installLanguage(parsed.options.language);
    if (parsed.options.hasJob()) {
        opcc::JobRunner runner(out, err);
        runner.setChartJob(opcc::ui::chartJob());
        return runner.run(parsed.options);
    }
    if (!hasDisplay) {
        err << opcc::CommandLine::noDisplayMessage() << Qt::endl;
        return opcc::ExitFailure;
    }
    return opcc::ui::runWindow(parsed.options.database);
}
