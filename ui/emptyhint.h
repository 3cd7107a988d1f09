// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLabel>

class QAbstractItemView;

namespace opcc {

// What to do to fill an item view, written across it while it has no rows ("No requests yet.
// Choose New Request (Ctrl+N) to log one."), as a text field shows its placeholder. Clicks go
// through to the view, so its context menu still opens.
class EmptyHint final : public QLabel
{
    Q_OBJECT

public:
    explicit EmptyHint(QAbstractItemView *view);
    // The owner words the hint for the moment (an empty register, or a filter that shows none).
    void setHint(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();

    QAbstractItemView *m_view;
};

} // namespace opcc
