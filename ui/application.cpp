// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"

#include "charts/chartjob.h"
#include "firstpaintreport.h"
#include "lastregister.h"
#include "mainwindow.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "passwordkeychain.h"
#include "schemebrowser.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace opcc::ui {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("opcc-schemes"));
    QCoreApplication::setOrganizationName(QStringLiteral("opcc-schemes"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPCC_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("OPCC Schemes"));
    QGuiApplication::setDesktopFileName(QStringLiteral("opcc-schemes"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/opcc-schemes.svg")));
}

QString savedLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

JobRunner::ChartJob chartJob()
{
    return &ChartJob::run;
}

int runWindow(const QString &databasePath)
{
    // --database, else the register used last, else the default file.
    lastregister::Opened opened
        = lastregister::openAtStart(databasePath, PasswordKeychain::system());
    if (!opened.db) {
        QTextStream(stderr) << opened.result.message << Qt::endl;
        QMessageBox::critical(nullptr, QObject::tr("OPCC Schemes"), opened.result.message);
        return ExitDatabaseUnusable;
    }
    MainWindow window(std::move(opened.db));
    if (FirstPaintReport::isRequested()) {
        SchemeBrowser *browser = window.browser();
        new FirstPaintReport(
            browser->table(), qobject_cast<SchemeTableModel *>(browser->proxy()->sourceModel()),
            [&window] {
                if (auto *refresh = window.findChild<QAction *>(QStringLiteral("refresh")))
                    refresh->trigger();
            },
            &window);
    }
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::warnIfOnNetworkShare);
    if (!opened.notice.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, notice = opened.notice] {
            QMessageBox::warning(&window, QObject::tr("Register Not Reached"), notice);
        });
    }
    return QApplication::exec();
}

} // namespace opcc::ui
