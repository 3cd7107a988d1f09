// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/reportjob.h"

#include "charts/chartscope.h"
#include "models/schemesearch.h"
#include "reports/reportdocument.h"
#include "reports/reportparts.h"
#include "reports/reportwriter.h"
#include "storage/database.h"

#include <QDir>
#include <QTextDocument>
#include <QTextStream>

namespace opcc {

ReportJob::ReportJob(Database &db, QTextStream &out, QTextStream &err)
    : m_db(db)
    , m_out(out)
    , m_err(err)
{ }

bool ReportJob::requestFor(
    const ReportOptions &options, ReportRequest *request, QString *error) const
{
    if (!options.financialYear.isEmpty()) {
        const auto period = ReportPeriod::financialYear(options.financialYear, error);
        if (!period)
            return false;
        request->period = *period;
    } else if (!options.from.isEmpty() || !options.to.isEmpty()) {
        const auto period = ReportPeriod::range(options.from, options.to, error);
        if (!period)
            return false;
        request->period = *period;
    }

    ChartScope scope;
    scope.strand = options.strand;
    scope.area = options.area;
    scope.schemes = options.schemes;
    const ResolvedScope resolved = ChartScopeResolver(m_db).resolve(scope);
    if (!resolved.ok()) {
        *error = resolved.error;
        return false;
    }
    const QStringList words = searchWords(options.search);
    for (const Scheme &scheme : resolved.schemes) {
        const QString text = schemeSearchText(scheme.name, scheme.areaKey(),
            scheme.organisationsWithRole(Role::Provider), scheme.summary);
        if (matchesSearch(text, words))
            request->schemeIds.append(scheme.id);
    }
    request->selection = resolved.description;
    if (!words.isEmpty() && ChartScope(scope).isEverything())
        request->selection = tr("schemes matching \"%1\"").arg(options.search.trimmed());
    else if (!words.isEmpty())
        request->selection
            = tr("%1, matching \"%2\"").arg(resolved.description, options.search.trimmed());
    if (request->schemeIds.isEmpty()) {
        *error = tr("No scheme matches the selection (%1): nothing to report.")
                     .arg(request->selection);
        return false;
    }
    request->title = options.title;
    request->forRelease = options.forRelease;
    return true;
}

int ReportJob::run(const ReportOptions &options)
{
    ReportRequest request;
    QString error;
    if (!requestFor(options, &request, &error)) {
        m_err << error << Qt::endl;
        return ExitUsage;
    }
    // Read, laid out and painted a scheme at a time: a report of a whole register keeps the
    // memory of one scheme's part.
    ReportParts parts(m_db, request);
    const auto databaseFault = [this] {
        return m_db.lastFailure() == Database::Failure::Locked || m_db.hasReadError()
            ? ExitDatabaseUnusable
            : ExitFailure;
    };
    if (!parts.open()) {
        m_err << parts.errorString() << Qt::endl;
        return databaseFault();
    }
    ReportWriter writer(parts,
        { ReportBuilder::titleOf(request), ReportBuilder::markingOf(request), request.printed });
    if (!writer.write(options.output)) {
        m_err << writer.errorString() << Qt::endl;
        return databaseFault();
    }
    m_out << tr("Wrote %1: %2.", "file, number of schemes")
                 .arg(QDir::toNativeSeparators(options.output),
                     tr("%n scheme(s)", nullptr, int(request.schemeIds.size())))
          << Qt::endl;
    return ExitOk;
}

} // namespace opcc
