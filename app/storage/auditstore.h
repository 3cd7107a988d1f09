// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace opcc {

class Database;

// The audit log: one entry per change (when, the operating system account, what, and the whole
// record before and after as JSON). Written inside the change's own transaction, so that the entry
// and the change commit or roll back together.
class AuditStore final
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString at;
        QString osUser;
        QString action;
        QString entity;
        qint64 entityId = 0;
        QString summary;
        QString beforeJson;
        QString afterJson;
    };

    explicit AuditStore(Database &db);
    // A store for reading only, from a Database held const.
    static const AuditStore reader(const Database &db);

    // Oldest first; of one kind of record (entity) and one record (entityId) when given.
    QList<Entry> entries(const QString &entity = {}, qint64 entityId = 0) const;
    // Call inside the transaction of the change it records.
    bool write(const QString &action, const QString &entity, qint64 entityId,
        const QString &summary, const QString &beforeJson = {}, const QString &afterJson = {});
    // The same entry (no images) for each of several records, in one statement: an import's
    // entry in each scheme's history, thousands of them, one round trip on a server.
    bool writeEach(const QString &action, const QString &entity, const QList<qint64> &entityIds,
        const QString &summary);

private:
    Database &m_db;
};

} // namespace opcc
