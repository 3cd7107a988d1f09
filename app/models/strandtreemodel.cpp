// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/strandtreemodel.h"

#include "domain/languagenotifier.h"
#include "models/schemetablemodel.h"

#include <QMap>

namespace opcc {

namespace {

// Internal ids: strand rows have id 0; area rows carry their strand row + 1.
constexpr quintptr strandRowId = 0;

} // namespace

StrandTreeModel::StrandTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    LanguageNotifier::follow(this);
    rebuild();
}

void StrandTreeModel::setSourceModel(SchemeTableModel *schemes)
{
    if (m_schemes)
        disconnect(m_schemes, nullptr, this, nullptr);
    m_schemes = schemes;
    if (m_schemes) {
        connect(m_schemes, &QAbstractItemModel::modelReset, this, &StrandTreeModel::rebuild);
        connect(m_schemes, &QAbstractItemModel::rowsInserted, this, &StrandTreeModel::rebuild);
        connect(m_schemes, &QAbstractItemModel::rowsRemoved, this, &StrandTreeModel::rebuild);
    }
    rebuild();
}

void StrandTreeModel::rebuild()
{
    beginResetModel();
    m_strands.clear();
    StrandNode all;
    all.strand = -1;
    m_strands.append(all);
    QList<QMap<QString, int>> areaCounts;
    for (Strand strand : Vocabulary<Strand>::values()) {
        StrandNode node;
        node.strand = int(strand);
        m_strands.append(node);
        areaCounts.append(QMap<QString, int>());
    }
    const int rows = m_schemes ? m_schemes->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const SchemeTableModel::Row *listing = m_schemes->listingAt(row);
        const int position = 1 + int(Vocabulary<Strand>::values().indexOf(listing->strand));
        ++m_strands[0].count;
        ++m_strands[position].count;
        for (const QString &area : splitList(listing->areaKey))
            ++areaCounts[position - 1][area];
    }
    for (qsizetype i = 0; i < areaCounts.size(); ++i) {
        const auto &counts = areaCounts.at(i);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            m_strands[i + 1].areas.append(AreaNode { it.key(), it.value() });
    }
    endResetModel();
}

QModelIndex StrandTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_strands.size() ? createIndex(row, 0, strandRowId) : QModelIndex();
    if (parent.internalId() != strandRowId)
        return {};
    const StrandNode &node = m_strands.at(parent.row());
    if (row >= node.areas.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex StrandTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == strandRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, strandRowId);
}

int StrandTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_strands.size());
    if (parent.column() != 0 || parent.internalId() != strandRowId)
        return 0;
    return int(m_strands.at(parent.row()).areas.size());
}

int StrandTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant StrandTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isStrand = index.internalId() == strandRowId;
    const StrandNode &strand = m_strands.at(isStrand ? index.row() : int(index.internalId() - 1));
    const AreaNode *area = isStrand ? nullptr : &strand.areas.at(index.row());
    const int count = area ? area->count : strand.count;
    switch (role) {
    case Qt::DisplayRole: {
        QString name;
        if (area)
            name = area->name;
        else if (strand.strand < 0)
            name = tr("All schemes");
        else
            name = Vocabulary<Strand>::label(Strand(strand.strand));
        return tr("%1 (%2)", "navigator entry: name (count)").arg(name).arg(count);
    }
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        const QString name = area ? area->name
            : strand.strand < 0   ? tr("All schemes")
                                  : Vocabulary<Strand>::label(Strand(strand.strand));
        return tr("%1: %n scheme(s)", nullptr, count).arg(name);
    }
    case StrandRole:
        return strand.strand;
    case AreaRole:
        return area ? area->name : QString();
    case CountRole:
        return count;
    }
    return {};
}

QHash<int, QByteArray> StrandTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StrandRole, "strand");
    names.insert(AreaRole, "area");
    names.insert(CountRole, "count");
    return names;
}

QModelIndex StrandTreeModel::indexFor(std::optional<Strand> strand, const QString &area) const
{
    const int wanted = strand ? int(*strand) : -1;
    for (int row = 0; row < m_strands.size(); ++row) {
        if (m_strands.at(row).strand != wanted)
            continue;
        const QModelIndex strandIndex = index(row, 0);
        if (area.isEmpty())
            return strandIndex;
        const auto &areas = m_strands.at(row).areas;
        for (int child = 0; child < areas.size(); ++child) {
            if (areas.at(child).name == area)
                return index(child, 0, strandIndex);
        }
        return strandIndex;
    }
    return {};
}

} // namespace opcc
