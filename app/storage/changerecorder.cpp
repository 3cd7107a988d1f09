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

// Every row of a change set that no longer holds what the change set starts from: each is
// left out and noted, so that the refusal can name all of them; apply() then rolls back what
// went through.
using Conflicts = QList<Conflict>;

qint64 integerAt(sqlite3_changeset_iter *it, int column, bool newValues)
{
    sqlite3_value *value = nullptr;
    const int rc = newValues ? sqlite3changeset_new(it, column, &value)
                             : sqlite3changeset_old(it, column, &value);
    return rc == SQLITE_OK && value ? sqlite3_value_int64(value) : 0;
}

struct ApplyContext
{
    Conflicts conflicts;
    bool childrenOnly = false; // the pass that checks the rows a scheme's deletion would take
};

// The first pass leaves the scheme table alone: a figure that changed since would otherwise go
// with its scheme's deletion (ON DELETE CASCADE) before its own row is checked.
int childTable(void *, const char *table)
{
    return qstrcmp(table, "scheme") != 0 ? 1 : 0;
}

int onConflict(void *context, int kind, sqlite3_changeset_iter *it)
{
    auto *apply = static_cast<ApplyContext *>(context);
    Conflicts *conflicts = &apply->conflicts;
    if (kind == SQLITE_CHANGESET_FOREIGN_KEY) {
        // Reported once, at the end, without a row: a consequence of the rows noted already,
        // or else of records the change set does not name. The checking pass is rolled back
        // whatever it returns, and its schemes are not there to refer to.
        if (apply->childrenOnly)
            return SQLITE_CHANGESET_OMIT;
        if (conflicts->isEmpty())
            conflicts->append(Conflict());
        return SQLITE_CHANGESET_ABORT;
    }
    const char *table = nullptr;
    int columns = 0;
    int op = 0;
    sqlite3changeset_op(it, &table, &columns, &op, nullptr);
    // A row to delete that is gone already went with its scheme (ON DELETE CASCADE, which
    // apply() checked could take nothing the change set does not also delete).
    if (op == SQLITE_DELETE && kind == SQLITE_CHANGESET_NOTFOUND)
        return SQLITE_CHANGESET_OMIT;
    Conflict conflict;
    conflict.table = table;
    const bool inserting = op == SQLITE_INSERT;
    conflict.id = integerAt(it, 0, inserting);
    if (conflict.table == "figure" && columns > 1) {
        // The row as it is now holds every column; an update's change only those it changed.
        sqlite3_value *value = nullptr;
        if ((kind == SQLITE_CHANGESET_DATA || kind == SQLITE_CHANGESET_CONFLICT)
            && sqlite3changeset_conflict(it, 1, &value) == SQLITE_OK && value)
            conflict.schemeId = sqlite3_value_int64(value);
        else
            conflict.schemeId = integerAt(it, 1, inserting);
    }
    conflicts->append(conflict);
    return SQLITE_CHANGESET_OMIT;
}

QString schemeName(const Database &db, qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(db.connectionName(), false));
    query.prepare(QStringLiteral("SELECT name FROM scheme WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// The figure's measure and period as the register holds it now: "assessments, 2021".
QString figureName(const Database &db, qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(db.connectionName(), false));
    query.prepare(QStringLiteral("SELECT m.key, f.period_start FROM figure f JOIN measure m ON "
                                 "m.id = f.measure_id WHERE f.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    const QString period = query.value(1).toString();
    return period.isEmpty() ? query.value(0).toString()
                            : query.value(0).toString() + QStringLiteral(", ") + period;
}

QString describeFigure(const Database &db, const Conflict &conflict, const QString &scheme)
{
    const QString figure = figureName(db, conflict.id);
    if (scheme.isEmpty())
        return ChangeRecorder::tr("a figure it concerns has been changed");
    if (figure.isEmpty())
        return ChangeRecorder::tr("a figure of \"%1\" has been changed").arg(scheme);
    return ChangeRecorder::tr("a figure of \"%1\" (%2) has been changed").arg(scheme, figure);
}

QString describe(const Database &db, const Conflict &conflict)
{
    const bool ofScheme = conflict.table == "scheme" || conflict.table.startsWith("scheme_");
    const QString scheme = schemeName(db, ofScheme ? conflict.id : conflict.schemeId);
    if (ofScheme)
        return scheme.isEmpty() ? ChangeRecorder::tr("a scheme it concerns has been deleted")
                                : ChangeRecorder::tr("\"%1\" has been changed").arg(scheme);
    if (conflict.table == "figure")
        return describeFigure(db, conflict, scheme);
    if (conflict.table.isEmpty())
        return ChangeRecorder::tr("the records it concerns have been changed");
    return ChangeRecorder::tr("a record it concerns (%1) has been changed")
        .arg(QString::fromUtf8(conflict.table));
}

// Every record concerned, each named once, in the order the change set meets them.
QString describeAll(const Database &db, const Conflicts &conflicts)
{
    QStringList names;
    for (const Conflict &conflict : conflicts) {
        const QString name = describe(db, conflict);
        if (!names.contains(name))
            names.append(name);
    }
    return ChangeRecorder::tr("The register has changed since: %1 (here or in another copy of OPCC "
                              "Schemes).")
        .arg(names.join(QStringLiteral("; ")));
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
// this copy of the app or another, would go unnoticed. Each such scheme, as a conflict.
Conflicts schemesWithOthersRows(const Database &db, const QByteArray &changes)
{
    const auto deleted = deletedRows(changes);
    const QSet<qint64> schemes = deleted.value("scheme");
    if (schemes.isEmpty())
        return {};
    QSqlQuery query(QSqlDatabase::database(db.connectionName(), false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
SELECT scheme_id FROM figure WHERE scheme_id IN (SELECT value FROM json_each(?))
    AND id NOT IN (SELECT value FROM json_each(?))
UNION SELECT scheme_id FROM foi_request_scheme
    WHERE scheme_id IN (SELECT value FROM json_each(?))
ORDER BY 1)"));
    query.addBindValue(idArray(schemes));
    query.addBindValue(idArray(deleted.value("figure")));
    query.addBindValue(idArray(schemes));
    Conflicts conflicts;
    if (query.exec()) {
        while (query.next())
            conflicts.append({ "scheme", query.value(0).toLongLong(), 0 });
    }
    return conflicts;
}

bool execute(sqlite3 *handle, const char *sql)
{
    return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

ChangeRecorder::ChangeRecorder(Database &db)
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

namespace {

// Applies changes inside a savepoint, noting every conflicting row, and rolls back when there
// was one or when only checking; the result code of sqlite3changeset_apply.
int applyNoting(sqlite3 *handle, const QByteArray &changes, ApplyContext *context)
{
    if (!execute(handle, "SAVEPOINT opcc_change_set"))
        return sqlite3_errcode(handle);
    const int rc
        = sqlite3changeset_apply(handle, int(changes.size()), const_cast<char *>(changes.data()),
            context->childrenOnly ? childTable : nullptr, onConflict, context);
    if (rc != SQLITE_OK || !context->conflicts.isEmpty() || context->childrenOnly)
        execute(handle, "ROLLBACK TO opcc_change_set");
    execute(handle, "RELEASE opcc_change_set");
    return rc;
}

} // namespace

bool ChangeRecorder::apply(Database &db, const QByteArray &changes, QString *error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        *error = tr("the database does not record changes");
        return false;
    }
    if (changes.isEmpty())
        return true;
    // The rows that conflict are left out and noted, the others applied, so that every record
    // in the way is found at once; then all of it is rolled back.
    ApplyContext context;
    context.conflicts = schemesWithOthersRows(db, changes);
    int rc = SQLITE_OK;
    if (deletedRows(changes).contains("scheme")) {
        context.childrenOnly = true;
        rc = applyNoting(handle, changes, &context);
        context.childrenOnly = false;
    }
    if (rc == SQLITE_OK)
        rc = applyNoting(handle, changes, &context);
    if (rc == SQLITE_OK && context.conflicts.isEmpty())
        return true;
    if (rc == SQLITE_OK || rc == SQLITE_ABORT || rc == SQLITE_CONSTRAINT)
        *error = describeAll(
            db, context.conflicts.isEmpty() ? Conflicts { Conflict() } : context.conflicts);
    else
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return false;
}

} // namespace opcc
