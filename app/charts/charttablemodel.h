// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"
#include "charts/charttable.h"

#include <QAbstractTableModel>

namespace opcc {

// The data table of a chart as a model, for the chart window: the same text as the printed
// table. The columns depend on the chart's kind, so they are named by the headers.
class ChartTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SchemeIdRole = Qt::UserRole + 1, // qint64; 0 on strand summary rows
        FootnotesRole, // QList<int>: the footnotes the row cites
    };

    explicit ChartTableModel(QObject *parent = nullptr);

    void setChartData(const ChartData &data);
    // The column of long text (notes, workings) that should take the spare width; -1 if none.
    int wrapColumn() const { return m_table.wrapColumn; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChartTable m_table;
    QList<qint64> m_schemeIds;
    QList<QList<int>> m_footnotes;
};

} // namespace opcc
