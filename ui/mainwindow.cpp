#include "mainwindow.h"

#include "charts/chartwindow.h"
#include "models/schemetablemodel.h"
#include "storage/database.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

namespace opcc {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("OPCC Schemes"));
    m_schemes = new SchemeTableModel(*m_db, this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_schemes);
    proxy->setSortRole(SchemeTableModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_table);
    m_schemes->reload();
    QTimer::singleShot(0, m_schemes, &SchemeTableModel::loadStatistics);
    resize(1200, 760);

    // Until the main window's menus are rebuilt: a way to open the chart window on the selection.
    QMenu *charts = menuBar()->addMenu(tr("&Charts"));
    QAction *chart = charts->addAction(tr("&Chart of Selected Schemes..."), this, [this, proxy] {
        QList<qint64> ids;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            ids.append(proxy->mapToSource(index).data(SchemeTableModel::IdRole).toLongLong());
        ui::ChartWindow::open(*m_db, ids, this);
    });
    chart->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
}

MainWindow::~MainWindow() = default;

} // namespace opcc
