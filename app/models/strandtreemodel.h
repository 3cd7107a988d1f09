// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/vocabulary.h"

#include <QAbstractItemModel>
#include <QList>

namespace opcc {

class SchemeTableModel;

// The strand navigator: "All schemes", then each strand with its count, and under each strand
// the areas that have schemes in it, with theirs. Follows the scheme list it is given.
class StrandTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        StrandRole = Qt::UserRole + 1, // int value of opcc::Strand, or -1 for all strands
        AreaRole, // area name, empty on strand rows
        CountRole, // number of schemes
    };

    explicit StrandTreeModel(QObject *parent = nullptr);
    void setSourceModel(SchemeTableModel *schemes);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row for a strand (nullopt: all schemes) and optionally an area under it.
    QModelIndex indexFor(std::optional<Strand> strand, const QString &area = {}) const;

private:
    struct AreaNode
    {
        QString name;
        int count = 0;
    };
    struct StrandNode
    {
        int strand = -1; // -1: all schemes
        int count = 0;
        QList<AreaNode> areas;
    };
    void rebuild();

    SchemeTableModel *m_schemes = nullptr;
    QList<StrandNode> m_strands;
};

} // namespace opcc
