// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/csvimporter.h"

#include "interchange/csvreader.h"
#include "interchange/importrow.h"
#include "storage/auditstore.h"
#include "storage/browsestore.h"
#include "storage/changerecorder.h"
#include "storage/database.h"
#include "storage/figurewriter.h"
#include "storage/indexsuspension.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"
#include "storage/serveraccess.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace opcc {

using interchange::FileKind;

CsvImporter::CsvImporter(Database &db)
    : m_db(db)
{ }

CsvImporter::~CsvImporter() = default;

bool CsvImporter::addError(
    const QString &file, int line, const QString &column, const QString &message)
{
    if (m_summary.errors.size() >= maxErrors) {
        m_summary.errorsTruncated = true;
        m_stopped = true;
        return false;
    }
    m_summary.errors.append({ file, line, column, message });
    return false;
}

bool CsvImporter::refuseNewLookup(const Row &row, const char *column, const QString &name)
{
    const QString label = QString::fromLatin1(column);
    if (m_refusedLookups.contains(label + QLatin1Char(':') + name.toCaseFolded()))
        return false; // said at its first row; the import stops short of writing anyway
    m_refusedLookups.insert(label + QLatin1Char(':') + name.toCaseFolded());
    return addError(row.file(), row.line(), label,
        label == QLatin1String("area")
            ? tr("\"%1\" is a new area; only a register administrator may add one").arg(name)
            : tr("\"%1\" is a new measure; only a register administrator may add one").arg(name));
}

bool CsvImporter::refuseLookupChange(
    const Row &row, const char *column, const QString &name, const QStringList &changed)
{
    const QString label = QString::fromLatin1(column);
    const QString said = label + QStringLiteral("-change:") + name.toCaseFolded();
    if (m_refusedLookups.contains(said))
        return false; // said at its first row, as a new one is
    m_refusedLookups.insert(said);
    // The columns as the file names them, which the officer corrects (or leaves out).
    const QString columns = changed.join(QStringLiteral(", "));
    return addError(row.file(), row.line(), changed.value(0, label),
        label == QLatin1String("area")
            ? tr("\"%1\" is an area already in the register; only a register administrator may "
                 "change its %2")
                  .arg(name, columns)
            : tr("\"%1\" is a measure already in the register; only a register administrator "
                 "may change its %2")
                  .arg(name, columns));
}

bool CsvImporter::databaseError(const Row &row)
{
    refusedRow(row.file(), row.line());
    return false;
}

void CsvImporter::refusedRow(const QString &file, int line)
{
    if (Database::isDatabaseFault(m_db.lastFailure())) {
        // The database's fault (full, locked, read-only, damaged), not the row's: said without
        // the FILE:LINE: column: form that asks for the input to be corrected.
        addError(QString(), 0, QString(),
            tr("The database failed while line %1 of %2 was written: %3")
                .arg(line)
                .arg(QFileInfo(file).fileName(), m_db.errorString()));
    } else {
        addError(file, line, QStringLiteral("-"),
            tr("the database refused the row: %1").arg(m_db.errorString()));
    }
    m_stopped = true; // the transaction may be unusable now
    noteDatabaseFault();
}

void CsvImporter::noteDatabaseFault()
{
    if (m_db.hasReadError() || Database::isDatabaseFault(m_db.lastFailure()))
        m_summary.databaseFault = true;
}

bool CsvImporter::reportProgress()
{
    if (!m_progress || ++m_rowsSinceProgress < 500)
        return true;
    m_rowsSinceProgress = 0;
    const qint64 done = m_bytesBefore + (m_current ? m_current->reader->bytesRead() : 0);
    // The handler may let the window use the database: the figure writer waits meanwhile.
    if (m_writer)
        m_writer->pause();
    const bool goOn = m_progress(done, m_totalBytes);
    if (m_writer)
        m_writer->resume();
    if (!goOn) {
        m_summary.cancelled = true;
        m_stopped = true;
        return false;
    }
    return true;
}

void CsvImporter::loadLookups()
{
    // One query on a server; a file's user may add anything. A user who may not write at all
    // is told so by the first write.
    m_lookupsLocked
        = m_db.isServer() && !m_db.isReadOnly() && !ServerAccess::of(m_db).mayAdminister();
    m_schemeIds = SchemeStore::reader(m_db).index();
    for (const Area &area : LookupStore::reader(m_db).areas()) {
        m_areaNames.insert(area.name.toCaseFolded(), area.name);
        m_areas.insert(area.name.toCaseFolded(), area);
    }
    for (const QString &name : LookupStore::reader(m_db).organisationNames())
        m_organisationNames.insert(name.toCaseFolded(), name);
    for (const Measure &measure : LookupStore::reader(m_db).measures())
        m_measures.insert(measure.key, measure);
    for (const SourceDocument &source : LookupStore::reader(m_db).sources())
        m_sources.insert(source.title, source);
}

QString CsvImporter::canonicalArea(const QString &name)
{
    const QString folded = name.toCaseFolded();
    const auto it = m_areaNames.constFind(folded);
    if (it != m_areaNames.cend())
        return *it;
    m_areaNames.insert(folded, name);
    m_summary.areasCreated.append(name);
    return name;
}

QString CsvImporter::canonicalOrganisation(const QString &name)
{
    const QString folded = name.toCaseFolded();
    const auto it = m_organisationNames.constFind(folded);
    if (it != m_organisationNames.cend())
        return *it;
    m_organisationNames.insert(folded, name);
    return name;
}

bool CsvImporter::readHeader(Input &input)
{
    CsvRecord header;
    if (!input.reader->next(header)) {
        if (input.reader->hasError())
            return addError(input.name, input.reader->errorLine(), QStringLiteral("-"),
                input.reader->errorString());
        return addError(
            input.name, 1, QStringLiteral("-"), tr("the file is empty; it needs a header row"));
    }
    if (!checkSeparator(input, header))
        return false;
    QStringList names;
    for (const QString &field : header.fields)
        names.append(field.trimmed().toLower());
    // Spreadsheets write empty columns after the last one: no name, no values.
    while (!names.isEmpty() && names.last().isEmpty())
        names.removeLast();
    input.width = int(names.size());
    input.kind = interchange::kindFromHeader(names);
    if (!input.kind) {
        return addError(input.name, header.line, QStringLiteral("-"),
            tr("cannot tell what the file holds: a schemes file needs the columns "
               "%1; an outcomes file needs %2")
                .arg(QStringLiteral("name, area, strand"),
                    QStringLiteral("scheme, area, measure, value")));
    }
    const QStringList known = interchange::columnNames(*input.kind);
    for (const auto &spec : interchange::columns(*input.kind))
        input.columns.push_back({ spec.name, -1, spec.text, spec.required });
    input.header = names;
    bool ok = true;
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        Input::Column *column = input.columnNamed(name);
        if (name.isEmpty()) {
            ok = addError(
                input.name, header.line, tr("column %1").arg(i + 1), tr("the column has no name"));
        } else if (!column) {
            ok = addError(input.name, header.line, name,
                tr("unknown column for %1; its columns are: %2")
                    .arg(interchange::kindName(*input.kind), known.join(QStringLiteral(", "))));
        } else if (column->index >= 0) {
            ok = addError(input.name, header.line, name, tr("the column appears twice"));
        } else {
            column->index = i;
        }
    }
    for (const Input::Column &column : input.columns) {
        if (column.index < 0 && column.required)
            ok = addError(input.name, header.line, QString::fromLatin1(column.name),
                tr("required column is missing from the header"));
    }
    input.usable = ok;
    return ok;
}

bool CsvImporter::checkWidth(const Input &input, const CsvRecord &record)
{
    // Spreadsheets pad rows with empty fields; a short row, or text beyond the header, is an
    // error that names the first column concerned.
    const auto count = record.fields.size();
    if (count < input.width) {
        return addError(input.name, record.line, input.header.value(int(count)),
            tr("the row has %1 fields but the header has %2 columns; is a comma "
               "missing, or a quote?")
                .arg(count)
                .arg(input.width));
    }
    for (qsizetype i = input.width; i < count; ++i) {
        if (!record.fields.at(i).trimmed().isEmpty())
            return addError(input.name, record.line, tr("column %1").arg(i + 1),
                tr("the row has text beyond the header's %1 columns; is a field "
                   "with a comma missing its quotes?")
                    .arg(input.width));
    }
    return true;
}

bool CsvImporter::importRows(Input &input)
{
    m_current = &input;
    if (input.kind == FileKind::Outcomes) {
        // Figures are stored on the writer's thread while this one reads on.
        m_writer = std::make_unique<FigureWriter>(m_db, *m_written);
    }
    // A new scheme's links go a thousand to a statement on a server (SchemeStore::deferLinks()).
    const bool deferLinks = input.kind == FileKind::Schemes;
    SchemeStore(m_db).deferLinks(deferLinks);
    CsvRecord record;
    int lastLine = 0;
    while (!m_stopped && input.reader->next(record)) {
        lastLine = record.line;
        if (!reportProgress())
            break;
        if (!checkWidth(input, record))
            continue;
        const Row row(input, record);
        switch (*input.kind) {
        case FileKind::Sources:
            importSource(row);
            break;
        case FileKind::Attachments:
            importAttachment(row);
            break;
        case FileKind::Schemes:
            importScheme(row);
            break;
        case FileKind::Details:
            importDetails(row);
            break;
        case FileKind::Outcomes:
            importFigure(row);
            break;
        case FileKind::Areas:
            importArea(row);
            break;
        case FileKind::Measures:
            importMeasure(row);
            break;
        case FileKind::Organisations:
            importOrganisation(row);
            break;
        case FileKind::FoiRequests:
            importFoiRequest(row);
            break;
        case FileKind::FoiTime:
            importFoiTime(row);
            break;
        }
    }
    if (deferLinks && !m_stopped && !SchemeStore(m_db).flushLinks())
        refusedRow(input.name, lastLine);
    SchemeStore(m_db).deferLinks(false);
    finishFigures(input.name);
    if (input.kind == FileKind::FoiTime)
        finishFoiTime(input.name);
    if (input.reader->hasError())
        addError(input.name, input.reader->errorLine(), QStringLiteral("-"),
            input.reader->errorString());
    m_bytesBefore += input.reader->size();
    m_current = nullptr;
    return !m_stopped;
}

bool CsvImporter::auditSchemes(const QStringList &paths, const QSet<qint64> &schemes)
{
    // Each scheme's own history says that an import changed it, and from which files; the
    // import's entry says what it did as a whole.
    QList<qint64> ids(schemes.cbegin(), schemes.cend());
    std::sort(ids.begin(), ids.end());
    return AuditStore(m_db).writeEach(
        QStringLiteral("import"), QStringLiteral("scheme"), ids, ImportSummary::stepName(paths));
}

namespace {

// Bytes of a file to a row, to tell an import's size before reading it: bench_import's outcomes
// files and the generated registers' schemes files.
constexpr qint64 bytesPerFigureRow = 150;
constexpr qint64 bytesPerSchemeRow = 300;

} // namespace

ImportSummary CsvImporter::run(const QStringList &paths, Mode mode)
{
    m_summary = ImportSummary();
    m_stopped = false;
    m_written = std::make_unique<WrittenFigures>();
    std::vector<std::unique_ptr<Input>> inputs;
    m_totalBytes = 0;
    openInputs(paths, inputs);

    // All or nothing: the writes inside need no savepoints of their own. The recorder outlives
    // the transaction, so that its triggers go whether it commits or not.
    m_db.clearReadError();
    std::unique_ptr<ChangeRecorder> recorder;
    Database::Transaction transaction(m_db, Database::Transaction::Nesting::Whole);
    if (!transaction.isActive()) {
        addError(paths.value(0), 0, QStringLiteral("-"),
            tr("cannot start writing to the database: %1").arg(m_db.errorString()));
        noteDatabaseFault();
        return m_summary;
    }
    if (m_recordChanges && mode == Mode::Write)
        recorder = std::make_unique<ChangeRecorder>(m_db, ChangeRecorder::Figures::NewByRange);
    // The headers first: what each file holds decides which indexes the import leaves out.
    for (auto &input : inputs)
        readHeader(*input);
    IndexSuspension indexes(m_db);
    if (!leaveIndexesOut(inputs, indexes)) {
        addError(paths.value(0), 0, QStringLiteral("-"),
            tr("cannot prepare the indexes: %1").arg(indexes.errorString()));
        noteDatabaseFault();
        return m_summary;
    }
    loadLookups();
    if (m_db.hasReadError()) {
        addError(paths.value(0), 0, QStringLiteral("-"),
            tr("cannot read the database: %1").arg(m_db.readError()));
        m_summary.databaseFault = true;
        return m_summary;
    }

    // Schemes before the figures that refer to them, whatever the order of the files.
    for (FileKind kind : interchange::allKinds()) {
        for (auto &input : inputs) {
            if (!m_stopped && input->usable && input->kind == kind)
                importRows(*input);
        }
    }

    if (m_db.hasReadError() && !m_summary.databaseFault) {
        addError(paths.value(0), 0, QStringLiteral("-"),
            tr("cannot read the database: %1").arg(m_db.readError()));
        m_summary.databaseFault = true;
    }
    countSchemes();
    const bool commit = mode == Mode::Write && !m_summary.hasErrors() && !m_summary.cancelled
        && m_summary.changesSomething();
    if (commit) {
        const bool audited = AuditStore(m_db).write(QStringLiteral("import"),
            QStringLiteral("import"), 0, m_summary.describe(), {}, ImportSummary::filesJson(paths));
        bool noted = true;
        if (recorder) {
            m_summary.changes = recorder->changes();
            noted = auditSchemes(paths, ChangeRecorder::schemesTouched(m_db, m_summary.changes));
        }
        const bool indexed = indexes.restore();
        m_summary.written = audited && noted && indexed && transaction.commit();
        if (!m_summary.written)
            m_summary.changes.clear();
        if (!m_summary.written) {
            addError(paths.value(0), 0, QStringLiteral("-"),
                tr("the database could not save the import: %1")
                    .arg(indexed ? m_db.errorString() : indexes.errorString()));
            noteDatabaseFault();
        }
    } else {
        transaction.rollback();
    }
    return m_summary;
}

bool CsvImporter::leaveIndexesOut(
    const std::vector<std::unique_ptr<Input>> &inputs, IndexSuspension &indexes)
{
    qint64 schemeRows = 0;
    qint64 figureRows = 0;
    for (const auto &input : inputs) {
        if (!input->usable)
            continue;
        switch (*input->kind) {
        case FileKind::Schemes:
        case FileKind::Details:
        case FileKind::Sources:
            schemeRows += input->reader->size() / bytesPerSchemeRow;
            break;
        case FileKind::Outcomes:
            figureRows += input->reader->size() / bytesPerFigureRow;
            break;
        default:
            break;
        }
    }
    const BrowseStore counts(m_db);
    return (!rebuildsSearchIndex(schemeRows, counts.schemeCount())
               || indexes.suspend(IndexSuspension::Kind::Search))
        && (!indexesNewFiguresAtTheEnd(figureRows)
            || indexes.suspend(IndexSuspension::Kind::FigureSearch))
        && (!rebuildsFigureIndexes(figureRows, counts.figureCount())
            || indexes.suspend(IndexSuspension::Kind::Figures));
}

bool CsvImporter::rebuildsSearchIndex(qint64 schemeRows, qint64 schemes)
{
    // Measured on the huge register (50,000 schemes): the triggers cost some 1.8 ms a scheme
    // written with its links (each link refills the scheme's row, and each statement makes FTS5
    // write its pending terms); making the two indexes again, some 36 microseconds a scheme of
    // the register (1.8 s). The rebuild wins from a fiftieth of the register on: 2,000 schemes
    // and 200,000 figures into it took 11.7 and 12.2 s with the rebuild, 13.6 and 14.8 s with
    // the triggers.
    return schemeRows >= 100 && schemeRows * 50 >= schemes;
}

bool CsvImporter::indexesNewFiguresAtTheEnd(qint64 figureRows)
{
    // Measured with bench_import on 200,000 figures: the trigger cost some 100 microseconds a
    // figure imported, indexing them in one statement some 5, whatever the register's size.
    return figureRows >= 1000;
}

bool CsvImporter::rebuildsFigureIndexes(qint64 figureRows, qint64 figures)
{
    // callgrind, 20,000 figures into a new register: kept row by row, the two indexes cost the
    // writer some 9,200 instructions a figure imported; made again, some 5,300 a figure of the
    // register (the ones before and the ones imported). The rebuild wins once an import brings
    // more than 1.4 times the figures there are: twice, with margin.
    return figureRows >= 1000 && figureRows >= 2 * figures;
}

} // namespace opcc
