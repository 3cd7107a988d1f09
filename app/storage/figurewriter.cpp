// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// FigureWriter: the figures of an import written on a thread of their own, on the prepared
// QSqlQuery statements of RowWriter (prepared on the connection's own thread when the writer is
// made; the writer's thread only binds and runs them).
//
// An import's time is split about evenly between reading and checking rows (this process's own
// code) and SQLite storing them; the writer lets the two overlap on a machine with two cores.
// While a writer exists its thread is the only user of the connection (the caller promises not
// to use the Database), so SQLite's per-connection state such as sqlite3_changes() is its own.

#include "storage/figurewriter.h"

#include "storage/database.h"
#include "storage/lookupids.h"
#include "storage/rowwriter.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace opcc {

namespace {

constexpr std::size_t batchSize = 256; // items handed over at once
constexpr std::size_t maxQueued = 16; // batches waiting, bounding memory
// Figures a statement on a server: one round trip for all of them. bench_server's import of
// 200,000 figures over loopback took 77 s one statement a figure; about 1,000 a statement keeps
// the arrays a few hundred kilobytes.
constexpr std::size_t serverBatchSize = 1000;

} // namespace

// ---- WrittenFigures

WrittenFigures::WrittenFigures() = default;
WrittenFigures::~WrittenFigures() = default;

int WrittenFigures::tagOf(qint64 id) const
{
    if (!m_lastIdBefore)
        return 0;
    if (id <= *m_lastIdBefore)
        return id < qint64(m_storedTags.size()) ? m_storedTags[std::size_t(id)] : 0;
    // The run that begins at or before id.
    auto run = std::upper_bound(m_runs.cbegin(), m_runs.cend(), id,
        [](qint64 wanted, const Run &r) { return wanted < r.firstId; });
    if (run == m_runs.cbegin())
        return 0;
    --run;
    return id < run->firstId + run->count ? run->firstTag + int(id - run->firstId) : 0;
}

void WrittenFigures::noteInserted(qint64 id, int tag)
{
    if (!m_runs.empty()) {
        Run &last = m_runs.back();
        if (id == last.firstId + last.count && tag == last.firstTag + last.count) {
            ++last.count;
            return;
        }
    }
    m_runs.push_back({ id, tag, 1 });
}

void WrittenFigures::noteUpdated(qint64 id, int tag)
{
    if (!m_lastIdBefore || id > *m_lastIdBefore)
        return;
    if (m_storedTags.empty())
        m_storedTags.assign(std::size_t(*m_lastIdBefore) + 1, 0);
    m_storedTags[std::size_t(id)] = tag;
}

int WrittenFigures::earlierOnServer(const Figure &figure, qint64 measure, int tag)
{
    const auto identity = FigureIdentity::of(figure.schemeId, measure, figure.periodStart,
        figure.periodEnd, figure.per, figure.baseline);
    const auto earlier = m_serverTags.constFind(identity);
    if (earlier != m_serverTags.cend())
        return *earlier;
    m_serverTags.insert(identity, tag);
    return 0;
}

// ---- FigureWriter

struct FigureWriter::Item
{
    std::optional<Measure> measure; // a measure to create, or else the figure
    Figure figure;
    int tag = 0;
};

struct FigureWriter::ServerRow
{
    Figure figure;
    int tag = 0;
    qint64 measure = 0;
    std::optional<qint64> source;
};

struct FigureWriter::Shared
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::vector<Item>> queue;
    bool closed = false; // nothing more will be queued
    bool abandoned = false; // drop what is queued
    bool failed = false;
    std::thread thread;
    // pause(): the writer stops between two items and the caller may use the connection.
    std::atomic<bool> pauseRequested { false };
    std::atomic<bool> busy { false }; // the writer is using the connection
};

FigureWriter::FigureWriter(Database &db, WrittenFigures &written)
    : m_db(db)
    , m_written(written)
    , m_shared(std::make_unique<Shared>())
{
    // Fill the id caches here, with this thread's queries: the writer only reads them and adds
    // what it creates.
    if (!m_db.ids().fillFigureCaches())
        m_writeFailed = true; // reported by finish(); nothing is written
    m_synchronous = m_db.isServer();
    if (m_synchronous) {
        m_shared->failed = m_writeFailed;
        return;
    }
    m_db.rows().prepareUpsertStatements();
    if (!m_written.m_lastIdBefore) {
        m_written.m_lastIdBefore = m_db.rows().lastFigureId();
        if (!m_written.m_lastIdBefore)
            m_writeFailed = true;
    }
    m_batch.reserve(batchSize);
    m_shared->thread = std::thread([this] { work(); });
}

FigureWriter::~FigureWriter()
{
    if (!m_finished) {
        abandon();
        finish();
    }
}

void FigureWriter::push(Item &&item)
{
    if (m_synchronous) {
        if (!m_shared->failed && !m_abandoned && !queueOnServer(std::move(item)))
            m_shared->failed = true;
        return;
    }
    m_batch.push_back(std::move(item));
    if (m_batch.size() < batchSize)
        return;
    std::unique_lock lock(m_shared->mutex);
    m_shared->changed.wait(lock, [this] {
        return m_shared->queue.size() < maxQueued || m_shared->failed || m_shared->abandoned;
    });
    if (!m_shared->failed && !m_shared->abandoned)
        m_shared->queue.push_back(std::move(m_batch));
    m_batch = {};
    m_batch.reserve(batchSize);
    lock.unlock();
    m_shared->changed.notify_all();
}

void FigureWriter::addMeasure(const Measure &measure)
{
    Item item;
    item.measure = measure;
    push(std::move(item));
}

void FigureWriter::addFigure(const Figure &figure, int tag)
{
    Item item;
    item.figure = figure;
    item.tag = tag;
    push(std::move(item));
}

bool FigureWriter::failed() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->failed;
}

void FigureWriter::pause()
{
    if (m_synchronous) {
        // What is queued is written first, so that the caller sees the connection as it is.
        if (!m_shared->failed && !m_abandoned && !flushOnServer())
            m_shared->failed = true;
        return;
    }
    m_shared->pauseRequested.store(true);
    std::unique_lock lock(m_shared->mutex);
    m_shared->changed.wait(lock, [this] { return !m_shared->busy.load(); });
}

void FigureWriter::resume()
{
    if (m_synchronous)
        return;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->pauseRequested.store(false);
    }
    m_shared->changed.notify_all();
}

void FigureWriter::abandon()
{
    m_abandoned = true;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->abandoned = true;
        m_shared->queue.clear();
    }
    m_batch.clear();
    m_serverBatch.clear();
    m_shared->changed.notify_all();
}

bool FigureWriter::finish()
{
    if (m_finished)
        return !m_writeFailed;
    if (m_synchronous && !m_shared->failed && !m_abandoned && !flushOnServer())
        m_shared->failed = true;
    {
        std::lock_guard lock(m_shared->mutex);
        if (!m_batch.empty() && !m_shared->failed && !m_shared->abandoned)
            m_shared->queue.push_back(std::move(m_batch));
        m_shared->closed = true;
    }
    m_shared->changed.notify_all();
    if (m_shared->thread.joinable())
        m_shared->thread.join();
    m_finished = true;
    if (m_inserted + m_updated > 0) {
        // Too many to list one by one: listeners read the figures again.
        m_db.m_wroteInTransaction = true;
        m_db.m_changes.allFigures = true;
        m_db.m_changes.lookups = true; // measures and documents it may have made
    }
    return !m_writeFailed; // the Database has recorded why
}

void FigureWriter::work()
{
    if (m_writeFailed) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->failed = true;
        m_shared->changed.notify_all();
        return;
    }
    for (;;) {
        std::vector<Item> batch;
        {
            std::unique_lock lock(m_shared->mutex);
            m_shared->changed.wait(lock, [this] {
                return !m_shared->queue.empty() || m_shared->closed || m_shared->abandoned;
            });
            if (m_shared->queue.empty() || m_shared->abandoned)
                return;
            batch = std::move(m_shared->queue.front());
            m_shared->queue.pop_front();
        }
        m_shared->changed.notify_all();
        // After the batch's last item, the new figures still gathered (flushNew()), before the
        // batch they point into goes.
        for (std::size_t next = 0; next <= batch.size(); ++next) {
            // Busy first, then look for a pause: pause() sets its flag first, then waits for
            // busy to clear, so one of the two always sees the other.
            for (;;) {
                m_shared->busy.store(true);
                if (!m_shared->pauseRequested.load())
                    break;
                std::unique_lock lock(m_shared->mutex);
                m_shared->busy.store(false);
                m_shared->changed.notify_all();
                m_shared->changed.wait(lock, [this] { return !m_shared->pauseRequested.load(); });
            }
            const bool written = next < batch.size() ? write(batch[next]) : flushNew();
            m_shared->busy.store(false);
            if (m_shared->pauseRequested.load()) {
                std::lock_guard lock(m_shared->mutex);
                m_shared->changed.notify_all();
            }
            if (!written) {
                m_new.clear(); // it points into the batch, which goes now
                std::lock_guard lock(m_shared->mutex);
                m_shared->failed = true;
                m_shared->queue.clear();
                m_shared->changed.notify_all();
                return;
            }
        }
    }
}

// On the writer's thread (or, on a server, the caller's): the prepared statements and the id
// caches only.
bool FigureWriter::write(const Item &item)
{
    if (item.measure) {
        if (!flushNew())
            return false;
        const auto id = m_db.rows().insertMeasureRow(*item.measure);
        if (!id)
            return failAt(item.tag);
        m_db.ids().noteMeasure(item.measure->key, *id);
        return true;
    }
    qint64 measure = 0;
    if (!resolveMeasure(item.figure, &measure))
        return failAt(item.tag);
    std::optional<qint64> source;
    if (!resolveSource(item.figure, &source))
        return failAt(item.tag);
    // New figures go many to a statement (flushNew()) while the figures written before were new
    // (a new register's import, or new periods): a batch with a stored figure in it costs a
    // lookup of each of its figures. Otherwise one at a time, each tried as new and looked up
    // when its identity was stored, or looked up first after a figure that was stored (a file
    // imported again).
    if (m_newInARow >= RowWriter::newFigureBatch) {
        m_new.push_back({ &item, measure, source });
        return m_new.size() < RowWriter::newFigureBatch || flushNew();
    }
    return writeOne(item, measure, source);
}

bool FigureWriter::writeOne(const Item &item, qint64 measure, std::optional<qint64> source)
{
    RowWriter::StoredFigure stored;
    if (m_newInARow == 0 && !findStored(item, measure, source, &stored))
        return failAt(item.tag);
    if (stored.id == 0) {
        const auto id = m_db.rows().insertNewFigure(item.figure, measure, source);
        if (!id)
            return failAt(item.tag);
        if (*id != 0) {
            noteNew(*id, item.tag);
            return true;
        }
        // Its identity is in the table: stored before, or written by this import.
        if (!findStored(item, measure, source, &stored))
            return failAt(item.tag);
    }
    return settleStored(item, stored, source);
}

// The figure's identity was found stored (stored.id): a figure this import wrote before (a
// duplicate), or one the register had, updated where it differs.
bool FigureWriter::settleStored(
    const Item &item, RowWriter::StoredFigure stored, std::optional<qint64> source)
{
    if (stored.id == 0) {
        m_db.fail(Database::Failure::QueryFailed,
            Database::tr("A figure conflicted with one that could not be found."));
        return failAt(item.tag);
    }
    m_newInARow = 0;
    if (const int earlier = m_written.tagOf(stored.id)) {
        m_duplicates.push_back({ item.tag, earlier });
        return true;
    }
    m_written.noteUpdated(stored.id, item.tag);
    if (!stored.differs) {
        count(Database::Upsert::Unchanged);
        return true;
    }
    if (!m_db.rows().updateFigureFields(stored.id, item.figure, source, stored.textsDiffer))
        return failAt(item.tag);
    count(Database::Upsert::Updated);
    return true;
}

// The new figures gathered by write(): a full batch in one statement. When all went in, their
// ids follow each other. When some identities were stored, each figure's stored row says
// whether this statement inserted it (an id above those before it, not yet noted: a later
// figure of the batch with the same identity finds it noted and is a duplicate) or it was there
// before. When the statement was refused, the figures go again one at a time, so that the
// failure names its figure. A part batch (the end of a queued batch) goes one at a time too.
bool FigureWriter::flushNew()
{
    if (m_new.empty())
        return true;
    std::vector<NewFigure> batch = std::move(m_new);
    m_new.clear();
    if (batch.size() == RowWriter::newFigureBatch) {
        std::vector<RowWriter::ResolvedFigure> figures;
        figures.reserve(batch.size());
        for (const NewFigure &figure : batch)
            figures.push_back({ &figure.item->figure, figure.measure, figure.source });
        if (const auto done = m_db.rows().insertNewFigures(figures)) {
            ++m_batches;
            const std::size_t inserted = std::size_t(done->inserted);
            if (inserted == batch.size()) {
                qint64 id = done->lastId - qint64(inserted) + 1;
                for (const NewFigure &figure : batch)
                    noteNew(id++, figure.item->tag);
                return true;
            }
            const qint64 lastBefore = inserted > 0 ? done->lastId - qint64(inserted)
                                                   : std::numeric_limits<qint64>::max();
            for (const NewFigure &figure : batch) {
                RowWriter::StoredFigure stored;
                if (!findStored(*figure.item, figure.measure, figure.source, &stored))
                    return failAt(figure.item->tag);
                if (stored.id > lastBefore && m_written.tagOf(stored.id) == 0)
                    noteNew(stored.id, figure.item->tag);
                else if (!settleStored(*figure.item, stored, figure.source))
                    return false;
            }
            return true;
        }
        m_db.clearError(); // the figure refused fails again below, and is named
    }
    for (const NewFigure &figure : batch) {
        if (!writeOne(*figure.item, figure.measure, figure.source))
            return false;
    }
    return true;
}

// A figure this writer inserted, with the id it took.
void FigureWriter::noteNew(qint64 id, int tag)
{
    m_written.noteInserted(id, tag);
    ++m_newInARow;
    count(Database::Upsert::Inserted);
}

bool FigureWriter::findStored(
    const Item &item, qint64 measure, std::optional<qint64> source, RowWriter::StoredFigure *found)
{
    const auto stored = m_db.rows().storedFigure(item.figure, measure, source);
    if (!stored)
        return false;
    *found = *stored;
    return true;
}

bool FigureWriter::failAt(int tag)
{
    m_writeFailed = true;
    m_failedTag = tag;
    return false;
}

// The figure's measure id from the cache; false with the failure recorded.
bool FigureWriter::resolveMeasure(const Figure &figure, qint64 *measure)
{
    const auto known = m_db.ids().knownMeasure(figure.measure);
    if (!known) {
        m_db.fail(Database::Failure::NotFound,
            Database::tr("There is no measure \"%1\".").arg(figure.measure));
        return false;
    }
    *measure = *known;
    return true;
}

// The figure's source document's id from the cache, made when new; false with the failure
// recorded.
bool FigureWriter::resolveSource(const Figure &figure, std::optional<qint64> *source)
{
    source->reset();
    if (figure.source.isEmpty())
        return true;
    const auto document = m_db.ids().knownSource(figure.source);
    if (document) {
        *source = *document;
        return true;
    }
    *source = m_db.rows().insertSourceRow(figure.source);
    if (!*source)
        return false;
    m_db.ids().noteSource(figure.source, **source);
    return true;
}

void FigureWriter::count(Database::Upsert outcome)
{
    ++(outcome == Database::Upsert::Inserted       ? m_inserted
            : outcome == Database::Upsert::Updated ? m_updated
                                                   : m_unchanged);
}

// On a server, on the caller's thread: a new measure is written at once (after the figures
// queued before it); a figure is resolved to its ids and queued, the queue written when full.
bool FigureWriter::queueOnServer(Item &&item)
{
    if (item.measure)
        return flushOnServer() && write(item);
    ServerRow row;
    row.tag = item.tag;
    if (!resolveMeasure(item.figure, &row.measure))
        return failAt(item.tag);
    if (const int earlier = m_written.earlierOnServer(item.figure, row.measure, item.tag)) {
        m_duplicates.push_back({ item.tag, earlier });
        return true;
    }
    if (!resolveSource(item.figure, &row.source))
        return failAt(item.tag);
    row.figure = std::move(item.figure);
    m_serverBatch.push_back(std::move(row));
    return m_serverBatch.size() < serverBatchSize || flushOnServer();
}

// The queued figures in one statement. When the server refuses it, the transaction can write
// nothing more (the import fails whole), so the failure names the lines of the batch and gives
// the server's words, which name the value refused. Written again one at a time inside a
// savepoint, the figures would name their line, but rows a subtransaction inserts are not the
// import's own to the undo journal (ChangeRecorder::noteServerRange() finds them by the
// inserting transaction), and a savepoint for every batch would be paid by every import.
bool FigureWriter::flushOnServer()
{
    if (m_serverBatch.empty())
        return true;
    std::vector<RowWriter::ResolvedFigure> rows;
    rows.reserve(m_serverBatch.size());
    for (const ServerRow &row : m_serverBatch)
        rows.push_back({ &row.figure, row.measure, row.source });
    const auto counts = m_db.rows().upsertFiguresOnServer(rows);
    const int first = m_serverBatch.front().tag;
    const int last = m_serverBatch.back().tag;
    const int size = int(m_serverBatch.size());
    m_serverBatch.clear();
    if (!counts) {
        if (!Database::isDatabaseFault(m_db.lastFailure()))
            m_db.fail(m_db.lastFailure(),
                Database::tr("one of the figures of lines %1 to %2 (sent to the server %3 at a "
                             "time): %4")
                    .arg(first)
                    .arg(last)
                    .arg(serverBatchSize)
                    .arg(m_db.errorString()));
        return failAt(first);
    }
    m_inserted += counts->first;
    m_updated += counts->second;
    m_unchanged += size - counts->first - counts->second;
    return true;
}

} // namespace opcc
