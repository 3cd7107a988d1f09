// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

class QTextStream;

namespace opcc {

// Exit codes of the command line (shared/docs/interchange.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitInvalidInput = 3,
    ExitDatabaseUnusable = 4,
};

// A comparison chart asked for on the command line.
struct ChartRequest
{
    QString measure;
    QString strand;
    QString area;
    QStringList schemes; // "NAME" or "NAME@AREA"
    QString output;
    QString type; // --type: comparison, before-after, trend, strand-summary; empty: suited
    QSize size; // --size: the chart alone at this many pixels; invalid: the A4 page
    bool forRelease = false; // --public: bars of 1 to 4 people left out, as in a report
};

// A report asked for on the command line (--report, see cli/reportjob.h).
struct ReportOptions
{
    QString output;
    QString title;
    QString strand;
    QString area;
    QStringList schemes; // "NAME" or "NAME@AREA"
    QString search; // the filter box's text
    QString financialYear;
    QString from;
    QString to;
    bool forRelease = false; // --public
};

struct CommandLineOptions
{
    QString database; // empty: the default database
    QStringList imports;
    QString exportDirectory;
    QString exportWorkbook; // --export-xlsx
    bool listMeasures = false;
    bool check = false; // --check: the database's integrity check
    std::optional<ChartRequest> chart;
    std::optional<ReportOptions> report;
    QString language; // --lang
    QDate foiDue; // --foi-due: print the reply due date for a request received that day
    bool help = false;
    bool version = false;

    // True when the command asks for a job instead of the window.
    bool hasJob() const;
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Parsed
    {
        CommandLineOptions options;
        QString error; // set for a usage error (exit code 2)
    };
    // arguments includes the program name first, as QCoreApplication::arguments().
    static Parsed parse(const QStringList &arguments);
    // Whether the raw arguments ask for a job, before any QApplication exists (so that a job can
    // run without a display).
    static bool asksForJob(int argc, char **argv);
    // Whether a window could be shown: on X11 and Wayland desktops DISPLAY or WAYLAND_DISPLAY
    // names one, or QT_QPA_PLATFORM chooses a platform itself.
    static bool hasDisplay();
    static QString noDisplayMessage();
    static QString helpText();
    static QString versionText();

private:
    // Checks --type and reads --size into chart; false with the usage error otherwise.
    static bool chartType(ChartRequest &chart, const QString &size, QString &error);
};

} // namespace opcc
