// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/undostore.h"

#include "storage/accountname.h"
#include "storage/changerecorder.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace opcc {

UndoStore::UndoStore(Database &db, const QString &account)
    : m_db(db)
    , m_account(account.isEmpty() ? accountName() : account)
{
    if (!account.isEmpty() || !db.isServer())
        return;
    // On a server the officers of a team share one register from many computers, where the
    // same login name may be two people: the database user comes first.
    QSqlQuery user(QSqlDatabase::database(db.connectionName(), false));
    if (user.exec(QStringLiteral("SELECT session_user")) && user.next())
        m_account = user.value(0).toString() + QLatin1Char('/') + m_account;
}

bool UndoStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QList<UndoStore::Step> UndoStore::steps() const
{
    QList<Step> steps;
    if (!m_db.isOpen())
        return steps;
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, text, entity, entity_id, done, changes FROM "
                                      "undo_step WHERE os_user = ? ORDER BY done DESC, id"))) {
        m_error = query.lastError().text();
        return steps;
    }
    query.addBindValue(m_account);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return steps;
    }
    while (query.next()) {
        Step step;
        step.id = query.value(0).toLongLong();
        step.text = query.value(1).toString();
        step.entity = query.value(2).toString();
        step.entityId = query.value(3).toLongLong();
        step.done = query.value(4).toInt() != 0;
        step.changes = query.value(5).toByteArray();
        steps.append(step);
    }
    if (query.lastError().isValid()) {
        m_error = query.lastError().text();
        return {};
    }
    return steps;
}

std::optional<qint64> UndoStore::add(const Step &step)
{
    if (m_db.isReadOnly())
        return std::nullopt;
    Database::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = m_db.errorString();
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_db.connectionName(), false));
    const bool ok = removeUndone()
        && query.prepare(QStringLiteral("INSERT INTO undo_step (os_user, at, text, entity, "
                                        "entity_id, done, changes, journal) VALUES (?, ?, ?, ?, "
                                        "?, 1, ?, ?)"));
    if (!ok) {
        m_error = m_error.isEmpty() ? query.lastError().text() : m_error;
        return std::nullopt;
    }
    for (const QVariant &value :
        { QVariant(m_account), QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
            QVariant(step.text), QVariant(step.entity), QVariant(step.entityId),
            QVariant(step.changes), QVariant(ChangeRecorder::journalOf(step.changes)) })
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    // Only the newest steps are kept.
    const QString older = QStringLiteral("os_user = ? AND id NOT IN (SELECT id FROM undo_step "
                                         "WHERE os_user = ? ORDER BY id DESC LIMIT ?)");
    if (!dropJournals(older, { m_account, m_account, limit })
        || !exec(
            QStringLiteral("DELETE FROM undo_step WHERE ") + older, { m_account, m_account, limit })
        || !transaction.commit()) {
        m_error = m_error.isEmpty() ? m_db.errorString() : m_error;
        return std::nullopt;
    }
    return id;
}

bool UndoStore::dropJournals(const QString &steps, const QVariantList &values)
{
    return exec(QStringLiteral("DELETE FROM undo_journal WHERE journal IN (SELECT journal FROM "
                               "undo_step WHERE journal <> 0 AND %1)")
                    .arg(steps),
        values);
}

bool UndoStore::update(qint64 id, bool done, const QByteArray &changes)
{
    if (m_db.isReadOnly())
        return false;
    Database::Transaction transaction(m_db);
    const qint64 journal = ChangeRecorder::journalOf(changes);
    // A step written again (an edit undone or redone in this run) has a new journal.
    const bool ok = transaction.isActive()
        && dropJournals(QStringLiteral("id = ? AND journal <> ?"), { id, journal })
        && exec(QStringLiteral("UPDATE undo_step SET done = ?, changes = ?, journal = ? WHERE "
                               "id = ?"),
            { done ? 1 : 0, changes, journal, id })
        && transaction.commit();
    if (!ok && m_error.isEmpty())
        m_error = m_db.errorString();
    return ok;
}

bool UndoStore::remove(qint64 id)
{
    if (m_db.isReadOnly())
        return false;
    Database::Transaction transaction(m_db);
    const bool ok = transaction.isActive() && dropJournals(QStringLiteral("id = ?"), { id })
        && exec(QStringLiteral("DELETE FROM undo_step WHERE id = ?"), { id })
        && transaction.commit();
    if (!ok && m_error.isEmpty())
        m_error = m_db.errorString();
    return ok;
}

bool UndoStore::removeUndone()
{
    if (m_db.isReadOnly())
        return false;
    Database::Transaction transaction(m_db);
    const QString undone = QStringLiteral("os_user = ? AND done = 0");
    const bool ok = transaction.isActive() && dropJournals(undone, { m_account })
        && exec(QStringLiteral("DELETE FROM undo_step WHERE ") + undone, { m_account })
        && transaction.commit();
    if (!ok && m_error.isEmpty())
        m_error = m_db.errorString();
    return ok;
}

} // namespace opcc
