// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "foi/foirequest.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace opcc {

class Database;
struct ChangeSet;
class FoiEditor;

// The FOI requests register as a table, newest received first. Follows the editor: a change,
// an undo or a redo updates, inserts or removes the row concerned, so selection and scrolling
// survive. Rows whose reply is overdue or due within a week are marked in words (the Deadline
// column), in bold and with a tint, never by colour alone.
class FoiRequestModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Reference,
        Received,
        Due,
        Deadline,
        Status,
        Requester,
        Subject,
        Schemes,
        Replied,
        TimeSpent,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // dates as dates, counts as numbers
        IdRole,
        DeadlineRole, // foi::Deadline as int
        SearchTextRole, // everything filter-as-you-type looks in, case-folded
    };

    FoiRequestModel(Database &db, FoiEditor &editor, QObject *parent = nullptr);

    // The day deadlines are measured from (today unless a test sets it).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    void reload();

    const FoiRequest &request(int row) const { return m_requests.at(row); }
    int rowOf(qint64 id) const;
    QString schemeName(qint64 schemeId) const { return m_schemeNames.value(schemeId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void follow(qint64 id, bool exists);
    void followSchemes(const ChangeSet &changes);
    void readSchemeNames();
    QVariant display(const FoiRequest &request, int column) const;
    QVariant sortValue(const FoiRequest &request, int column) const;
    QString searchText(const FoiRequest &request) const;
    int insertionRow(const FoiRequest &request) const;

    Database &m_db;
    FoiEditor &m_editor;
    QList<FoiRequest> m_requests;
    QHash<qint64, QString> m_schemeNames;
    QDate m_today = QDate::currentDate();
};

} // namespace opcc
