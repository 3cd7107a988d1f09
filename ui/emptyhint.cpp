// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "emptyhint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace opcc {

EmptyHint::EmptyHint(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(2 * fontMetrics().horizontalAdvance(QLatin1Char('m')));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model); // the view's model is set before the hint
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::follow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::follow);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::follow);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyHint::follow);
    follow();
}

void EmptyHint::setHint(const QString &text)
{
    setText(text);
    setAccessibleName(text);
    follow();
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void EmptyHint::follow()
{
    setGeometry(m_view->viewport()->rect());
    setVisible(!text().isEmpty() && m_view->model()->rowCount() == 0);
}

} // namespace opcc
