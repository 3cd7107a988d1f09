// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/undojournal.h"

#include "storage/changerecorder.h"
#include "storage/database.h"
#include "storage/serverschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QVariant>

namespace opcc::undojournal {

QSqlDatabase connectionOf(const Database &db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

// The register's own tables: the audit log keeps its own history, the undo history is what
// is being recorded, and the full-text tables follow by their triggers.
bool isRecorded(const QString &table)
{
    return table != QLatin1String("audit_log") && table != QLatin1String("undo_step")
        && table != QLatin1String("undo_journal") && !table.contains(QLatin1String("_fts"))
        && !table.startsWith(QLatin1String("sqlite_"))
        && table != QLatin1String(schema::serverVersionTable);
}

// The same as journalTables() reads from SQLite's schema, from PostgreSQL's catalogue.
QList<JournalTable> serverJournalTables(const Database &db, QString *error)
{
    QList<JournalTable> tables;
    QSqlQuery query(connectionOf(db));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT c.table_name, c.column_name, c.data_type, coalesce((SELECT "
            "array_position(CAST(i.indkey AS int2[]), a.attnum) + 1 FROM pg_index i JOIN "
            "pg_attribute a "
            "ON a.attrelid = i.indrelid WHERE i.indrelid = CAST(c.table_name AS regclass) AND "
            "i.indisprimary AND a.attname = c.column_name), 0) FROM information_schema.columns c "
            "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name "
            "= c.table_name WHERE c.table_schema = current_schema() AND t.table_type = 'BASE "
            "TABLE' ORDER BY c.table_name, c.ordinal_position"))) {
        *error = query.lastError().text();
        return {};
    }
    QMap<int, QString> key;
    const auto finish = [&] {
        if (!tables.isEmpty())
            tables.last().key = key.values();
        key.clear();
    };
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!isRecorded(name))
            continue;
        if (tables.isEmpty() || tables.last().name != name) {
            finish();
            JournalTable table;
            table.name = name;
            table.server = true;
            tables.append(table);
        }
        const QString column = query.value(1).toString();
        tables.last().columns.append(column);
        if (query.value(2).toString() == QLatin1String("bytea"))
            tables.last().blobs.insert(column);
        if (query.value(3).toInt() > 0)
            key.insert(query.value(3).toInt(), column);
    }
    finish();
    // Foreign keys of one column that delete (c) or empty (n) the rows referring to a row.
    QSqlQuery keys(connectionOf(db));
    if (!keys.exec(QStringLiteral(
            "SELECT CAST(CAST(k.conrelid AS regclass) AS text), CAST(CAST(k.confrelid AS "
            "regclass) AS text), (SELECT attname FROM pg_attribute WHERE attrelid = k.conrelid "
            "AND attnum = k.conkey[1]), (SELECT attname FROM pg_attribute WHERE attrelid = "
            "k.confrelid AND attnum = k.confkey[1]) FROM pg_constraint k WHERE k.contype = 'f' "
            "AND k.confdeltype IN ('c', 'n') AND k.connamespace = CAST(current_schema() AS "
            "regnamespace)"))) {
        *error = keys.lastError().text();
        return {};
    }
    while (keys.next()) {
        for (JournalTable &parent : tables) {
            if (parent.name == keys.value(1).toString())
                parent.children.append({ keys.value(0).toString(), keys.value(2).toString(),
                    keys.value(3).toString() });
        }
    }
    return tables;
}

QList<JournalTable> journalTables(const Database &db, QString *error)
{
    if (db.isServer())
        return serverJournalTables(db, error);
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

// The image's own row of the table, on a server: every column typed as the table has it.
QString populated(const JournalTable &table)
{
    return QStringLiteral("jsonb_populate_record(CAST(NULL AS %1), CAST(? AS jsonb))")
        .arg(table.name);
}

// How many times a key condition takes the image.
qsizetype keyBindings(const JournalTable &table)
{
    return table.server ? 1 : table.key.size();
}

QString keyCondition(const JournalTable &table)
{
    if (table.server) {
        const QString key = table.key.join(QStringLiteral(", "));
        return QStringLiteral("(%1) = (SELECT %1 FROM %2)").arg(key, populated(table));
    }
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
    for (qsizetype i = 0; i < keyBindings(table); ++i)
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
            const QString parentValue = table.server
                ? QStringLiteral("(SELECT %1 FROM %2)").arg(child.parentColumn, populated(table))
                : QStringLiteral("json_extract(?, '$.%1')").arg(child.parentColumn);
            QSqlQuery &query = prepared(
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 = %4")
                    .arg(childTable == m_tables.constEnd() ? QStringLiteral("1")
                                                           : childTable->columns.value(0),
                        child.table, child.column, parentValue));
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
    QSqlQuery *query = table.server ? &serverWrite(table, from, to) : nullptr;
    QStringList values;
    for (const QString &column : table.columns)
        values.append(table.blobs.contains(column)
                ? QStringLiteral("?")
                : QStringLiteral("json_extract(?, '$.%1')").arg(column));
    if (table.server) {
        // A refusal ends a transaction on a server: each write is a savepoint of its own.
    } else if (from.isEmpty()) {
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
    if (table.server && !execute(m_db, QStringLiteral("SAVEPOINT opcc_journal_row"))) {
        *error = m_db.errorString();
        return false;
    }
    if (query->exec()) {
        if (table.server)
            execute(m_db, QStringLiteral("RELEASE opcc_journal_row"));
        return true;
    }
    if (table.server)
        execute(m_db, QStringLiteral("ROLLBACK TO opcc_journal_row"));
    // A constraint of the register (a key, a foreign key) refuses the row: one in the way.
    // When rows were named already, it is most likely for them (a measure still used by a
    // figure that stays): the refusal names those.
    const QString code = query->lastError().nativeErrorCode();
    const bool refused = table.server ? code.startsWith(QLatin1String("23")) // integrity
                                      : code.toInt() % 256 == 19; // SQLITE_CONSTRAINT
    if (refused) {
        if (conflicts.isEmpty())
            note(table, keyed, now.value_or(QString()));
        return true;
    }
    *error = query->lastError().text();
    return false;
}

// The write of one journal row on a server, the row's values typed by the table itself.
QSqlQuery &JournalApplier::serverWrite(
    const JournalTable &table, const QString &from, const QString &to)
{
    const QString columns = table.columns.join(QStringLiteral(", "));
    QSqlQuery *query = nullptr;
    if (from.isEmpty()) {
        query = &prepared(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3")
                              .arg(table.name, columns, populated(table)));
        query->addBindValue(to);
    } else if (to.isEmpty()) {
        query = &prepared(
            QStringLiteral("DELETE FROM %1 WHERE %2").arg(table.name, keyCondition(table)));
        query->addBindValue(from);
    } else {
        query = &prepared(QStringLiteral("UPDATE %1 SET (%2) = (SELECT %2 FROM %3) WHERE %4")
                              .arg(table.name, columns, populated(table), keyCondition(table)));
        query->addBindValue(to);
        query->addBindValue(from);
    }
    return *query;
}

QString rangeCondition(const QJsonObject &range)
{
    const QJsonValue runs = range.value(QStringLiteral("runs"));
    if (!runs.isArray())
        return QStringLiteral("id > %1 AND id <= %2")
            .arg(range.value(QStringLiteral("from")).toInteger())
            .arg(range.value(QStringLiteral("to")).toInteger());
    QStringList parts;
    for (const QJsonValue &run : runs.toArray())
        parts.append(QStringLiteral("id BETWEEN %1 AND %2")
                         .arg(run.toArray().at(0).toInteger())
                         .arg(run.toArray().at(1).toInteger()));
    return parts.isEmpty() ? QStringLiteral("false")
                           : QStringLiteral("(%1)").arg(parts.join(QStringLiteral(" OR ")));
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
    const QString inRange = rangeCondition(object);
    // The row_version the recording left a figure with (1 unless it changed it again).
    const QString recordedVersion = table->server
        ? QStringLiteral("coalesce(CAST(CAST(? AS jsonb) ->> CAST(id AS text) AS integer), 1)")
        : QStringLiteral("coalesce(json_extract(?, '$.\"' || id || '\"'), 1)");
    // Every figure of the range changed since (each writer raises row_version) is in the way.
    QSqlQuery changed(connectionOf(m_db));
    changed.setForwardOnly(true);
    changed.prepare(QStringLiteral("SELECT id, scheme_id FROM figure WHERE %1 AND row_version <> "
                                   "%2 ORDER BY id")
                        .arg(inRange, recordedVersion));
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
        others.prepare(QStringLiteral("DELETE FROM figure WHERE %1 AND row_version = %2")
                           .arg(inRange, recordedVersion));
        others.addBindValue(versions);
        return run(others, error);
    }
    QSqlQuery images(connectionOf(m_db));
    if (table->server) // numbered within the journal (serverschema.cpp's serverUndoTriggers())
        images.prepare(
            QStringLiteral("INSERT INTO undo_journal (journal, seq, tbl, op, new_row) SELECT ?, "
                           "(SELECT coalesce(max(seq), 0) FROM undo_journal WHERE journal = ?) + "
                           "row_number() OVER (ORDER BY x.id), 'figure', 'I', %1 FROM figure x "
                           "WHERE %2")
                .arg(table->image(QStringLiteral("x")), inRange));
    else
        images.prepare(
            QStringLiteral("INSERT INTO undo_journal (journal, tbl, op, new_row) SELECT ?, "
                           "'figure', 'I', %1 FROM figure x WHERE %2 ORDER BY x.id")
                .arg(table->image(QStringLiteral("x")), inRange));
    images.addBindValue(journal);
    if (table->server)
        images.addBindValue(journal);
    QSqlQuery remove(connectionOf(m_db));
    remove.prepare(QStringLiteral("DELETE FROM figure WHERE %1").arg(inRange));
    QSqlQuery done(connectionOf(m_db));
    done.prepare(QStringLiteral("DELETE FROM undo_journal WHERE journal = ? AND seq = ?"));
    done.addBindValue(journal);
    done.addBindValue(seq);
    return run(images, error) && run(remove, error) && run(done, error);
}

bool execute(const Database &db, const QString &sql)
{
    QSqlQuery query(connectionOf(db));
    return query.exec(sql);
}

} // namespace opcc::undojournal
