#include "chartjob.h"

#include "chartexporter.h"
#include "charts/chartdatabuilder.h"
#include "charts/chartscope.h"
#include "storage/database.h"

#include <QDir>
#include <QTextStream>

namespace opcc::ui {

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
    const QString problem = resolver.checkMeasure(request.measure, resolved.schemes);
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return ExitUsage;
    }

    const ChartDataBuilder builder(db);
    ChartSpec spec;
    spec.measure = request.measure;
    spec.kind = builder.suggestedKind(request.measure,
                                      resolver.withMeasure(request.measure, resolved.schemes));
    const ChartData data = builder.build(spec, resolved.schemes, resolved.description);
    if (data.isEmpty()) {
        err << data.emptyReason << Qt::endl;
        return ExitUsage;
    }
    ChartExporter exporter(data);
    if (!exporter.exportFile(request.output)) {
        err << exporter.errorString() << Qt::endl;
        return ExitFailure;
    }
    out << tr("Wrote %1: %2.").arg(QDir::toNativeSeparators(request.output), data.title)
        << Qt::endl;
    return ExitOk;
}

} // namespace opcc::ui
