// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the window tests on a server register share: English and settings of their own, a window
// on a new register of the tests' private server (pgserver.h), and the server started again and
// the window closed after each test.

#include "editcontroller.h"
#include "guisupport.h"
#include "interchange/shippeddataset.h"
#include "mainwindow.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "pgserver.h"
#include "schemebrowser.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class ServerWindowFixture
{
protected:
    // For initTestCase().
    bool start()
    {
        if (!testsupport::PgServer::instance().ok()) {
            qWarning("%s", qPrintable(testsupport::PgServer::instance().error()));
            return false;
        }
        return guisupport::startInEnglish(m_dir.filePath(QStringLiteral("settings")));
    }

    // For cleanup(): a test that stopped the server and failed before starting it again.
    bool finish()
    {
        const bool resumed = testsupport::PgServer::instance().resume();
        if (m_window && m_window->editing()->isEditing())
            m_window->editing()->cancelEdit();
        m_window.reset();
        return resumed;
    }

    // A window on a new register of the tests' server, shown, with no remembered settings; the
    // register's address in *address.
    bool showWindowOnNewRegister(QString *address)
    {
        QSettings().clear();
        *address = testsupport::PgServer::instance().createDatabase();
        auto db = std::make_unique<opcc::Database>();
        const auto opened = opcc::shippeddataset::openOrCreate(*db, *address);
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.message));
            return false;
        }
        m_window = std::make_unique<opcc::MainWindow>(std::move(db));
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    // The same, once its list has its figure counts: the list's model, or null.
    const opcc::SchemeTableModel *showListOnNewRegister(QString *address)
    {
        if (!showWindowOnNewRegister(address))
            return nullptr;
        const auto *schemes = qobject_cast<const opcc::SchemeTableModel *>(
            m_window->browser()->proxy()->sourceModel());
        if (!schemes || !QTest::qWaitFor([schemes] { return schemes->statisticsLoaded(); }))
            return nullptr;
        return schemes;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<opcc::MainWindow> m_window;
};
