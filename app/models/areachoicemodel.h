// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QAbstractListModel>
#include <QSet>

namespace opcc {

class Database;

// Every police force area (and "National") with a check box, for choosing the areas of a
// scheme. Areas a scheme names that the database does not list are kept, checked, at the end.
class AreaChoiceModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit AreaChoiceModel(QObject *parent = nullptr);

    void setAreas(const QList<Area> &areas);
    void setChosen(const QStringList &names);
    // The checked areas, in list order.
    QStringList chosen() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void chosenChanged();

private:
    struct Entry
    {
        Area area;
        bool chosen = false;
    };
    QList<Entry> m_entries;
};

} // namespace opcc
