// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"

#include <QMainWindow>
#include <QPrinter>

class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;
class QModelIndex;
class QTableView;
class QTextBrowser;

namespace opcc {
class ChartTableModel;
class Database;
} // namespace opcc

namespace opcc::ui {

class ChartView;

// The chart window: pick a measure, the kind of chart, which schemes (the main window's
// selection, a strand, an area or all) and a basis; see the chart, its data table and its notes
// and sources; print, preview or export the page (PDF, PNG at 150 or 300 dpi, SVG).
// Open it from the main window with ChartWindow::open(db, selectedSchemeIds, this).
class ChartWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Scope { Selection, Strand, Area, All };
    Q_ENUM(Scope)

    ChartWindow(Database &db, QList<qint64> selectedSchemeIds, QWidget *parent = nullptr);
    ~ChartWindow() override;

    // A new chart window, shown, deleted when closed.
    static ChartWindow *open(
        Database &db, const QList<qint64> &selectedSchemeIds, QWidget *parent = nullptr);

    void setMeasure(const QString &key);
    void setKind(ChartKind kind);
    // value: a strand key for Scope::Strand, an area name for Scope::Area.
    void setScope(Scope scope, const QString &value = {});
    void setNormalisation(Normalisation normalisation);
    // Uses this figure for its scheme instead of the latest one.
    void pickFigure(qint64 schemeId, qint64 figureId);

    const ChartData &chartData() const { return m_data; }
    ChartTableModel *tableModel() const { return m_model; }
    ChartView *chartView() const { return m_view; }

    // Writes the page to a file, by its suffix; no dialog.
    bool exportTo(const QString &path, int pngDpi = 150);
    // Writes the chart alone, for a slide, as .png or .svg of size pixels; no dialog.
    bool exportChartOnlyTo(const QString &path, const QSize &size);

public slots:
    void printPreview();
    void print();

signals:
    void chartChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildMenus();
    QWidget *buildControls();
    void fillMeasures();
    void fillScopeValues();
    void refresh();
    void exportWithDialog(const QString &suffix, int dpi);
    void exportChartOnlyWithDialog();
    void chooseFigure(const QModelIndex &index);
    QString notesHtml() const;

    Database &m_db;
    QList<qint64> m_selection;
    bool m_selectionHasFigures = false;
    ChartSpec m_spec;
    ChartData m_data;
    QPrinter m_printer;
    QComboBox *m_measure = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_scopeValue = nullptr;
    QComboBox *m_basis = nullptr;
    ChartView *m_view = nullptr;
    ChartTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_notes = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_flags = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QLabel *> m_captions; // measure, chart, schemes, basis
    QMenu *m_fileMenu = nullptr;
    QMenu *m_chartMenu = nullptr;
    QList<QAction *> m_actions; // in menu order, texts set by retranslate()
};

} // namespace opcc::ui
