// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>

namespace opcc {

// The organisations of a scheme being edited, one row each: name and role (provider,
// commissioner, funder, partner). The role is a position in the role vocabulary for editing.
class OrganisationLinkModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Role, ColumnCount };
    Q_ENUM(Column)

    explicit OrganisationLinkModel(QObject *parent = nullptr);

    void setLinks(const QList<OrganisationLink> &links);
    // The links as entered, trimmed, without rows whose name is empty.
    QList<OrganisationLink> links() const;
    // Adds a row and returns its index in the Name column.
    QModelIndex appendLink(const OrganisationLink &link);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<OrganisationLink> m_links;
};

} // namespace opcc
