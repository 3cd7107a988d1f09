#include "mainwindow.h"

#include "charts/chartwindow.h"
#include "detailpanel.h"
#include "exportactions.h"
#include "importdialog.h"
#include "editcontroller.h"
#include "interchange/shippeddataset.h"
#include "models/schemetablemodel.h"
#include "schemebrowser.h"
#include "storage/database.h"
#include "strandnavigator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace opcc {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_schemes(new SchemeTableModel(*m_db, this))
    , m_navigator(new StrandNavigator(m_schemes, this))
    , m_browser(new SchemeBrowser(m_schemes, this))
    , m_detail(new DetailPanel(*m_db, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({220, 800, 480});
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_status, 1);
    m_status->setAccessibleName(tr("Status"));

    connect(m_navigator, &StrandNavigator::selectionChangedTo, m_browser,
            &SchemeBrowser::setStrandFilter);
    connect(m_browser, &SchemeBrowser::strandFilterCleared, this,
            [this] { m_navigator->select(std::nullopt); });
    connect(m_browser, &SchemeBrowser::currentSchemeChanged, m_detail, &DetailPanel::showScheme);
    connect(m_browser, &SchemeBrowser::countChanged, this, [this](int visible, int total) {
        m_status->setText(tr("%1 of %n scheme(s) shown \u00B7 %2", nullptr, total)
                              .arg(visible)
                              .arg(QDir::toNativeSeparators(m_db->path())));
    });

    setTabOrder(m_navigator, m_browser);
    setTabOrder(m_browser, m_detail);

    // Data entry: new schemes, edit mode, undo and history.
    m_editing = new EditController(*m_db, m_browser, m_detail, this);

    createMenus();
    m_schemes->reload();
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
    }
}

void MainWindow::createMenus()
{
    m_printPreview = new QAction(tr("Print Pre&view of a Chart..."), this);
    m_printPreview->setShortcut(QKeySequence::Print);
    m_printPreview->setStatusTip(tr("Open a comparison chart of the selected schemes and its "
                                    "print preview"));
    connect(m_printPreview, &QAction::triggered, this,
            [this] { openChart(ChartScope::Selection, true); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database..."), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open another OPCC Schemes database file"));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import CSV..."), this,
                                      [this] { ImportDialog::run(*m_db, this); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Add or update schemes and figures from interchange CSV files, "
                            "after a preview"));
    QAction *exportCsv = file->addAction(tr("&Export CSV..."), this,
                                         [this] { ui::exportCsvInteractively(*m_db, this); });
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportCsv->setStatusTip(tr("Write schemes.csv and outcomes.csv to a folder"));
    file->addAction(tr("Export E&xcel Workbook..."), this,
                    [this] { ui::exportXlsxInteractively(*m_db, this); })
        ->setStatusTip(tr("Write the register as an .xlsx workbook, one sheet per file"));
    file->addSeparator();
    file->addAction(m_printPreview);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_editing->addFileActions(file);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy Rows"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_browser->table()->addAction(copy);
    copy->setStatusTip(tr("Copy the selected schemes as tab-separated text for a spreadsheet"));
    QAction *selectAll = edit->addAction(tr("Select &All Rows"), m_browser->table(),
                                         &QAbstractItemView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_browser->table()->addAction(selectAll);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find..."), m_browser, &SchemeBrowser::focusFilter);
    find->setShortcut(QKeySequence::Find);
    QAction *clear = edit->addAction(tr("C&lear Filters"), this, [this] {
        m_browser->clearFilters();
        m_navigator->select(std::nullopt);
    });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_editing->addEditActions(edit);
    menuBar()->addMenu(m_editing->createSchemeMenu(this));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_showNavigator = view->addAction(tr("&Strand Navigator"));
    m_showNavigator->setCheckable(true);
    m_showNavigator->setChecked(true);
    m_showNavigator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showNavigator, &QAction::toggled, m_navigator, &QWidget::setVisible);
    m_showDetail = view->addAction(tr("Scheme &Details"));
    m_showDetail->setCheckable(true);
    m_showDetail->setChecked(true);
    m_showDetail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showDetail, &QAction::toggled, m_detail, &QWidget::setVisible);
    QAction *statusBarAction = view->addAction(tr("Status &Bar"));
    statusBarAction->setCheckable(true);
    statusBarAction->setChecked(true);
    connect(statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);
    view->addSeparator();
    view->addAction(tr("&Refresh"), this, &MainWindow::reloadAll)->setShortcut(QKeySequence::Refresh);

    QMenu *charts = menuBar()->addMenu(tr("&Charts"));
    QAction *compare = charts->addAction(tr("&Compare Selected Schemes..."), this,
                                         [this] { openChart(ChartScope::Selection); });
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    compare->setStatusTip(tr("Chart one measure across the schemes selected in the list"));
    charts->addAction(tr("Chart of the &Strand Shown..."), this,
                      [this] { openChart(ChartScope::Strand); });
    charts->addAction(tr("Chart of &All Schemes..."), this, [this] { openChart(ChartScope::All); });
    charts->addSeparator();
    charts->addAction(m_printPreview);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About OPCC Schemes"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
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
    m_schemes->reload();
    m_schemes->requestStatistics();
    m_detail->showScheme(m_browser->currentSchemeId());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 - OPCC Schemes").arg(QFileInfo(m_db->path()).fileName()));
    setWindowFilePath(m_db->path());
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_db->path()).absolutePath(),
        tr("OPCC Schemes databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    auto candidate = std::make_unique<Database>();
    const Database::OpenResult opened = candidate->open(path);
    if (!opened.ok()) {
        QMessageBox::warning(this, tr("Cannot Open Database"), opened.message);
        return;
    }
    if (!opened.backupPath.isEmpty())
        QMessageBox::information(this, tr("Database Upgraded"),
                                 tr("%1 was made by an older version and has been upgraded. The "
                                    "file as it was is kept as %2.")
                                     .arg(QDir::toNativeSeparators(path),
                                          QDir::toNativeSeparators(opened.backupPath)));
    candidate->close();
    const QString previous = m_db->path();
    m_db->close();
    if (!m_db->open(path).ok())
        m_db->open(previous);
    m_detail->showScheme(0);
    reloadAll();
    updateTitle();
}

void MainWindow::copySelection()
{
    QApplication::clipboard()->setText(m_browser->selectedRowsAsText());
    statusBar()->showMessage(tr("Copied %n scheme(s).", nullptr,
                                int(m_browser->selectedSchemeIds().size())),
                             3000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About OPCC Schemes"),
        tr("<h3>OPCC Schemes %1</h3>"
           "<p>A register of the drug and addiction schemes that Police and Crime Commissioners "
           "in England and Wales fund and oversee, with every figure cited to its source.</p>"
           "<p>The shipped dataset comes from published Freedom of Information responses, police "
           "and crime panel minutes and the APCC report <i>Tackling Addictions In Focus</i>.</p>"
           "<p>Database: %2<br>%3 schemes, %4 figures.</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_db->path()).toHtmlEscaped())
            .arg(m_db->schemeCount())
            .arg(m_db->figureCount()));
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
    settings.setValue(QStringLiteral("browse/strand"),
                      strand ? Vocabulary<Strand>::key(*strand) : QString());
    settings.setValue(QStringLiteral("browse/area"), m_navigator->selectedArea());
    m_browser->saveState(settings);
    m_detail->saveState(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_showNavigator->setChecked(settings.value(QStringLiteral("mainWindow/showNavigator"), true).toBool());
    m_showDetail->setChecked(settings.value(QStringLiteral("mainWindow/showDetail"), true).toBool());
    m_browser->restoreState(settings);
    m_detail->restoreState(settings);
    const auto strand = Vocabulary<Strand>::fromKey(settings.value(QStringLiteral("browse/strand")).toString());
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
