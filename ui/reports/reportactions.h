// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace opcc {
class Database;
class SchemeBrowser;
} // namespace opcc

namespace opcc::ui {

// File > Report of Shown Schemes and Report of Selected Schemes: the menu actions, with their
// shortcuts, that open the report dialog on what the scheme list shows. Kept apart from the
// main window, which only adds them to its File menu.
class ReportActions final : public QObject
{
    Q_OBJECT

public:
    ReportActions(Database &db, SchemeBrowser *browser, QWidget *window);

    // Inserts the actions before `before` (at the end when null), with a separator after.
    void addTo(QMenu *menu, QAction *before = nullptr);
    QAction *reportShown() const { return m_shown; }
    QAction *reportSelected() const { return m_selected; }

    // The filters of the list in words, for the report's cover: "Demand strand, West Mercia,
    // matching "divert"", or "all schemes".
    static QString describeFilters(const SchemeBrowser *browser);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void open(bool selected);

    Database &m_db;
    SchemeBrowser *m_browser;
    QWidget *m_window;
    QAction *m_shown;
    QAction *m_selected;
};

} // namespace opcc::ui
