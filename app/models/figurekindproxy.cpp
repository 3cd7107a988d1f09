#include "models/figurekindproxy.h"

#include "models/figureeditmodel.h"

namespace opcc {

FigureKindProxy::FigureKindProxy(Kind kind, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_kind(kind)
{
    setDynamicSortFilter(true);
}

bool FigureKindProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex measure
        = sourceModel()->index(sourceRow, FigureEditModel::Measure, sourceParent);
    const bool funding = FigureEditModel::isFundingMeasure(measure.data(Qt::EditRole).toString());
    return funding == (m_kind == Kind::Funding);
}

} // namespace opcc
