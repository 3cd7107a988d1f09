// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "partnerdelegate.h"

#include "choicecombo.h"
#include "domain/vocabulary.h"
#include "models/organisationlinkmodel.h"

namespace opcc {

QWidget *PartnerDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == OrganisationLinkModel::Name) {
        auto *combo = new ChoiceCombo(parent);
        combo->setChoices(m_names);
        combo->setAccessibleName(tr("Organisation"));
        return combo;
    }
    if (index.column() == OrganisationLinkModel::Role) {
        auto *combo = new QComboBox(parent);
        for (Role role : Vocabulary<Role>::values())
            combo->addItem(Vocabulary<Role>::label(role));
        combo->setAccessibleName(tr("Role"));
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PartnerDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *choice = qobject_cast<ChoiceCombo *>(editor))
        choice->setValue(index.data(Qt::EditRole).toString());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void PartnerDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *choice = qobject_cast<ChoiceCombo *>(editor))
        model->setData(index, choice->value());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentIndex());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace opcc
