// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "storage/changeset.h"

#include <QHash>
#include <QObject>
#include <QSqlQuery>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace opcc {

class LookupIds;
class RowWriter;
class ServerSession;
class SqliteReader;

// The connection: it opens a named SQLite connection (checking it and bringing its schema up to
// date), groups writes in transactions, collects what they changed and announces it at commit,
// and records every failure as one Failure with errorString(). It never talks to the user.
// The statements themselves are the stores', one per kind of record, each on this connection:
// LookupStore (areas, measures, sources, organisations), SchemeStore, FigureStore and its bulk
// FigureWriter, AuditStore, BrowseStore (the scheme list and statistics), SearchStore, FoiStore.
// On a server, ServerSession works beside it with the other users: their changes and this
// user's access.
class Database final : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None,
        NotADatabase, // not SQLite, or SQLite but not ours
        NewerVersion, // made by a newer version of the app
        Locked, // another program holds the file
        CannotOpen, // missing permissions, I/O errors
        MigrationFailed,
        QueryFailed,
        Conflict, // a row changed underneath (row_version mismatch)
        NotFound,
        Damaged, // SQLite found the file malformed (quick_check, or a read or write)
        ReadOnly, // the file or its folder cannot be written: opened for reading only
        DiskFull, // the disk (or quota) ran out during a write
    };
    Q_ENUM(Failure)

    struct OpenResult
    {
        Failure failure = Failure::None;
        QString message;
        int fromVersion = 0; // user_version found in the file
        QString backupPath; // set when a migration copied the file first
        bool created = false; // a new database was made (with the shipped dataset)
        bool ok() const { return failure == Failure::None; }
        static OpenResult failed(Failure failure, const QString &message)
        {
            OpenResult result;
            result.failure = failure;
            result.message = message;
            return result;
        }
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // The register's engine: a file (SQLite, the embedded default) or a shared register on a
    // PostgreSQL server, opened from a postgresql:// address (ServerAddress). The stores speak
    // SQL both accept where they can; what differs is kept in one place per store (the C API
    // fast paths and their QSqlQuery equivalents, sqldialect.cpp for the plain statements).
    enum class Engine { SQLite, PostgreSQL };
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    // Fills a new, empty server database inside the transaction that made its tables
    // (shippeddataset::populate), so that no one ever sees the tables without the dataset.
    using Filler = std::function<bool(Database &db, QString *error)>;

    // Opens an existing database, migrating it (after a backup copy) when it is older. A file that
    // is not ours, is newer, or fails SQLite's quick check (damaged) is refused and left
    // byte-for-byte untouched. A file or folder that cannot be written, or Access::ReadOnly,
    // opens for reading only (isReadOnly()).
    //
    // Check::Deferred leaves out the quick check, which reads the whole file (about a second on
    // the large register): for the window, which runs it on a thread of its own after its first
    // screen (DatabaseHealth) and then calls refuseWrites() if it finds damage.
    enum class Access { ReadWrite, ReadOnly };
    enum class Check { Quick, Deferred };
    OpenResult open(
        const QString &path, Access access = Access::ReadWrite, Check check = Check::Quick);
    // Creates an empty database with the current schema at path, which must not exist or be an
    // empty file. Used for building a new database before it is moved into place.
    OpenResult create(const QString &path);
    // Opens the file for reading only, as it is: no checks and no upgrade. For a second
    // connection to a database that another Database has opened (StatisticsLoader's thread).
    OpenResult openForReading(const QString &path);
    // Opens a shared register on a PostgreSQL server (database_server.cpp). An empty database
    // (no tables) gets the schema and, through fillNew, the shipped dataset, in one transaction
    // under an advisory lock, so that two first starts make it once. A database of a newer
    // schema, or with tables that are not ours, is refused and left as it was.
    OpenResult openServer(
        const QString &uri, Access access = Access::ReadWrite, const Filler &fillNew = {});
    void close();
    // The statistics pass and the integrity check (which read on a SqliteReader of their own)
    // fail soon after *stop becomes true; for a read that another thread may abandon. The Qt
    // driver's connection has no such check (Qt offers none): its reads run to their end.
    // nullptr removes the check.
    void setStopFlag(const std::atomic<bool> *stop);

    bool isOpen() const;
    QString path() const { return m_path; }
    // True when the file or its folder cannot be written: reads work, writes fail (ReadOnly).
    bool isReadOnly() const { return m_readOnly; }
    // From now on every write fails with Failure::Damaged and message (a check found damage
    // after the file was opened); isReadOnly() becomes true.
    void refuseWrites(const QString &message);
    // Opened with Check::Deferred: the quick check is still to be run by the caller.
    bool quickCheckPending() const { return m_quickCheckPending; }
    // A statement written in SQLite's SQL as this connection's engine reads it (sqldialect.h),
    // for a store that prepares a QSqlQuery of its own.
    QString sqlText(const QString &sqliteSql) const;
    // The Qt SQL connection, for the stores that read through it (SearchStore).
    QString connectionName() const { return m_connectionName; }
    // A server register whose connection was lost and could not be made again (a read or a
    // write found the server away): the window offers to try again. False on a file.
    bool isServerAway() const { return m_serverAway; }
    Failure lastFailure() const { return m_failure; }
    QString errorString() const { return m_error; }
    // Failures that are the database's fault rather than the input's: locked past the wait,
    // read-only, damaged, out of disk, unreadable. A job ends with exit code 4 on these.
    static bool isDatabaseFault(Failure failure);

    // A read that fails part way is never taken for the end of the data: the first failed read
    // since clearReadError() is kept here (and announced with readFailed()), so that a job that
    // read a list can tell a short list from a whole one.
    bool hasReadError() const { return !m_readError.isEmpty(); }
    QString readError() const { return m_readError; }
    void clearReadError() const { m_readError.clear(); }
    // How many reads have failed on this connection: compared before and after a read, it tells
    // an empty answer from a failed one without clearing what a job keeps.
    int readFailureCount() const { return m_readFailures; }

    // SQLite's integrity_check over the whole file (or its quick_check, which leaves out the
    // indexes' contents): the problems it found, empty when the file is sound. False (with
    // errorString()) when the check itself could not run, as on a file too damaged to read.
    enum class Depth { Quick, Full };
    bool checkIntegrity(QStringList *problems, Depth depth = Depth::Full);
    static int schemaVersion();
    // The file a migration from version `version` backs up to: "<path>.bak-v<version>".
    static QString backupPathFor(const QString &path, int version);

    // Groups writes: the outermost transaction is BEGIN IMMEDIATE ... COMMIT; an inner one is a
    // savepoint, or simply joins the outer one (Nesting::Join, for the hot single-row writes whose
    // caller rolls back as a whole). Rolls back unless commit() succeeded.
    //
    // Nesting::Whole marks an all-or-nothing batch such as an import: it begins (or, nested, is a
    // savepoint) as usual, but the savepoints that the writes inside it would open join it
    // instead. Each savepoint journals every page it touches, and the batch is rolled back as a
    // whole anyway (an import of 4,000 schemes wrote 84,000 journal pages without this).
    class Transaction
    {
    public:
        enum class Nesting { Savepoint, Join, Whole };
        explicit Transaction(Database &db, Nesting nesting = Nesting::Savepoint);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isActive() const { return m_active; }
        bool commit();
        void rollback();

    private:
        Database &m_db;
        bool m_active = false;
        bool m_joined = false;
        bool m_whole = false;
        bool m_joinedBefore = false; // m_db.m_joinNested when this one began
        int m_depth = 0;
    };

    // Writes made inside the current transaction past the Database's own stores (an undo
    // journal applied, ChangeRecorder::apply) noted as its own: the commit announces them with
    // the rest, here and to the other users of a server.
    void noteWritten(const ChangeSet &changes);

    // One read transaction, so that several reads see the same committed state even while
    // another connection writes: an export's files are one snapshot. Not inside a Transaction.
    bool beginSnapshot();
    void endSnapshot();
    // What writing a figure by its identity did (FigureStore::upsert, FigureWriter).
    enum class Upsert { Inserted, Updated, Unchanged };

signals:
    // Emitted after a transaction that wrote something has committed.
    void changed();
    // The same moment, saying what was written: once per committed outermost transaction,
    // before changed().
    void recordsChanged(const opcc::ChangeSet &changes);
    // A read failed (see hasReadError()); message says why, for the window to show.
    void readFailed(const QString &message);
    // On a server: a role was given or taken (by this connection or another) and what this
    // connection's user may do changed: isReadOnly() may differ, and ServerAccess::of() with
    // it. Not emitted when a role change left this user's access as it was.
    void accessChanged();

private:
    friend class Transaction;
    // The stores: each runs its statements on this connection, inside its transactions, and
    // records failures and changes here.
    friend class FoiStore;
    friend class LookupStore;
    friend class AuditStore;
    friend class SchemeStore;
    friend class FigureStore;
    friend class FigureWriter;
    friend class BrowseStore;
    friend class SourceStore;
    friend class SearchStore;
    friend class ServerUsers; // a role given or taken is announced (ChangeSet::roles)
    friend class ServerSession; // announces inside the transaction; asks when none runs
    friend class LookupIds;
    friend class RowWriter;
    friend class IndexSuspension; // reads the figures' last id through RowWriter
    // A store's write: marks the running transaction as one that wrote, for its ChangeSet.
    ChangeSet &recordWrite()
    {
        m_wroteInTransaction = true;
        return m_changes;
    }
    // setStopFlag()'s flag is set: a loop over the rows of a QSqlQuery (which Qt cannot
    // interrupt) ends early, for a reading thread that was abandoned.
    bool stopRequested() const { return m_stopFlag && m_stopFlag->load(); }
    // The project's own read-only C API connection to the same file (SqliteReader), opened when
    // first needed; nullptr on a server or when the Database is not open.
    SqliteReader *reader() const;
    bool execute(QSqlQuery &query) const;
    bool executeSql(const QString &sql);
    QSqlQuery &prepared(const char *sql) const;
    // The same for a read whose rows are walked once (QSqlQuery::setForwardOnly): the driver
    // then keeps no copy of the rows read.
    QSqlQuery &preparedRead(const char *sql) const;
    QSqlQuery &statement(const char *sql, bool forwardOnly) const;
    bool fail(Failure failure, const QString &message) const;
    bool failQuery(const QSqlQuery &query) const;
    // Records the failure by SQLite's result code (primary or extended).
    bool failCode(int code, const QString &text) const;
    // A failed read: recorded as by fail(), kept as the read error and announced.
    bool failRead(Failure failure, const QString &message) const;
    // After a read loop: false (the failure recorded) if the loop ended on an error.
    bool finishRead(QSqlQuery &query) const;
    // Hands back the pages SQLite keeps of what this connection read (up to its cache size, 2
    // MiB by default): after a read of a whole table that nothing reads again soon.
    void releaseCache() const;
    // Runs a prepared query and appends read(row) for each row to *out; false (the failure
    // recorded) if it could not run.
    template<typename T, typename Read>
    bool readRows(QSqlQuery &query, QList<T> *out, Read read) const
    {
        if (!execute(query))
            return false;
        while (query.next())
            out->append(read(query));
        return finishRead(query);
    }
    // The single number a COUNT(*) query gives (0 if it could not run).
    int countRows(QSqlQuery &query) const;
    void clearError() const;
    void clearCaches();

    OpenResult openConnection(const QString &path, bool readOnly);
    OpenResult connectServer(const QString &uri);
    OpenResult prepareServerSchema(Access access, const Filler &fillNew);
    bool createServerSchema(const Filler &fillNew);
    bool checkServerIntegrity(QStringList *problems);
    // What the server lets this user do changed (ServerSession): follows it (isReadOnly() and
    // the session's default_transaction_read_only) and emits accessChanged().
    void followAccess(bool mayWrite);
    // The connection to the server dropped (the server restarted, the network went): connects
    // again with the same address and settings, outside any transaction, so that a write tried
    // again (a form's edits kept after the failure) is saved. False, with the error, when the
    // server is still out of reach.
    bool reconnectServer();
    // A read on a server that failed because the connection is gone (outside a transaction and
    // a snapshot, where nothing read before could be mixed with what is read after): connects
    // again once and runs the same statement with the same values. False, with the read
    // failure recorded (and a word that the server cannot be reached), when it still fails.
    bool mayReadAgain(const QSqlQuery &query) const;
    // The same for any statement that failed (a read the caller runs again itself, after
    // reconnectServer(), as SearchStore's), outside a transaction and a snapshot.
    bool lostConnection(const QSqlQuery &query) const;
    bool readAgain(QSqlQuery &query);
    // The SQL a query runs, as the engine reads it.
    QString statementOf(const QSqlQuery &query) const;
    // A read's statement asked for while the connection is closed (lost, and the server away
    // at the last try): connects again first, once; m_readReconnectFailed says it failed.
    void connectBeforeReading(const char *sql) const;
    // The read failure of a server that cannot be reached.
    bool failServerAway() const;
    // Whether a failed statement on the server failed because the connection is gone.
    static bool isConnectionLost(const QString &state, const QString &text);
    // A failed QSqlQuery on the server, by its SQLSTATE.
    bool failServerCode(const QString &state, const QString &text) const;
    // The SQL a store wrote (SQLite's dialect) as this connection's engine reads it.
    QString statementText(const char *sql) const;
    OpenResult inspect(const QString &path, int *version);
    OpenResult quickCheck();
    OpenResult migrate(int fromVersion);
    bool applyPragmas();

    // Runs an INSERT ... RETURNING id: the new row's id, or nothing with the failure recorded.
    std::optional<qint64> insertedId(QSqlQuery &query);
    // The lookups' ids and the rows an import writes, on this connection.
    LookupIds &ids() { return *m_ids; }
    RowWriter &rows() { return *m_rows; }
    // Ids as a JSON array, for "IN (SELECT value FROM json_each(:ids))": one bound parameter for
    // a list of any length.
    static QString idListJson(const QList<qint64> &ids);

    QString m_connectionName;
    QString m_path;
    Engine m_engine = Engine::SQLite;
    mutable Failure m_failure = Failure::None;
    mutable QString m_error;
    mutable QString m_readError;
    mutable int m_readFailures = 0;
    bool m_readOnly = false;
    bool m_readOnlyAsked = false; // opened with Access::ReadOnly: stays so whatever the grants
    QString m_writeRefusal; // why writes fail, when refuseWrites() said so
    bool m_quickCheckPending = false;
    mutable std::unordered_map<const char *, QSqlQuery> m_statements;
    // Statements of m_statements prepared on a connection since lost: prepared again when next
    // asked for (a store may hold one by reference while the connection is made again).
    mutable std::unordered_set<const QSqlQuery *> m_staleStatements;
    bool m_inSnapshot = false; // between beginSnapshot() and endSnapshot()
    // The server's connection was lost and could not be made again; false again once it is.
    bool m_serverAway = false;
    // On a server: the notices between users' connections and this user's access.
    std::unique_ptr<ServerSession> m_session;
    mutable bool m_readReconnectFailed = false; // connectBeforeReading()
    std::unordered_map<QString, QSqlQuery>
        m_controlStatements; // BEGIN, COMMIT, savepoints (executeSql)
    // How SqliteReader opens the same file: the name given to the driver, and whether it is a
    // file: URI (a read-only folder's file opens immutable).
    QString m_readerName;
    bool m_readerUri = false;
    const std::atomic<bool> *m_stopFlag = nullptr; // setStopFlag()
    mutable std::unique_ptr<SqliteReader> m_reader;
    std::unique_ptr<LookupIds> m_ids; // name -> id, valid within one transaction
    std::unique_ptr<RowWriter> m_rows;
    int m_transactionDepth = 0;
    bool m_joinNested = false; // inside a Nesting::Whole transaction
    bool m_wroteInTransaction = false;
    ChangeSet m_changes; // of the running outermost transaction
};

} // namespace opcc
