// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace opcc {

// The delegate of the form mappers. A form commits every keystroke so that its messages follow
// the typing; this delegate then leaves an editor alone when it already shows the model's value,
// so that the cursor stays where the person is typing.
class FormDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    // Writes one widget's value to the model now (what the mapper does on focus out).
    void commitNow(QWidget *editor) { emit commitData(editor); }
};

} // namespace opcc
