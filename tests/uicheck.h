// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Looks at a window as a reader would: every text it shows (labels, buttons, menus, combo
// items, tab and column titles, placeholders, tips, and what screen readers are told), and
// whether each text fits the room its widget has.

#include "tscatalogue.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QWidget>
#include <algorithm>
#include <functional>

namespace uicheck {

struct Shown
{
    QString text;
    QString where;
};

inline QString nameOf(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('#')
        + widget->objectName();
}

inline QString labelText(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    return rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text();
}

inline void addMenu(QList<Shown> &shown, const QMenu *menu, const QString &path)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString where = path + QStringLiteral(" > ") + action->text();
        shown.append({ action->text(), where });
        shown.append({ action->statusTip(), where + QStringLiteral(" (status tip)") });
        if (action->menu())
            addMenu(shown, action->menu(), where);
    }
}

// The part of a widget its parents let be seen, in its own coordinates: empty when it is
// scrolled out of sight.
inline QRect shownPart(const QWidget *widget)
{
    QRect shown = widget->rect();
    for (const QWidget *w = widget; !w->isWindow() && w->parentWidget(); w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        shown &= QRect(widget->mapFrom(parent, QPoint(0, 0)), parent->size());
    }
    return shown;
}

inline QList<QWidget *> visibleWidgets(QWidget *root)
{
    QList<QWidget *> widgets { root };
    for (QWidget *child : root->findChildren<QWidget *>()) {
        if (child->isVisible() && !shownPart(child).isEmpty())
            widgets.append(child);
    }
    return widgets;
}

// Every text the window shows, or tells a screen reader, with where it is.
inline QList<Shown> shownTexts(QWidget *root)
{
    QList<Shown> shown;
    for (QWidget *w : visibleWidgets(root)) {
        const QString where = nameOf(w);
        if (w->isWindow())
            shown.append({ w->windowTitle(), where + QStringLiteral(" (title)") });
        shown.append({ w->toolTip(), where + QStringLiteral(" (tool tip)") });
        shown.append({ w->accessibleName(), where + QStringLiteral(" (accessible name)") });
        shown.append(
            { w->accessibleDescription(), where + QStringLiteral(" (accessible description)") });
        if (auto *label = qobject_cast<QLabel *>(w))
            shown.append({ labelText(label), where });
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            shown.append({ button->text(), where });
        if (auto *group = qobject_cast<QGroupBox *>(w))
            shown.append({ group->title(), where });
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            shown.append({ combo->placeholderText(), where + QStringLiteral(" (placeholder)") });
            for (int i = 0; i < combo->count(); ++i)
                shown.append({ combo->itemText(i), where + QStringLiteral(" item %1").arg(i) });
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            shown.append({ edit->placeholderText(), where + QStringLiteral(" (placeholder)") });
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                shown.append({ tabs->tabText(i), where + QStringLiteral(" tab %1").arg(i) });
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    shown.append({ header->model()->headerData(i, header->orientation()).toString(),
                        where + QStringLiteral(" section %1").arg(i) });
            }
        }
        if (auto *tree = qobject_cast<QTreeView *>(w); tree && tree->model()) {
            for (int row = 0; row < tree->model()->rowCount(); ++row)
                shown.append({ tree->model()->index(row, 0).data().toString(),
                    where + QStringLiteral(" row %1").arg(row) });
        }
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (const QAction *action : bar->actions()) {
                shown.append({ action->text(), where });
                if (action->menu())
                    addMenu(shown, action->menu(), action->text());
            }
        }
    }
    shown.erase(std::remove_if(shown.begin(), shown.end(),
                    [](const Shown &s) { return s.text.trimmed().isEmpty(); }),
        shown.end());
    return shown;
}

// The texts shown that are English source texts, as "where: text".
inline QStringList inEnglish(const QList<Shown> &shown, const tscatalogue::TextMatcher &english)
{
    QStringList found;
    for (const Shown &s : shown) {
        if (!english.match(s.text).isEmpty())
            found.append(s.where + QStringLiteral(": ") + s.text);
    }
    return found;
}

// Whether the widget is inside a scrolled view: what it shows below the view is scrolled to,
// not cut off.
inline bool scrolls(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
        if (area && area->viewport() == w)
            return true;
    }
    return false;
}

inline int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(tscatalogue::TextMatcher::plain(line)));
    return widest;
}

// The texts that do not fit their widget, as "where: text (needs N, has M)". A combo box sized
// to its contents must fit every item; one sized to a number of characters (it elides long
// names, and its list shows them whole) must fit its current item when `appText` says that is
// the app's own wording.
inline QStringList cutOff(QWidget *root, const std::function<bool(const QString &)> &appText)
{
    QStringList problems;
    const auto check = [&](const QWidget *w, const QString &text, int needed, int room) {
        if (needed > room + 1)
            problems.append(QStringLiteral("%1: \"%2\" (needs %3, has %4)")
                                .arg(nameOf(w), text)
                                .arg(needed)
                                .arg(room));
    };
    for (QWidget *w : visibleWidgets(root)) {
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            // A wrapping label in a scrolled view has the height it needs below.
            if (!label->wordWrap())
                check(label, labelText(label), widestLine(label->fontMetrics(), labelText(label)),
                    label->contentsRect().width() - 2 * label->margin());
            else if (!scrolls(label))
                check(label, labelText(label), label->heightForWidth(label->width()),
                    label->height());
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
            check(button, button->text(), button->sizeHint().width(), button->width());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const int room = combo->style()
                                 ->subControlRect(QStyle::CC_ComboBox, &option,
                                     QStyle::SC_ComboBoxEditField, combo)
                                 .width();
            const bool fitsAll = combo->sizeAdjustPolicy() == QComboBox::AdjustToContents
                || combo->sizeAdjustPolicy() == QComboBox::AdjustToContentsOnFirstShow;
            for (int i = 0; i < combo->count(); ++i) {
                const QString item = combo->itemText(i);
                if (fitsAll || (i == combo->currentIndex() && appText(item)))
                    check(combo, item, combo->fontMetrics().horizontalAdvance(item), room);
            }
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w);
            edit && edit->text().isEmpty() && !edit->placeholderText().isEmpty()) {
            const int clear = edit->isClearButtonEnabled() ? edit->height() : 0;
            check(edit, edit->placeholderText(),
                edit->fontMetrics().horizontalAdvance(edit->placeholderText()),
                edit->contentsRect().width() - 8 - clear);
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w))
            check(tabs, QStringLiteral("(all tabs)"), tabs->sizeHint().width(), tabs->width());
        if (auto *header = qobject_cast<QHeaderView *>(w);
            header && header->orientation() == Qt::Horizontal && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    check(header, header->model()->headerData(i, Qt::Horizontal).toString(),
                        header->sectionSizeHint(i), header->sectionSize(i));
            }
        }
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            check(bar, QStringLiteral("(all menus)"), bar->sizeHint().width(), bar->width());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            check(group, group->title(), group->fontMetrics().horizontalAdvance(group->title()),
                group->width());
    }
    return problems;
}

} // namespace uicheck
