#include "interchange/csvexporter.h"

#include "interchange/csvwriter.h"
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

QList<QStringList> CsvExporter::outcomeRows() const
{
    QHash<qint64, QPair<QString, QString>> schemes; // id -> name, area
    for (const Scheme &s : m_db.schemes())
        schemes.insert(s.id, {s.name, s.areaKey()});
    QHash<QString, Unit> units;
    for (const Measure &m : m_db.measures())
        units.insert(m.key, m.unit);

    QList<QStringList> rows{interchange::columnNames(FileKind::Outcomes)};
    for (const Figure &f : m_db.allFigures()) {
        const auto scheme = schemes.value(f.schemeId);
        rows.append({
            neutraliseFormula(scheme.first),
            neutraliseFormula(scheme.second),
            f.measure,
            f.value.toPlainString(),
            f.valueHigh ? f.valueHigh->toPlainString() : QString(),
            Vocabulary<Unit>::key(units.value(f.measure)),
            Vocabulary<Qualifier>::key(f.qualifier),
            Vocabulary<Per>::key(f.per),
            f.baseline ? QStringLiteral("yes") : QString(),
            neutraliseFormula(f.note),
            f.periodStart.toIsoString(),
            f.periodEnd.toIsoString(),
            neutraliseFormula(f.periodLabel),
            neutraliseFormula(f.source),
            neutraliseFormula(f.quote),
        });
    }
    return rows;
}

bool CsvExporter::writeFile(const QString &path, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    for (const QStringList &row : rows) {
        if (!writer.writeRow(row)) {
            m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
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
    const QList<QStringList> outcomes = outcomeRows();
    if (m_db.lastFailure() != opcc::Database::Failure::None && schemes.size() <= 1) {
        m_error = m_db.errorString();
        return false;
    }
    if (!writeFile(dir.filePath(interchange::fileName(FileKind::Schemes)), schemes)
        || !writeFile(dir.filePath(interchange::fileName(FileKind::Outcomes)), outcomes))
        return false;
    m_schemes = int(schemes.size() - 1);
    m_figures = int(outcomes.size() - 1);
    return true;
}

} // namespace opcc
