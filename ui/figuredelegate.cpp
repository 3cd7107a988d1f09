// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "figuredelegate.h"

#include "choicecombo.h"
#include "domain/decimal.h"
#include "domain/measurecatalogue.h"
#include "domain/vocabulary.h"
#include "models/figureeditmodel.h"

#include <QAbstractProxyModel>
#include <QLineEdit>
#include <algorithm>

namespace opcc {

namespace {

const FigureEditModel *figureModel(const QModelIndex &index)
{
    const QAbstractItemModel *model = index.model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<const FigureEditModel *>(model);
}

template<typename E> QComboBox *vocabularyCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (E value : Vocabulary<E>::values())
        combo->addItem(Vocabulary<E>::label(value));
    return combo;
}

QString unitWord(Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return FigureDelegate::tr("count");
    case Unit::Gbp:
        return FigureDelegate::tr("£");
    case Unit::Percent:
        return FigureDelegate::tr("%");
    case Unit::Kg:
        return FigureDelegate::tr("kg");
    case Unit::Years:
        return FigureDelegate::tr("years");
    case Unit::Months:
        return FigureDelegate::tr("months");
    case Unit::Weeks:
        return FigureDelegate::tr("weeks");
    }
    return {};
}

} // namespace

FigureDelegate::FigureDelegate(std::optional<bool> fundingOnly, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fundingOnly(fundingOnly)
{ }

QWidget *FigureDelegate::createMeasureEditor(QWidget *parent, const QModelIndex &index) const
{
    auto *combo = new ChoiceCombo(parent);
    QList<Measure> measures;
    if (const FigureEditModel *model = figureModel(index))
        measures = model->measures();
    const auto groupOf = [](const Measure &m) { return measureGroup(m.key, m.unit); };
    // By heading (people through the scheme, enforcement...), then by name within each.
    std::sort(measures.begin(), measures.end(), [&groupOf](const Measure &a, const Measure &b) {
        if (groupOf(a) != groupOf(b))
            return int(groupOf(a)) < int(groupOf(b));
        return QString::localeAwareCompare(measureLabel(a), measureLabel(b)) < 0;
    });
    measures.erase(std::remove_if(measures.begin(), measures.end(),
                       [this](const Measure &m) {
                           return m_fundingOnly
                               && FigureEditModel::isFundingMeasure(m.key) != *m_fundingOnly;
                       }),
        measures.end());
    const bool headings
        = !measures.isEmpty() && groupOf(measures.first()) != groupOf(measures.last());
    for (qsizetype i = 0; i < measures.size(); ++i) {
        const Measure &measure = measures.at(i);
        if (headings && (i == 0 || groupOf(measures.at(i - 1)) != groupOf(measure)))
            combo->addHeading(measureGroupLabel(groupOf(measure)));
        combo->addItem(tr("%1 (%2)", "measure label and unit")
                           .arg(measureLabel(measure), unitWord(measure.unit)),
            measure.key);
    }
    combo->setEditText(QString());
    combo->setAccessibleName(tr("Measure"));
    return combo;
}

QWidget *FigureDelegate::createValueEditor(QWidget *parent, const QModelIndex &index) const
{
    // Plain text, kept as typed: a spin box turned "-5" or "abc" into 0, a valid value that
    // saved. The model checks the text by the import's rules and says what is wrong.
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const int unitValue = index.data(FigureEditModel::UnitRole).toInt();
    if (unitValue >= 0)
        edit->setPlaceholderText(tr("A number (%1)",
            "placeholder of a figure's value; %1 is "
            "its unit")
                                     .arg(unitWord(Unit(unitValue))));
    if (index.column() == FigureEditModel::ValueHigh) {
        edit->setToolTip(tr("Only for a range: leave empty otherwise"));
        edit->setAccessibleName(tr("Upper value of a range"));
    } else {
        edit->setAccessibleName(tr("Value"));
    }
    return edit;
}

QWidget *FigureDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case FigureEditModel::Measure:
        return createMeasureEditor(parent, index);
    case FigureEditModel::Value:
    case FigureEditModel::ValueHigh:
        return createValueEditor(parent, index);
    case FigureEditModel::Qualifier: {
        QComboBox *combo = vocabularyCombo<Qualifier>(parent);
        combo->setAccessibleName(tr("Qualifier"));
        return combo;
    }
    case FigureEditModel::Per: {
        QComboBox *combo = vocabularyCombo<Per>(parent);
        combo->setAccessibleName(tr("Rate"));
        return combo;
    }
    case FigureEditModel::Baseline: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("No"));
        combo->addItem(tr("Yes: the \"before\" figure"));
        combo->setAccessibleName(tr("Baseline"));
        return combo;
    }
    case FigureEditModel::PeriodStart:
    case FigureEditModel::PeriodEnd: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("YYYY-MM"));
        edit->setToolTip(tr("A year (2022), a month (2022-03) or a day (2022-03-14)"));
        edit->setAccessibleName(
            index.column() == FigureEditModel::PeriodStart ? tr("Period from") : tr("Period to"));
        return edit;
    }
    case FigureEditModel::Source: {
        auto *combo = new ChoiceCombo(parent);
        combo->setChoices(m_sources);
        combo->setAccessibleName(tr("Source document"));
        return combo;
    }
    default:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FigureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *choice = qobject_cast<ChoiceCombo *>(editor)) {
        choice->setValue(index.data(Qt::EditRole).toString());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt()); // a bool for the baseline
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FigureDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *choice = qobject_cast<ChoiceCombo *>(editor)) {
        model->setData(index, choice->value());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentIndex());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace opcc
