// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "formdelegate.h"

#include <QMetaProperty>

namespace opcc {

void FormDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QMetaProperty property = editor->metaObject()->userProperty();
    if (property.isValid() && property.read(editor) == index.data(Qt::EditRole))
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace opcc
