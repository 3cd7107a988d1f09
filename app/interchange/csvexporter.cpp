// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/csvexporter.h"

#include "interchange/attachmentfiles.h"
#include "interchange/csvwriter.h"
#include "interchange/foirequestscsv.h"
#include "interchange/interchangeformat.h"
#include "storage/columnvalues.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <algorithm>

namespace opcc {

using interchange::FileKind;
using interchange::neutraliseFormula;

namespace {

QString joined(const QStringList &names)
{
    return names.join(QStringLiteral("; "));
}

// What outcomes.csv writes for each distinct stored value of a column that repeats (vocabulary
// keys, dates): the field's bytes, converted once the way forEachOutcomeRow converts every row.
// Bounded, so that a file of ever different values costs no more memory than a few thousand.
class CsvExporterFieldCache final
{
public:
    template<typename Convert> QByteArray field(const QString &stored, Convert convert)
    {
        const auto found = m_fields.constFind(stored);
        if (found != m_fields.cend())
            return *found;
        QByteArray field;
        CsvWriter::appendField(field, convert(stored));
        if (m_fields.size() < 4096)
            m_fields.insert(stored, field);
        return field;
    }

private:
    QHash<QString, QByteArray> m_fields;
};

// Decimal::toPlainString()'s text, appended as bytes: whole part, then the hundredths without
// trailing zeros.
void appendCsvExportDecimal(QByteArray &line, qint64 hundredths)
{
    if (hundredths < 0)
        line += '-';
    const quint64 magnitude = hundredths < 0 ? 0 - quint64(hundredths) : quint64(hundredths);
    char digits[24];
    char *end = digits + sizeof digits;
    char *at = end;
    quint64 whole = magnitude / 100;
    do {
        *--at = char('0' + whole % 10);
        whole /= 10;
    } while (whole != 0);
    line.append(at, end - at);
    const unsigned cents = unsigned(magnitude % 100);
    if (cents != 0) {
        line += '.';
        line += char('0' + cents / 10);
        if (cents % 10 != 0)
            line += char('0' + cents % 10);
    }
}

} // namespace

CsvExporter::CsvExporter(const Database &db)
    : m_db(db)
{ }

const QList<FileKind> &CsvExporter::exportedKinds()
{
    static const QList<FileKind> kinds { FileKind::Schemes, FileKind::Outcomes, FileKind::Details,
        FileKind::Sources, FileKind::Attachments, FileKind::Areas, FileKind::Measures,
        FileKind::Organisations, FileKind::FoiRequests, FileKind::FoiTime };
    return kinds;
}

// The schemes, read once an export (the first read that succeeds is kept until the snapshot
// ends); read each time otherwise. A failed read is on the Database, as SchemeStore leaves it.
QList<Scheme> CsvExporter::schemes() const
{
    if (m_snapshotSchemes)
        return *m_snapshotSchemes;
    QList<Scheme> read = SchemeStore::reader(m_db).schemes();
    if (m_inSnapshot && m_db.lastFailure() == Database::Failure::None)
        m_snapshotSchemes = read;
    return read;
}

QList<QStringList> CsvExporter::schemeRows() const
{
    QList<QStringList> rows { interchange::columnNames(FileKind::Schemes) };
    for (const Scheme &s : schemes()) {
        rows.append({
            neutraliseFormula(s.name),
            neutraliseFormula(s.areaKey()),
            Vocabulary<Strand>::key(s.strand),
            Vocabulary<Status>::key(s.status),
            s.start.toIsoString(),
            s.end.toIsoString(),
            neutraliseFormula(joined(s.organisationsWithRole(Role::Provider))),
            neutraliseFormula(joined(s.organisationsWithRole(Role::Funder))),
            neutraliseFormula(s.summary),
            neutraliseFormula(s.source),
        });
    }
    return rows;
}

bool CsvExporter::forEachOutcomeRow(const RowVisitor &visit) const
{
    QHash<qint64, QPair<QString, QString>> names; // id -> name, area, as written
    for (const Scheme &s : schemes())
        names.insert(s.id, { neutraliseFormula(s.name), neutraliseFormula(s.areaKey()) });
    QHash<QString, QString> units;
    for (const Measure &m : LookupStore::reader(m_db).measures())
        units.insert(m.key, Vocabulary<Unit>::key(m.unit));
    if (m_db.lastFailure() != Database::Failure::None && names.isEmpty())
        return false;

    if (!visit(interchange::columnNames(FileKind::Outcomes)))
        return false;
    QStringList row;
    return FigureStore::reader(m_db).forEach([&](const Figure &f) {
        const auto scheme = names.value(f.schemeId);
        row = QStringList {
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

// outcomes.csv from the stored rows (FigureStore::forEachStored): the bytes that
// forEachOutcomeRow's rows give through CsvWriter, built straight into one line, without a
// Figure or a QStringList a row (a file may hold millions of figures). The schemes' names and
// areas, measures, units, source titles, vocabulary keys and dates repeat and are converted once
// each, by the same functions.
bool CsvExporter::writeStoredOutcomes(CsvWriter &writer, bool *writeFailed, int *count) const
{
    QHash<qint64, QByteArray> names; // id -> "name,area," as written
    for (const Scheme &s : schemes()) {
        QByteArray fields;
        CsvWriter::appendField(fields, neutraliseFormula(s.name));
        fields += ',';
        CsvWriter::appendField(fields, neutraliseFormula(s.areaKey()));
        fields += ',';
        names.insert(s.id, fields);
    }
    // Measures and source documents by id, as their key, unit and title are written.
    QHash<qint64, QPair<QByteArray, QByteArray>> measures;
    for (const Measure &m : LookupStore::reader(m_db).measures()) {
        QByteArray key;
        CsvWriter::appendField(key, m.key);
        QByteArray unit;
        CsvWriter::appendField(unit, Vocabulary<Unit>::key(m.unit));
        measures.insert(m.id, { key, unit });
    }
    QHash<qint64, QByteArray> titles;
    for (const SourceDocument &d : LookupStore::reader(m_db).sources()) {
        QByteArray title;
        CsvWriter::appendField(title, neutraliseFormula(d.title));
        titles.insert(d.id, title);
    }
    // Unlike forEachOutcomeRow, which reads the measures' units only, every key is needed here.
    if (m_db.lastFailure() != Database::Failure::None)
        return false;

    if (!writer.writeRow(interchange::columnNames(FileKind::Outcomes))) {
        *writeFailed = true;
        return false;
    }
    ++*count;
    const QByteArray noScheme = QByteArrayLiteral(",,");
    CsvExporterFieldCache qualifiers;
    CsvExporterFieldCache pers;
    CsvExporterFieldCache dates;
    const auto qualifierField = [](const QString &stored) {
        return Vocabulary<Qualifier>::key(columnvalues::keyOr(QVariant(stored), Qualifier::Exact));
    };
    const auto perField = [](const QString &stored) {
        return Vocabulary<Per>::key(columnvalues::keyOr(QVariant(stored), Per::None));
    };
    const auto dateField = [](const QString &stored) {
        return columnvalues::dateOf(QVariant(stored)).toIsoString();
    };
    QByteArray line;
    return FigureStore::reader(m_db).forEachStored([&](const StoredFigureRow &f) {
        line.resize(0);
        line += names.value(f.schemeId(), noScheme);
        const auto measure = measures.constFind(f.measureId());
        if (measure != measures.cend())
            line += measure->first;
        line += ',';
        appendCsvExportDecimal(line, f.valueHundredths());
        line += ',';
        if (const auto high = f.valueHighHundredths())
            appendCsvExportDecimal(line, *high);
        line += ',';
        if (measure != measures.cend())
            line += measure->second;
        line += ',';
        line += qualifiers.field(f.qualifier(), qualifierField);
        line += ',';
        line += pers.field(f.per(), perField);
        line += ',';
        if (f.baseline())
            line += "yes";
        line += ',';
        CsvWriter::appendField(line, neutraliseFormula(f.note()));
        line += ',';
        line += dates.field(f.periodStart(), dateField);
        line += ',';
        line += dates.field(f.periodEnd(), dateField);
        line += ',';
        CsvWriter::appendField(line, neutraliseFormula(f.periodLabel()));
        line += ',';
        if (const auto source = f.sourceId())
            line += titles.value(*source);
        line += ',';
        CsvWriter::appendField(line, neutraliseFormula(f.quote()));
        line += '\n';
        if (!writer.writeLine(line)) {
            *writeFailed = true;
            return false;
        }
        ++*count;
        return true;
    });
}

// Schemes with more to say than schemes.csv carries: description, eligibility, commissioners and
// partners. Schemes with none of these have no row.
bool CsvExporter::detailRows(const RowVisitor &visit) const
{
    const QList<Scheme> all = schemes();
    if (m_db.lastFailure() != Database::Failure::None)
        return false;
    if (!visit(interchange::columnNames(FileKind::Details)))
        return false;
    for (const Scheme &s : all) {
        const QStringList commissioners = s.organisationsWithRole(Role::Commissioner);
        const QStringList partners = s.organisationsWithRole(Role::Partner);
        if (s.description.isEmpty() && s.eligibility.isEmpty() && commissioners.isEmpty()
            && partners.isEmpty())
            continue;
        if (!visit({ neutraliseFormula(s.name), neutraliseFormula(s.areaKey()),
                neutraliseFormula(s.description), neutraliseFormula(s.eligibility),
                neutraliseFormula(joined(commissioners)), neutraliseFormula(joined(partners)) }))
            return false;
    }
    return true;
}

bool CsvExporter::sourceRows(const RowVisitor &visit) const
{
    QList<SourceDocument> sources = LookupStore::reader(m_db).sources();
    if (m_db.lastFailure() != Database::Failure::None)
        return false;
    std::sort(sources.begin(), sources.end(),
        [](const SourceDocument &a, const SourceDocument &b) { return a.title < b.title; });
    if (!visit(interchange::columnNames(FileKind::Sources)))
        return false;
    for (const SourceDocument &s : sources) {
        if (!visit({ neutraliseFormula(s.title), Vocabulary<SourceKind>::key(s.kind),
                neutraliseFormula(s.publisher), neutraliseFormula(s.reference),
                s.issued.toIsoString(), neutraliseFormula(s.file) }))
            return false;
    }
    return true;
}

bool CsvExporter::areaRows(const RowVisitor &visit) const
{
    QList<Area> areas = LookupStore::reader(m_db).areas();
    if (m_db.lastFailure() != Database::Failure::None)
        return false;
    std::sort(areas.begin(), areas.end(), [](const Area &a, const Area &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    if (!visit(interchange::columnNames(FileKind::Areas)))
        return false;
    for (const Area &a : areas) {
        if (!visit({ neutraliseFormula(a.name), Vocabulary<Nation>::key(a.nation),
                neutraliseFormula(a.region) }))
            return false;
    }
    return true;
}

bool CsvExporter::measureRows(const RowVisitor &visit) const
{
    QList<Measure> measures = LookupStore::reader(m_db).measures();
    if (m_db.lastFailure() != Database::Failure::None)
        return false;
    std::sort(measures.begin(), measures.end(),
        [](const Measure &a, const Measure &b) { return a.key < b.key; });
    if (!visit(interchange::columnNames(FileKind::Measures)))
        return false;
    for (const Measure &m : measures) {
        if (!visit({ m.key, neutraliseFormula(m.label), Vocabulary<Unit>::key(m.unit),
                m.higherIsBetter ? QStringLiteral("yes") : QStringLiteral("no"),
                neutraliseFormula(m.description) }))
            return false;
    }
    return true;
}

bool CsvExporter::organisationRows(const RowVisitor &visit) const
{
    QStringList names = LookupStore::reader(m_db).organisationNames();
    if (m_db.lastFailure() != Database::Failure::None)
        return false;
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    if (!visit(interchange::columnNames(FileKind::Organisations)))
        return false;
    for (const QString &name : names) {
        if (!visit({ neutraliseFormula(name) }))
            return false;
    }
    return true;
}

bool CsvExporter::forEachRow(FileKind kind, const RowVisitor &visit) const
{
    switch (kind) {
    case FileKind::Schemes: {
        const QList<QStringList> rows = schemeRows();
        if (m_db.lastFailure() != Database::Failure::None)
            return false;
        return std::all_of(rows.cbegin(), rows.cend(), visit);
    }
    case FileKind::Outcomes:
        return forEachOutcomeRow(visit);
    case FileKind::Details:
        return detailRows(visit);
    case FileKind::Sources:
        return sourceRows(visit);
    case FileKind::Attachments:
        return AttachmentFiles(m_db, m_attachmentFolder).forEachRow(visit);
    case FileKind::Areas:
        return areaRows(visit);
    case FileKind::Measures:
        return measureRows(visit);
    case FileKind::Organisations:
        return organisationRows(visit);
    case FileKind::FoiRequests:
    case FileKind::FoiTime: {
        FoiRequestsCsv foi(m_db);
        const QList<QStringList> rows
            = kind == FileKind::FoiRequests ? foi.requestRows() : foi.timeRows();
        return !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), visit);
    }
    }
    return false;
}

bool CsvExporter::writeFile(const QString &path, FileKind kind, int *written)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    int count = -1; // the header is not a row of data
    bool writeFailed = !writer.writeByteOrderMark();
    const bool complete = !writeFailed
        && (kind == FileKind::Outcomes ? writeStoredOutcomes(writer, &writeFailed, &count)
                                       : forEachRow(kind, [&](const QStringList &row) {
                                             if (!writer.writeRow(row)) {
                                                 writeFailed = true;
                                                 return false;
                                             }
                                             ++count;
                                             return true;
                                         }));
    // Written through to the disk before any file is renamed: a full disk shows up here.
    const bool flushed = complete && file.flush() && file.error() == QFileDevice::NoError;
    const QString fileError = file.errorString();
    file.close();
    if (!complete || !flushed) {
        m_error = writeFailed || !flushed
            ? tr("Cannot write %1: %2").arg(path, fileError)
            : tr("Cannot read the database: %1").arg(m_db.errorString());
        return false;
    }
    *written = count;
    return true;
}

QStringList CsvExporter::exportedFileNames()
{
    QStringList names;
    for (FileKind kind : exportedKinds())
        names.append(interchange::fileName(kind));
    return names;
}

// A name of its own in the target folder, so that the rename stays on one file system.
bool CsvExporter::makeTemporary(
    const QString &directory, const QString &name, QStringList *temporaries)
{
    QTemporaryFile temporary(QDir(directory).filePath(QStringLiteral(".%1.XXXXXX.part").arg(name)));
    if (!temporary.open()) {
        m_error = tr("Cannot write in the folder %1: %2")
                      .arg(QDir::toNativeSeparators(directory), temporary.errorString());
        return false;
    }
    temporary.setAutoRemove(false);
    temporaries->append(temporary.fileName());
    return true;
}

bool CsvExporter::writeAll(const QString &directory, QStringList *temporaries)
{
    for (FileKind kind : exportedKinds()) {
        if (!makeTemporary(directory, interchange::fileName(kind), temporaries))
            return false;
        int written = 0;
        if (!writeFile(temporaries->last(), kind, &written))
            return false;
        if (kind == FileKind::Schemes)
            m_schemes = written;
        else if (kind == FileKind::Outcomes)
            m_figures = written;
        if (m_hook && !m_hook(kind)) {
            m_error = tr("Cannot write %1: the export was stopped.").arg(temporaries->last());
            return false;
        }
    }
    return true;
}

// Every file is complete: the old ones are moved aside, the new ones into place, and the old
// ones deleted. Should a rename fail, the old files are put back.
bool CsvExporter::replaceFiles(const QString &directory, const QStringList &temporaries)
{
    const QDir dir(directory);
    QStringList finals;
    QStringList asides;
    for (const QString &name : exportedFileNames()) {
        finals.append(dir.filePath(name));
        asides.append(finals.last() + QStringLiteral(".old"));
    }
    qsizetype moved = 0;
    qsizetype placed = 0;
    bool ok = true;
    for (; ok && moved < finals.size(); ++moved) {
        QFile::remove(asides.at(moved));
        ok = !QFile::exists(finals.at(moved)) || QFile::rename(finals.at(moved), asides.at(moved));
    }
    for (; ok && placed < finals.size(); ++placed)
        ok = QFile::rename(temporaries.at(placed), finals.at(placed));
    if (!ok) {
        m_error = tr("Cannot replace the files in %1; the earlier files are kept.")
                      .arg(QDir::toNativeSeparators(directory));
        for (qsizetype i = 0; i < placed; ++i)
            QFile::rename(finals.at(i), temporaries.at(i));
        for (qsizetype i = 0; i < finals.size(); ++i) {
            if (QFile::exists(asides.at(i)) && !QFile::exists(finals.at(i)))
                QFile::rename(asides.at(i), finals.at(i));
        }
        return false;
    }
    for (const QString &aside : asides)
        QFile::remove(aside);
    return true;
}

// The attachments' folder first: should the files then fail, it is put back.
bool CsvExporter::replaceAll(
    const QString &directory, const QStringList &temporaries, AttachmentFiles &attachments)
{
    if (!attachments.moveIntoPlace()) {
        m_error = attachments.errorString();
        return false;
    }
    if (!replaceFiles(directory, temporaries)) {
        attachments.restore();
        return false;
    }
    attachments.finish();
    return true;
}

bool CsvExporter::exportTo(const QString &directory)
{
    m_error.clear();
    if (!QDir(directory).exists() && !QDir().mkpath(directory)) {
        m_error = tr("Cannot create the folder %1.").arg(directory);
        return false;
    }
    // Reading does not change the register: the snapshot is a read transaction.
    auto &db = const_cast<Database &>(m_db);
    if (!db.beginSnapshot()) {
        m_error = tr("Cannot read the database: %1").arg(m_db.errorString());
        return false;
    }
    m_inSnapshot = true;
    QStringList temporaries;
    AttachmentFiles attachments(m_db, m_attachmentFolder);
    bool ok = writeAll(directory, &temporaries);
    if (ok && !attachments.writeTemporary(directory)) {
        m_error = attachments.errorString();
        ok = false;
    }
    db.endSnapshot();
    m_inSnapshot = false;
    m_snapshotSchemes.reset();
    if (ok && m_hook && !m_hook(std::nullopt)) {
        m_error = tr("Cannot replace the files in %1; the earlier files are kept.")
                      .arg(QDir::toNativeSeparators(directory));
        ok = false;
    }
    ok = ok && replaceAll(directory, temporaries, attachments);
    if (!ok) {
        for (const QString &temporary : temporaries)
            QFile::remove(temporary);
        attachments.discard();
    }
    return ok;
}

} // namespace opcc
