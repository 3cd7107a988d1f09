// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "domain/validator.h"

#include <QAbstractTableModel>
#include <QHash>

namespace opcc {

// The figures of a scheme being entered or edited, one editable row each. Values and period
// dates are kept as typed, so that each cell can say what is wrong with it (IssueRole); the
// rules are the shared ones of validation::.
class FigureEditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Measure,
        Value,
        ValueHigh,
        Qualifier,
        Per,
        Baseline,
        PeriodStart,
        PeriodEnd,
        PeriodLabel,
        Note,
        Source,
        Quote,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        UnitRole = Qt::UserRole + 1, // opcc::Unit of the row's measure as int, -1 without one
        IssueRole, // what is wrong with the cell, empty when nothing
        HundredthsRole, // Value and ValueHigh: the amount as qint64 hundredths
    };

    struct RowIssue
    {
        int row = 0;
        int column = 0;
        FieldIssue issue;
    };

    explicit FigureEditModel(QObject *parent = nullptr);

    void setMeasures(const QList<opcc::Measure> &measures);
    const QList<opcc::Measure> &measures() const { return m_measureList; }
    void setFigures(const QList<Figure> &figures);
    // The figures as entered (a value that does not parse counts as 0; see issues()).
    QList<Figure> figures() const;
    QModelIndex appendFigure(const Figure &figure);
    QList<RowIssue> issues() const { return m_issues; }
    static bool isFundingMeasure(const QString &key);
    static int columnOfField(const QString &field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void issuesChanged();

private:
    struct Entry
    {
        Figure figure;
        QString value;
        QString valueHigh;
        QString periodStart;
        QString periodEnd;
    };
    static Entry entryFor(const Figure &figure);
    Figure figureOf(const Entry &entry) const;
    std::optional<Unit> unitOf(const QString &key) const;
    QString displayText(const Entry &entry, int column) const;
    bool setText(Entry &entry, int column, const QVariant &value);
    QString issueAt(int row, int column) const;
    void updateIssues();

    QList<Entry> m_entries;
    QList<opcc::Measure> m_measureList;
    QHash<QString, opcc::Measure> m_measures;
    QList<RowIssue> m_issues;
};

} // namespace opcc
