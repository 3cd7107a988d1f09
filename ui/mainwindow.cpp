// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "charts/chartwindow.h"
#include "contextmenus.h"
#include "databasehealth.h"
#include "detailpanel.h"
#include "domain/language.h"
#include "editcontroller.h"
#include "editing/schemeeditor.h"
#include "exportactions.h"
#include "focusring.h"
#include "importdialog.h"
#include "models/schemetablemodel.h"
#include "passwordkeychain.h"
#include "reports/reportactions.h"
#include "schemebrowser.h"
#include "shownschemes.h"
#include "sourceopener.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "strandnavigator.h"
#include "toolsmenu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace opcc {

namespace {

// Rows read before the first paint: more than a 4K screen shows at the smallest font.
constexpr int firstScreenRows = 200;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_schemes(new SchemeTableModel(*m_db, this))
    , m_navigator(new StrandNavigator(m_schemes, this))
    , m_browser(new SchemeBrowser(m_schemes, this))
    , m_detail(new DetailPanel(*m_db, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_status(new QLabel(this))
    , m_keychain(&PasswordKeychain::system())
{
    setObjectName(QStringLiteral("MainWindow"));
    FocusRing::install();
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 180, 860, 360 });
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_status, 1);

    connect(m_navigator, &StrandNavigator::selectionChangedTo, m_browser,
        &SchemeBrowser::setStrandFilter);
    connect(m_browser, &SchemeBrowser::strandFilterCleared, this,
        [this] { m_navigator->select(std::nullopt); });
    connect(m_browser, &SchemeBrowser::currentSchemeChanged, m_detail, &DetailPanel::showScheme);
    connect(m_browser, &SchemeBrowser::countChanged, this, [this](int visible, int total) {
        m_detail->setNothingMatches(visible == 0 && total > 0);
        const QString path = QDir::toNativeSeparators(m_db->path());
        m_status->setText(m_browser->isListComplete()
                ? tr("%1 of %n scheme(s) shown \u00B7 %2", nullptr, total).arg(visible).arg(path)
                : tr("Reading the register\u2026 \u00B7 %1").arg(path));
    });

    setTabOrder(m_navigator, m_browser);
    setTabOrder(m_browser, m_detail);

    // Data entry: new schemes, edit mode, undo and history.
    m_editing = new EditController(*m_db, m_browser, m_detail, this);
    m_health = new DatabaseHealth(*m_db, this);
    connect(m_health, &DatabaseHealth::damageFound, this, &MainWindow::updateTitle);
    connect(m_health, &DatabaseHealth::retryRequested, this, &MainWindow::reloadAll);
    // A role given or taken on the server while the window is open: the title, the edit actions,
    // Import and the Tools menu follow at once (an edit in progress stays in its form).
    connect(m_db.get(), &Database::accessChanged, this, [this] {
        m_roleRead.clear();
        updateTitle();
    });
    if (m_db->quickCheckPending()) {
        // The check reads the whole file: after the first screen and the figure counts, so that
        // neither waits for it.
        connect(m_schemes, &SchemeTableModel::statisticsReady, m_health,
            &DatabaseHealth::quickCheckInBackground, Qt::SingleShotConnection);
    }

    createMenus();
    m_contextMenus = new ContextMenus(*m_db, m_browser, m_detail, m_editing, m_compare, this);
    connect(m_contextMenus, &ContextMenus::openSourceRequested, this,
        [this](const QString &title, const QString &quote) {
            openSourceDocument(*m_db, title, quote, this);
        });
    retranslate();
    // A screenful of rows before the first paint; the rest is read after it (SchemeBrowser).
    m_schemes->reloadHead(firstScreenRows);
    restoreSettings();
    m_browser->selectFirst();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Figure counts and headline figures are read on another thread while the first rows are
    // painted.
    if (!m_statisticsRequested) {
        m_statisticsRequested = true;
        m_schemes->requestStatistics();
        // The rest of the list is read once its first rows are painted (SchemeBrowser); should
        // the list not be painted (hidden behind a message), it is read all the same.
        QTimer::singleShot(1000, m_schemes, &SchemeTableModel::loadRest);
    }
}

void MainWindow::createMenus()
{
    // Texts, tips and the language menu's checks are set by retranslate().
    const auto named = [this](const char *name) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    m_printPreview = named("printPreview");
    m_printPreview->setShortcut(QKeySequence::Print);
    connect(m_printPreview, &QAction::triggered, this,
        [this] { openChart(ChartScope::Selection, true); });

    m_fileMenu = menuBar()->addMenu(QString());
    m_open = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    m_open->setShortcut(QKeySequence::Open);
    m_connect = m_fileMenu->addAction(QString(), this, &MainWindow::connectToServer);
    m_connect->setObjectName(QStringLiteral("connectToServer"));
    m_copyToServer = m_fileMenu->addAction(QString(), this, &MainWindow::copyToServer);
    m_copyToServer->setObjectName(QStringLiteral("copyToServer"));
    m_fileMenu->addSeparator();
    m_import = m_fileMenu->addAction(
        QString(), this, [this] { ImportDialog::run(*m_db, this, m_editing->editor()); });
    m_import->setObjectName(QStringLiteral("importFiles"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportCsv = m_fileMenu->addAction(
        QString(), this, [this] { ui::exportCsvInteractively(*m_db, this); });
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportXlsx = m_fileMenu->addAction(
        QString(), this, [this] { ui::exportXlsxInteractively(*m_db, this); });
    m_exportShown = m_fileMenu->addAction(
        QString(), this, [this] { ShownSchemes::exportInteractively(*m_browser, this); });
    m_fileMenu->addSeparator();
    (new ui::ReportActions(*m_db, m_browser, this))->addTo(m_fileMenu);
    m_fileMenu->addAction(m_printPreview);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_editing->addFileActions(m_fileMenu);

    m_editMenu = menuBar()->addMenu(QString());
    m_copy = m_editMenu->addAction(QString(), this, &MainWindow::copySelection);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_browser->table()->addAction(m_copy);
    m_copyShown = m_editMenu->addAction(QString(), this, [this] {
        ShownSchemes::copy(*m_browser);
        statusBar()->showMessage(tr("Copied %1 shown of %2 schemes.")
                                     .arg(QLocale().toString(m_browser->visibleCount()),
                                         QLocale().toString(m_browser->totalCount())),
            3000);
    });
    m_selectAll
        = m_editMenu->addAction(QString(), m_browser->table(), &QAbstractItemView::selectAll);
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_browser->table()->addAction(m_selectAll);
    m_editMenu->addSeparator();
    m_find = m_editMenu->addAction(QString(), m_browser, &SchemeBrowser::focusFilter);
    m_find->setShortcut(QKeySequence::Find);
    m_clear = m_editMenu->addAction(QString(), this, [this] {
        m_browser->clearFilters();
        m_navigator->select(std::nullopt);
    });
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_editing->addEditActions(m_editMenu);
    menuBar()->addMenu(m_editing->createSchemeMenu(this));

    m_viewMenu = menuBar()->addMenu(QString());
    m_showNavigator = m_viewMenu->addAction(QString());
    m_showNavigator->setCheckable(true);
    m_showNavigator->setChecked(true);
    m_showNavigator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showNavigator, &QAction::toggled, m_navigator, &QWidget::setVisible);
    m_showDetail = m_viewMenu->addAction(QString());
    m_showDetail->setCheckable(true);
    m_showDetail->setChecked(true);
    m_showDetail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showDetail, &QAction::toggled, m_detail, &QWidget::setVisible);
    m_showStatusBar = m_viewMenu->addAction(QString());
    m_showStatusBar->setCheckable(true);
    m_showStatusBar->setChecked(true);
    connect(m_showStatusBar, &QAction::toggled, statusBar(), &QWidget::setVisible);
    m_viewMenu->addSeparator();
    createLanguageMenu(m_viewMenu);
    m_viewMenu->addSeparator();
    m_refresh = m_viewMenu->addAction(QString(), this, &MainWindow::reloadAll);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setObjectName(QStringLiteral("refresh"));

    m_chartsMenu = menuBar()->addMenu(QString());
    m_compare
        = m_chartsMenu->addAction(QString(), this, [this] { openChart(ChartScope::Selection); });
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_chartStrand
        = m_chartsMenu->addAction(QString(), this, [this] { openChart(ChartScope::Strand); });
    m_chartAll = m_chartsMenu->addAction(QString(), this, [this] { openChart(ChartScope::All); });
    m_chartsMenu->addSeparator();
    m_chartsMenu->addAction(m_printPreview);

    m_toolsMenu = new ToolsMenu(*m_db, m_health, m_editing->editor()->undoStack(), this);
    menuBar()->addMenu(m_toolsMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    m_languageMenu = view->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    // Each language by its own name, the same in every language.
    const QList<QPair<QString, QString>> languages { { QStringLiteral("en"),
                                                         QStringLiteral("&English") },
        { QStringLiteral("cy"), QStringLiteral("&Cymraeg") } };
    for (const auto &[code, name] : languages) {
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setData(code);
        action->setCheckable(true);
        m_languages->addAction(action);
    }
    connect(m_languages, &QActionGroup::triggered, this,
        [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    if (language != currentLanguage())
        installLanguage(language);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_open->setText(tr("&Open Register File..."));
    m_open->setStatusTip(tr("Open an OPCC Schemes register file, or go back to one from a "
                            "shared register"));
    m_connect->setText(tr("Connect to Shared Re&gister..."));
    m_connect->setStatusTip(tr("Open the register a team shares on a PostgreSQL server"));
    m_copyToServer->setText(tr("Cop&y Register to Server..."));
    m_copyToServer->setStatusTip(tr("Copy this register file, whole, into a new shared register "
                                    "on a PostgreSQL server, and open that"));
    m_import->setText(tr("&Import..."));
    m_import->setStatusTip(tr("Add or update schemes and figures from interchange CSV files or "
                              ".xlsx and .ods workbooks, after a preview"));
    m_exportCsv->setText(tr("&Export Whole Register as CSV..."));
    m_exportCsv->setStatusTip(tr("Write every field of the register to schemes.csv, "
                                 "outcomes.csv and the files beside them in a folder"));
    m_exportXlsx->setText(tr("Export Whole Register as E&xcel Workbook..."));
    m_exportXlsx->setStatusTip(tr("Write the register as an .xlsx workbook, one sheet per file"));
    m_exportShown->setText(tr("Export S&hown Schemes..."));
    m_exportShown->setStatusTip(tr("Write the schemes the list shows, under its headings, with "
                                   "each headline figure's period and source, as CSV or .xlsx"));
    m_printPreview->setText(tr("Print Pre&view of a Chart..."));
    m_printPreview->setStatusTip(tr("Open a comparison chart of the selected schemes and its "
                                    "print preview"));
    m_quit->setText(tr("&Quit"));
    m_quit->setStatusTip(tr("Close the window and leave OPCC Schemes"));

    m_editMenu->setTitle(tr("&Edit"));
    m_copy->setText(tr("&Copy Rows"));
    m_copy->setStatusTip(tr("Copy the selected schemes as tab-separated text for a spreadsheet"));
    m_copyShown->setText(tr("Copy Sho&wn Schemes"));
    m_copyShown->setStatusTip(tr("Copy every scheme the list shows, under its headings, with "
                                 "each headline figure's period and source"));
    m_selectAll->setText(tr("Select &All Rows"));
    m_selectAll->setStatusTip(tr("Select every scheme in the list"));
    m_find->setText(tr("&Find..."));
    m_find->setStatusTip(tr("Type words to find schemes by any of their text"));
    m_clear->setText(tr("C&lear Filters"));
    m_clear->setStatusTip(tr("Show every scheme again"));

    m_viewMenu->setTitle(tr("&View"));
    m_showNavigator->setText(tr("&Strand Navigator"));
    m_showNavigator->setStatusTip(tr("Show or hide the list of strands and areas"));
    m_showDetail->setText(tr("Scheme &Details"));
    m_showDetail->setStatusTip(tr("Show or hide the record of the selected scheme"));
    m_showStatusBar->setText(tr("Status &Bar"));
    m_showStatusBar->setStatusTip(tr("Show or hide the line at the foot of the window"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *action : m_languages->actions()) {
        const QString code = action->data().toString();
        action->setChecked(code == currentLanguage());
        action->setStatusTip(code == QLatin1String("cy") ? tr("Show the window in Welsh")
                                                         : tr("Show the window in English"));
    }
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setStatusTip(tr("Read the database again"));

    m_chartsMenu->setTitle(tr("&Charts"));
    m_compare->setText(tr("&Compare Selected Schemes..."));
    m_compare->setStatusTip(tr("Chart one measure across the schemes selected in the list"));
    m_chartStrand->setText(tr("Chart of the &Strand Shown..."));
    m_chartStrand->setStatusTip(tr("Chart one measure across the schemes of the strand chosen "
                                   "in the navigator"));
    m_chartAll->setText(tr("Chart of &All Schemes..."));
    m_chartAll->setStatusTip(tr("Chart one measure across every scheme in the register"));

    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About OPCC Schemes"));
    m_about->setStatusTip(tr("The version, the database and where the shipped figures come "
                             "from"));
    m_aboutQt->setText(tr("About &Qt"));
    m_aboutQt->setStatusTip(tr("The version and licence of the Qt toolkit"));

    m_status->setAccessibleName(tr("Status"));
    updateTitle();
}

void MainWindow::openChart(ChartScope scope, bool preview)
{
    const QList<qint64> selected = m_browser->selectedSchemeIds();
    auto *window = ui::ChartWindow::open(*m_db, selected, this);
    switch (scope) {
    case ChartScope::Selection:
        break; // the chart window starts on the selection when it has figures to show
    case ChartScope::Strand:
        if (const auto strand = m_navigator->selectedStrand())
            window->setScope(ui::ChartWindow::Scope::Strand, Vocabulary<Strand>::key(*strand));
        else
            window->setScope(ui::ChartWindow::Scope::All);
        break;
    case ChartScope::All:
        window->setScope(ui::ChartWindow::Scope::All);
        break;
    }
    if (preview)
        window->printPreview();
}

void MainWindow::reloadAll()
{
    // A failure of these reads is announced again (a server that is still away).
    m_db->clearReadError();
    // A read that fails (the server still away) keeps what the window shows, rows, selection
    // and detail, under the warning that says so; only a read that works replaces it.
    if (!m_schemes->reload())
        return;
    m_schemes->requestStatistics();
    m_detail->showScheme(m_browser->currentSchemeId());
}

void MainWindow::copySelection()
{
    QApplication::clipboard()->setText(m_browser->selectedRowsAsText());
    statusBar()->showMessage(
        tr("Copied %n scheme(s).", nullptr, int(m_browser->selectedSchemeIds().size())), 3000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About OPCC Schemes"),
        tr("<h3>OPCC Schemes %1</h3>"
           "<p>A register of the drug and addiction schemes that Police and Crime Commissioners "
           "in England and Wales fund and oversee, with every figure cited to its source.</p>"
           "<p>The shipped dataset comes from published Freedom of Information responses, police "
           "and crime panel minutes and the APCC report <i>Tackling Addictions In Focus</i>.</p>"
           "<p>Database: %2<br>%3 schemes, %4 figures.</p>")
                .arg(QCoreApplication::applicationVersion(),
                    QDir::toNativeSeparators(m_db->path()).toHtmlEscaped())
                .arg(QLocale().toString(BrowseStore(*m_db).schemeCount()))
                .arg(QLocale().toString(BrowseStore(*m_db).figureCount()))
            + tr("<p>Free software under the GNU General Public License, version 3 or later: "
                 "you may share and change it under its terms. It comes with no warranty.</p>"));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/showNavigator"), m_showNavigator->isChecked());
    settings.setValue(QStringLiteral("mainWindow/showDetail"), m_showDetail->isChecked());
    const auto strand = m_navigator->selectedStrand();
    settings.setValue(
        QStringLiteral("browse/strand"), strand ? Vocabulary<Strand>::key(*strand) : QString());
    settings.setValue(QStringLiteral("browse/area"), m_navigator->selectedArea());
    m_browser->saveState(settings);
    m_detail->saveState(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 860);
    // A screen at 200% (or a small one) holds less than the default size: the window fits it.
    if (const QScreen *at = screen())
        resize(size().boundedTo(at->availableGeometry().size() * 0.95));
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_showNavigator->setChecked(
        settings.value(QStringLiteral("mainWindow/showNavigator"), true).toBool());
    m_showDetail->setChecked(
        settings.value(QStringLiteral("mainWindow/showDetail"), true).toBool());
    m_browser->restoreState(settings);
    m_detail->restoreState(settings);
    const auto strand
        = Vocabulary<Strand>::fromKey(settings.value(QStringLiteral("browse/strand")).toString());
    m_navigator->select(strand, settings.value(QStringLiteral("browse/area")).toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editing->finishEditing()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace opcc
