// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/figurekindproxy.h"

#include "models/figureeditmodel.h"

namespace opcc {

FigureKindProxy::FigureKindProxy(Kind kind, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_kind(kind)
{
    setDynamicSortFilter(true);
}

QVariant FigureKindProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool FigureKindProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex measure
        = sourceModel()->index(sourceRow, FigureEditModel::Measure, sourceParent);
    const bool funding = FigureEditModel::isFundingMeasure(measure.data(Qt::EditRole).toString());
    return funding == (m_kind == Kind::Funding);
}

} // namespace opcc
