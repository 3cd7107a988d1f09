// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>
#include <QHash>

namespace opcc {

class Database;

// The figures of one scheme, for the detail panel: measure, value as people read it ("over
// 6,000", "£175,372 a year", "17 to 20"), period as the source words it, note and source.
class FigureTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Measure, Value, Period, Note, Source, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // hundredths for Value, first day for Period
        FigureIdRole,
        QuoteRole,
        SourceRole, // title of the source document
        BaselineRole, // bool
        MeasureKeyRole,
    };

    explicit FigureTableModel(Database &db, QObject *parent = nullptr);

    // Reads the scheme's figures; false when the read failed, which leaves the figures of the
    // same scheme as they were (another scheme's are cleared).
    bool setScheme(qint64 schemeId);
    qint64 schemeId() const { return m_schemeId; }
    const Figure *figureAt(int row) const;
    Unit unitOf(const QString &measureKey) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool load(); // false when the read failed: the rows stay as they were
    QString measureText(const Figure &figure) const;

    Database &m_db;
    qint64 m_schemeId = 0;
    QList<Figure> m_figures;
    QHash<QString, opcc::Measure> m_measures;
};

} // namespace opcc
