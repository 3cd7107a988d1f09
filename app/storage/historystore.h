// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opcc {

class Database;

// The audit log of the whole register, as Tools > History lists it: every entry with the
// record it concerns named (a scheme's name and area, as stored or, for one since deleted, as
// the entry recorded it; an FOI request's reference) and, for an import, the files it read.
// Entries are read without their before and after records, which are read one at a time.
class HistoryStore final
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString at; // ISO 8601, UTC
        QString osUser;
        QString action; // create, update, delete, import, migrate
        QString entity; // scheme, foi_request, import, database
        qint64 entityId = 0;
        QString record; // "DIVERT", "FOI 2020-500"
        QString area; // a scheme's areas
        QString summary;
        QStringList files; // an import's, as absolute paths
    };

    explicit HistoryStore(const Database &db);

    // The entries with an id above afterId, oldest first; nullopt when the log cannot be read.
    std::optional<QList<Entry>> entries(qint64 afterId = 0) const;
    // The record before and after the change of one entry (JSON; empty for none).
    std::optional<QPair<QString, QString>> records(qint64 id) const;
    QString errorString() const { return m_error; }

private:
    const Database &m_db;
    mutable QString m_error;
};

} // namespace opcc
