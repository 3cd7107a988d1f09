// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/registerhistorymodel.h"

#include "domain/languagenotifier.h"
#include "models/auditlogmodel.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace opcc {

RegisterHistoryModel::RegisterHistoryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    LanguageNotifier::follow(this);
    connect(&m_db, &Database::recordsChanged, this, [this](const ChangeSet &changes) {
        if (changes.audit)
            fetchNew();
    });
    reload();
}

bool RegisterHistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    const auto entries = HistoryStore(m_db).entries();
    if (entries) {
        m_entries = *entries;
        std::reverse(m_entries.begin(), m_entries.end());
        m_error.clear();
    } else {
        m_error = HistoryStore(m_db).errorString();
    }
    endResetModel();
    return entries.has_value();
}

void RegisterHistoryModel::fetchNew()
{
    const qint64 last = m_entries.isEmpty() ? 0 : m_entries.constFirst().id;
    HistoryStore store(m_db);
    auto entries = store.entries(last);
    if (!entries) {
        m_error = store.errorString();
        return;
    }
    if (entries->isEmpty())
        return;
    std::reverse(entries->begin(), entries->end());
    beginInsertRows({}, 0, int(entries->size()) - 1);
    m_entries = *entries + m_entries;
    endInsertRows();
}

QStringList RegisterHistoryModel::people() const
{
    QSet<QString> names;
    for (const HistoryStore::Entry &entry : m_entries)
        names.insert(entry.osUser);
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return sorted;
}

int RegisterHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RegisterHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegisterHistoryModel::display(const HistoryStore::Entry &entry, int column) const
{
    switch (column) {
    case When: {
        const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : entry.at;
    }
    case Who:
        return entry.osUser;
    case Action:
        return AuditLogModel::actionLabel(entry.action);
    case Record:
        if (entry.entity == QLatin1String("import"))
            return tr("(the register)");
        if (entry.entity == QLatin1String("database"))
            return tr("(the database)");
        return entry.record;
    case Area:
        return entry.area;
    case Files: {
        QStringList names;
        for (const QString &file : entry.files)
            names.append(QFileInfo(file).fileName());
        return names.join(QStringLiteral(", "));
    }
    case Summary:
        return entry.summary.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QString RegisterHistoryModel::details(const HistoryStore::Entry &entry) const
{
    QStringList lines { entry.summary };
    for (const QString &file : entry.files)
        lines.append(tr("File: %1").arg(QDir::toNativeSeparators(file)));
    if (entry.entity == QLatin1String("scheme")) {
        if (const auto records = HistoryStore(m_db).records(entry.id))
            lines.append(AuditLogModel::describeChanges(records->first, records->second));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant RegisterHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryStore::Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == When)
            return entry.at;
        if (index.column() == Files)
            return QDir::toNativeSeparators(entry.files.join(QLatin1Char('\n')));
        if (index.column() == Summary)
            return entry.summary;
        return {};
    case SortRole:
        // Entries of the same second keep the order they were written in.
        return index.column() == When ? QVariant(entry.id)
                                      : QVariant(display(entry, index.column()));
    case DateRole:
        return QDateTime::fromString(entry.at, Qt::ISODate).toLocalTime().date();
    case EntityRole:
        return entry.entity;
    case EntityIdRole:
        return entry.entityId;
    case ActionKeyRole:
        return entry.action;
    case DetailsRole:
        return details(entry);
    }
    return {};
}

QVariant RegisterHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A click on When sorts the newest first, as the window opens.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole && section == When)
        return int(Qt::DescendingOrder);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("What");
    case Record:
        return tr("Scheme or Request");
    case Area:
        return tr("Area");
    case Files:
        return tr("Files");
    case Summary:
        return tr("Change");
    }
    return {};
}

} // namespace opcc
