// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/languagenotifier.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

namespace opcc {

namespace {

void announceItems(QAbstractItemModel *model, const QModelIndex &parent)
{
    const int rows = model->rowCount(parent);
    const int columns = model->columnCount(parent);
    if (rows <= 0 || columns <= 0)
        return;
    emit model->dataChanged(
        model->index(0, 0, parent), model->index(rows - 1, columns - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child))
            announceItems(model, child);
    }
}

} // namespace

LanguageNotifier::LanguageNotifier(QObject *parent)
    : QObject(parent)
{
    if (parent)
        parent->installEventFilter(this);
}

LanguageNotifier *LanguageNotifier::instance()
{
    static QPointer<LanguageNotifier> notifier;
    if (!notifier)
        notifier = new LanguageNotifier(QCoreApplication::instance());
    return notifier;
}

bool LanguageNotifier::eventFilter(QObject *watched, QEvent *event)
{
    // An event filter on the application sees every object's events: only the application's own
    // LanguageChange counts (widgets get theirs later, posted by QApplication).
    if (watched == parent() && event->type() == QEvent::LanguageChange && !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                emit languageChanged();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void LanguageNotifier::follow(QAbstractItemModel *model)
{
    connect(instance(), &LanguageNotifier::languageChanged, model, [model] { announce(model); });
}

void LanguageNotifier::announce(QAbstractItemModel *model)
{
    const int columns = model->columnCount();
    if (columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = model->rowCount();
    if (rows > 0)
        emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
    announceItems(model, {});
}

} // namespace opcc
