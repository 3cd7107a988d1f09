// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on a file register and on a server register (a database of the tests' private
// PostgreSQL server), driven alike: it lists the schemes with their figure counts, the filter's
// word search answers from its own thread, a scheme is edited and saved from the keyboard, and
// Undo takes the edit back. On a server, Undo says what it covers.

#include "editcontroller.h"
#include "editing/schemeeditor.h"
#include "guisupport.h"
#include "interchange/shippeddataset.h"
#include "mainwindow.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "pgserver.h"
#include "schemebrowser.h"
#include "schemeeditpanel.h"
#include "storage/schemestore.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace opcc;
using testsupport::PgServer;

class TestServerWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
        QVERIFY(guisupport::startInEnglish(m_dir.filePath(QStringLiteral("settings"))));
    }

    void cleanup()
    {
        if (m_window && m_window->editing()->isEditing())
            m_window->editing()->cancelEdit();
        m_window.reset();
    }

    void browseEditUndo_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }

    void browseEditUndo()
    {
        QFETCH(QString, engine);
        QSettings().clear();
        const bool server = engine == QLatin1String("postgresql");
        const QString address = server ? PgServer::instance().createDatabase()
                                       : m_dir.filePath(QStringLiteral("%1.sqlite").arg(engine));
        auto db = std::make_unique<Database>();
        const auto opened = shippeddataset::openOrCreate(*db, address);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_window = std::make_unique<MainWindow>(std::move(db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        // Browse: every scheme, with the figure counts read on the statistics thread.
        SchemeFilterProxy *proxy = m_window->browser()->proxy();
        const auto *schemes = qobject_cast<const SchemeTableModel *>(proxy->sourceModel());
        QTRY_VERIFY(schemes->statisticsLoaded());
        QCOMPARE(proxy->rowCount(), 47);
        // Filter: a word of a scheme's details, found by the search thread's connection.
        QSignalSpy answered(proxy, &SchemeFilterProxy::searchResultsApplied);
        QVERIFY(answered.isValid());
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("schemeFilter"));
        QTest::keyClicks(filter, QStringLiteral("Middlesbrough"));
        QTRY_VERIFY(answered.size() > 0 && !proxy->isSearching());
        bool found = false;
        for (int row = 0; row < proxy->rowCount(); ++row)
            found = found
                || proxy->index(row, SchemeTableModel::Name).data().toString()
                    == QLatin1String("Heroin Assisted Treatment");
        QVERIFY(found);
        filter->clear();

        // Edit and save from the keyboard.
        const qint64 id = SchemeStore::reader(m_window->database())
                              .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))
                              .value_or(0);
        QVERIFY(id != 0);
        const QString summaryBefore = SchemeStore::reader(m_window->database()).scheme(id)->summary;
        m_window->browser()->selectScheme(id);
        m_window->browser()->table()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(m_window->editing()->isEditing());
        auto *summary = m_window->editing()->editPanel()->findChild<QPlainTextEdit *>(
            QStringLiteral("schemeSummary"));
        QVERIFY(summary);
        summary->setFocus();
        QTest::keyClick(summary, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(summary, QStringLiteral("Saved on the register"));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_S));
        QTRY_VERIFY(!m_window->editing()->isEditing());
        Database reader;
        QVERIFY(reader.open(address).ok());
        QCOMPARE(SchemeStore::reader(reader).scheme(id)->summary,
            QStringLiteral("Saved on the register"));

        // Undo, with what it covers said where it is on a server.
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undo"));
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->toolTip().contains(QLatin1String("shared register")), server);
        undo->trigger();
        QCOMPARE(SchemeStore::reader(reader).scheme(id)->summary, summaryBefore);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
