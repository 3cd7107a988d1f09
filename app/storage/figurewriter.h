// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "storage/database.h"

#include <memory>
#include <optional>
#include <vector>

namespace opcc {

class Database;

// The bulk writer of FigureStore: writes many figures, as FigureStore::upsert would, on a thread of
// its own while the caller goes on (parsing the next rows of an import: on two cores the two halves
// of the work overlap). Use inside a Transaction. While a writer exists the calling thread must not
// use the Database at all: the writer's thread is then the only user of the connection.
// On a server register (Database::isServer()) it writes on the caller's thread, a batch of
// figures a statement (Database::upsertFiguresOnServer), as they are added.
class FigureWriter final
{
public:
    explicit FigureWriter(Database &db);
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

    int inserted() const { return m_inserted; }
    int updated() const { return m_updated; }
    int unchanged() const { return m_unchanged; }
    int failedTag() const { return m_failedTag; }

private:
    struct Item;
    struct Shared;
    void push(Item &&item);
    void work();
    bool write(const Item &item);
    bool failAt(int tag); // records the figure whose write failed; false
    bool resolve(const Figure &figure, qint64 *measure, std::optional<qint64> *source);
    void count(Database::Upsert outcome);
    // The server's batch: figures resolved to their measure and source ids, written together.
    bool queueOnServer(Item &&item);
    bool flushOnServer();

    Database &m_db;
    std::unique_ptr<Shared> m_shared;
    std::vector<Item> m_batch; // being filled by the caller
    struct ServerRow;
    std::vector<ServerRow> m_serverBatch;
    int m_inserted = 0;
    int m_updated = 0;
    int m_unchanged = 0;
    int m_failedTag = 0;
    bool m_writeFailed = false;
    bool m_storedBefore = false; // the last figure written was in the table already
    qint64 m_lastIdBefore = 0; // the figure table's highest id when the writer began
    bool m_finished = false;
    // On a server register the writes run on the caller's thread as they are added: Qt's SQL
    // connections belong to the thread that opened them, and the server works beside this
    // process anyway.
    bool m_synchronous = false;
    bool m_abandoned = false;
};

} // namespace opcc
