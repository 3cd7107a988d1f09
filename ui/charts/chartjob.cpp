// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartjob.h"

#include "chartexporter.h"
#include "charts/chartdatabuilder.h"
#include "charts/chartscope.h"
#include "charts/measureset.h"
#include "domain/measurecatalogue.h"
#include "reports/smallnumbers.h"
#include "storage/database.h"
#include "storage/lookupstore.h"

#include <QDir>
#include <QTextStream>

namespace opcc::ui {

QString ChartJob::measureKey(const Database &db, const QString &given)
{
    // The contract: the measure's key or its label, in any case ("Referrals", "REFERRALS").
    const QString wanted = given.trimmed();
    const QString set = MeasureSet::peopleKey();
    if (wanted.compare(set, Qt::CaseInsensitive) == 0
        || wanted.compare(MeasureSet::label(set), Qt::CaseInsensitive) == 0
        || wanted.compare(QLatin1String("people through the scheme"), Qt::CaseInsensitive) == 0)
        return set;
    const QList<Measure> measures = LookupStore::reader(db).measures();
    for (const Measure &m : measures) {
        if (m.key.compare(wanted, Qt::CaseInsensitive) == 0)
            return m.key;
    }
    for (const Measure &m : measures) {
        if (m.label.compare(wanted, Qt::CaseInsensitive) == 0
            || measureLabel(m).compare(wanted, Qt::CaseInsensitive) == 0)
            return m.key;
    }
    return wanted;
}

ChartKind ChartJob::kindOf(const QString &type)
{
    if (type == QLatin1String("before-after"))
        return ChartKind::BeforeAfter;
    if (type == QLatin1String("trend"))
        return ChartKind::Trend;
    if (type == QLatin1String("strand-summary"))
        return ChartKind::StrandSummary;
    return ChartKind::Comparison;
}

int ChartJob::run(Database &db, const ChartRequest &request, QTextStream &out, QTextStream &err)
{
    ChartScope scope;
    scope.strand = request.strand;
    scope.area = request.area;
    scope.schemes = request.schemes;
    const ChartScopeResolver resolver(db);
    const ResolvedScope resolved = resolver.resolve(scope);
    if (!resolved.ok()) {
        err << resolved.error << Qt::endl;
        return ExitUsage;
    }
    const QString measure = measureKey(db, request.measure);
    const QString problem = resolver.checkMeasure(measure, resolved.schemes);
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return ExitUsage;
    }

    const ChartDataBuilder builder(db);
    ChartSpec spec;
    spec.measure = measure;
    spec.kind = request.type.isEmpty()
        ? builder.suggestedKind(measure, resolver.withMeasure(measure, resolved.schemes))
        : kindOf(request.type);
    ChartData data = builder.build(spec, resolved);
    if (data.isEmpty()) {
        err << data.emptyReason << Qt::endl;
        return ExitUsage;
    }
    // For release, as a report's chart: counts of 1 to 4 people are not drawn, and the chart
    // lists them as such.
    if (request.forRelease && SmallNumbers::applyToChart(data) > 0 && data.isEmpty()) {
        err << tr("Every figure of this chart counts fewer than 5 people: nothing can be drawn "
                  "for release.")
            << Qt::endl;
        return ExitUsage;
    }
    ChartExporter exporter(data);
    const bool written = request.size.isValid()
        ? exporter.exportChartOnly(request.output, request.size)
        : exporter.exportFile(request.output);
    if (!written) {
        err << exporter.errorString() << Qt::endl;
        return ExitFailure;
    }
    out << tr("Wrote %1: %2.").arg(QDir::toNativeSeparators(request.output), data.title)
        << Qt::endl;
    return ExitOk;
}

} // namespace opcc::ui
