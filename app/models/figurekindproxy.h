// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

namespace opcc {

// The funding lines of a scheme being edited, or its other figures: one FigureEditModel shown
// as two tables.
class FigureKindProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Kind { Funding, Outcomes };

    explicit FigureKindProxy(Kind kind, QObject *parent = nullptr);
    Kind kind() const { return m_kind; }
    // Rows are numbered in this table (1, 2...), as messages about them count them.
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Kind m_kind;
};

} // namespace opcc
