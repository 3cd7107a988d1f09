// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/foirequestproxy.h"

#include "foi/foirequest.h"
#include "models/foirequestmodel.h"

#include <QDate>

namespace opcc {

FoiRequestProxy::FoiRequestProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FoiRequestModel::SortRole);
    setDynamicSortFilter(true);
}

void FoiRequestProxy::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateRowsFilter();
}

void FoiRequestProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool FoiRequestProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto deadline = foi::Deadline(index.data(FoiRequestModel::DeadlineRole).toInt());
    switch (m_scope) {
    case Scope::All:
        break;
    case Scope::Open:
        if (deadline == foi::Deadline::Closed)
            return false;
        break;
    case Scope::Attention:
        if (deadline != foi::Deadline::Overdue && deadline != foi::Deadline::DueSoon)
            return false;
        break;
    case Scope::Closed:
        if (deadline != foi::Deadline::Closed)
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(FoiRequestModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool FoiRequestProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(FoiRequestModel::SortRole);
    const QVariant b = right.data(FoiRequestModel::SortRole);
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        // An empty date (not replied yet) sorts last going up.
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        if (x.isValid() != y.isValid())
            return x.isValid();
        return x < y;
    }
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace opcc
