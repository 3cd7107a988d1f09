// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "storage/database.h"
#include "storage/rowwriter.h"

#include <QHash>
#include <memory>
#include <optional>
#include <vector>

namespace opcc {

class Database;

// What an import's figure writers (one an outcomes file) have written, so that a figure whose
// identity (scheme, measure, period, per and baseline) an earlier figure of the import had is
// refused, naming the earlier one's tag, in little memory at any size. On a file the figure
// table's unique index finds the figure met before, and its id says whose it is: ids above
// those the table had are the import's new figures, whose tags are kept as runs of consecutive
// ids and tags (one run for a file of new figures); a figure stored before keeps the tag that
// updated it in a table by id, made when the first is met (4 bytes a figure of the register).
// On a server, where figures go a batch at a time, the identities themselves are kept.
class WrittenFigures final
{
public:
    WrittenFigures();
    ~WrittenFigures();
    WrittenFigures(const WrittenFigures &) = delete;
    WrittenFigures &operator=(const WrittenFigures &) = delete;

private:
    friend class FigureWriter;
    struct Run
    {
        qint64 firstId;
        int firstTag;
        int count;
    };
    // The tag of the figure of this id, written by the import; 0 when it was not.
    int tagOf(qint64 id) const;
    void noteInserted(qint64 id, int tag);
    void noteUpdated(qint64 id, int tag);
    // On a server: the tag of the earlier figure with this one's identity, else 0 (and the
    // figure noted with its tag).
    int earlierOnServer(const Figure &figure, qint64 measure, int tag);

    std::optional<qint64> m_lastIdBefore; // the figure table's highest id before the import
    std::vector<Run> m_runs;
    std::vector<int> m_storedTags; // by id up to m_lastIdBefore, 0 for not written
    QHash<FigureIdentity, int> m_serverTags; // on a server: the tag of each identity
};

// The bulk writer of FigureStore: writes many figures, as FigureStore::upsert would, on a thread of
// its own while the caller goes on (parsing the next rows of an import: on two cores the two halves
// of the work overlap). Use inside a Transaction. While a writer exists the calling thread must not
// use the Database at all: the writer's thread is then the only user of the connection.
// On a server register (Database::isServer()) it writes on the caller's thread, a batch of
// figures a statement (Database::upsertFiguresOnServer), as they are added.
class FigureWriter final
{
public:
    // written is shared by the writers of one import (it outlives them).
    FigureWriter(Database &db, WrittenFigures &written);
    ~FigureWriter();
    FigureWriter(const FigureWriter &) = delete;
    FigureWriter &operator=(const FigureWriter &) = delete;

    // Queued in order: a new measure before the figures that use it. Unknown source titles
    // are created as new documents. tag identifies the figure in failedTag().
    void addMeasure(const Measure &measure);
    void addFigure(const Figure &figure, int tag);
    // True once a write has failed: later figures are not written.
    bool failed() const;
    // Waits until everything queued is written (or, after abandon(), dropped) and the thread
    // has ended. False after a database error: failedTag() names the figure and the
    // Database's errorString() says why.
    bool finish();
    void abandon(); // drops what is still queued, for a cancelled import
    // Between pause() and resume() the writer leaves the connection alone, so that the
    // caller may use the Database (say, while a progress dialog lets the window repaint).
    void pause();
    void resume();

    // A figure not written because an earlier one of the import had its identity: the two
    // tags. Complete once finish() has returned.
    struct Duplicate
    {
        int tag;
        int earlierTag;
    };
    const std::vector<Duplicate> &duplicates() const { return m_duplicates; }

    int inserted() const { return m_inserted; }
    int updated() const { return m_updated; }
    int unchanged() const { return m_unchanged; }
    int failedTag() const { return m_failedTag; }
    // On a file, the statements that wrote RowWriter::newFigureBatch new figures at once (the
    // rest went one at a time, as after a refused batch). Read after finish().
    int batches() const { return m_batches; }

private:
    struct Item;
    struct Shared;
    void push(Item &&item);
    void work();
    bool write(const Item &item);
    bool writeOne(const Item &item, qint64 measure, std::optional<qint64> source);
    bool settleStored(
        const Item &item, RowWriter::StoredFigure stored, std::optional<qint64> source);
    bool flushNew();
    void noteNew(qint64 id, int tag);
    bool failAt(int tag); // records the figure whose write failed; false
    bool resolveMeasure(const Figure &figure, qint64 *measure);
    bool resolveSource(const Figure &figure, std::optional<qint64> *source);
    // The stored figure with this one's identity (id 0 for none) in *found; false with the
    // failure recorded.
    bool findStored(const Item &item, qint64 measure, std::optional<qint64> source,
        RowWriter::StoredFigure *found);
    void count(Database::Upsert outcome);
    // The server's batch: figures resolved to their measure and source ids, written together.
    bool queueOnServer(Item &&item);
    bool flushOnServer();

    Database &m_db;
    WrittenFigures &m_written;
    std::vector<Duplicate> m_duplicates;
    std::unique_ptr<Shared> m_shared;
    std::vector<Item> m_batch; // being filled by the caller
    struct NewFigure
    {
        const Item *item; // in the queued batch being written
        qint64 measure;
        std::optional<qint64> source;
    };
    std::vector<NewFigure> m_new; // gathered by write() for flushNew()
    struct ServerRow;
    std::vector<ServerRow> m_serverBatch;
    int m_inserted = 0;
    int m_updated = 0;
    int m_unchanged = 0;
    int m_failedTag = 0;
    int m_batches = 0;
    bool m_writeFailed = false;
    // The figures written last that were new, as many as follow each other (from a full batch
    // at the start: a new register's figures go many to a statement from the first); 0 when the
    // last figure written was in the table already.
    std::size_t m_newInARow = RowWriter::newFigureBatch;
    bool m_finished = false;
    // On a server register the writes run on the caller's thread as they are added: Qt's SQL
    // connections belong to the thread that opened them, and the server works beside this
    // process anyway.
    bool m_synchronous = false;
    bool m_abandoned = false;
};

} // namespace opcc
