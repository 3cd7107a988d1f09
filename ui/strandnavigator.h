// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/vocabulary.h"

#include <QTreeView>
#include <optional>

namespace opcc {

class SchemeTableModel;
class StrandTreeModel;

// The left-hand tree: all schemes, each strand, and the areas under each strand, with counts.
class StrandNavigator final : public QTreeView
{
    Q_OBJECT

public:
    explicit StrandNavigator(SchemeTableModel *schemes, QWidget *parent = nullptr);

    void select(std::optional<Strand> strand, const QString &area = {});
    std::optional<Strand> selectedStrand() const;
    QString selectedArea() const;

signals:
    void selectionChangedTo(std::optional<opcc::Strand> strand, const QString &area);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitSelection();

    StrandTreeModel *m_model;
    std::optional<Strand> m_keptStrand; // across a rebuild of the tree
    QString m_keptArea;
};

} // namespace opcc
