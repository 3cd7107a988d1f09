#include "choicecombo.h"

#include <QCompleter>
#include <QLineEdit>

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
    if (at < 0)
        at = findData(text, Qt::UserRole, Qt::MatchFixedString);
    return at >= 0 ? itemData(at).toString() : text;
}

void ChoiceCombo::setValue(const QString &value)
{
    const int at = findData(value, Qt::UserRole, Qt::MatchFixedString);
    if (at >= 0)
        setCurrentIndex(at);
    setEditText(at >= 0 ? itemText(at) : value);
}

} // namespace opcc
