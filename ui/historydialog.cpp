// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historydialog.h"

#include "models/auditlogmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace opcc {

HistoryDialog::HistoryDialog(
    Database &db, qint64 schemeId, const QString &schemeName, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditLogModel(db, this))
    , m_schemeName(schemeName)
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    m_model->setScheme(schemeId);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_label->setBuddy(m_table);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setSizes({ 300, 200 });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HistoryDialog::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::showDetails);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    retranslate();
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslate()
{
    setWindowTitle(tr("History of \"%1\"").arg(m_schemeName));
    m_label->setText(m_model->rowCount() == 0 ? tr("No change to this scheme has been recorded.")
                                              : tr("&Changes, newest first:"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setAccessibleDescription(tr("Every recorded change to the scheme, newest first: "
                                         "when, who and what."));
    m_details->setAccessibleName(tr("What the change did"));
    m_details->setAccessibleDescription(tr("Each field of the selected change, before and "
                                           "after."));
    showDetails();
}

void HistoryDialog::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QString details = current.data(AuditLogModel::DetailsRole).toString();
    m_details->setPlainText(details.isEmpty()
            ? tr("Only the record's version number and time of change were updated.")
            : details);
}

} // namespace opcc
