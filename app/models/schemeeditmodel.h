// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>
#include <optional>

namespace opcc {

// The fields of one scheme being entered or edited, as a one-row model for a
// QDataWidgetMapper form. Dates are kept as typed, so that a form can show what is wrong with
// them; strand and status are positions in their vocabularies (-1: none chosen yet), to map on
// a combo box's currentIndex.
class SchemeEditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Strand,
        Status,
        Start,
        End,
        Source,
        Summary,
        Description,
        Eligibility,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SchemeEditModel(QObject *parent = nullptr);

    // Shows the scheme; an id of 0 is a new scheme, with no strand chosen yet.
    void setScheme(const Scheme &scheme, bool strandChosen = true);
    // The scheme as entered (dates that do not parse are left empty; see startText()).
    Scheme scheme() const;
    std::optional<opcc::Strand> strand() const { return m_strand; }
    QString startText() const { return m_start; }
    QString endText() const { return m_end; }
    // The interchange name of a column ("name", "strand", "start"...), for validation messages.
    static QString fieldName(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Scheme m_scheme;
    std::optional<opcc::Strand> m_strand;
    QString m_start;
    QString m_end;
};

} // namespace opcc
