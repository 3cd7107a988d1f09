// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartwindow.h"

#include "chartexporter.h"
#include "charts/chartdatabuilder.h"
#include "charts/chartscope.h"
#include "charts/charttable.h"
#include "charts/charttablemodel.h"
#include "chartview.h"
#include "domain/measurecatalogue.h"
#include "domain/valueformat.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <algorithm>
#include <array>

namespace opcc::ui {

ChartWindow::ChartWindow(Database &db, QList<qint64> selectedSchemeIds, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_selection(std::move(selectedSchemeIds))
    , m_printer(QPrinter::HighResolution)
{
    ChartExporter::setUpPrinter(m_printer);

    m_view = new ChartView(this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_model = new ChartTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableView::doubleClicked, this, &ChartWindow::chooseFigure);
    // Enter on a row does what a double-click does.
    connect(m_table, &QTableView::activated, this, &ChartWindow::chooseFigure);
    m_notes = new QTextBrowser(this);
    m_notes->setOpenLinks(false);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(m_notes, QString());
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
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 560, 220 });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(buildControls());
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    // Reading order: the controls, the chart, then the tabs under it and what they show.
    // (The tab widget hands its focus to its tab bar, then to the page shown.)
    const QList<QWidget *> order { m_measure, m_kind, m_scope, m_scopeValue, m_basis, m_view,
        m_tabs };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    buildMenus();

    retranslate(); // fills the measures too
    // A selection without any figure would only give an empty chart: start on all schemes.
    m_scope->setCurrentIndex(
        m_scope->findData(int(m_selectionHasFigures ? Scope::Selection : Scope::All)));
    fillScopeValues();
    setMeasure(m_measure->currentData().toString());
    resize(1100, 820);
}

ChartWindow::~ChartWindow() = default;

ChartWindow *ChartWindow::open(
    Database &db, const QList<qint64> &selectedSchemeIds, QWidget *parent)
{
    auto *window = new ChartWindow(db, selectedSchemeIds, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->show();
    return window;
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
    m_basis->setEnabled(kind == ChartKind::Comparison || kind == ChartKind::StrandSummary);
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
            scope.schemeIds = { -1 }; // nothing selected: nothing to compare
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
    m_data = ChartDataBuilder(m_db).build(m_spec, resolved);
    if (!resolved.ok())
        m_data.emptyReason = resolved.error;
    m_view->setChartData(m_data);
    m_model->setChartData(m_data);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column,
            column == m_model->wrapColumn() ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
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
    if (schemeId <= 0 || m_spec.kind == ChartKind::StrandSummary || m_spec.kind == ChartKind::Trend)
        return;
    const std::optional<Measure> measure = LookupStore::reader(m_db).measure(m_spec.measure);
    if (!measure)
        return;
    QStringList items;
    QList<qint64> ids;
    for (const Figure &f : FigureStore::reader(m_db).ofScheme(schemeId)) {
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
    const QString choice = QInputDialog::getItem(
        this, tr("Choose a Figure"), tr("Figure drawn for this scheme:"), items, 0, false, &ok);
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

bool ChartWindow::exportChartOnlyTo(const QString &path, const QSize &size)
{
    ChartExporter exporter(m_data);
    if (!exporter.exportChartOnly(path, size)) {
        statusBar()->showMessage(exporter.errorString(), 8000);
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void ChartWindow::exportChartOnlyWithDialog()
{
    // The size of a widescreen slide unless the user asked for another one this session.
    static QString lastSize = QStringLiteral("1600x900");
    bool ok = false;
    const QString size = QInputDialog::getText(this, tr("Export Chart for Slides"),
        tr("Size in pixels, width x height (for example 1600x900 or 1280x720):"), QLineEdit::Normal,
        lastSize, &ok);
    if (!ok)
        return;
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d+)\\s*[xX\u00D7]\\s*(\\d+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(size);
    const QSize pixels
        = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (pixels.width() < 200 || pixels.height() < 150 || pixels.width() > 10000
        || pixels.height() > 10000) {
        QMessageBox::warning(this, tr("Export Chart for Slides"),
            tr("Give the size as width x height in pixels, from 200x150 to "
               "10000x10000, for example 1600x900."));
        return;
    }
    lastSize = size.trimmed();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("%1-chart-%2x%3.png", "a file name")
                             .arg(m_spec.measure)
                             .arg(pixels.width())
                             .arg(pixels.height());
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart for Slides"),
        QDir(folder).filePath(name), tr("PNG images (*.png);;SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    if (!ChartExporter::formatOf(path) || path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (!exportChartOnlyTo(path, pixels))
        QMessageBox::warning(this, tr("Export Chart for Slides"), statusBar()->currentMessage());
}

void ChartWindow::exportWithDialog(const QString &suffix, int dpi)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The file name offered: the measure's key, a word for a chart, the resolution of an image.
    const QString name = dpi > 0
        ? tr("%1-chart-%2dpi.%3", "a file name").arg(m_spec.measure).arg(dpi).arg(suffix)
        : tr("%1-chart.%2", "a file name").arg(m_spec.measure, suffix);
    QString filter;
    if (suffix == QLatin1String("pdf"))
        filter = tr("PDF documents (*.pdf)");
    else if (suffix == QLatin1String("png"))
        filter = tr("PNG images (*.png)");
    else
        filter = tr("SVG drawings (*.svg)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QDir(folder).filePath(name), filter);
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
