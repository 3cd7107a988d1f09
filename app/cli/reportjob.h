// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/commandline.h"

#include <QCoreApplication>

class QTextStream;

namespace opcc {

class Database;
struct ReportRequest;

// The command line's --report job (shared/docs/interchange.md, second edition): selects the
// schemes as --chart does, narrowed by --search as the filter box does, reads the period, and
// writes the report. Exit codes as for --chart: 2 for a usage error (an unknown strand, area or
// scheme, a malformed period, nothing selected), 1 when the file cannot be written.
class ReportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ReportJob)

public:
    ReportJob(Database &db, QTextStream &out, QTextStream &err);
    int run(const ReportOptions &options);

    // The request the options ask for; false with *error (a usage error) when they cannot be
    // met.
    bool requestFor(const ReportOptions &options, ReportRequest *request, QString *error) const;

private:
    Database &m_db;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace opcc
