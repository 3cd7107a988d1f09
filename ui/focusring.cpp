// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "focusring.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QWidget>

namespace opcc {

namespace {

// The ring itself: a transparent child of the focused control's window, above everything.
class Ring final : public QWidget
{
public:
    explicit Ring(QWidget *window)
        : QWidget(window)
    {
        setObjectName(QStringLiteral("focusRing"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

    static int thickness() { return 2; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QPen pen(palette().color(QPalette::Highlight), thickness());
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        const qreal half = thickness() / 2.0;
        painter.drawRect(QRectF(rect()).adjusted(half, half, -half, -half));
    }
};

// The part of the widget its parents let be seen (a scrolled text is partly hidden), in its
// own coordinates.
QRect shownPart(const QWidget *widget)
{
    QRect shown = widget->rect();
    for (const QWidget *w = widget; !w->isWindow() && w->parentWidget(); w = w->parentWidget()) {
        const QWidget *parent = w->parentWidget();
        shown &= QRect(widget->mapFrom(parent, QPoint(0, 0)), parent->size());
    }
    return shown;
}

} // namespace

FocusRing::FocusRing(QObject *parent)
    : QObject(parent)
{
    connect(
        qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

void FocusRing::install()
{
    if (!qApp || qApp->findChild<FocusRing *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    new FocusRing(qApp);
}

void FocusRing::follow(QWidget *target)
{
    for (const QPointer<QWidget> &watched : std::as_const(m_watched)) {
        if (watched)
            watched->removeEventFilter(this);
    }
    m_watched.clear();
    m_target = target && !target->isWindow() ? target : nullptr;
    if (!m_target) {
        if (m_ring)
            m_ring->hide();
        return;
    }
    QWidget *window = m_target->window();
    if (!m_ring || m_ring->parentWidget() != window) {
        delete m_ring;
        m_ring = new Ring(window);
    }
    for (QWidget *w = m_target; w && w != window; w = w->parentWidget()) {
        w->installEventFilter(this);
        m_watched.append(w);
    }
    place();
}

void FocusRing::place()
{
    if (!m_ring || !m_target)
        return;
    const QRect visible = shownPart(m_target);
    if (visible.isEmpty() || !m_target->isVisible()) {
        m_ring->hide();
        return;
    }
    m_ring->setGeometry(
        QRect(m_target->mapTo(m_ring->parentWidget(), visible.topLeft()), visible.size()));
    m_ring->raise();
    m_ring->show();
    m_ring->update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        place();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace opcc
