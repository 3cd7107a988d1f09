// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/foirequestmodel.h"

#include "foi/foieditor.h"
#include "foi/foivalidator.h"
#include "storage/browsestore.h"
#include "storage/database.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QFont>
#include <QLocale>

namespace opcc {

FoiRequestModel::FoiRequestModel(Database &db, FoiEditor &editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_editor(editor)
{
    connect(&m_editor, &FoiEditor::requestChanged, this, &FoiRequestModel::follow);
    connect(&m_db, &Database::recordsChanged, this, &FoiRequestModel::followSchemes);
    reload();
}

void FoiRequestModel::setToday(QDate today)
{
    m_today = today;
    if (!m_requests.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FoiRequestModel::readSchemeNames()
{
    m_schemeNames.clear();
    for (const SchemeListing &listing : BrowseStore(m_db).listings())
        m_schemeNames.insert(listing.id, listing.name);
}

void FoiRequestModel::reload()
{
    beginResetModel();
    readSchemeNames();
    m_requests = m_editor.store().requests();
    endResetModel();
}

int FoiRequestModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).id == id)
            return row;
    }
    return -1;
}

// Where a request belongs in the model's own order: newest received first, then by reference.
int FoiRequestModel::insertionRow(const FoiRequest &request) const
{
    int row = 0;
    while (row < m_requests.size()) {
        const FoiRequest &other = m_requests.at(row);
        if (other.received < request.received
            || (other.received == request.received && other.reference > request.reference))
            break;
        ++row;
    }
    return row;
}

void FoiRequestModel::follow(qint64 id, bool exists)
{
    const int row = rowOf(id);
    const auto now = exists ? m_editor.store().request(id) : std::nullopt;
    if (!now) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_requests.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    for (qint64 schemeId : now->schemeIds) {
        if (!m_schemeNames.contains(schemeId)) {
            readSchemeNames(); // a scheme added since the model was filled
            break;
        }
    }
    if (row >= 0) {
        m_requests[row] = *now;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = insertionRow(*now);
    beginInsertRows({}, at, at);
    m_requests.insert(at, *now);
    endInsertRows();
}

// A scheme deleted, restored or renamed (in the main window, or by its undo or redo) changes
// the requests that name it: their links are read again, in place, so that the selection stays.
void FoiRequestModel::followSchemes(const ChangeSet &changes)
{
    if (changes.schemesInserted.isEmpty() && changes.schemesUpdated.isEmpty()
        && changes.schemesRemoved.isEmpty())
        return;
    readSchemeNames();
    const QList<FoiRequest> now = m_editor.store().requests();
    bool same = now.size() == m_requests.size();
    for (int row = 0; same && row < now.size(); ++row)
        same = now.at(row).id == m_requests.at(row).id;
    if (!same) {
        reload();
        return;
    }
    m_requests = now;
    if (!m_requests.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FoiRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int FoiRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FoiRequestModel::searchText(const FoiRequest &r) const
{
    QStringList parts { r.reference, r.subject, r.questions, foi::statusLabel(r.status),
        foi::requesterLabel(r.requesterKind), r.notes };
    for (qint64 id : r.schemeIds)
        parts.append(m_schemeNames.value(id));
    for (const QString &key : r.exemptions)
        parts.append(foi::exemptionText(key));
    return parts.join(QLatin1Char('\n')).toCaseFolded();
}

QVariant FoiRequestModel::display(const FoiRequest &r, int column) const
{
    switch (Column(column)) {
    case Reference:
        return r.reference;
    case Received:
        return foi::shortDayText(r.received);
    case Due:
        return r.due.isValid() ? foi::shortDayText(r.due) : tr("on hold");
    case Deadline:
        return foi::deadlineText(r, m_today);
    case Status:
        return foi::statusLabel(r.status);
    case Requester:
        return foi::requesterLabel(r.requesterKind);
    case Subject:
        return r.subject;
    case Schemes: {
        QStringList names;
        for (qint64 id : r.schemeIds)
            names.append(m_schemeNames.value(id));
        return names.join(QStringLiteral("; "));
    }
    case Replied:
        return foi::shortDayText(r.replied);
    case TimeSpent:
        return r.minutesSpent() == 0 ? QString()
                                     : tr("%1 h %2 min")
                                           .arg(r.minutesSpent() / 60)
                                           .arg(r.minutesSpent() % 60, 2, 10, QLatin1Char('0'));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FoiRequestModel::sortValue(const FoiRequest &r, int column) const
{
    switch (Column(column)) {
    case Received:
        return r.received;
    case Due:
    case Deadline:
        // Requests on hold sort after every dated one; closed ones after those.
        return r.isClosed() ? QDate(9999, 12, 31) : r.due.isValid() ? r.due : QDate(9999, 1, 1);
    case Replied:
        return r.replied;
    case Status:
        return int(r.status);
    case Schemes:
        return int(r.schemeIds.size());
    case TimeSpent:
        return r.minutesSpent();
    default:
        return display(r, column).toString().toCaseFolded();
    }
}

QVariant FoiRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FoiRequest &r = m_requests.at(index.row());
    const foi::Deadline deadline = foi::deadline(r, m_today);
    const bool pressing = deadline == foi::Deadline::Overdue || deadline == foi::Deadline::DueSoon;
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Subject)
            return r.questions;
        return pressing ? foi::deadlineText(r, m_today) : QVariant();
    case Qt::FontRole:
        if (pressing) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (deadline == foi::Deadline::Overdue)
            return QBrush(QColor(0xF8, 0xD7, 0xDA));
        if (deadline == foi::Deadline::DueSoon)
            return QBrush(QColor(0xFF, 0xF3, 0xCD));
        return {};
    case Qt::ForegroundRole:
        // Dark text on the tints, whatever the palette.
        return pressing ? QBrush(QColor(0x21, 0x25, 0x29)) : QVariant();
    case SortRole:
        return sortValue(r, index.column());
    case IdRole:
        return r.id;
    case DeadlineRole:
        return int(deadline);
    case SearchTextRole:
        return searchText(r);
    default:
        return {};
    }
}

QVariant FoiRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Reference:
        return tr("Reference");
    case Received:
        return tr("Received");
    case Due:
        return tr("Due");
    case Deadline:
        return tr("Deadline");
    case Status:
        return tr("Status");
    case Requester:
        return tr("Requester");
    case Subject:
        return tr("Subject");
    case Schemes:
        return tr("Schemes");
    case Replied:
        return tr("Replied");
    case TimeSpent:
        return tr("Time spent");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace opcc
