// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/registerhistoryproxy.h"

#include "models/registerhistorymodel.h"

namespace opcc {

using Model = RegisterHistoryModel;

RegisterHistoryProxy::RegisterHistoryProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Model::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RegisterHistoryProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void RegisterHistoryProxy::setPerson(const QString &person)
{
    if (person == m_person)
        return;
    m_person = person;
    invalidateFilter();
}

void RegisterHistoryProxy::setDateRange(QDate from, QDate to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void RegisterHistoryProxy::setSchemeId(qint64 schemeId)
{
    if (schemeId == m_schemeId)
        return;
    m_schemeId = schemeId;
    invalidateFilter();
}

bool RegisterHistoryProxy::isImportOfScheme(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(Model::EntityRole).toString() == QLatin1String("scheme")
        && index.data(Model::ActionKeyRole).toString() == QLatin1String("import");
}

int RegisterHistoryProxy::unfilteredCount() const
{
    int count = 0;
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    for (int row = 0; row < rows; ++row)
        count += isImportOfScheme(row, {}) ? 0 : 1;
    return count;
}

bool RegisterHistoryProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model->index(sourceRow, column, sourceParent).data(role);
    };
    const bool ofScheme = cell(0, Model::EntityRole).toString() == QLatin1String("scheme");
    if (m_schemeId != 0) {
        if (!ofScheme || cell(0, Model::EntityIdRole).toLongLong() != m_schemeId)
            return false;
    } else if (isImportOfScheme(sourceRow, sourceParent)) {
        return false; // the import's own entry stands for it
    }
    if (!m_person.isEmpty() && cell(Model::Who).toString() != m_person)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day = cell(0, Model::DateRole).toDate();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    for (const QString &word : m_words) {
        bool found = false;
        for (int column = 0; column < Model::ColumnCount && !found; ++column)
            found = cell(column).toString().contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace opcc
