// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/changerecorder.h"

#include "storage/database.h"

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

namespace {

// How many journal rows apply() reads at a time: memory stays the same whatever the size.
constexpr int journalChunk = 500;

QSqlDatabase connectionOf(const Database &db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

// A table whose rows are the register's, as the journal sees it.
struct JournalTable
{
    struct Child
    {
        QString table;
        QString column; // in the child table
        QString parentColumn;
    };
    QString name;
    QStringList columns;
    QSet<QString> blobs; // held in the images as hexadecimal text
    QStringList key; // the primary key's columns
    // Rows of other tables that deleting a row of this one would delete or change
    // (ON DELETE CASCADE, SET NULL).
    QList<Child> children;

    // The row named `row` (new, old or a table alias) as one JSON object.
    QString image(const QString &row) const
    {
        QStringList parts;
        for (const QString &column : columns) {
            const QString value = row + QLatin1Char('.') + column;
            parts.append(QStringLiteral("'%1', %2")
                             .arg(column,
                                 blobs.contains(column)
                                     ? QStringLiteral("iif(%1 IS NULL, NULL, hex(%1))").arg(value)
                                     : value));
        }
        return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
    }
};

// The register's own tables: the audit log keeps its own history, the undo history is what
// is being recorded, and the full-text tables follow by their triggers.
bool isRecorded(const QString &table)
{
    return table != QLatin1String("audit_log") && table != QLatin1String("undo_step")
        && table != QLatin1String("undo_journal") && !table.contains(QLatin1String("_fts"))
        && !table.startsWith(QLatin1String("sqlite_"));
}

QList<JournalTable> journalTables(const Database &db, QString *error)
{
    QList<JournalTable> tables;
    QSqlQuery names(connectionOf(db));
    if (!names.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))) {
        *error = names.lastError().text();
        return {};
    }
    while (names.next()) {
        const QString name = names.value(0).toString();
        if (!isRecorded(name))
            continue;
        JournalTable table;
        table.name = name;
        QSqlQuery columns(connectionOf(db));
        if (!columns.exec(
                QStringLiteral("SELECT name, upper(type), pk FROM pragma_table_info('%1') "
                               "ORDER BY cid")
                    .arg(name))) {
            *error = columns.lastError().text();
            return {};
        }
        QMap<int, QString> key;
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            table.columns.append(column);
            if (columns.value(1).toString() == QLatin1String("BLOB"))
                table.blobs.insert(column);
            if (columns.value(2).toInt() > 0)
                key.insert(columns.value(2).toInt(), column);
        }
        table.key = key.values();
        tables.append(table);
    }
    // Each table's foreign keys, as children of the tables they refer to.
    for (const JournalTable &child : std::as_const(tables)) {
        QSqlQuery keys(connectionOf(db));
        if (!keys.exec(QStringLiteral("SELECT \"table\", \"from\", \"to\", on_delete FROM "
                                      "pragma_foreign_key_list('%1')")
                           .arg(child.name))) {
            *error = keys.lastError().text();
            return {};
        }
        while (keys.next()) {
            const QString action = keys.value(3).toString().toUpper();
            if (action != QLatin1String("CASCADE") && action != QLatin1String("SET NULL"))
                continue; // any other refusal is the foreign key's own
            for (JournalTable &parent : tables) {
                if (parent.name == keys.value(0).toString())
                    parent.children.append(
                        { child.name, keys.value(1).toString(), keys.value(2).toString() });
            }
        }
    }
    return tables;
}

struct Conflict
{
    QString table;
    qint64 id = 0;
    qint64 schemeId = 0;
};
using Conflicts = QList<Conflict>;

QString schemeName(const Database &db, qint64 id)
{
    QSqlQuery query(connectionOf(db));
    query.prepare(QStringLiteral("SELECT name FROM scheme WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// The figure's measure and period as the register holds it now: "assessments, 2021".
QString figureName(const Database &db, qint64 id)
{
    QSqlQuery query(connectionOf(db));
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
    const bool ofScheme = conflict.table == QLatin1String("scheme")
        || conflict.table.startsWith(QLatin1String("scheme_"));
    const QString scheme = schemeName(db, ofScheme ? conflict.id : conflict.schemeId);
    if (ofScheme)
        return scheme.isEmpty() ? ChangeRecorder::tr("a scheme it concerns has been deleted")
                                : ChangeRecorder::tr("\"%1\" has been changed").arg(scheme);
    if (conflict.table == QLatin1String("figure"))
        return describeFigure(db, conflict, scheme);
    if (conflict.table.isEmpty())
        return ChangeRecorder::tr("the records it concerns have been changed");
    return ChangeRecorder::tr("a record it concerns (%1) has been changed").arg(conflict.table);
}

// Every record concerned, each named once, in the order the journal meets them.
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

struct JournalToken
{
    qint64 journal = 0;
    bool forward = true;
};

std::optional<JournalToken> parseToken(const QByteArray &changes)
{
    const QList<QByteArray> parts = changes.split(' ');
    if (parts.size() != 3 || parts.at(0) != "journal")
        return std::nullopt;
    bool ok = false;
    JournalToken token;
    token.journal = parts.at(1).toLongLong(&ok);
    if (!ok || token.journal <= 0 || (parts.at(2) != "forward" && parts.at(2) != "backward"))
        return std::nullopt;
    token.forward = parts.at(2) == "forward";
    return token;
}

QByteArray tokenOf(qint64 journal, bool forward)
{
    return "journal " + QByteArray::number(journal) + (forward ? " forward" : " backward");
}

// One row's image as JSON, read with the register's own JSON functions.
qint64 integerIn(const QString &image, const QString &column)
{
    return QJsonDocument::fromJson(image.toUtf8()).object().value(column).toInteger();
}

// Applies journal rows one by one, each checked against the row as it is now.
class JournalApplier
{
public:
    JournalApplier(Database &db, QList<JournalTable> tables)
        : m_db(db)
    {
        for (JournalTable &table : tables)
            m_tables.insert(table.name, std::move(table));
    }

    // False on a failure of the database itself (*error); conflicts are noted.
    bool applyRow(const QString &table, const QString &from, const QString &to, QString *error);
    // The figures a recording inserted and named by their ids (Figures::NewByRange), taken out:
    // their images are written into the journal first, so that a redo puts them back.
    bool takeRange(qint64 journal, qint64 seq, const QString &range, QString *error);

    Conflicts conflicts;

private:
    QSqlQuery &prepared(const QString &sql);
    bool run(QSqlQuery &query, QString *error);
    std::optional<QString> current(const JournalTable &table, const QString &image, QString *error);
    void note(const JournalTable &table, const QString &image, const QString &now);

    Database &m_db;
    QHash<QString, JournalTable> m_tables;
    QSet<std::pair<QString, qint64>> m_noted; // each conflict's table and first column
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

QSqlQuery &JournalApplier::prepared(const QString &sql)
{
    auto found = m_queries.find(sql);
    if (found != m_queries.end())
        return *found->second;
    auto query = std::make_unique<QSqlQuery>(connectionOf(m_db));
    query->setForwardOnly(true);
    query->prepare(sql);
    return *m_queries.emplace(sql, std::move(query)).first->second;
}

bool JournalApplier::run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// The values of an image's columns, each placeholder in column order: the image itself (read
// by json_extract) or, for a blob, its bytes.
void bindColumns(QSqlQuery &query, const JournalTable &table, const QString &image)
{
    QJsonObject object;
    if (!table.blobs.isEmpty())
        object = QJsonDocument::fromJson(image.toUtf8()).object();
    for (const QString &column : table.columns) {
        if (!table.blobs.contains(column)) {
            query.addBindValue(image);
            continue;
        }
        const QJsonValue value = object.value(column);
        query.addBindValue(value.isNull()
                ? QVariant(QMetaType(QMetaType::QByteArray))
                : QVariant(QByteArray::fromHex(value.toString().toLatin1())));
    }
}

QString keyCondition(const JournalTable &table)
{
    QStringList parts;
    for (const QString &column : table.key)
        parts.append(QStringLiteral("%1 = json_extract(?, '$.%1')").arg(column));
    return parts.join(QStringLiteral(" AND "));
}

// The row the image names (by its key) as it is now, or nullopt-with-empty-error when there
// is none.
std::optional<QString> JournalApplier::current(
    const JournalTable &table, const QString &image, QString *error)
{
    QSqlQuery &query
        = prepared(QStringLiteral("SELECT %1 FROM %2 x WHERE %3")
                       .arg(table.image(QStringLiteral("x")), table.name, keyCondition(table)));
    for (qsizetype i = 0; i < table.key.size(); ++i)
        query.addBindValue(image);
    if (!run(query, error))
        return std::nullopt;
    std::optional<QString> row;
    if (query.next())
        row = query.value(0).toString();
    query.finish();
    return row;
}

void JournalApplier::note(const JournalTable &table, const QString &image, const QString &now)
{
    Conflict conflict;
    conflict.table = table.name;
    conflict.id = integerIn(image, table.columns.value(0));
    m_noted.insert({ table.name, conflict.id });
    if (table.name == QLatin1String("figure"))
        conflict.schemeId = integerIn(now.isEmpty() ? image : now, QStringLiteral("scheme_id"));
    conflicts.append(conflict);
}

bool JournalApplier::applyRow(
    const QString &tableName, const QString &from, const QString &to, QString *error)
{
    const auto found = m_tables.constFind(tableName);
    if (found == m_tables.constEnd()) {
        *error = ChangeRecorder::tr("the step's record is unreadable");
        return false;
    }
    const JournalTable &table = *found;
    const QString &keyed = from.isEmpty() ? to : from;
    const std::optional<QString> now = current(table, keyed, error);
    if (!now && !error->isEmpty())
        return false;
    if (from.isEmpty()) { // an insertion: the row must not be there
        if (now) {
            note(table, to, *now);
            return true;
        }
    } else if (!now) {
        // A row to delete that is gone already went with its parent (ON DELETE CASCADE, which
        // the parent's deletion checks could take nothing the journal does not also delete).
        if (!to.isEmpty())
            note(table, from, QString());
        return true;
    } else if (*now != from) {
        note(table, from, *now);
        return true;
    }
    if (to.isEmpty()) {
        // Deleting would take or change other rows with it: those were written since.
        for (const JournalTable::Child &child : table.children) {
            const auto childTable = m_tables.constFind(child.table);
            QSqlQuery &query = prepared(
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 = json_extract(?, '$.%4')")
                    .arg(childTable == m_tables.constEnd() ? QStringLiteral("1")
                                                           : childTable->columns.value(0),
                        child.table, child.column, child.parentColumn));
            query.addBindValue(from);
            if (!run(query, error))
                return false;
            // A row already named as changed is not named again through its parent.
            bool taken = false;
            while (!taken && query.next())
                taken = !m_noted.contains({ child.table, query.value(0).toLongLong() });
            query.finish();
            if (taken) {
                note(table, from, *now);
                return true;
            }
        }
    }
    // The write itself; a row the register refuses (a key or foreign key) is one in the way.
    QSqlQuery *query = nullptr;
    QStringList values;
    for (const QString &column : table.columns)
        values.append(table.blobs.contains(column)
                ? QStringLiteral("?")
                : QStringLiteral("json_extract(?, '$.%1')").arg(column));
    if (from.isEmpty()) {
        query = &prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table.name, table.columns.join(QStringLiteral(", ")),
                                  values.join(QStringLiteral(", "))));
        bindColumns(*query, table, to);
    } else if (to.isEmpty()) {
        query = &prepared(
            QStringLiteral("DELETE FROM %1 WHERE %2").arg(table.name, keyCondition(table)));
        for (qsizetype i = 0; i < table.key.size(); ++i)
            query->addBindValue(from);
    } else {
        QStringList assignments;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            assignments.append(table.columns.at(i) + QStringLiteral(" = ") + values.at(i));
        query = &prepared(
            QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                .arg(table.name, assignments.join(QStringLiteral(", ")), keyCondition(table)));
        bindColumns(*query, table, to);
        for (qsizetype i = 0; i < table.key.size(); ++i)
            query->addBindValue(from);
    }
    if (query->exec())
        return true;
    // A constraint of the register (a key, a foreign key) refuses the row: one in the way.
    // When rows were named already, it is most likely for them (a measure still used by a
    // figure that stays): the refusal names those.
    if (query->lastError().nativeErrorCode().toInt() % 256 == 19) { // SQLITE_CONSTRAINT
        if (conflicts.isEmpty())
            note(table, keyed, now.value_or(QString()));
        return true;
    }
    *error = query->lastError().text();
    return false;
}

bool JournalApplier::takeRange(qint64 journal, qint64 seq, const QString &range, QString *error)
{
    const QJsonObject object = QJsonDocument::fromJson(range.toUtf8()).object();
    const qint64 from = object.value(QStringLiteral("from")).toInteger();
    const qint64 to = object.value(QStringLiteral("to")).toInteger();
    const QString versions
        = QString::fromUtf8(QJsonDocument(object.value(QStringLiteral("versions")).toObject())
                                .toJson(QJsonDocument::Compact));
    const auto table = m_tables.constFind(QStringLiteral("figure"));
    if (table == m_tables.constEnd() || to < from) {
        *error = ChangeRecorder::tr("the step's record is unreadable");
        return false;
    }
    // Every figure of the range changed since (each writer raises row_version) is in the way.
    QSqlQuery changed(connectionOf(m_db));
    changed.setForwardOnly(true);
    changed.prepare(QStringLiteral("SELECT id, scheme_id FROM figure WHERE id > ? AND id <= ? "
                                   "AND row_version <> coalesce(json_extract(?, '$.\"' || id || "
                                   "'\"'), 1) ORDER BY id"));
    changed.addBindValue(from);
    changed.addBindValue(to);
    changed.addBindValue(versions);
    if (!run(changed, error))
        return false;
    bool any = false;
    while (changed.next()) {
        conflicts.append({ QStringLiteral("figure"), changed.value(0).toLongLong(),
            changed.value(1).toLongLong() });
        m_noted.insert({ QStringLiteral("figure"), changed.value(0).toLongLong() });
        any = true;
    }
    if (changed.lastError().isValid()) {
        *error = changed.lastError().text();
        return false;
    }
    if (any) {
        // The others are taken out all the same (the whole is rolled back): a scheme's own
        // deletion then meets only the figures already named.
        QSqlQuery others(connectionOf(m_db));
        others.prepare(QStringLiteral("DELETE FROM figure WHERE id > ? AND id <= ? AND "
                                      "row_version = coalesce(json_extract(?, '$.\"' || id || "
                                      "'\"'), 1)"));
        others.addBindValue(from);
        others.addBindValue(to);
        others.addBindValue(versions);
        return run(others, error);
    }
    QSqlQuery images(connectionOf(m_db));
    images.prepare(QStringLiteral("INSERT INTO undo_journal (journal, tbl, op, new_row) SELECT ?, "
                                  "'figure', 'I', %1 FROM figure x WHERE x.id > ? AND x.id <= ? "
                                  "ORDER BY x.id")
                       .arg(table->image(QStringLiteral("x"))));
    images.addBindValue(journal);
    images.addBindValue(from);
    images.addBindValue(to);
    QSqlQuery remove(connectionOf(m_db));
    remove.prepare(QStringLiteral("DELETE FROM figure WHERE id > ? AND id <= ?"));
    remove.addBindValue(from);
    remove.addBindValue(to);
    QSqlQuery done(connectionOf(m_db));
    done.prepare(QStringLiteral("DELETE FROM undo_journal WHERE seq = ?"));
    done.addBindValue(seq);
    return run(images, error) && run(remove, error) && run(done, error);
}

bool execute(const Database &db, const QString &sql)
{
    QSqlQuery query(connectionOf(db));
    return query.exec(sql);
}

} // namespace

ChangeRecorder::ChangeRecorder(Database &db, Figures figures)
    : m_db(db)
{
    if (db.isServer() || !db.isOpen()) {
        m_error = tr("the database does not record changes");
        return;
    }
    const QList<JournalTable> tables = journalTables(db, &m_error);
    if (tables.isEmpty()) {
        if (m_error.isEmpty())
            m_error = tr("the database does not record changes");
        return;
    }
    // Two copies of the app may start recording at once (their writes then wait for each
    // other): each recording has an id of its own, drawn at random.
    m_journal = qint64(QRandomGenerator::global()->generate64() >> 2) + 1;
    if (figures == Figures::NewByRange) {
        QSqlQuery query(connectionOf(db));
        if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM figure"))
            || !query.next()) {
            m_error = query.lastError().text();
            return;
        }
        m_figuresBefore = query.value(0).toLongLong();
    }
    for (const JournalTable &table : tables) {
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
    QSqlQuery query(connectionOf(m_db));
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

void ChangeRecorder::stop()
{
    for (const QString &trigger : std::as_const(m_triggers))
        execute(m_db, QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(trigger));
    m_triggers.clear();
}

bool ChangeRecorder::noteRange()
{
    // The figures inserted, by their ids; those already changed by the recording itself with
    // their row_version, and the schemes they belong to (what an undo announces).
    QSqlQuery query(connectionOf(m_db));
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
    QSqlQuery query(connectionOf(m_db));
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM undo_journal WHERE journal = ?)"));
    query.addBindValue(m_journal);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return {};
    }
    return query.value(0).toBool() ? tokenOf(m_journal, true) : QByteArray();
}

QByteArray ChangeRecorder::inverted(const QByteArray &changes)
{
    const auto token = parseToken(changes);
    return token ? tokenOf(token->journal, !token->forward) : QByteArray();
}

qint64 ChangeRecorder::journalOf(const QByteArray &changes)
{
    const auto token = parseToken(changes);
    return token ? token->journal : 0;
}

bool ChangeRecorder::apply(Database &db, const QByteArray &changes, QString *error)
{
    const auto token = parseToken(changes);
    if (db.isServer()) {
        *error = tr("the database does not record changes");
        return false;
    }
    if (!token) {
        *error = tr("the step's record is unreadable");
        return false;
    }
    QList<JournalTable> tables = journalTables(db, error);
    if (tables.isEmpty())
        return false;
    {
        QSqlQuery any(connectionOf(db));
        any.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM undo_journal WHERE journal = ?)"));
        any.addBindValue(token->journal);
        if (!any.exec() || !any.next() || !any.value(0).toBool()) {
            *error = tr("the step's record is unreadable");
            return false;
        }
    }
    if (!execute(db, QStringLiteral("SAVEPOINT opcc_journal"))) {
        *error = db.errorString();
        return false;
    }
    // The rows that conflict are left out and noted, the others applied, so that every record
    // in the way is found at once; then all of it is rolled back. Backwards, each row's image
    // after is what must be there, and its image before what it becomes.
    JournalApplier applier(db, std::move(tables));
    QSqlQuery rows(connectionOf(db));
    rows.setForwardOnly(true);
    rows.prepare(token->forward
            ? QStringLiteral("SELECT seq, tbl, op, old_row, new_row FROM undo_journal WHERE "
                             "journal = ? AND seq > ? ORDER BY seq LIMIT %1")
                  .arg(journalChunk)
            : QStringLiteral("SELECT seq, tbl, op, old_row, new_row FROM undo_journal WHERE "
                             "journal = ? AND seq < ? ORDER BY seq DESC LIMIT %1")
                  .arg(journalChunk));
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
        execute(db, QStringLiteral("ROLLBACK TO opcc_journal"));
    execute(db, QStringLiteral("RELEASE opcc_journal"));
    if (ok && applier.conflicts.isEmpty())
        return true;
    if (ok)
        *error = describeAll(db, applier.conflicts);
    return false;
}

ChangeSet ChangeRecorder::touched(const Database &db, const QByteArray &changes)
{
    ChangeSet touched;
    const auto token = parseToken(changes);
    if (!token || db.isServer())
        return touched;
    // Backwards, what was inserted is removed and what was deleted comes back.
    const QString inserted = token->forward ? QStringLiteral("I") : QStringLiteral("D");
    QSqlQuery query(connectionOf(db));
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
