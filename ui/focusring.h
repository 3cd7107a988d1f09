// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace opcc {

// Draws a ring in the palette's highlight colour just inside whichever control has the keyboard
// focus, in every window of the application, so that the focus can always be seen: the style
// marks some controls (line edits, tables) but not others (combo boxes, tab bars, the chart,
// texts that can be selected). The ring follows the control when it moves or scrolls, and
// takes no mouse clicks and no focus.
class FocusRing final : public QObject
{
    Q_OBJECT

public:
    // Once per application; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusRing(QObject *parent);
    void follow(QWidget *target);
    void place();

    QPointer<QWidget> m_ring;
    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_watched; // the target and its parents, for moves and resizes
};

} // namespace opcc
