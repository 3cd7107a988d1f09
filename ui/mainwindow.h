#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSplitter;

namespace opcc {

class Database;
class DetailPanel;
class EditController;
class SchemeBrowser;
class SchemeTableModel;
class StrandNavigator;

// Coordinates the panels (navigator, scheme browser, detail) and owns the menus and the
// remembered window state. The panels do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }
    SchemeBrowser *browser() const { return m_browser; }
    StrandNavigator *navigator() const { return m_navigator; }
    DetailPanel *detail() const { return m_detail; }
    EditController *editing() const { return m_editing; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class ChartScope { Selection, Strand, All };
    void createMenus();
    void openChart(ChartScope scope, bool preview = false);
    void openDatabase();
    void reloadAll();
    void updateTitle();
    void copySelection();
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    std::unique_ptr<Database> m_db;
    SchemeTableModel *m_schemes;
    StrandNavigator *m_navigator;
    SchemeBrowser *m_browser;
    DetailPanel *m_detail;
    QSplitter *m_splitter;
    QLabel *m_status;
    QAction *m_printPreview = nullptr;
    QAction *m_showNavigator = nullptr;
    QAction *m_showDetail = nullptr;
    bool m_statisticsRequested = false;
    EditController *m_editing = nullptr;
};

} // namespace opcc
