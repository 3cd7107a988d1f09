#include "tableeditor.h"

#include <QAbstractItemDelegate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace opcc {

TableEditor::TableEditor(QAbstractItemModel *model, QAbstractItemDelegate *delegate,
    const Texts &texts, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_add(new QPushButton(texts.add, this))
    , m_issue(new QLabel(this))
{
    m_table->setObjectName(name);
    m_table->setModel(model);
    m_table->setItemDelegate(delegate);
    m_table->setAccessibleName(texts.accessibleName);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *caption = new QLabel(texts.caption, this);
    caption->setWordWrap(true);
    caption->setBuddy(m_table);
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_add->setAutoDefault(false);
    auto *remove = new QPushButton(texts.remove, this);
    remove->setObjectName(name + QStringLiteral("Remove"));
    remove->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &TableEditor::addRequested);
    connect(remove, &QPushButton::clicked, this, &TableEditor::removeCurrentRow);
    m_issue->setObjectName(name + QStringLiteral("Issue"));
    m_issue->setWordWrap(true);
    m_issue->setTextFormat(Qt::PlainText);
    m_issue->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_issue->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_issue);
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
