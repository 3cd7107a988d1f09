// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/changerecorder.h"

#include "storage/database.h"
#include "storage/undojournal.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <limits>
#include <map>
#include <memory>
#include <optional>

namespace opcc {

ChangeRecorder::ChangeRecorder(Database &db, Figures figures)
    : m_db(db)
{
    if (!db.isOpen()) {
        m_error = tr("the database does not record changes");
        return;
    }
    // A server register's triggers are its schema's (nothing to make here).
    const QList<undojournal::JournalTable> tables = db.isServer()
        ? QList<undojournal::JournalTable> { undojournal::JournalTable() }
        : undojournal::journalTables(db, &m_error);
    if (tables.isEmpty()) {
        if (m_error.isEmpty())
            m_error = tr("the database does not record changes");
        return;
    }
    // Two copies of the app may start recording at once (their writes then wait for each
    // other): each recording has an id of its own, drawn at random.
    m_journal = qint64(QRandomGenerator::global()->generate64() >> 2) + 1;
    if (figures == Figures::NewByRange) {
        QSqlQuery query(undojournal::connectionOf(db));
        if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM figure"))
            || !query.next()) {
            m_error = query.lastError().text();
            return;
        }
        m_figuresBefore = query.value(0).toLongLong();
    }
    if (db.isServer()) {
        startOnServer();
        return;
    }
    for (const undojournal::JournalTable &table : tables) {
        const bool byRange = m_figuresBefore >= 0 && table.name == QLatin1String("figure");
        struct Event
        {
            const char *name;
            const char *op;
            const char *row; // of the row the range condition looks at
        };
        for (const Event &event : { Event { "INSERT", "I", "new" }, Event { "UPDATE", "U", "old" },
                 Event { "DELETE", "D", "old" } }) {
            const QString op = QLatin1String(event.op);
            // No trigger at all for the figures inserted: even one whose condition is false
            // costs a call for every row of a bulk insert. A new figure takes an id above all
            // others (an import deletes none, so none is reused).
            if (byRange && op == QLatin1String("I"))
                continue;
            const QString trigger = QStringLiteral("opcc_undo_%1_%2_%3")
                                        .arg(QString::number(m_journal), table.name, op);
            const QString when = byRange
                ? QStringLiteral("WHEN %1.id <= %2 ")
                      .arg(QLatin1String(event.row), QString::number(m_figuresBefore))
                : QString();
            const QString oldImage = op == QLatin1String("I") ? QStringLiteral("NULL")
                                                              : table.image(QStringLiteral("old"));
            const QString newImage = op == QLatin1String("D") ? QStringLiteral("NULL")
                                                              : table.image(QStringLiteral("new"));
            const QString sql
                = QStringLiteral("CREATE TEMP TRIGGER %1 AFTER %2 ON main.%3 %4BEGIN INSERT INTO "
                                 "undo_journal (journal, tbl, op, old_row, new_row) VALUES (%5, "
                                 "'%3', '%6', %7, %8); END")
                      .arg(trigger, QLatin1String(event.name), table.name, when,
                          QString::number(m_journal), op, oldImage, newImage);
            if (!run(sql)) {
                stop();
                return;
            }
            m_triggers.append(trigger);
        }
    }
}

ChangeRecorder::~ChangeRecorder()
{
    stop();
}

bool ChangeRecorder::run(const QString &sql)
{
    QSqlQuery query(undojournal::connectionOf(m_db));
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

// The server's triggers (serverschema.cpp's serverUndoTriggers()) record while this session
// names the recording. The setting is the session's, not the transaction's (set_config(...,
// false)), as a recorder may start before the write's transaction and be read after it, as the
// file's TEMP triggers are; a transaction that rolls back takes a setting it made with it.
void ChangeRecorder::startOnServer()
{
    QSqlQuery query(undojournal::connectionOf(m_db));
    query.prepare(QStringLiteral("SELECT set_config('opcc.undo_journal', ?, false), "
                                 "set_config('opcc.undo_figures_after', ?, false)"));
    query.addBindValue(QString::number(m_journal));
    query.addBindValue(m_figuresBefore >= 0 ? QString::number(m_figuresBefore) : QString());
    if (!query.exec()) {
        m_error = query.lastError().text();
        return;
    }
    m_triggers.append(QStringLiteral("opcc.undo_journal"));
}

void ChangeRecorder::stop()
{
    if (m_db.isServer()) {
        if (!m_triggers.isEmpty())
            undojournal::execute(m_db,
                QStringLiteral("SELECT set_config('opcc.undo_journal', '', false), "
                               "set_config('opcc.undo_figures_after', '', false)"));
        m_triggers.clear();
        return;
    }
    for (const QString &trigger : std::as_const(m_triggers))
        undojournal::execute(m_db, QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(trigger));
    m_triggers.clear();
}

// On a server others may insert figures while an import runs, their ids among its own: the
// range names the runs of ids this transaction inserted (xmin, the inserting transaction),
// whatever others did in between.
bool ChangeRecorder::noteServerRange()
{
    QSqlQuery runs(undojournal::connectionOf(m_db));
    runs.setForwardOnly(true);
    runs.prepare(QStringLiteral(
        "SELECT min(id), max(id) FROM (SELECT id, id - row_number() OVER (ORDER BY id) AS run "
        "FROM figure WHERE id > ? AND CAST(xmin AS text) = CAST(txid_current() % 4294967296 AS "
        "text)) mine GROUP BY run ORDER BY 1"));
    runs.addBindValue(m_figuresBefore);
    if (!runs.exec()) {
        m_error = runs.lastError().text();
        return false;
    }
    QJsonArray runList;
    qint64 last = m_figuresBefore;
    while (runs.next()) {
        runList.append(QJsonArray { runs.value(0).toLongLong(), runs.value(1).toLongLong() });
        last = runs.value(1).toLongLong();
    }
    if (runList.isEmpty())
        return true;
    QJsonObject range { { QStringLiteral("from"), m_figuresBefore }, { QStringLiteral("to"), last },
        { QStringLiteral("runs"), runList } };
    const QString inRange = undojournal::rangeCondition(range);
    QSqlQuery query(undojournal::connectionOf(m_db));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, scheme_id, row_version FROM figure WHERE %1")
                        .arg(inRange))) {
        m_error = query.lastError().text();
        return false;
    }
    QJsonObject versions;
    QSet<qint64> schemes;
    while (query.next()) {
        if (query.value(2).toLongLong() != 1)
            versions.insert(query.value(0).toString(), query.value(2).toLongLong());
        schemes.insert(query.value(1).toLongLong());
    }
    QJsonArray schemeList;
    for (const qint64 scheme : std::as_const(schemes))
        schemeList.append(scheme);
    range.insert(QStringLiteral("versions"), versions);
    range.insert(QStringLiteral("schemes"), schemeList);
    QSqlQuery note(undojournal::connectionOf(m_db));
    note.prepare(QStringLiteral(
        "INSERT INTO undo_journal (journal, seq, tbl, op, new_row) VALUES (?, (SELECT "
        "coalesce(max(seq), 0) + 1 FROM undo_journal WHERE journal = ?), 'figure', 'R', ?)"));
    note.addBindValue(m_journal);
    note.addBindValue(m_journal);
    note.addBindValue(QString::fromUtf8(QJsonDocument(range).toJson(QJsonDocument::Compact)));
    if (note.exec())
        return true;
    m_error = note.lastError().text();
    return false;
}

bool ChangeRecorder::noteRange()
{
    if (m_db.isServer())
        return noteServerRange();
    // The figures inserted, by their ids; those already changed by the recording itself with
    // their row_version, and the schemes they belong to (what an undo announces).
    QSqlQuery query(undojournal::connectionOf(m_db));
    query.prepare(QStringLiteral(R"(INSERT INTO undo_journal (journal, tbl, op, new_row)
SELECT ?, 'figure', 'R', json_object('from', ?, 'to', max(id),
    'versions', json((SELECT json_group_object(id, row_version) FROM figure
        WHERE id > ? AND row_version <> 1)),
    'schemes', json(json_group_array(DISTINCT scheme_id)))
FROM figure WHERE id > ? HAVING count(*) > 0)"));
    for (const QVariant &value : { QVariant(m_journal), QVariant(m_figuresBefore),
             QVariant(m_figuresBefore), QVariant(m_figuresBefore) })
        query.addBindValue(value);
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

QByteArray ChangeRecorder::changes()
{
    if (!isRecording())
        return {};
    stop();
    if (m_figuresBefore >= 0 && !noteRange())
        return {};
    m_figuresBefore = -1;
    QSqlQuery query(undojournal::connectionOf(m_db));
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM undo_journal WHERE journal = ?)"));
    query.addBindValue(m_journal);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return {};
    }
    return query.value(0).toBool() ? undojournal::tokenOf(m_journal, true) : QByteArray();
}

QByteArray ChangeRecorder::inverted(const QByteArray &changes)
{
    const auto token = undojournal::parseToken(changes);
    return token ? undojournal::tokenOf(token->journal, !token->forward) : QByteArray();
}

qint64 ChangeRecorder::journalOf(const QByteArray &changes)
{
    const auto token = undojournal::parseToken(changes);
    return token ? token->journal : 0;
}

bool ChangeRecorder::apply(Database &db, const QByteArray &changes, QString *error)
{
    const auto token = undojournal::parseToken(changes);
    if (!token) {
        *error = tr("the step's record is unreadable");
        return false;
    }
    QList<undojournal::JournalTable> tables = undojournal::journalTables(db, error);
    if (tables.isEmpty())
        return false;
    {
        QSqlQuery any(undojournal::connectionOf(db));
        any.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM undo_journal WHERE journal = ?)"));
        any.addBindValue(token->journal);
        if (!any.exec() || !any.next() || !any.value(0).toBool()) {
            *error = tr("the step's record is unreadable");
            return false;
        }
    }
    if (!undojournal::execute(db, QStringLiteral("SAVEPOINT opcc_journal"))) {
        *error = db.errorString();
        return false;
    }
    // The rows that conflict are left out and noted, the others applied, so that every record
    // in the way is found at once; then all of it is rolled back. Backwards, each row's image
    // after is what must be there, and its image before what it becomes.
    undojournal::JournalApplier applier(db, std::move(tables));
    QSqlQuery rows(undojournal::connectionOf(db));
    rows.setForwardOnly(true);
    rows.prepare(token->forward
            ? QStringLiteral("SELECT seq, tbl, op, old_row, new_row FROM undo_journal WHERE "
                             "journal = ? AND seq > ? ORDER BY seq LIMIT %1")
                  .arg(undojournal::chunk)
            : QStringLiteral("SELECT seq, tbl, op, old_row, new_row FROM undo_journal WHERE "
                             "journal = ? AND seq < ? ORDER BY seq DESC LIMIT %1")
                  .arg(undojournal::chunk));
    qint64 cursor = token->forward ? 0 : std::numeric_limits<qint64>::max();
    bool ok = true;
    while (ok) {
        rows.addBindValue(token->journal);
        rows.addBindValue(cursor);
        if (!rows.exec()) {
            *error = rows.lastError().text();
            ok = false;
            break;
        }
        struct Row
        {
            qint64 seq;
            QString table, op, before, after;
        };
        QList<Row> chunk;
        while (rows.next())
            chunk.append({ rows.value(0).toLongLong(), rows.value(1).toString(),
                rows.value(2).toString(), rows.value(3).toString(), rows.value(4).toString() });
        rows.finish();
        if (chunk.isEmpty())
            break;
        for (const Row &row : std::as_const(chunk)) {
            cursor = row.seq;
            if (row.op == QLatin1String("R")) {
                ok = !token->forward ? applier.takeRange(token->journal, row.seq, row.after, error)
                                     : false;
                if (token->forward)
                    *error = tr("the step's record is unreadable");
            } else {
                ok = token->forward ? applier.applyRow(row.table, row.before, row.after, error)
                                    : applier.applyRow(row.table, row.after, row.before, error);
            }
            if (!ok)
                break;
        }
    }
    if (!ok || !applier.conflicts.isEmpty())
        undojournal::execute(db, QStringLiteral("ROLLBACK TO opcc_journal"));
    undojournal::execute(db, QStringLiteral("RELEASE opcc_journal"));
    if (ok && applier.conflicts.isEmpty())
        return true;
    if (ok)
        *error = undojournal::describeAll(db, applier.conflicts);
    return false;
}

ChangeSet ChangeRecorder::touched(const Database &db, const QByteArray &changes)
{
    ChangeSet touched;
    const auto token = undojournal::parseToken(changes);
    if (!token)
        return touched;
    // Backwards, what was inserted is removed and what was deleted comes back.
    const QString inserted = token->forward ? QStringLiteral("I") : QStringLiteral("D");
    QSqlQuery query(undojournal::connectionOf(db));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
WITH j AS (SELECT tbl, op, old_row, new_row FROM undo_journal WHERE journal = ?)
SELECT tbl, op, json_extract(coalesce(new_row, old_row), '$.id'), NULL FROM j
    WHERE tbl = 'scheme'
UNION SELECT DISTINCT tbl, 'U', json_extract(coalesce(new_row, old_row), '$.scheme_id'), NULL
    FROM j WHERE tbl IN ('scheme_area', 'scheme_organisation')
UNION SELECT DISTINCT 'figure', 'U', json_extract(old_row, '$.scheme_id'), NULL FROM j
    WHERE tbl = 'figure' AND op <> 'R' AND old_row IS NOT NULL
UNION SELECT DISTINCT 'figure', 'U', json_extract(new_row, '$.scheme_id'), NULL FROM j
    WHERE tbl = 'figure' AND op <> 'R' AND new_row IS NOT NULL
UNION SELECT 'figure', 'R', NULL, json_extract(new_row, '$.schemes') FROM j
    WHERE tbl = 'figure' AND op = 'R'
UNION SELECT DISTINCT tbl, op, NULL, NULL FROM j
    WHERE tbl NOT IN ('scheme', 'scheme_area', 'scheme_organisation', 'figure'))"));
    query.addBindValue(token->journal);
    if (!query.exec())
        return touched;
    while (query.next()) {
        const QString table = query.value(0).toString();
        const QString op = query.value(1).toString();
        const qint64 id = query.value(2).toLongLong();
        if (table == QLatin1String("scheme")) {
            (op == inserted                    ? touched.schemesInserted
                    : op == QLatin1String("U") ? touched.schemesUpdated
                                               : touched.schemesRemoved)
                .insert(id);
        } else if (table == QLatin1String("scheme_area")
            || table == QLatin1String("scheme_organisation")) {
            touched.schemesUpdated.insert(id);
        } else if (table == QLatin1String("figure")) {
            if (op == QLatin1String("R")) {
                const QJsonArray schemes
                    = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
                for (const QJsonValue &scheme : schemes)
                    touched.figuresOfSchemes.insert(scheme.toInteger());
            } else {
                touched.figuresOfSchemes.insert(id);
            }
        } else {
            touched.lookups = true;
            // A figure shows its document's title: a document changed may be a figure changed.
            if (table == QLatin1String("source_document") && op == QLatin1String("U"))
                touched.allFigures = true;
        }
    }
    // A scheme put back and one taken away are not also "updated".
    touched.schemesUpdated -= touched.schemesInserted;
    touched.schemesUpdated -= touched.schemesRemoved;
    return touched;
}

QSet<qint64> ChangeRecorder::schemesTouched(const Database &db, const QByteArray &changes)
{
    return touched(db, changes).touchedSchemes();
}

} // namespace opcc
