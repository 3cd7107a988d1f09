// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"

#include "charts/chartjob.h"
#include "firstpaintreport.h"
#include "interchange/shippeddataset.h"
#include "mainwindow.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "schemebrowser.h"
#include "storage/database.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTextStream>

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
    const QString path
        = databasePath.isEmpty() ? shippeddataset::defaultDatabasePath() : databasePath;
    auto db = std::make_unique<Database>();
    // The quick check runs after the first screen (MainWindow, DatabaseHealth).
    const Database::OpenResult opened
        = shippeddataset::openOrCreate(*db, path, Database::Check::Deferred);
    if (!opened.ok()) {
        QTextStream(stderr) << opened.message << Qt::endl;
        QMessageBox::critical(nullptr, QObject::tr("OPCC Schemes"), opened.message);
        return ExitDatabaseUnusable;
    }
    MainWindow window(std::move(db));
    if (FirstPaintReport::isRequested()) {
        SchemeBrowser *browser = window.browser();
        new FirstPaintReport(browser->table(),
            qobject_cast<SchemeTableModel *>(browser->proxy()->sourceModel()), &window);
    }
    window.show();
    return QApplication::exec();
}

} // namespace opcc::ui
