// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportdialog.h"

#include "charts/chartdatabuilder.h"
#include "charts/chartpagepainter.h"
#include "domain/measurecatalogue.h"
#include "issuelabel.h"
#include "reports/reportdocument.h"
#include "reports/reportparts.h"
#include "reports/reportsettings.h"
#include "reports/reportwriter.h"
#include "reports/smallnumbers.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace opcc::ui {

namespace {

enum class PeriodKind { All, FinancialYear, Dates };

QString settingsKey(const char *name)
{
    return QStringLiteral("reports/dialog/") + QLatin1String(name);
}

// Financial years from the current one back to 2010/11, newest first.
QStringList financialYears()
{
    const QDate today = QDate::currentDate();
    const int current = today.month() >= 4 ? today.year() : today.year() - 1;
    QStringList years;
    for (int year = current; year >= 2010; --year)
        years.append(
            QStringLiteral("%1/%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0')));
    return years;
}

} // namespace

ReportDialog::ReportDialog(Database &db, QList<qint64> shown, QList<qint64> selected,
    const QString &shownText, Schemes start, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_shown(std::move(shown))
    , m_selected(std::move(selected))
    , m_shownText(shownText)
    , m_printer(QPrinter::HighResolution)
{
    setObjectName(QStringLiteral("reportDialog"));
    m_printer.setPageSize(QPageSize(QPageSize::A4));
    m_printer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    createControls();
    createLayout();
    fillMeasures();
    restoreChoices();
    const bool selection = start == Schemes::Selected && !m_selected.isEmpty();
    (selection ? m_selectedButton : m_shownButton)->setChecked(true);
    m_selectedButton->setEnabled(!m_selected.isEmpty());
    retranslate();
    validate();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::createControls()
{
    m_titleLabel = new QLabel(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_titleLabel->setBuddy(m_title);
    m_schemesLabel = new QLabel(this);
    m_shownButton = new QRadioButton(this);
    m_shownButton->setObjectName(QStringLiteral("reportShown"));
    m_selectedButton = new QRadioButton(this);
    m_selectedButton->setObjectName(QStringLiteral("reportSelected"));
    m_periodLabel = new QLabel(this);
    m_periodKind = new QComboBox(this);
    m_periodKind->setObjectName(QStringLiteral("reportPeriodKind"));
    for (int i = 0; i < 3; ++i)
        m_periodKind->addItem(QString(), i);
    m_periodLabel->setBuddy(m_periodKind);
    m_periodStack = new QStackedWidget(this);
    m_periodStack->addWidget(new QWidget(this));
    m_periodStack->addWidget(createPeriodControls());
    m_problem = new IssueLabel(this);
    m_problem->setObjectName(QStringLiteral("reportProblem"));
    m_forRelease = new QCheckBox(this);
    m_forRelease->setObjectName(QStringLiteral("reportForRelease"));
    m_includeChart = new QCheckBox(this);
    m_includeChart->setObjectName(QStringLiteral("reportIncludeChart"));
    m_chartMeasure = new QComboBox(this);
    m_chartMeasure->setObjectName(QStringLiteral("reportChartMeasure"));
    m_organisationLabel = new QLabel(this);
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("reportOrganisation"));
    m_organisationLabel->setBuddy(m_organisation);
    m_markingLabel = new QLabel(this);
    m_marking = new QComboBox(this);
    m_marking->setObjectName(QStringLiteral("reportMarking"));
    m_marking->setEditable(true);
    m_marking->addItems({ ReportSettings::defaultMarking(), QStringLiteral("OFFICIAL-SENSITIVE") });
    m_markingLabel->setBuddy(m_marking);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("reportPreview"));
    m_printButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("reportPrint"));
    m_saveButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("reportSave"));
    m_saveButton->setDefault(true);

    connect(m_periodKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_periodStack->setCurrentIndex(index == int(PeriodKind::All) ? 0 : 1);
        validate();
    });
    connect(m_financialYear, &QComboBox::currentTextChanged, this, &ReportDialog::validate);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportDialog::validate);
    connect(m_includeChart, &QCheckBox::toggled, m_chartMeasure, &QWidget::setEnabled);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveAs(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QWidget *ReportDialog::createPeriodControls()
{
    // One row: the financial year, or the two dates, as the period kind says.
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_financialYear = new QComboBox(box);
    m_financialYear->setObjectName(QStringLiteral("reportFinancialYear"));
    m_financialYear->setEditable(true);
    m_financialYear->addItems(financialYears());
    m_fromLabel = new QLabel(box);
    m_from = new QDateEdit(box);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(box);
    m_to = new QDateEdit(box);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_toLabel->setBuddy(m_to);
    row->addWidget(m_financialYear);
    row->addWidget(m_fromLabel);
    row->addWidget(m_from);
    row->addWidget(m_toLabel);
    row->addWidget(m_to);
    row->addStretch(1);
    return box;
}

void ReportDialog::createLayout()
{
    auto *form = new QFormLayout;
    form->addRow(m_titleLabel, m_title);
    auto *schemes = new QVBoxLayout;
    schemes->addWidget(m_shownButton);
    schemes->addWidget(m_selectedButton);
    form->addRow(m_schemesLabel, schemes);
    auto *period = new QHBoxLayout;
    period->addWidget(m_periodKind);
    period->addWidget(m_periodStack, 1);
    form->addRow(m_periodLabel, period);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), m_forRelease);
    auto *chart = new QHBoxLayout;
    chart->addWidget(m_includeChart);
    chart->addWidget(m_chartMeasure, 1);
    form->addRow(QString(), chart);
    form->addRow(m_organisationLabel, m_organisation);
    form->addRow(m_markingLabel, m_marking);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Report"));
    m_titleLabel->setText(tr("&Title:"));
    m_title->setPlaceholderText(ReportBuilder::titleOf({}));
    m_title->setAccessibleName(tr("Report title"));
    m_schemesLabel->setText(tr("Schemes:"));
    m_shownButton->setText(tr("Sc&hemes shown in the list (%n)", nullptr, int(m_shown.size())));
    m_shownButton->setToolTip(m_shownText);
    m_selectedButton->setText(
        tr("Schemes s&elected in the list (%n)", nullptr, int(m_selected.size())));
    m_periodLabel->setText(tr("&Period:"));
    m_periodKind->setItemText(int(PeriodKind::All), tr("All periods"));
    m_periodKind->setItemText(int(PeriodKind::FinancialYear), tr("Financial year"));
    m_periodKind->setItemText(int(PeriodKind::Dates), tr("Dates"));
    m_periodKind->setAccessibleName(tr("Period"));
    m_financialYear->setAccessibleName(tr("Financial year"));
    m_financialYear->setToolTip(tr("1 April to 31 March, written YYYY/YY"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("T&o:"));
    m_forRelease->setText(tr("For &release: show counts of 1 to 4 people as \"fewer than 5\""));
    m_forRelease->setToolTip(tr("Suppresses small numbers, and what would reveal them, as "
                                "published replies must (FOIA section 40(2))"));
    m_includeChart->setText(tr("Include a &chart of"));
    m_chartMeasure->setAccessibleName(tr("Measure to chart"));
    m_organisationLabel->setText(tr("Or&ganisation:"));
    m_organisation->setPlaceholderText(
        tr("e.g. Office of the Police and Crime Commissioner for Cleveland"));
    m_markingLabel->setText(tr("Protective &marking:"));
    m_previewButton->setText(tr("Pre&view..."));
    m_printButton->setText(tr("Pr&int..."));
    m_saveButton->setText(tr("&Save As..."));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
    validate();
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReportDialog::fillMeasures()
{
    QList<Measure> measures;
    const QHash<QString, int> counts = BrowseStore(m_db).measureSchemeCounts();
    for (const Measure &m : LookupStore::reader(m_db).measures()) {
        if (counts.value(m.key) > 0)
            measures.append(m);
    }
    std::sort(measures.begin(), measures.end(), [](const Measure &a, const Measure &b) {
        return measureLabel(a).localeAwareCompare(measureLabel(b)) < 0;
    });
    for (const Measure &m : measures)
        m_chartMeasure->addItem(measureLabel(m), m.key);
}

void ReportDialog::restoreChoices()
{
    const QSettings settings;
    m_title->setText(settings.value(settingsKey("title")).toString());
    m_periodKind->setCurrentIndex(qBound(0, settings.value(settingsKey("period")).toInt(), 2));
    const QString year = settings.value(settingsKey("financialYear")).toString();
    if (!year.isEmpty())
        m_financialYear->setCurrentText(year);
    const QDate today = QDate::currentDate();
    m_from->setDate(settings.value(settingsKey("from"), QDate(today.year(), 1, 1)).toDate());
    m_to->setDate(settings.value(settingsKey("to"), QDate(today.year(), 12, 31)).toDate());
    m_forRelease->setChecked(settings.value(settingsKey("forRelease"), false).toBool());
    m_includeChart->setChecked(settings.value(settingsKey("includeChart"), false).toBool());
    m_chartMeasure->setEnabled(m_includeChart->isChecked());
    const int measure = m_chartMeasure->findData(
        settings.value(settingsKey("chartMeasure"), QStringLiteral("referrals")));
    if (measure >= 0)
        m_chartMeasure->setCurrentIndex(measure);
    m_organisation->setText(ReportSettings::organisation());
    m_marking->setCurrentText(ReportSettings::marking());
    m_periodStack->setCurrentIndex(m_periodKind->currentIndex() == 0 ? 0 : 1);
}

void ReportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(settingsKey("title"), m_title->text());
    settings.setValue(settingsKey("period"), m_periodKind->currentIndex());
    settings.setValue(settingsKey("financialYear"), m_financialYear->currentText());
    settings.setValue(settingsKey("from"), m_from->date());
    settings.setValue(settingsKey("to"), m_to->date());
    settings.setValue(settingsKey("forRelease"), m_forRelease->isChecked());
    settings.setValue(settingsKey("includeChart"), m_includeChart->isChecked());
    settings.setValue(settingsKey("chartMeasure"), m_chartMeasure->currentData());
    ReportSettings::setOrganisation(m_organisation->text());
    ReportSettings::setMarking(m_marking->currentText());
}

void ReportDialog::done(int result)
{
    saveChoices();
    QDialog::done(result);
}

void ReportDialog::validate()
{
    const PeriodKind kind = PeriodKind(m_periodKind->currentIndex());
    m_financialYear->setVisible(kind == PeriodKind::FinancialYear);
    for (QWidget *w : std::initializer_list<QWidget *> { m_fromLabel, m_from, m_toLabel, m_to })
        w->setVisible(kind == PeriodKind::Dates);
    ReportRequest ignored;
    QString problem;
    const bool ok = request(&ignored, &problem);
    m_problem->setText(problem);
    m_problem->setVisible(!ok);
    for (QPushButton *button : { m_previewButton, m_printButton, m_saveButton })
        button->setEnabled(ok);
}

bool ReportDialog::request(ReportRequest *request, QString *problem) const
{
    switch (PeriodKind(m_periodKind->currentIndex())) {
    case PeriodKind::All:
        break;
    case PeriodKind::FinancialYear: {
        const auto period = ReportPeriod::financialYear(m_financialYear->currentText(), problem);
        if (!period)
            return false;
        request->period = *period;
        break;
    }
    case PeriodKind::Dates: {
        const auto period = ReportPeriod::range(m_from->date(), m_to->date(), problem);
        if (!period)
            return false;
        request->period = *period;
        break;
    }
    }
    const bool selection = m_selectedButton->isChecked();
    request->schemeIds = selection ? m_selected : m_shown;
    if (request->schemeIds.isEmpty()) {
        *problem = tr("There are no schemes to report on: show or select some in the list.");
        return false;
    }
    request->selection = selection ? tr("the schemes selected in the list") : m_shownText;
    request->title = m_title->text();
    request->forRelease = m_forRelease->isChecked();
    request->organisation = m_organisation->text().trimmed();
    request->marking = m_marking->currentText().trimmed();
    return true;
}

QImage ReportDialog::chartImage(const ReportRequest &request) const
{
    const QString measure = m_chartMeasure->currentData().toString();
    if (!m_includeChart->isChecked() || measure.isEmpty())
        return {};
    const ChartDataBuilder builder(m_db);
    const QList<Scheme> schemes = SchemeStore::reader(m_db).schemes(request.schemeIds);
    ChartSpec spec;
    spec.measure = measure;
    spec.kind = builder.suggestedKind(measure, schemes);
    ChartData chart = builder.build(spec, schemes, request.selection);
    if (request.forRelease)
        SmallNumbers::applyToChart(chart);
    if (chart.isEmpty())
        return {};
    // The printed chart page, A4 landscape at 150 dots an inch.
    QImage image(1754, 1240, QImage::Format_RGB32);
    image.setDotsPerMeterX(5906);
    image.setDotsPerMeterY(5906);
    image.fill(Qt::white);
    QPainter painter(&image);
    ChartPagePainter::paint(painter, QRectF(image.rect()), chart, QDate::currentDate());
    painter.end();
    return image;
}

std::unique_ptr<ReportParts> ReportDialog::openParts(ReportRequest *request, int limit)
{
    QString problem;
    if (!ReportDialog::request(request, &problem)) {
        QMessageBox::warning(this, tr("Report"), problem);
        return nullptr;
    }
    if (limit > 0 && request->schemeIds.size() > limit)
        request->schemeIds.resize(limit);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    request->chart = chartImage(*request);
    auto parts = std::make_unique<ReportParts>(m_db, *request);
    const bool opened = parts->open();
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox::warning(this, tr("Report"), parts->errorString());
        return nullptr;
    }
    return parts;
}

// A report of a whole register takes minutes: the window says how far it has gone and can
// stop it. Shown only when the work lasts.
std::unique_ptr<QProgressDialog> ReportDialog::progressDialog(const QString &label, int schemes)
{
    auto dialog = std::make_unique<QProgressDialog>(
        label.arg(QLocale().toString(schemes)), tr("Cancel"), 0, 100, this);
    dialog->setObjectName(QStringLiteral("reportProgress"));
    dialog->setWindowTitle(tr("Report"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    return dialog;
}

ReportWriter::Progress ReportDialog::progressIn(QProgressDialog &dialog)
{
    return [&dialog](int done, int total) {
        dialog.setMaximum(total);
        dialog.setValue(done);
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

void ReportDialog::preview()
{
    // The preview holds every page it shows: a long report is previewed by its first schemes,
    // and printed or saved whole.
    ReportRequest request;
    const std::shared_ptr<ReportParts> parts = openParts(&request, previewSchemes);
    if (!parts)
        return;
    const qsizetype all = (m_selectedButton->isChecked() ? m_selected : m_shown).size();
    const PageDecoration decoration { ReportBuilder::titleOf(request),
        ReportBuilder::markingOf(request), request.printed };
    auto *dialog = new QPrintPreviewDialog(&m_printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(all > previewSchemes
            ? tr("Print Preview: %1 (the first %2 of %3 schemes; Print and Save As take them all)")
                  .arg(decoration.title)
                  .arg(previewSchemes)
                  .arg(QLocale().toString(qint64(all)))
            : tr("Print Preview: %1").arg(decoration.title));
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
        [this, parts, decoration](QPrinter *printer) {
            const auto progress = progressDialog(
                tr("Laying out the preview of %1 schemes..."), parts->schemeCount());
            ReportWriter::paintParts(*parts, *printer, decoration, progressIn(*progress));
        });
    dialog->resize(1000, 800);
    dialog->open();
}

void ReportDialog::print()
{
    ReportRequest request;
    const std::unique_ptr<ReportParts> parts = openParts(&request);
    if (!parts)
        return;
    QPrintDialog dialog(&m_printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto progress = progressDialog(tr("Printing %1 schemes..."), parts->schemeCount());
    const ReportWriter::PartsPainted printed = ReportWriter::paintParts(*parts, m_printer,
        { ReportBuilder::titleOf(request), ReportBuilder::markingOf(request), request.printed },
        progressIn(*progress));
    progress->close();
    if (!printed.error.isEmpty())
        QMessageBox::warning(this, tr("Print Report"), printed.error);
}

bool ReportDialog::saveAs(const QString &given)
{
    QSettings settings;
    QString path = given;
    if (path.isEmpty()) {
        const QString folder
            = settings
                  .value(settingsKey("folder"),
                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .toString();
        const QStringList filters { tr("PDF document (*.pdf)"), tr("OpenDocument text (*.odt)"),
            tr("Web page (*.html)") };
        QString filter
            = filters.value(settings.value(settingsKey("format")).toInt(), filters.constFirst());
        // The title as a file name: letters, digits, spaces and dashes.
        QString name = m_title->text().trimmed();
        name.replace(QRegularExpression(QStringLiteral("[^\\w\\s-]+")), QStringLiteral(" "));
        name = name.simplified();
        if (name.isEmpty())
            name = tr("report");
        path = QFileDialog::getSaveFileName(this, tr("Save Report"),
            QDir(folder).filePath(name + QStringLiteral(".pdf")),
            filters.join(QStringLiteral(";;")), &filter);
        if (path.isEmpty())
            return false;
        const int format = int(filters.indexOf(filter));
        if (QFileInfo(path).suffix().isEmpty()) {
            static const char *const suffixes[] = { ".pdf", ".odt", ".html" };
            path += QLatin1String(suffixes[qMax(0, format)]);
        }
        settings.setValue(settingsKey("folder"), QFileInfo(path).absolutePath());
        settings.setValue(settingsKey("format"), qMax(0, format));
    }
    ReportRequest request;
    const std::unique_ptr<ReportParts> parts = openParts(&request);
    if (!parts)
        return false;
    ReportWriter writer(*parts,
        { ReportBuilder::titleOf(request), ReportBuilder::markingOf(request), request.printed });
    const auto progress
        = progressDialog(tr("Writing the report of %1 schemes..."), parts->schemeCount());
    writer.setProgress(progressIn(*progress));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = writer.write(path);
    QApplication::restoreOverrideCursor();
    progress->close();
    if (writer.cancelled())
        return false;
    if (!written) {
        QMessageBox::warning(this, tr("Cannot Save Report"), writer.errorString());
        return false;
    }
    saveChoices();
    return true;
}

} // namespace opcc::ui
