// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace opcc {

class Database;
class DetailPanel;
class EditController;
class SchemeBrowser;

// The right-click menus of the main window: on a scheme (Edit, Chart, Report, Copy with
// Source, Delete) and on a figure (Copy with Source, Open Source Document, Edit). Each item is
// also in the menu bar or does what its words say; the menus only bring them to the pointer.
class ContextMenus final : public QObject
{
    Q_OBJECT

public:
    ContextMenus(Database &db, SchemeBrowser *browser, DetailPanel *detail, EditController *editing,
        QAction *chart, QWidget *window);

    // Reports of the selected schemes: "Report..." is offered (enabled) once a handler is set.
    using ReportHandler = std::function<void(const QList<qint64> &schemeIds)>;
    void setReportHandler(ReportHandler handler) { m_report = std::move(handler); }

    // The menus as they would open now, for the current scheme or figure; the caller owns them.
    QMenu *schemeMenu(QWidget *parent);
    QMenu *figureMenu(QWidget *parent);

    void copySchemeWithSource();
    void copyFigureWithSource();
    void openFigureSource();
    void editFigure();

signals:
    // "Open Source Document" on a figure: its document's title and the words it quotes.
    void openSourceRequested(const QString &title, const QString &quote);

private:
    void popup(QMenu *menu, QWidget *on, const QPoint &at);
    qint64 currentFigureId() const;

    Database &m_db;
    SchemeBrowser *m_browser;
    DetailPanel *m_detail;
    EditController *m_editing;
    QAction *m_chart;
    QWidget *m_window;
    ReportHandler m_report;
};

} // namespace opcc
