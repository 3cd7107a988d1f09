// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The session extension's declarations are guarded by these; Debian's libsqlite3 is built with
// both (a build of SQLite without them fails to link here rather than at run time).
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include "storage/changerecorder.h"

#include "storage/database.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <cstring>
#include <sqlite3.h>

namespace opcc {

namespace {

sqlite3 *handleOf(const Database &db)
{
    const QVariant handle = QSqlDatabase::database(db.connectionName(), false).driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

// The tables whose rows are the register's; the audit log keeps its own history and the
// undo history is what is being recorded, and the full-text tables follow by their triggers.
int recordTable(void *, const char *table)
{
    const QByteArray name(table);
    return name == "audit_log" || name == "undo_step" || name.contains("_fts")
            || name.startsWith("sqlite_")
        ? 0
        : 1;
}

struct Conflict
{
    QByteArray table;
    qint64 id = 0;
    qint64 schemeId = 0;
};

qint64 integerAt(sqlite3_changeset_iter *it, int column, bool newValues)
{
    sqlite3_value *value = nullptr;
    const int rc = newValues ? sqlite3changeset_new(it, column, &value)
                             : sqlite3changeset_old(it, column, &value);
    return rc == SQLITE_OK && value ? sqlite3_value_int64(value) : 0;
}

int onConflict(void *context, int kind, sqlite3_changeset_iter *it)
{
    auto *conflict = static_cast<Conflict *>(context);
    const char *table = nullptr;
    int columns = 0;
    int op = 0;
    sqlite3changeset_op(it, &table, &columns, &op, nullptr);
    // A row to delete that is gone already went with its scheme (ON DELETE CASCADE, which
    // apply() checked could take nothing the change set does not also delete).
    if (op == SQLITE_DELETE && kind == SQLITE_CHANGESET_NOTFOUND)
        return SQLITE_CHANGESET_OMIT;
    conflict->table = table;
    const bool inserting = op == SQLITE_INSERT;
    conflict->id = integerAt(it, 0, inserting);
    if (conflict->table == "figure" && columns > 1) {
        // The row as it is now holds every column; an update's change only those it changed.
        sqlite3_value *value = nullptr;
        if ((kind == SQLITE_CHANGESET_DATA || kind == SQLITE_CHANGESET_CONFLICT)
            && sqlite3changeset_conflict(it, 1, &value) == SQLITE_OK && value)
            conflict->schemeId = sqlite3_value_int64(value);
        else
            conflict->schemeId = integerAt(it, 1, inserting);
    }
    return SQLITE_CHANGESET_ABORT;
}

QString schemeName(const Database &db, qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(db.connectionName(), false));
    query.prepare(QStringLiteral("SELECT name FROM scheme WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString describe(const Database &db, const Conflict &conflict)
{
    const QString scheme = schemeName(db,
        conflict.table == "scheme" || conflict.table.startsWith("scheme_") ? conflict.id
                                                                           : conflict.schemeId);
    if (conflict.table == "scheme" || conflict.table.startsWith("scheme_"))
        return scheme.isEmpty() ? ChangeRecorder::tr("a scheme it concerns has been deleted")
                                : ChangeRecorder::tr("\"%1\" has been changed").arg(scheme);
    if (conflict.table == "figure")
        return scheme.isEmpty()
            ? ChangeRecorder::tr("a figure it concerns has been changed")
            : ChangeRecorder::tr("a figure of \"%1\" has been changed").arg(scheme);
    if (conflict.table.isEmpty())
        return ChangeRecorder::tr("the records it concerns have been changed");
    return ChangeRecorder::tr("a record it concerns (%1) has been changed")
        .arg(QString::fromUtf8(conflict.table));
}

// The rows a change set deletes, by table: primary keys of one integer column only.
QHash<QByteArray, QSet<qint64>> deletedRows(const QByteArray &changes)
{
    QHash<QByteArray, QSet<qint64>> rows;
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start(&it, int(changes.size()), const_cast<char *>(changes.data()))
        != SQLITE_OK)
        return rows;
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        sqlite3changeset_op(it, &table, &columns, &op, nullptr);
        if (op == SQLITE_DELETE)
            rows[QByteArray(table)].insert(integerAt(it, 0, false));
    }
    sqlite3changeset_finalize(it);
    return rows;
}

QString idArray(const QSet<qint64> &ids)
{
    QStringList numbers;
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

// Deleting a scheme takes its figures and FOI request links with it (ON DELETE CASCADE): a
// change set that deletes a scheme may do so only if it also deletes each figure the scheme
// has now, and no FOI request has been linked to it since. Otherwise a figure added since, in
// this copy of the app or another, would go unnoticed. The scheme's id, or 0 when none is.
qint64 schemeWithOthersRows(const Database &db, const QByteArray &changes)
{
    const auto deleted = deletedRows(changes);
    const QSet<qint64> schemes = deleted.value("scheme");
    if (schemes.isEmpty())
        return 0;
    QSqlQuery query(QSqlDatabase::database(db.connectionName(), false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
SELECT scheme_id FROM figure WHERE scheme_id IN (SELECT value FROM json_each(?))
    AND id NOT IN (SELECT value FROM json_each(?))
UNION ALL SELECT scheme_id FROM foi_request_scheme
    WHERE scheme_id IN (SELECT value FROM json_each(?))
LIMIT 1)"));
    query.addBindValue(idArray(schemes));
    query.addBindValue(idArray(deleted.value("figure")));
    query.addBindValue(idArray(schemes));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

ChangeRecorder::ChangeRecorder(Database &db)
    : m_db(db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        m_error = tr("the database does not record changes");
        return;
    }
    if (sqlite3session_create(handle, "main", &m_session) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        m_session = nullptr;
        return;
    }
    sqlite3session_table_filter(m_session, recordTable, nullptr);
    if (sqlite3session_attach(m_session, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3session_delete(m_session);
        m_session = nullptr;
    }
}

ChangeRecorder::~ChangeRecorder()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

QByteArray ChangeRecorder::changes() const
{
    if (!m_session)
        return {};
    int size = 0;
    void *data = nullptr;
    if (sqlite3session_changeset(m_session, &size, &data) != SQLITE_OK)
        return {};
    QByteArray result(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return result;
}

QByteArray ChangeRecorder::inverted(const QByteArray &changes)
{
    if (changes.isEmpty())
        return {};
    int size = 0;
    void *data = nullptr;
    if (sqlite3changeset_invert(int(changes.size()), changes.constData(), &size, &data)
        != SQLITE_OK)
        return {};
    QByteArray result(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return result;
}

ChangeSet ChangeRecorder::touched(const QByteArray &changes)
{
    ChangeSet touched;
    sqlite3_changeset_iter *it = nullptr;
    if (changes.isEmpty()
        || sqlite3changeset_start(&it, int(changes.size()), const_cast<char *>(changes.data()))
            != SQLITE_OK)
        return touched;
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        sqlite3changeset_op(it, &table, &columns, &op, nullptr);
        const QByteArray name(table);
        const qint64 id = integerAt(it, 0, op == SQLITE_INSERT);
        if (name == "scheme") {
            (op == SQLITE_INSERT          ? touched.schemesInserted
                    : op == SQLITE_DELETE ? touched.schemesRemoved
                                          : touched.schemesUpdated)
                .insert(id);
        } else if (name == "scheme_area" || name == "scheme_organisation") {
            touched.schemesUpdated.insert(id);
        } else if (name == "figure") {
            // An update holds only the columns it changed: the scheme may not be among them.
            if (op == SQLITE_UPDATE)
                touched.allFigures = true;
            else
                touched.figuresOfSchemes.insert(integerAt(it, 1, op == SQLITE_INSERT));
        } else {
            touched.lookups = true;
            // A figure shows its document's title: a document changed may be a figure changed.
            if (name == "source_document" && op == SQLITE_UPDATE)
                touched.allFigures = true;
        }
    }
    sqlite3changeset_finalize(it);
    // A scheme put back and one taken away are not also "updated".
    touched.schemesUpdated -= touched.schemesInserted;
    touched.schemesUpdated -= touched.schemesRemoved;
    return touched;
}

QSet<qint64> ChangeRecorder::schemesTouched(const Database &db, const QByteArray &changes)
{
    const ChangeSet set = touched(changes);
    QSet<qint64> schemes = set.touchedSchemes();
    if (!set.allFigures)
        return schemes;
    // The figures changed in place: their schemes are in the database, not the change set.
    QStringList ids;
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start(&it, int(changes.size()), const_cast<char *>(changes.data()))
        != SQLITE_OK)
        return schemes;
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        sqlite3changeset_op(it, &table, &columns, &op, nullptr);
        if (op == SQLITE_UPDATE && qstrcmp(table, "figure") == 0)
            ids.append(QString::number(integerAt(it, 0, false)));
    }
    sqlite3changeset_finalize(it);
    QSqlQuery query(QSqlDatabase::database(db.connectionName(), false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT scheme_id FROM figure WHERE id IN "
                                 "(SELECT value FROM json_each(?))"));
    query.addBindValue(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
    if (query.exec()) {
        while (query.next())
            schemes.insert(query.value(0).toLongLong());
    }
    return schemes;
}

bool ChangeRecorder::apply(Database &db, const QByteArray &changes, QString *error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        *error = tr("the database does not record changes");
        return false;
    }
    if (changes.isEmpty())
        return true;
    Conflict conflict;
    if (const qint64 scheme = schemeWithOthersRows(db, changes)) {
        conflict.table = "scheme";
        conflict.id = scheme;
        *error = tr("The register has changed since: %1 (here or in another copy of OPCC "
                    "Schemes).")
                     .arg(describe(db, conflict));
        return false;
    }
    const int rc = sqlite3changeset_apply(handle, int(changes.size()),
        const_cast<char *>(changes.data()), nullptr, onConflict, &conflict);
    if (rc == SQLITE_ABORT || rc == SQLITE_CONSTRAINT) {
        *error = tr("The register has changed since: %1 (here or in another copy of OPCC "
                    "Schemes).")
                     .arg(describe(db, conflict));
        return false;
    }
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    return true;
}

} // namespace opcc
