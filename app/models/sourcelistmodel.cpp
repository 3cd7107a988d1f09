// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/sourcelistmodel.h"

#include "domain/valueformat.h"
#include "storage/database.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QUrl>

namespace opcc {

namespace {

bool sameEntry(const SourceEntry &a, const SourceEntry &b)
{
    const SourceDocument &x = a.document;
    const SourceDocument &y = b.document;
    return x.title == y.title && x.kind == y.kind && x.publisher == y.publisher
        && x.reference == y.reference && x.issued == y.issued && x.file == y.file
        && a.schemeCount == b.schemeCount && a.figureCount == b.figureCount
        && a.attachmentName == b.attachmentName && a.attachmentSize == b.attachmentSize;
}

} // namespace

SourceListModel::SourceListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::recordsChanged, this, &SourceListModel::follow);
    m_entries = SourceStore::reader(m_db).entries();
}

void SourceListModel::follow(const ChangeSet &changes)
{
    // Documents change with lookups; a scheme or figure written may cite another one.
    if (changes.lookups || !changes.touchedSchemes().isEmpty() || changes.allFigures)
        refresh();
}

void SourceListModel::refresh()
{
    const QList<SourceEntry> now = SourceStore::reader(m_db).entries();
    if (m_db.hasReadError())
        return; // the window says why; the rows shown stay as they were
    QHash<qint64, const SourceEntry *> byId;
    for (const SourceEntry &e : now)
        byId.insert(e.document.id, &e);
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (byId.contains(m_entries.at(row).document.id))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    QSet<qint64> present;
    for (int row = 0; row < m_entries.size(); ++row) {
        const qint64 id = m_entries.at(row).document.id;
        present.insert(id);
        const SourceEntry &fresh = *byId.value(id);
        if (sameEntry(fresh, m_entries.at(row)))
            continue;
        m_entries[row] = fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    for (const SourceEntry &e : now) {
        if (present.contains(e.document.id))
            continue;
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row);
        m_entries.append(e);
        endInsertRows();
    }
}

int SourceListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).document.id == id)
            return row;
    }
    return -1;
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SourceListModel::isWebAddress(const QString &location)
{
    const QUrl url(location.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QString SourceListModel::copyText(const SourceEntry &entry)
{
    if (entry.hasAttachment())
        return tr("Attached: %1 (%2)")
            .arg(entry.attachmentName,
                QLocale().formattedDataSize(
                    entry.attachmentSize, 1, QLocale::DataSizeTraditionalFormat));
    const QString location = entry.document.file.trimmed();
    if (location.isEmpty())
        return {};
    if (isWebAddress(location))
        return tr("Web address");
    return tr("File: %1").arg(location);
}

QVariant SourceListModel::display(const SourceEntry &entry, int column) const
{
    const SourceDocument &d = entry.document;
    switch (Column(column)) {
    case Title:
        return d.title;
    case Kind:
        return Vocabulary<SourceKind>::label(d.kind);
    case Publisher:
        return d.publisher;
    case Reference:
        return d.reference;
    case Issued:
        return d.issued.isNull() ? QString() : formatPartialDate(d.issued);
    case Copy:
        return copyText(entry);
    case Cited:
        return tr("%n scheme(s), ", nullptr, entry.schemeCount)
            + tr("%n figure(s)", nullptr, entry.figureCount);
    case ColumnCount:
        break;
    }
    return {};
}

QString SourceListModel::searchText(const SourceEntry &entry) const
{
    QStringList parts;
    for (int column = 0; column < ColumnCount; ++column)
        parts.append(display(entry, column).toString());
    parts.append(entry.document.file);
    return parts.join(QLatin1Char('\n')).toCaseFolded();
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Copy && !entry.document.file.isEmpty())
            return entry.document.file;
        return index.column() == Title ? QVariant(entry.document.title) : QVariant();
    case SortRole:
        if (index.column() == Issued)
            return entry.document.issued.toIsoString();
        if (index.column() == Cited)
            return entry.citations();
        return display(entry, index.column()).toString().toCaseFolded();
    case IdRole:
        return entry.document.id;
    case SearchTextRole:
        return searchText(entry);
    default:
        return {};
    }
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Publisher:
        return tr("Publisher");
    case Reference:
        return tr("Reference");
    case Issued:
        return tr("Issued");
    case Copy:
        return tr("Copy held");
    case Cited:
        return tr("Cited by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace opcc
