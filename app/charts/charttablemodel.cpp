// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/charttablemodel.h"

namespace opcc {

ChartTableModel::ChartTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChartTableModel::setChartData(const ChartData &data)
{
    beginResetModel();
    m_table = ChartTableBuilder::table(data);
    m_schemeIds.clear();
    m_footnotes.clear();
    for (const ChartRow &row : data.rows) {
        m_schemeIds.append(row.schemeId);
        QList<int> notes;
        if (row.before)
            notes.append(row.before->footnote);
        if (row.figure.footnote > 0)
            notes.append(row.figure.footnote);
        if (row.funding)
            notes.append(row.funding->footnote);
        m_footnotes.append(notes);
    }
    endResetModel();
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &cells = m_table.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < cells.size() ? cells.at(index.column()) : QString();
    case SchemeIdRole:
        return m_schemeIds.value(index.row());
    case FootnotesRole:
        return QVariant::fromValue(m_footnotes.value(index.row()));
    default:
        return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_table.headers.value(section);
}

} // namespace opcc
