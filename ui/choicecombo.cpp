// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "choicecombo.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QStandardItemModel>

namespace opcc {

ChoiceCombo::ChoiceCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::InlineCompletion);
    view()->setTextElideMode(Qt::ElideRight);
}

void ChoiceCombo::addHeading(const QString &text)
{
    addItem(text);
    auto *items = qobject_cast<QStandardItemModel *>(model());
    if (!items)
        return;
    QStandardItem *heading = items->item(count() - 1);
    heading->setFlags(Qt::NoItemFlags);
    QFont bold = font();
    bold.setBold(true);
    heading->setFont(bold);
}

void ChoiceCombo::showPopup()
{
    // In a table cell the combo is as narrow as its column: the names were cut in the middle
    // ("Case stud...d (count)").
    const int longest = view()->sizeHintForColumn(0)
        + view()->verticalScrollBar()->sizeHint().width() + 4 * view()->frameWidth() + 8;
    const int screen
        = this->screen() ? this->screen()->availableGeometry().width() * 9 / 10 : longest;
    view()->setMinimumWidth(qMin(qMax(longest, width()), screen));
    QComboBox::showPopup();
}

void ChoiceCombo::setChoices(const QStringList &texts, const QStringList &values)
{
    const QString kept = currentText();
    clear();
    for (qsizetype i = 0; i < texts.size(); ++i)
        addItem(texts.at(i), values.isEmpty() ? texts.at(i) : values.at(i));
    setEditText(kept);
}

QString ChoiceCombo::value() const
{
    const QString text = currentText().trimmed();
    int at = findText(text, Qt::MatchFixedString);
    if (at >= 0 && !itemData(at).isValid())
        at = -1; // a heading
    if (at < 0)
        at = findData(text, Qt::UserRole, Qt::MatchFixedString);
    return at >= 0 ? itemData(at).toString() : text;
}

void ChoiceCombo::setValue(const QString &value)
{
    // An empty value is no item (a heading has no value either).
    const int at = value.isEmpty() ? -1 : findData(value, Qt::UserRole, Qt::MatchFixedString);
    if (at < 0)
        setCurrentIndex(-1);
    if (at >= 0)
        setCurrentIndex(at);
    setEditText(at >= 0 ? itemText(at) : value);
}

} // namespace opcc
