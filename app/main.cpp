// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"
#include "cli/commandline.h"
#include "cli/jobrunner.h"
#include "domain/language.h"

#include <QApplication>
#include <QTextStream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
    // Jobs run without a window, so they must not need a display either. Without a display even a
    // window start runs offscreen, so that a usage error is still told as one (exit 2) and the
    // missing display as what it is, where Qt would otherwise abort.
    const bool hasDisplay = opcc::CommandLine::hasDisplay();
    const bool job = opcc::CommandLine::asksForJob(argc, argv);
    if (job || !hasDisplay) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#ifdef __GLIBC__
    // The window's threads (the rest of the list, the figure counts) read what the main thread
    // then keeps, and end. Each would otherwise allocate in an arena of its own, whose freed
    // pages no other thread's allocations reuse: on the huge register a refresh peaked at
    // 123.5 MiB against 108.3 MiB in one arena. A job keeps the default: its import's two
    // threads allocate at once, and in one arena it took 8% longer.
    if (!job)
        mallopt(M_ARENA_MAX, 1);
#endif
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
