// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "strandnavigator.h"

#include "models/strandtreemodel.h"

#include <QEvent>
#include <QHeaderView>

namespace opcc {

StrandNavigator::StrandNavigator(SchemeTableModel *schemes, QWidget *parent)
    : QTreeView(parent)
    , m_model(new StrandTreeModel(this))
{
    m_model->setSourceModel(schemes);
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setObjectName(QStringLiteral("strandNavigator"));
    retranslate();
    setMinimumWidth(180);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
        &StrandNavigator::emitSelection);
    // The tree is rebuilt when the schemes change: keep what was selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptStrand = selectedStrand();
        m_keptArea = selectedArea();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { select(m_keptStrand, m_keptArea); });
    select(std::nullopt);
}

void StrandNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeView::changeEvent(event);
}

void StrandNavigator::retranslate()
{
    setAccessibleName(tr("Strands"));
    setAccessibleDescription(tr("Choose a strand of the drug strategy, or an area within a "
                                "strand, to narrow the scheme list."));
}

void StrandNavigator::select(std::optional<Strand> strand, const QString &area)
{
    const QModelIndex index = m_model->indexFor(strand, area);
    if (!index.isValid())
        return;
    if (index.parent().isValid())
        expand(index.parent());
    setCurrentIndex(index);
}

std::optional<Strand> StrandNavigator::selectedStrand() const
{
    const int strand = currentIndex().data(StrandTreeModel::StrandRole).toInt();
    if (!currentIndex().isValid() || strand < 0)
        return std::nullopt;
    return Strand(strand);
}

QString StrandNavigator::selectedArea() const
{
    return currentIndex().data(StrandTreeModel::AreaRole).toString();
}

void StrandNavigator::emitSelection()
{
    emit selectionChangedTo(selectedStrand(), selectedArea());
}

} // namespace opcc
