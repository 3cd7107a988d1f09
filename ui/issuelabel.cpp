// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "issuelabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <cmath>

namespace opcc {

namespace {

qreal luminance(const QColor &colour)
{
    const auto channel
        = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

int iconSize(const QWidget *widget)
{
    return widget->fontMetrics().height();
}

} // namespace

IssueLabel::IssueLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    follow();
}

qreal IssueLabel::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor IssueLabel::colourFor(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor behind = palette.color(background);
    for (const QColor &red : { QColor(0xb3, 0x26, 0x1e), QColor(0xff, 0x9e, 0x96) }) {
        if (contrast(red, behind) >= 4.5)
            return red;
    }
    return palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
}

void IssueLabel::follow()
{
    // Colour and room for the icon follow the palette and the font.
    m_following = true;
    QPalette own = palette();
    own.setColor(QPalette::WindowText, colourFor(own));
    setPalette(own);
    setContentsMargins(iconSize(this) + iconSize(this) / 3, 0, 0, 0);
    m_following = false;
}

void IssueLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (!m_following
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange))
        follow();
}

void IssueLabel::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    if (text().isEmpty())
        return;
    QPainter painter(this);
    const int size = iconSize(this);
    style()
        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
        .paint(&painter, QRect(0, 0, size, size));
}

} // namespace opcc
