// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "domain/validator.h"
#include "foi/foirequest.h"
#include "interchange/importsummary.h"
#include "interchange/interchangeformat.h"
#include "interchange/spreadsheetvalues.h"
#include "storage/database.h"
#include "storage/figurewriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>

namespace opcc {

class IndexSuspension;
class RecordSource;
struct CsvRecord;

// Imports interchange CSV files all or nothing: every file is read and every row validated and
// written inside one transaction, which commits only if no row of any file had an error (and
// never in preview, which reports what would happen). Schemes come before the figures that
// refer to them whatever order the files are given in.
class CsvImporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    enum class Mode { Preview, Write };
    // Called every few hundred rows with bytes read and bytes in all; return false to cancel.
    using ProgressHandler = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int maxErrors = 100;

    explicit CsvImporter(Database &db);
    ~CsvImporter();

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    // A written import keeps what it changed in its summary's `changes`, for Edit > Undo.
    void setRecordChanges(bool record) { m_recordChanges = record; }
    // Paths may be resource paths (":/dataset/schemes.csv"). Messages name files as given.
    ImportSummary run(const QStringList &paths, Mode mode);

    // Which indexes an import leaves out and makes again at its end (IndexSuspension), by the
    // rows its files hold (told from their sizes) and what the register holds:
    // - the schemes' and documents' full-text triggers (Kind::Search), whose rebuild grows with
    //   the register's schemes: for schemes, details and documents of a fiftieth of the
    //   register's schemes or more;
    static bool rebuildsSearchIndex(qint64 schemeRows, qint64 schemes);
    // - the figures' full-text trigger (Kind::FigureSearch), the new figures indexed in one
    //   statement: for a thousand figure rows or more, whatever the register's size;
    static bool indexesNewFiguresAtTheEnd(qint64 figureRows);
    // - the figure table's indexes by measure and by document (Kind::Figures): for at least twice
    //   the figures the register holds, a new register's above all.
    static bool rebuildsFigureIndexes(qint64 figureRows, qint64 figures);

private:
    struct Input;
    class Row;
    bool openInputs(const QStringList &paths, std::vector<std::unique_ptr<Input>> &inputs);
    bool openCsv(const QString &path, std::vector<std::unique_ptr<Input>> &inputs);
    bool openWorkbook(const QString &path, bool ods, std::vector<std::unique_ptr<Input>> &inputs);
    bool checkSeparator(const Input &input, const CsvRecord &header);
    bool readHeader(Input &input);
    // Leaves out the indexes the rules below choose for these files (their headers read) and
    // this register; false (indexes.errorString()) when one could not be.
    bool leaveIndexesOut(
        const std::vector<std::unique_ptr<Input>> &inputs, IndexSuspension &indexes);
    bool checkWidth(const Input &input, const CsvRecord &record);
    bool importRows(Input &input);
    bool importArea(const Row &row);
    bool importMeasure(const Row &row);
    bool importOrganisation(const Row &row);
    bool importSource(const Row &row);
    bool importAttachment(const Row &row);
    bool readAttachment(const Row &row, QByteArray *content);
    bool importScheme(const Row &row);
    bool importDetails(const Row &row);
    bool importFigure(const Row &row);
    bool importFoiRequest(const Row &row);
    bool importFoiTime(const Row &row);
    void finishFoiTime(const QString &file);
    void loadFoiRequests();
    bool foiDay(const Row &row, const char *column, QDate *day);
    bool foiKeys(const Row &row, FoiRequest &request);
    bool foiSchemes(const Row &row, FoiRequest &request);
    void finishFigures(const QString &file);
    void addDuplicateErrors(
        const QString &file, const std::vector<FigureWriter::Duplicate> &duplicates);
    const Figure *storedFigure(qint64 scheme, qint64 measure, const PartialDate &start,
        const PartialDate &end, Per per, bool baseline);
    void mergeStoredFigure(const Row &row, qint64 scheme, qint64 measure,
        const spreadsheet::DateCell period[2], Figure &figure);
    void loadLookups();
    bool addError(const QString &file, int line, const QString &column, const QString &message);
    // A row that brings a new area or measure (column "area" or "measure") where the user may
    // not add one (m_lookupsLocked): refused, and said at the first row that brings it.
    bool refuseNewLookup(const Row &row, const char *column, const QString &name);
    // The same for a change to an area or measure already there (its columns `changed`, as the
    // file names them), which the server's grants keep for an administrator.
    bool refuseLookupChange(
        const Row &row, const char *column, const QString &name, const QStringList &changed);
    bool databaseError(const Row &row);
    // The database failed to write the row at file:line; stops the import.
    void refusedRow(const QString &file, int line);
    // Marks the summary when the last failure was the database's (locked, read-only, ...).
    void noteDatabaseFault();
    bool reportProgress();
    bool auditSchemes(const QStringList &paths, const QSet<qint64> &schemes);
    QString canonicalArea(const QString &name);
    QString canonicalOrganisation(const QString &name);
    std::optional<qint64> schemeFor(const Row &row, const char *nameColumn);
    std::optional<Decimal> parseAmount(
        const Row &row, const char *column, std::optional<Unit> unit, bool *ok);
    enum class Change { Added, Updated, Unchanged };
    // A scheme this import touched; `line` is that of its row in a schemes file (0 for others).
    void noteScheme(qint64 id, Change change, int line = 0);
    void noteSource(const QString &title);
    void countSchemes();

    Database &m_db;
    // While an outcomes file is read, its figures are written on this writer's thread; the
    // importer then makes no other use of the database.
    std::unique_ptr<FigureWriter> m_writer;
    ProgressHandler m_progress;
    ImportSummary m_summary;
    bool m_stopped = false;
    bool m_recordChanges = false;
    qint64 m_totalBytes = 0;
    qint64 m_bytesBefore = 0; // bytes of the files already read
    int m_rowsSinceProgress = 0;
    Input *m_current = nullptr;

    QHash<QByteArray, qint64> m_schemeIds; // SchemeStore::indexKey -> id
    QHash<QString, QString> m_areaNames; // case-folded -> as stored
    QHash<QString, Area> m_areas; // case-folded name -> area
    QHash<QString, QString> m_organisationNames;
    QHash<QString, Measure> m_measures; // key -> measure
    QHash<QString, SourceDocument> m_sources; // title -> document
    QSet<QString> m_sourcesNoted; // new titles named by schemes, not given in a sources file
    // On a server register where the user may change schemes but not areas or measures (an
    // editor): a row that brings a new one is refused as the input's fault, naming it, rather
    // than the whole import failing at the server's refusal.
    bool m_lookupsLocked = false;
    QSet<QString> m_refusedLookups; // column and case-folded name, said once each
    QHash<QByteArray, int> m_rejectedSchemes; // scheme rows with errors (index key) -> line
    // The figures this import wrote, for its duplicate check (made by run()).
    std::unique_ptr<WrittenFigures> m_written;
    QHash<FigureIdentity, Figure> m_storedFigures; // read when first needed
    RecordContext m_figureContext; // the unit of each measure a figure row named
    bool m_storedFiguresLoaded = false;
    // The schemes this import touched, by id, with the line of their row in a schemes file (0
    // when only other files name them), and in the order first seen. Ids, not names: a national
    // register's import touches 50,000 schemes; the summary's few names are read at the end.
    struct SchemeTouch
    {
        Change change = Change::Unchanged;
        int line = 0;
    };
    QHash<qint64, SchemeTouch> m_schemeChanges;
    QList<qint64> m_schemeOrder;
    // The scheme of the previous figure row, by the name and area as written: figures come in
    // runs of one scheme.
    QString m_lastSchemeName;
    QString m_lastSchemeArea;
    qint64 m_lastSchemeId = 0;
    // The FOI register, by case-folded reference: read when a file of it is first met.
    QHash<QString, FoiRequest> m_foiRequests;
    bool m_foiLoaded = false;
    QHash<QString, int> m_foiLines; // request rows of this import -> line
    QHash<QString, QList<FoiTimeEntry>> m_foiTime; // the time logs foi_time.csv gives
};

} // namespace opcc
