// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/commandline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <functional>

class QTextStream;

namespace opcc {

class Database;

// Runs the jobs of the command line without a window: import, export, list measures, chart. Says
// what it did on standard output and what went wrong on standard error, and returns the exit
// code of interchange.md.
class JobRunner final
{
    Q_DECLARE_TR_FUNCTIONS(JobRunner)

public:
    // Renders a chart page; provided by the widgets library, which owns the charting code.
    using ChartJob
        = std::function<int(Database &, const ChartRequest &, QTextStream &out, QTextStream &err)>;

    JobRunner(QTextStream &out, QTextStream &err);
    void setChartJob(ChartJob job) { m_chartJob = std::move(job); }
    int run(const CommandLineOptions &options);

private:
    int importFiles(Database &db, const QStringList &files);
    void keepUndoStep(Database &db, const QStringList &files, const QByteArray &changes);
    int exportFiles(Database &db, const QString &directory);
    int exportWorkbook(Database &db, const QString &path);
    int listMeasures(Database &db);
    int checkDatabase(Database &db);
    // Exit code 4 with the reason when a read of the job failed part way, else code.
    int unlessReadFailed(Database &db, int code);

    QTextStream &m_out;
    QTextStream &m_err;
    ChartJob m_chartJob;
};

} // namespace opcc
