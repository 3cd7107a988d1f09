// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/serveraccess.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;

namespace opcc {

class ContextMenus;
class Database;
class DatabaseHealth;
class DetailPanel;
class EditController;
class PasswordKeychain;
class SchemeBrowser;
class SchemeTableModel;
class StrandNavigator;
class ToolsMenu;

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
    DatabaseHealth *health() const { return m_health; }
    QAction *connectAction() const { return m_connect; }
    QAction *copyToServerAction() const { return m_copyToServer; }
    // Where Connect to Shared Register keeps passwords: the system's keychain unless told.
    void setKeychain(PasswordKeychain *keychain) { m_keychain = keychain; }
    ContextMenus *contextMenus() const { return m_contextMenus; }

    // View > Language: "en" or "cy", at once and remembered; "" follows the system.
    void setLanguage(const QString &language);

    // A register file on a network share (fileSystemType, as networkshare::fileSystemOf() names
    // it): a warning that offers the shared register on a server instead. warnIfOnNetworkShare()
    // looks at the open file; it runs at start and whenever another file is opened.
    void warnIfOnNetworkShare();
    void warnAboutNetworkShare(const QString &fileSystemType);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class ChartScope { Selection, Strand, All };
    void createMenus();
    void createLanguageMenu(QMenu *view);
    void retranslate();
    void openChart(ChartScope scope, bool preview = false);
    void openDatabase();
    void connectToServer();
    void copyToServer();
    // Opens the register at address (a file's path or a postgresql:// URI) in this window in
    // place of the current one: an empty string when it did, else why not (the current one
    // then stays open).
    QString switchRegister(const QString &address);
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
    // Menus and their actions, named for retranslate().
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_chartsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ToolsMenu *m_toolsMenu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_copyToServer = nullptr;
    // The user's role on a server register (empty on a file), and the register it was read for.
    ServerAccess m_access; // on a server, read once a register (m_roleRead)
    QString m_roleRead;
    QAction *m_import = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportShown = nullptr;
    QAction *m_copyShown = nullptr;
    QAction *m_exportXlsx = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_selectAll = nullptr;
    QAction *m_find = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_showNavigator = nullptr;
    QAction *m_showDetail = nullptr;
    QAction *m_showStatusBar = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_chartStrand = nullptr;
    QAction *m_chartAll = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QActionGroup *m_languages = nullptr;
    bool m_statisticsRequested = false;
    EditController *m_editing = nullptr;
    DatabaseHealth *m_health = nullptr;
    ContextMenus *m_contextMenus = nullptr;
    PasswordKeychain *m_keychain;
};

} // namespace opcc
