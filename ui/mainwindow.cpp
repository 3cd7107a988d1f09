#include "mainwindow.h"

#include "models/schemetablemodel.h"
#include "storage/database.h"

#include <QHeaderView>
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
}

MainWindow::~MainWindow() = default;

} // namespace opcc
