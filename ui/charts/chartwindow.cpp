#include "chartwindow.h"

#include "chartexporter.h"
#include "chartview.h"
#include "charts/chartdatabuilder.h"
#include "charts/chartscope.h"
#include "charts/charttable.h"
#include "charts/charttablemodel.h"
#include "domain/measurecatalogue.h"
#include "domain/valueformat.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

#include <algorithm>

namespace opcc::ui {

ChartWindow::ChartWindow(Database &db, QList<qint64> selectedSchemeIds, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_selection(std::move(selectedSchemeIds))
    , m_printer(QPrinter::HighResolution)
{
    setWindowTitle(tr("Chart"));
    ChartExporter::setUpPrinter(m_printer);

    m_view = new ChartView(this);
    m_model = new ChartTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Double-click a scheme to choose which of its figures is drawn."));
    connect(m_table, &QTableView::doubleClicked, this, &ChartWindow::chooseFigure);
    m_notes = new QTextBrowser(this);
    m_notes->setOpenLinks(false);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_table, tr("&Data"));
    tabs->addTab(m_notes, tr("&Notes and sources"));
    // The title, subtitle and what the reader must know (periods that differ, rates kept apart)
    // stay in sight above the chart, as on the printed page.
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_flags = new QLabel(this);
    m_flags->setTextFormat(Qt::PlainText);
    m_flags->setWordWrap(true);
    auto *chartPane = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_heading);
    chartLayout->addWidget(m_flags);
    chartLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartPane);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 220});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(buildControls());
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    buildMenus();

    fillMeasures();
    // A selection without any figure would only give an empty chart: start on all schemes.
    m_scope->setCurrentIndex(
        m_scope->findData(int(m_selectionHasFigures ? Scope::Selection : Scope::All)));
    fillScopeValues();
    setMeasure(m_measure->currentData().toString());
    resize(1100, 820);
}

ChartWindow::~ChartWindow() = default;

ChartWindow *ChartWindow::open(Database &db, const QList<qint64> &selectedSchemeIds,
                               QWidget *parent)
{
    auto *window = new ChartWindow(db, selectedSchemeIds, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->show();
    return window;
}

QWidget *ChartWindow::buildControls()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &label, QComboBox *combo) {
        auto *caption = new QLabel(label, box);
        caption->setBuddy(combo);
        row->addWidget(caption);
        row->addWidget(combo);
    };
    m_measure = new QComboBox(box);
    m_measure->setMinimumContentsLength(22);
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    add(tr("&Measure:"), m_measure);

    m_kind = new QComboBox(box);
    m_kind->addItem(tr("Comparison"), int(ChartKind::Comparison));
    m_kind->addItem(tr("Before and after"), int(ChartKind::BeforeAfter));
    m_kind->addItem(tr("Trend"), int(ChartKind::Trend));
    m_kind->addItem(tr("Strand summary"), int(ChartKind::StrandSummary));
    add(tr("&Chart:"), m_kind);

    m_scope = new QComboBox(box);
    m_scope->addItem(tr("Selected schemes (%1)").arg(m_selection.size()), int(Scope::Selection));
    m_scope->addItem(tr("One strand"), int(Scope::Strand));
    m_scope->addItem(tr("One area"), int(Scope::Area));
    m_scope->addItem(tr("All schemes"), int(Scope::All));
    m_scopeValue = new QComboBox(box);
    add(tr("&Schemes:"), m_scope);
    row->addWidget(m_scopeValue);

    m_basis = new QComboBox(box);
    m_basis->addItem(tr("As stated"), int(Normalisation::None));
    m_basis->addItem(tr("Per month"), int(Normalisation::PerMonth));
    m_basis->addItem(tr("Per £1,000 of funding"), int(Normalisation::PerThousandPounds));
    add(tr("&Basis:"), m_basis);
    row->addStretch(1);

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
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *preview = file->addAction(tr("Print Pre&view..."), this, &ChartWindow::printPreview);
    preview->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    preview->setObjectName(QStringLiteral("printPreviewAction"));
    QAction *print = file->addAction(tr("&Print..."), this, &ChartWindow::print);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *pdf = file->addAction(tr("Export as P&DF..."), this,
                                   [this] { exportWithDialog(QStringLiteral("pdf"), 0); });
    pdf->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addAction(tr("Export as PNG, &150 dpi..."), this,
                    [this] { exportWithDialog(QStringLiteral("png"), 150); });
    file->addAction(tr("Export as PNG, &300 dpi..."), this,
                    [this] { exportWithDialog(QStringLiteral("png"), 300); });
    file->addAction(tr("Export as &SVG..."), this,
                    [this] { exportWithDialog(QStringLiteral("svg"), 0); });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu *chart = menuBar()->addMenu(tr("&Chart"));
    chart->addAction(tr("Use the &Latest Figure of Every Scheme"), this, [this] {
        m_spec.picks.clear();
        refresh();
    });
}

void ChartWindow::fillMeasures()
{
    const QHash<QString, int> counts = m_db.measureSchemeCounts();
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
    for (const Measure &m : m_db.measures()) {
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
        for (const Scheme &s : m_db.schemes())
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

void ChartWindow::setMeasure(const QString &key)
{
    const int index = m_measure->findData(key);
    if (index >= 0)
        m_measure->setCurrentIndex(index);
    m_spec.measure = key;
    m_spec.picks.clear();
    ChartScope scope;
    if (Scope(m_scope->currentData().toInt()) == Scope::Selection)
        scope.schemeIds = m_selection;
    const ChartScopeResolver resolver(m_db);
    const QList<Scheme> schemes = resolver.withMeasure(key, resolver.resolve(scope).schemes);
    setKind(ChartDataBuilder(m_db).suggestedKind(key, schemes));
}

void ChartWindow::setKind(ChartKind kind)
{
    m_spec.kind = kind;
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_basis->setEnabled(kind == ChartKind::Comparison);
    refresh();
}

void ChartWindow::setScope(Scope scope, const QString &value)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    fillScopeValues();
    const int index = m_scopeValue->findData(value);
    if (index >= 0)
        m_scopeValue->setCurrentIndex(index);
    refresh();
}

void ChartWindow::setNormalisation(Normalisation normalisation)
{
    m_spec.normalisation = normalisation;
    m_basis->setCurrentIndex(m_basis->findData(int(normalisation)));
    refresh();
}

void ChartWindow::pickFigure(qint64 schemeId, qint64 figureId)
{
    m_spec.picks.insert(schemeId, figureId);
    refresh();
}

void ChartWindow::refresh()
{
    ChartScope scope;
    switch (Scope(m_scope->currentData().toInt())) {
    case Scope::Selection:
        scope.schemeIds = m_selection;
        if (m_selection.isEmpty())
            scope.schemeIds = {-1}; // nothing selected: nothing to compare
        break;
    case Scope::Strand:
        scope.strand = m_scopeValue->currentData().toString();
        break;
    case Scope::Area:
        scope.area = m_scopeValue->currentData().toString();
        break;
    case Scope::All:
        break;
    }
    const ResolvedScope resolved = ChartScopeResolver(m_db).resolve(scope);
    m_data = ChartDataBuilder(m_db).build(m_spec, resolved.schemes, resolved.description);
    if (!resolved.ok())
        m_data.emptyReason = resolved.error;
    m_view->setChartData(m_data);
    m_model->setChartData(m_data);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, column == m_model->wrapColumn()
                                                 ? QHeaderView::Stretch
                                                 : QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    m_notes->setHtml(notesHtml());
    m_heading->setText(QStringLiteral("<b>%1</b><br>%2")
                           .arg(m_data.title.toHtmlEscaped(), m_data.subtitle.toHtmlEscaped()));
    QStringList flags;
    if (!m_data.basis.isEmpty())
        flags.append(QStringLiteral("\u2022 ") + m_data.basis);
    for (const QString &note : std::as_const(m_data.notes))
        flags.append(QStringLiteral("\u2022 ") + note);
    if (!m_data.omitted.isEmpty())
        flags.append(QStringLiteral("\u2022 ")
                     + tr("Not drawn: %1 (see Notes and sources).").arg(m_data.omitted.size()));
    m_flags->setText(flags.join(QLatin1Char('\n')));
    m_flags->setVisible(!flags.isEmpty());
    setWindowTitle(tr("Chart: %1").arg(m_data.title));
    emit chartChanged();
}

QString ChartWindow::notesHtml() const
{
    QString html;
    const auto list = [&html](const QString &heading, const QStringList &items, bool numbered) {
        if (items.isEmpty())
            return;
        html += QStringLiteral("<h4>%1</h4>").arg(heading.toHtmlEscaped());
        html += numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        html += numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    };
    QStringList notes;
    if (!m_data.basis.isEmpty())
        notes.append(m_data.basis);
    notes += m_data.notes;
    if (m_data.isEmpty() && !m_data.emptyReason.isEmpty())
        notes.prepend(m_data.emptyReason);
    list(tr("Notes"), notes, false);
    QStringList omitted;
    for (const OmittedFigure &figure : m_data.omitted)
        omitted.append(ChartTableBuilder::omittedLine(figure));
    list(tr("Not drawn"), omitted, false);
    QStringList sources;
    for (const Footnote &note : m_data.footnotes)
        sources.append(note.text());
    list(tr("Sources"), sources, true);
    return html;
}

void ChartWindow::chooseFigure(const QModelIndex &index)
{
    const qint64 schemeId = index.data(ChartTableModel::SchemeIdRole).toLongLong();
    if (schemeId <= 0 || m_spec.kind == ChartKind::StrandSummary
        || m_spec.kind == ChartKind::Trend)
        return;
    const std::optional<Measure> measure = m_db.measure(m_spec.measure);
    if (!measure)
        return;
    QStringList items;
    QList<qint64> ids;
    for (const Figure &f : m_db.figures(schemeId)) {
        if (f.measure != m_spec.measure || (f.baseline && m_spec.kind == ChartKind::BeforeAfter))
            continue;
        const QString period = formatPeriod(f);
        items.append(tr("%1, %2%3")
                         .arg(formatFigureValue(f, measure->unit),
                              period.isEmpty() ? tr("period not stated") : period,
                              f.baseline ? tr(" (before)") : QString()));
        ids.append(f.id);
    }
    if (items.size() < 2) {
        statusBar()->showMessage(tr("This scheme has no other figure of this measure."), 5000);
        return;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Choose a Figure"),
                                                 tr("Figure drawn for this scheme:"), items, 0,
                                                 false, &ok);
    if (ok && items.contains(choice))
        pickFigure(schemeId, ids.at(items.indexOf(choice)));
}

bool ChartWindow::exportTo(const QString &path, int pngDpi)
{
    ChartExporter exporter(m_data);
    if (!exporter.exportFile(path, pngDpi)) {
        statusBar()->showMessage(exporter.errorString(), 8000);
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void ChartWindow::exportWithDialog(const QString &suffix, int dpi)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = dpi > 0 ? QStringLiteral("%1-chart-%2dpi.%3").arg(m_spec.measure).arg(dpi).arg(suffix)
                                 : QStringLiteral("%1-chart.%2").arg(m_spec.measure, suffix);
    QString filter;
    if (suffix == QLatin1String("pdf"))
        filter = tr("PDF documents (*.pdf)");
    else if (suffix == QLatin1String("png"))
        filter = tr("PNG images (*.png)");
    else
        filter = tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    if (!exportTo(path, dpi > 0 ? dpi : 150))
        QMessageBox::warning(this, tr("Export Chart"), statusBar()->currentMessage());
}

void ChartWindow::printPreview()
{
    auto *dialog = new QPrintPreviewDialog(&m_printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Preview: %1").arg(m_data.title));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *printer) { ChartExporter(m_data).print(printer); });
    dialog->resize(1000, 760);
    dialog->open();
}

void ChartWindow::print()
{
    QPrintDialog dialog(&m_printer, this);
    dialog.setWindowTitle(tr("Print Chart"));
    if (dialog.exec() == QDialog::Accepted)
        ChartExporter(m_data).print(&m_printer);
}

} // namespace opcc::ui
