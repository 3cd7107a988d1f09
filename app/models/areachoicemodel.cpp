// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/areachoicemodel.h"

#include "domain/languagenotifier.h"

namespace opcc {

namespace {

QString nationLabel(Nation nation)
{
    switch (nation) {
    case Nation::England:
        return AreaChoiceModel::tr("England");
    case Nation::Wales:
        return AreaChoiceModel::tr("Wales");
    case Nation::EnglandAndWales:
        return AreaChoiceModel::tr("England and Wales");
    case Nation::Unknown:
        break;
    }
    return {};
}

} // namespace

AreaChoiceModel::AreaChoiceModel(QObject *parent)
    : QAbstractListModel(parent)
{
    LanguageNotifier::follow(this);
}

void AreaChoiceModel::setAreas(const QList<Area> &areas)
{
    const QStringList kept = chosen();
    beginResetModel();
    m_entries.clear();
    for (const Area &area : areas)
        m_entries.append({ area, false });
    endResetModel();
    setChosen(kept);
}

void AreaChoiceModel::setChosen(const QStringList &names)
{
    QSet<QString> wanted;
    for (const QString &name : names)
        wanted.insert(name.toCaseFolded());
    bool changed = false;
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        const bool chosen = wanted.remove(entry.area.name.toCaseFolded());
        if (chosen != entry.chosen) {
            entry.chosen = chosen;
            emit dataChanged(index(int(row)), index(int(row)), { Qt::CheckStateRole });
            changed = true;
        }
    }
    for (const QString &name : names) {
        if (!wanted.contains(name.toCaseFolded()))
            continue;
        wanted.remove(name.toCaseFolded());
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row);
        Area area;
        area.name = name;
        m_entries.append({ area, true });
        endInsertRows();
        changed = true;
    }
    if (changed)
        emit chosenChanged();
}

QStringList AreaChoiceModel::chosen() const
{
    QStringList names;
    for (const Entry &entry : m_entries) {
        if (entry.chosen)
            names.append(entry.area.name);
    }
    return names;
}

int AreaChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AreaChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return entry.area.name;
    case Qt::CheckStateRole:
        return entry.chosen ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        QStringList parts { nationLabel(entry.area.nation), entry.area.region };
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    case Qt::AccessibleDescriptionRole:
        return entry.chosen ? tr("chosen") : tr("not chosen");
    }
    return {};
}

bool AreaChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole)
        return false;
    const bool chosen
        = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    Entry &entry = m_entries[index.row()];
    if (entry.chosen == chosen)
        return true;
    entry.chosen = chosen;
    emit dataChanged(index, index, { Qt::CheckStateRole, Qt::AccessibleDescriptionRole });
    emit chosenChanged();
    return true;
}

Qt::ItemFlags AreaChoiceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
        | Qt::ItemNeverHasChildren;
}

} // namespace opcc
