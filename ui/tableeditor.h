// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QAbstractItemDelegate;
class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;

namespace opcc {

// A list of a record's parts edited in place (partners, funding lines, figures): a caption
// that is the table's buddy, the table, Add and Remove buttons, and a line saying what is
// wrong with the rows. Tab leaves the table unless a cell is being edited; then it moves on to
// the next cell.
class TableEditor final : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString caption;
        QString accessibleName;
        QString description; // of the table, for screen readers
        QString add;
        QString addDescription;
        QString remove;
        QString removeDescription;
    };

    // The texts come from the owner (setTexts), which words them again on a language change.
    TableEditor(QAbstractItemModel *model, QAbstractItemDelegate *delegate, const QString &name,
        QWidget *parent = nullptr);

    void setTexts(const Texts &texts);
    QTableView *table() const { return m_table; }
    QLabel *issueLabel() const { return m_issue; }
    QPushButton *addButton() const { return m_add; }
    // Shows the row and starts editing the cell of `column`.
    void editRow(const QModelIndex &index, int column);

signals:
    void addRequested();

private:
    void removeCurrentRow();

    QTableView *m_table;
    QLabel *m_caption;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_issue;
};

} // namespace opcc
