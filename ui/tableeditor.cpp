// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tableeditor.h"

#include "headerfit.h"
#include "issuelabel.h"

#include <QAbstractItemDelegate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace opcc {

TableEditor::TableEditor(QAbstractItemModel *model, QAbstractItemDelegate *delegate,
    const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_caption(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_issue(new IssueLabel(this))
{
    m_table->setObjectName(name);
    m_table->setModel(model);
    m_table->setItemDelegate(delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_caption->setWordWrap(true);
    m_caption->setBuddy(m_table);
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_add->setAutoDefault(false);
    m_remove->setObjectName(name + QStringLiteral("Remove"));
    m_remove->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &TableEditor::addRequested);
    connect(m_remove, &QPushButton::clicked, this, &TableEditor::removeCurrentRow);
    m_issue->setObjectName(name + QStringLiteral("Issue"));
    m_issue->setTextFormat(Qt::PlainText);
    m_issue->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_issue);
}

void TableEditor::setTexts(const Texts &texts)
{
    m_caption->setText(texts.caption);
    m_table->setAccessibleName(texts.accessibleName);
    m_table->setAccessibleDescription(texts.description);
    m_add->setText(texts.add);
    m_add->setAccessibleDescription(texts.addDescription);
    m_remove->setText(texts.remove);
    m_remove->setAccessibleDescription(texts.removeDescription);
    // The header may read longer now.
    widenToTitles(m_table->horizontalHeader());
}

void TableEditor::editRow(const QModelIndex &index, int column)
{
    const QModelIndex cell = index.siblingAtColumn(column);
    m_table->setFocus();
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell);
    m_table->edit(cell);
}

void TableEditor::removeCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_table->model()->removeRows(current.row(), 1);
    m_table->setFocus();
}

} // namespace opcc
