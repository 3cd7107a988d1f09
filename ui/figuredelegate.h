// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QStyledItemDelegate>
#include <optional>

namespace opcc {

// Editors for the cells of a FigureEditModel (directly or through a FigureKindProxy): the
// measure from the register's measures with their units, a value editor that fits the
// measure's unit (whole counts, pounds, percent 0-100, kilograms...), the qualifier and rate
// from their vocabularies, period dates, and the source from the known documents.
class FigureDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // With fundingOnly set, the measure editor offers funding measures only (or only the others).
    explicit FigureDelegate(std::optional<bool> fundingOnly, QObject *parent = nullptr);

    void setSourceTitles(const QStringList &titles) { m_sources = titles; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QWidget *createMeasureEditor(QWidget *parent, const QModelIndex &index) const;
    QWidget *createValueEditor(QWidget *parent, const QModelIndex &index) const;

    std::optional<bool> m_fundingOnly;
    QStringList m_sources;
};

} // namespace opcc
