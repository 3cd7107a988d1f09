// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The chart window's controls and menus, and their texts in the current language.

#include "charts/chartscope.h"
#include "charts/charttablemodel.h"
#include "charts/measureset.h"
#include "chartview.h"
#include "chartwindow.h"
#include "domain/measurecatalogue.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <algorithm>
#include <array>

namespace opcc::ui {

void ChartWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void ChartWindow::retranslate()
{
    const QStringList captions { tr("&Measure:"), tr("&Chart:"), tr("&Schemes:"), tr("&Basis:") };
    for (qsizetype i = 0; i < m_captions.size() && i < captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_measure->setAccessibleName(tr("Measure"));
    m_measure->setAccessibleDescription(tr("The measure to chart, with the number of schemes "
                                           "that have a figure of it."));
    m_kind->setAccessibleName(tr("Kind of chart"));
    m_kind->setAccessibleDescription(tr("A comparison of schemes, before and after, a trend over "
                                        "time, or a summary of a strand."));
    m_scope->setAccessibleName(tr("Schemes charted"));
    m_scope->setAccessibleDescription(tr("The schemes selected in the main window, one strand, "
                                         "one area or all schemes."));
    m_scopeValue->setAccessibleName(tr("Strand or area charted"));
    m_scopeValue->setAccessibleDescription(tr("The strand or the area whose schemes are "
                                              "charted."));
    m_basis->setAccessibleName(tr("Basis"));
    m_basis->setAccessibleDescription(tr("Figures as stated, or worked out per month, per "
                                         "£1,000 of funding or per year so that schemes "
                                         "compare; a strand summary can be per year."));
    const QStringList kinds { tr("Comparison"), tr("Before and after"), tr("Trend"),
        tr("Strand summary") };
    for (qsizetype i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(int(i), kinds.at(i));
    const QStringList scopes { tr("Selected schemes (%1)").arg(m_selection.size()),
        tr("One strand"), tr("One area"), tr("All schemes") };
    for (qsizetype i = 0; i < scopes.size(); ++i)
        m_scope->setItemText(int(i), scopes.at(i));
    const QStringList bases { tr("As stated"), tr("Per month"), tr("Per £1,000 of funding"),
        tr("Per year") };
    for (qsizetype i = 0; i < bases.size(); ++i)
        m_basis->setItemText(int(i), bases.at(i));
    m_table->setToolTip(tr("Double-click a scheme, or press Enter on it, to choose which of its "
                           "figures is drawn."));
    m_table->setAccessibleName(tr("Chart data"));
    m_table->setAccessibleDescription(tr("The figures drawn, one a row, with their period and "
                                         "source."));
    m_notes->setAccessibleName(tr("Notes and sources"));
    m_notes->setAccessibleDescription(tr("What the reader must know, the figures not drawn and "
                                         "the source of every figure."));
    m_view->setAccessibleName(tr("Chart"));
    m_view->setAccessibleDescription(tr("The chart drawn; the Data tab lists the same figures "
                                        "as text."));
    m_tabs->setTabText(0, tr("&Data"));
    m_tabs->setTabToolTip(0, tr("The figures drawn, as a table"));
    m_tabs->setTabText(1, tr("&Notes and sources"));
    m_tabs->setTabToolTip(1, tr("What the reader must know, and the source of every figure"));
    m_tabs->tabBar()->setAccessibleName(tr("Chart details"));
    m_tabs->tabBar()->setAccessibleDescription(tr("The data of the chart, or its notes and "
                                                  "sources."));

    m_fileMenu->setTitle(tr("&File"));
    m_chartMenu->setTitle(tr("&Chart"));
    const QList<std::array<QString, 2>> actions {
        { tr("Print Pre&view..."), tr("See the printed page before printing it") },
        { tr("&Print..."), tr("Print the chart page") },
        { tr("Export as P&DF..."), tr("Write the chart page as a PDF document") },
        { tr("Export as PNG, &150 dpi..."), tr("Write the chart page as an image for the screen") },
        { tr("Export as PNG, &300 dpi..."), tr("Write the chart page as an image for print") },
        { tr("Export as &SVG..."), tr("Write the chart page as a drawing that scales") },
        { tr("Export Chart &Alone for Slides..."),
            tr("Write the chart alone, without the page, as a PNG or SVG of a chosen size") },
        { tr("&Close"), tr("Close the chart window") },
        { tr("Use the &Latest Figure of Every Scheme"),
            tr("Draw each scheme's latest figure again, forgetting the figures chosen") },
    };
    for (qsizetype i = 0; i < m_actions.size() && i < actions.size(); ++i) {
        m_actions.at(i)->setText(actions.at(i)[0]);
        m_actions.at(i)->setStatusTip(actions.at(i)[1]);
    }

    // Lists worded from the data, and the chart itself, in the new language.
    const QString measure = m_measure->currentData().toString();
    fillMeasures();
    const int measureIndex = m_measure->findData(measure);
    if (measureIndex >= 0)
        m_measure->setCurrentIndex(measureIndex);
    fillScopeValues();
    if (!m_spec.measure.isEmpty())
        refresh();
}

QWidget *ChartWindow::buildControls()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    // Captions and item texts are set by retranslate(); the items' data say what they are.
    const auto add = [&](QComboBox *combo) {
        auto *caption = new QLabel(box);
        caption->setBuddy(combo);
        m_captions.append(caption);
        row->addWidget(caption);
        // The measure takes the room left: measure labels are long, in Welsh more so.
        row->addWidget(combo, combo == m_measure ? 1 : 0);
    };
    m_measure = new QComboBox(box);
    m_measure->setObjectName(QStringLiteral("measureChoice"));
    m_measure->setMinimumContentsLength(22);
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    add(m_measure);

    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("kindChoice"));
    for (const ChartKind kind : { ChartKind::Comparison, ChartKind::BeforeAfter, ChartKind::Trend,
             ChartKind::StrandSummary })
        m_kind->addItem(QString(), int(kind));
    add(m_kind);

    m_scope = new QComboBox(box);
    m_scope->setObjectName(QStringLiteral("scopeChoice"));
    for (const Scope scope : { Scope::Selection, Scope::Strand, Scope::Area, Scope::All })
        m_scope->addItem(QString(), int(scope));
    m_scopeValue = new QComboBox(box);
    m_scopeValue->setObjectName(QStringLiteral("scopeValueChoice"));
    add(m_scope);
    row->addWidget(m_scopeValue);

    m_basis = new QComboBox(box);
    m_basis->setObjectName(QStringLiteral("basisChoice"));
    for (const Normalisation basis : { Normalisation::None, Normalisation::PerMonth,
             Normalisation::PerThousandPounds, Normalisation::PerYear })
        m_basis->addItem(QString(), int(basis));
    add(m_basis);

    connect(m_measure, &QComboBox::activated, this,
        [this] { setMeasure(m_measure->currentData().toString()); });
    connect(m_kind, &QComboBox::activated, this,
        [this] { setKind(ChartKind(m_kind->currentData().toInt())); });
    connect(m_scope, &QComboBox::activated, this, [this] {
        fillScopeValues();
        refresh();
    });
    connect(m_scopeValue, &QComboBox::activated, this, &ChartWindow::refresh);
    connect(m_basis, &QComboBox::activated, this,
        [this] { setNormalisation(Normalisation(m_basis->currentData().toInt())); });
    return box;
}

void ChartWindow::buildMenus()
{
    // Texts and tips are set by retranslate(), in the order the actions are made.
    m_fileMenu = menuBar()->addMenu(QString());
    QAction *preview = m_fileMenu->addAction(QString(), this, &ChartWindow::printPreview);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    preview->setObjectName(QStringLiteral("printPreviewAction"));
    QAction *print = m_fileMenu->addAction(QString(), this, &ChartWindow::print);
    print->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    QAction *pdf = m_fileMenu->addAction(
        QString(), this, [this] { exportWithDialog(QStringLiteral("pdf"), 0); });
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    QAction *png150 = m_fileMenu->addAction(
        QString(), this, [this] { exportWithDialog(QStringLiteral("png"), 150); });
    QAction *png300 = m_fileMenu->addAction(
        QString(), this, [this] { exportWithDialog(QStringLiteral("png"), 300); });
    QAction *svg = m_fileMenu->addAction(
        QString(), this, [this] { exportWithDialog(QStringLiteral("svg"), 0); });
    QAction *slide
        = m_fileMenu->addAction(QString(), this, &ChartWindow::exportChartOnlyWithDialog);
    slide->setObjectName(QStringLiteral("exportSlideAction"));
    m_fileMenu->addSeparator();
    QAction *close = m_fileMenu->addAction(QString(), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    m_chartMenu = menuBar()->addMenu(QString());
    QAction *latest = m_chartMenu->addAction(QString(), this, [this] {
        m_spec.picks.clear();
        refresh();
    });
    m_actions = { preview, print, pdf, png150, png300, svg, slide, close, latest };
}

void ChartWindow::fillMeasures()
{
    const QHash<QString, int> counts = BrowseStore(m_db).measureSchemeCounts();
    QHash<QString, int> selected;
    if (!m_selection.isEmpty()) {
        ChartScope scope;
        scope.schemeIds = m_selection;
        const ChartScopeResolver resolver(m_db);
        const QList<Scheme> schemes = resolver.resolve(scope).schemes;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            selected.insert(it.key(), int(resolver.withMeasure(it.key(), schemes).size()));
    }
    QList<Measure> measures;
    for (const Measure &m : LookupStore::reader(m_db).measures()) {
        if (counts.value(m.key) > 0)
            measures.append(m);
    }
    std::sort(measures.begin(), measures.end(), [](const Measure &a, const Measure &b) {
        return measureLabel(a).localeAwareCompare(measureLabel(b)) < 0;
    });
    m_measure->clear();
    QString best = QStringLiteral("referrals");
    int bestCount = -1;
    for (const Measure &m : measures) {
        const int count = counts.value(m.key);
        m_measure->addItem(tr("%1 (%n scheme(s))", nullptr, count).arg(measureLabel(m)), m.key);
        // Start on the measure most of the selected schemes have, if any has one.
        if (selected.value(m.key) > qMax(bestCount, 0)) {
            best = m.key;
            bestCount = selected.value(m.key);
        }
    }
    // The measures of people through the scheme, together: each scheme by its own measure.
    const QString set = MeasureSet::peopleKey();
    const int setCount = int(
        ChartScopeResolver(m_db).withMeasure(set, SchemeStore::reader(m_db).schemes()).size());
    if (setCount > 0) {
        m_measure->insertSeparator(m_measure->count());
        m_measure->addItem(
            tr("%1 (%n scheme(s))", nullptr, setCount).arg(MeasureSet::label(set)), set);
    }
    m_selectionHasFigures = bestCount > 0;
    const int index = m_measure->findData(best);
    m_measure->setCurrentIndex(index >= 0 ? index : 0);
}

void ChartWindow::fillScopeValues()
{
    const Scope scope = Scope(m_scope->currentData().toInt());
    const QString current = m_scopeValue->currentData().toString();
    m_scopeValue->clear();
    if (scope == Scope::Strand) {
        for (const Strand s : Vocabulary<Strand>::values())
            m_scopeValue->addItem(Vocabulary<Strand>::label(s), Vocabulary<Strand>::key(s));
    } else if (scope == Scope::Area) {
        QStringList areas;
        for (const Scheme &s : SchemeStore::reader(m_db).schemes())
            areas += s.areas;
        areas.removeDuplicates();
        areas.sort(Qt::CaseInsensitive);
        for (const QString &area : areas)
            m_scopeValue->addItem(area, area);
    }
    const int index = m_scopeValue->findData(current);
    if (index >= 0)
        m_scopeValue->setCurrentIndex(index);
    m_scopeValue->setEnabled(m_scopeValue->count() > 0);
    m_scopeValue->setVisible(scope == Scope::Strand || scope == Scope::Area);
}

} // namespace opcc::ui
