// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/auditstore.h"
#include "storage/database.h"

#include <QAbstractTableModel>

namespace opcc {

// The audit log of one scheme, newest first: when, who, what, and for each entry the fields it
// changed with their values before and after (DetailsRole). Follows the database.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Action, Summary, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        DetailsRole = Qt::UserRole + 1, // "status: active -> ended" lines
        BeforeJsonRole,
        AfterJsonRole,
    };

    explicit AuditLogModel(Database &db, QObject *parent = nullptr);

    void setScheme(qint64 schemeId);
    qint64 schemeId() const { return m_schemeId; }
    // The changed fields of one entry, one line each, from its before and after JSON.
    static QStringList describeChanges(const QString &beforeJson, const QString &afterJson);
    // An audit entry's action in words: "Created", "Changed", "Imported"...
    static QString actionLabel(const QString &action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void load();

    Database &m_db;
    qint64 m_schemeId = 0;
    QList<AuditStore::Entry> m_entries;
};

} // namespace opcc
