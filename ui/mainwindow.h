#pragma once

#include <QMainWindow>

#include <memory>

class QTableView;

namespace opcc {

class Database;
class SchemeTableModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    std::unique_ptr<Database> m_db;
    SchemeTableModel *m_schemes = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace opcc
