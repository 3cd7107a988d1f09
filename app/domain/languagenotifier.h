// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QAbstractItemModel;

namespace opcc {

// Tells the parts of the app without widgets (models, chart data) that the interface language
// changed. QCoreApplication receives a LanguageChange event for every translator installed or
// removed; the notifier turns the events of one switch into one languageChanged() signal, sent
// from the event loop once they are all in (as widgets get their own LanguageChange events).
class LanguageNotifier final : public QObject
{
    Q_OBJECT

public:
    // The one notifier of the application (made on first use, a child of the application).
    static LanguageNotifier *instance();

    // The model announces every header section and item again (headerDataChanged, then
    // dataChanged over every row of every parent) after each language change, so that views
    // ask for its texts in the new language.
    static void follow(QAbstractItemModel *model);
    static void announce(QAbstractItemModel *model);

signals:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit LanguageNotifier(QObject *parent);

    bool m_pending = false;
};

} // namespace opcc
