// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace opcc {

class Database;

// The undo journal's rows (table undo_journal): which tables it records and how a row's image
// is written, the reference a step keeps to its journal, and applying its rows back or forth
// with the conflicts named. ChangeRecorder records and is the interface the rest of the app
// uses; this is its machinery.
namespace undojournal {

// How many journal rows apply() reads at a time: memory stays the same whatever the size.
constexpr int chunk = 500;

QSqlDatabase connectionOf(const Database &db);

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
    bool server
        = false; // on PostgreSQL: images by to_jsonb(), rows back by jsonb_populate_record()
    QStringList columns;
    QSet<QString> blobs; // held in the images as hexadecimal text
    QStringList key; // the primary key's columns
    // Rows of other tables that deleting a row of this one would delete or change
    // (ON DELETE CASCADE, SET NULL).
    QList<Child> children;

    // The row named `row` (new, old or a table alias) as one JSON object.
    QString image(const QString &row) const
    {
        if (server) // as the server's trigger (opcc_undo_record) writes it
            return QStringLiteral("CAST(to_jsonb(%1) AS text)").arg(row);
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

// The register's tables the journal records, with their columns, keys and the rows deleting
// one of theirs would delete or change.
QList<JournalTable> journalTables(const Database &db, QString *error);

struct Conflict
{
    QString table;
    qint64 id = 0;
    qint64 schemeId = 0;
};
using Conflicts = QList<Conflict>;
// Every record concerned, each named once, in the order the journal meets them.
QString describeAll(const Database &db, const Conflicts &conflicts);

struct JournalToken
{
    qint64 journal = 0;
    bool forward = true;
};
std::optional<JournalToken> parseToken(const QByteArray &changes);
QByteArray tokenOf(qint64 journal, bool forward);

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
    QSqlQuery &serverWrite(const JournalTable &table, const QString &from, const QString &to);
    bool run(QSqlQuery &query, QString *error);
    std::optional<QString> current(const JournalTable &table, const QString &image, QString *error);
    void note(const JournalTable &table, const QString &image, const QString &now);

    Database &m_db;
    QHash<QString, JournalTable> m_tables;
    QSet<std::pair<QString, qint64>> m_noted; // each conflict's table and first column
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

bool execute(const Database &db, const QString &sql);

// The condition on a figure's id that a range (Figures::NewByRange, its 'R' row) names: on a
// file every id past "from" up to "to"; on a server the runs of ids ("runs") this recording's
// own transaction inserted, as others may insert figures at the same time.
QString rangeCondition(const QJsonObject &range);

} // namespace undojournal
} // namespace opcc
