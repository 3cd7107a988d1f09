#include "interchange/csvexporter.h"

#include "interchange/csvwriter.h"
#include "interchange/foirequestscsv.h"
#include "interchange/interchangeformat.h"
#include "storage/database.h"

#include <QDir>
#include <QSaveFile>

namespace opcc {

using interchange::FileKind;
using interchange::neutraliseFormula;

CsvExporter::CsvExporter(const Database &db)
    : m_db(db)
{ }

QList<QStringList> CsvExporter::schemeRows() const
{
    QList<QStringList> rows{interchange::columnNames(FileKind::Schemes)};
    for (const Scheme &s : m_db.schemes()) {
        rows.append({
            neutraliseFormula(s.name),
            neutraliseFormula(s.areaKey()),
            Vocabulary<Strand>::key(s.strand),
            Vocabulary<Status>::key(s.status),
            s.start.toIsoString(),
            s.end.toIsoString(),
            neutraliseFormula(s.organisationsWithRole(Role::Provider).join(QStringLiteral("; "))),
            neutraliseFormula(s.organisationsWithRole(Role::Funder).join(QStringLiteral("; "))),
            neutraliseFormula(s.summary),
            neutraliseFormula(s.source),
        });
    }
    return rows;
}

bool CsvExporter::forEachOutcomeRow(const RowVisitor &visit) const
{
    QHash<qint64, QPair<QString, QString>> schemes; // id -> name, area, as written
    for (const Scheme &s : m_db.schemes())
        schemes.insert(s.id, {neutraliseFormula(s.name), neutraliseFormula(s.areaKey())});
    QHash<QString, QString> units;
    for (const Measure &m : m_db.measures())
        units.insert(m.key, Vocabulary<Unit>::key(m.unit));
    if (m_db.lastFailure() != Database::Failure::None && schemes.isEmpty())
        return false;

    if (!visit(interchange::columnNames(FileKind::Outcomes)))
        return false;
    QStringList row;
    return m_db.forEachFigure([&](const Figure &f) {
        const auto scheme = schemes.value(f.schemeId);
        row = QStringList{
            scheme.first,
            scheme.second,
            f.measure,
            f.value.toPlainString(),
            f.valueHigh ? f.valueHigh->toPlainString() : QString(),
            units.value(f.measure),
            Vocabulary<Qualifier>::key(f.qualifier),
            Vocabulary<Per>::key(f.per),
            f.baseline ? QStringLiteral("yes") : QString(),
            neutraliseFormula(f.note),
            f.periodStart.toIsoString(),
            f.periodEnd.toIsoString(),
            neutraliseFormula(f.periodLabel),
            neutraliseFormula(f.source),
            neutraliseFormula(f.quote),
        };
        return visit(row);
    });
}

bool CsvExporter::writeFile(const QString &path,
                            const std::function<bool(const RowVisitor &)> &rows, int *written)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    int count = -1; // the header is not a row of data
    bool writeFailed = false;
    const bool complete = rows([&](const QStringList &row) {
        if (!writer.writeRow(row)) {
            writeFailed = true;
            return false;
        }
        ++count;
        return true;
    });
    if (!complete) {
        m_error = writeFailed ? tr("Cannot write %1: %2").arg(path, file.errorString())
                              : tr("Cannot read the database: %1").arg(m_db.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    *written = count;
    return true;
}

bool CsvExporter::exportTo(const QString &directory)
{
    m_error.clear();
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory)) {
        m_error = tr("Cannot create the folder %1.").arg(directory);
        return false;
    }
    const QList<QStringList> schemes = schemeRows();
    if (m_db.lastFailure() != opcc::Database::Failure::None && schemes.size() <= 1) {
        m_error = m_db.errorString();
        return false;
    }
    const auto schemeList = [&schemes](const RowVisitor &visit) {
        for (const QStringList &row : schemes) {
            if (!visit(row))
                return false;
        }
        return true;
    };
    const auto outcomeList = [this](const RowVisitor &visit) { return forEachOutcomeRow(visit); };
    if (!writeFile(dir.filePath(interchange::fileName(FileKind::Schemes)), schemeList, &m_schemes)
        || !writeFile(dir.filePath(interchange::fileName(FileKind::Outcomes)), outcomeList,
                      &m_figures))
        return false;
    // The FOI requests register travels with the schemes (foi_requests.csv, foi_time.csv).
    FoiRequestsCsv requests(m_db);
    if (!requests.writeTo(directory)) {
        m_error = requests.errorString();
        return false;
    }
    return true;
}

} // namespace opcc
