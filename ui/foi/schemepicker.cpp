// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schemepicker.h"

#include "storage/browsestore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace opcc {

SchemePicker::SchemePicker(Database &db, const QList<qint64> &linked, QWidget *parent)
    : QDialog(parent)
    , m_schemes(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("schemePicker"));
    setWindowTitle(tr("Link Schemes"));
    for (const SchemeListing &s : BrowseStore(db).listings()) {
        if (linked.contains(s.id))
            continue;
        auto *item = new QStandardItem(tr("%1 (%2)").arg(s.name, s.areaKey));
        item->setData(s.id, Qt::UserRole);
        item->setEditable(false);
        m_schemes->appendRow(item);
    }
    m_proxy->setSourceModel(m_schemes);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setObjectName(QStringLiteral("schemePickerList"));
    m_filter->setObjectName(QStringLiteral("schemePickerFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Type part of a scheme's name or area"));
    m_filter->setAccessibleName(tr("Find schemes"));
    m_list->setAccessibleName(tr("Schemes in the register"));
    m_filter->installEventFilter(this);

    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_filter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        selectFirstVisible();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(520, 480);
    selectFirstVisible();
    m_filter->setFocus();
}

void SchemePicker::selectFirstVisible()
{
    m_count->setText(tr("%n scheme(s) match.", nullptr, m_proxy->rowCount()));
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

// Up and down in the find box move through the list, so that typing and choosing need no Tab.
bool SchemePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QList<qint64> SchemePicker::chosen() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    if (rows.isEmpty() && m_list->currentIndex().isValid())
        rows.append(m_list->currentIndex());
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : rows)
        ids.append(index.data(Qt::UserRole).toLongLong());
    return ids;
}

QList<qint64> SchemePicker::pick(Database &db, const QList<qint64> &linked, QWidget *parent)
{
    SchemePicker picker(db, linked, parent);
    if (picker.exec() != QDialog::Accepted)
        return {};
    return picker.chosen();
}

} // namespace opcc
