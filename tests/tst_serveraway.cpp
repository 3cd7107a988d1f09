// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on a server register (a database of the tests' private PostgreSQL server)
// while the server is stopped under it and started again: Save keeps the edits in the form and
// stores them once it is back; the reads and the word search carry on once it is back; while it
// is away, a failed Refresh keeps what was shown and the warning says the server cannot be
// reached.

#include "detailpanel.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "models/figuretablemodel.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "pgserver.h"
#include "schemebrowser.h"
#include "schemeeditpanel.h"
#include "serverwindowfixture.h"
#include "storage/schemestore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace opcc;
using testsupport::PgServer;

class TestServerAway final : public QObject, public ServerWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void cleanup() { QVERIFY(finish()); }

    // The server goes away while a scheme is being edited: Save says so and the edits stay in
    // the form; once the server is back, Save again stores them (the connection is made again).
    void editsKeptWhileTheServerIsAway()
    {
        QString address;
        QVERIFY(showWindowOnNewRegister(&address));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const qint64 id = SchemeStore::reader(m_window->database())
                              .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))
                              .value_or(0);
        QVERIFY(id != 0);
        m_window->browser()->selectScheme(id);
        m_window->browser()->table()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(m_window->editing()->isEditing());
        auto *summary = m_window->editing()->editPanel()->findChild<QPlainTextEdit *>(
            QStringLiteral("schemeSummary"));
        QVERIFY(summary);
        summary->setFocus();
        QTest::keyClick(summary, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(summary, QStringLiteral("Typed while the server was away"));

        QVERIFY2(PgServer::instance().halt(), qPrintable(PgServer::instance().error()));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_S));
        auto *error
            = m_window->editing()->editPanel()->findChild<QLabel *>(QStringLiteral("saveError"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("connection")), qPrintable(error->text()));
        QVERIFY(m_window->editing()->isEditing());
        QCOMPARE(summary->toPlainText(), QStringLiteral("Typed while the server was away"));

        QVERIFY2(PgServer::instance().resume(), qPrintable(PgServer::instance().error()));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_S));
        QTRY_VERIFY(!m_window->editing()->isEditing());
        Database reader;
        QVERIFY(reader.open(address).ok());
        QCOMPARE(SchemeStore::reader(reader).scheme(id)->summary,
            QStringLiteral("Typed while the server was away"));
        // The window keeps working on the connection made again: Undo takes the save back.
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undo"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QVERIFY(SchemeStore::reader(reader).scheme(id)->summary
            != QLatin1String("Typed while the server was away"));
    }

    // The server goes away while the window is only reading: View > Refresh says so and keeps
    // the list, the selection and the detail as they were shown; selecting another scheme fails
    // with a warning that the server cannot be reached (and no crash), whose Retry tries again;
    // once the server is back, Retry reads the list and the scheme without any write on the
    // way, and another user's edit after the restart arrives in the list (the connection made
    // again listens to the server's announcements), and the word search finds as before.
    void readsWhileTheServerIsAway()
    {
        QString address;
        const SchemeTableModel *schemes = showListOnNewRegister(&address);
        QVERIFY(schemes);
        SchemeFilterProxy *proxy = m_window->browser()->proxy();
        const SchemeStore store = SchemeStore::reader(m_window->database());
        const qint64 first
            = store.idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia")).value_or(0);
        const qint64 second
            = store.idOf(QStringLiteral("Heroin Assisted Treatment"), QStringLiteral("Cleveland"))
                  .value_or(0);
        QVERIFY(first != 0 && second != 0);
        m_window->browser()->selectScheme(first);
        QCOMPARE(m_window->detail()->schemeId(), first);
        const int figuresShown = m_window->detail()->figureModel()->rowCount();
        QVERIFY(figuresShown > 0);
        auto *refresh = m_window->findChild<QAction *>(QStringLiteral("refresh"));
        QVERIFY(refresh);
        // A word search before the server goes: the search thread's connection is open.
        QSignalSpy answered(proxy, &SchemeFilterProxy::searchResultsApplied);
        QVERIFY(answered.isValid());
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("schemeFilter"));
        QVERIFY(filter);
        const auto searchFinds = [&](const QString &word, qint64 id) {
            answered.clear();
            filter->setText(word);
            if (!QTest::qWaitFor([&] { return answered.size() > 0 && !proxy->isSearching(); }))
                return false;
            bool found = false;
            for (int row = 0; row < proxy->rowCount(); ++row)
                found = found
                    || proxy->index(row, 0).data(SchemeTableModel::IdRole).toLongLong() == id;
            filter->clear();
            return found;
        };
        QVERIFY(searchFinds(QStringLiteral("Middlesbrough"), second));
        m_window->browser()->selectScheme(first);
        QCOMPARE(m_window->detail()->schemeId(), first);
        QCOMPARE(m_window->detail()->figureModel()->rowCount(), figuresShown);

        QVERIFY2(PgServer::instance().halt(), qPrintable(PgServer::instance().error()));
        // View > Refresh while the server is away: the warning, and the register as it was shown
        // (rows, selection, the scheme's record and figures), not an empty list.
        QSignalSpy resets(schemes, &QAbstractItemModel::modelReset);
        QVERIFY(resets.isValid());
        refresh->trigger();
        QMessageBox *away = nullptr;
        QTRY_VERIFY((away = m_window->findChild<QMessageBox *>(QStringLiteral("serverAway"))));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(proxy->rowCount(), 47);
        QCOMPARE(m_window->browser()->currentSchemeId(), first);
        QCOMPARE(m_window->detail()->schemeId(), first);
        QCOMPARE(m_window->detail()->figureModel()->rowCount(), figuresShown);
        QVERIFY(m_window->detail()->figureTable()->isVisible());

        // Another scheme chosen under the warning.
        m_window->browser()->selectScheme(second);
        QVERIFY2(
            away->text().contains(QLatin1String("cannot be reached")), qPrintable(away->text()));
        QVERIFY(away->button(QMessageBox::Retry));
        // The scheme chosen could not be read: the detail says so rather than show the last one.
        QCOMPARE(m_window->detail()->schemeId(), 0);
        auto *placeholder
            = m_window->detail()->findChild<QLabel *>(QStringLiteral("detailPlaceholder"));
        QVERIFY(placeholder);
        QVERIFY(placeholder->isVisible());
        QVERIFY2(placeholder->text().contains(QLatin1String("could not be read")),
            qPrintable(placeholder->text()));
        // Retry while the server is still away: the same warning again, the list kept.
        QPointer<QMessageBox> gone = away;
        away->button(QMessageBox::Retry)->click();
        QTRY_VERIFY(!gone);
        QTRY_VERIFY((away = m_window->findChild<QMessageBox *>(QStringLiteral("serverAway"))));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(proxy->rowCount(), 47);
        QCOMPARE(m_window->browser()->currentSchemeId(), second);

        QVERIFY2(PgServer::instance().resume(), qPrintable(PgServer::instance().error()));
        gone = away;
        away->button(QMessageBox::Retry)->click();
        QTRY_VERIFY(!gone);
        // The list read again, the detail its choice: the scheme chosen while away.
        QTRY_COMPARE(resets.size(), 1);
        QCOMPARE(proxy->rowCount(), 47);
        QCOMPARE(m_window->detail()->schemeId(), second);
        QCOMPARE(m_window->detail()->schemeId(), m_window->browser()->currentSchemeId());
        QVERIFY(!placeholder->isVisible());
        m_window->browser()->selectScheme(second);
        QCOMPARE(m_window->detail()->schemeId(), second);
        QTRY_VERIFY(schemes->statisticsLoaded());
        QVERIFY(!m_window->database().isServerAway());
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("serverAway")));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("readFailure")));

        // Another user's edit, made after the restart, arrives.
        Database other;
        QVERIFY(other.open(address).ok());
        Scheme theirs = *SchemeStore::reader(other).scheme(first);
        theirs.name = QStringLiteral("DIVERT (renamed elsewhere)");
        QVERIFY(SchemeStore(other).update(theirs));
        const auto shownName = [&] {
            const QModelIndex index
                = schemes->index(schemes->rowOfScheme(first), SchemeTableModel::Name);
            return index.data().toString();
        };
        QTRY_COMPARE(shownName(), QStringLiteral("DIVERT (renamed elsewhere)"));

        // The search thread's connection, dropped with the server, is made again by the first
        // search after it, which answers (no warning).
        QVERIFY(searchFinds(QStringLiteral("Middlesbrough"), second));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("readFailure")));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("serverAway")));
    }

    // The server goes away while the window is idle and the officer types a word: the search
    // thread finds the server away, and the warning says the server cannot be reached (not that
    // the database may be damaged); the list is filtered on its own text meanwhile. Once the
    // server is back, Retry, and the same word is searched on the connections made again.
    void searchWhileTheServerIsAway()
    {
        QString address;
        const SchemeTableModel *schemes = showListOnNewRegister(&address);
        QVERIFY(schemes);
        SchemeFilterProxy *proxy = m_window->browser()->proxy();
        auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("schemeFilter"));
        QVERIFY(filter);
        QSignalSpy answered(proxy, &SchemeFilterProxy::searchResultsApplied);
        QVERIFY(answered.isValid());
        // Found only by the word search (a scheme's details), not by the list's own text.
        const QString word = QStringLiteral("Middlesbrough");
        filter->setText(word);
        QTRY_VERIFY(answered.size() > 0 && !proxy->isSearching());
        QVERIFY(proxy->rowCount() > 0);
        filter->clear();
        QTRY_VERIFY(!proxy->isSearching());

        QVERIFY2(PgServer::instance().halt(), qPrintable(PgServer::instance().error()));
        answered.clear();
        filter->setText(word);
        QMessageBox *away = nullptr;
        QTRY_VERIFY((away = m_window->findChild<QMessageBox *>(QStringLiteral("serverAway"))));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("readFailure")));
        QVERIFY2(
            away->text().contains(QLatin1String("cannot be reached")), qPrintable(away->text()));
        QTRY_VERIFY(answered.size() > 0 && !proxy->isSearching());
        QCOMPARE(proxy->rowCount(), 0); // the list's own text has no Middlesbrough
        QCOMPARE(schemes->rowCount(), 47);

        QVERIFY2(PgServer::instance().resume(), qPrintable(PgServer::instance().error()));
        QPointer<QMessageBox> gone = away;
        answered.clear();
        away->button(QMessageBox::Retry)->click();
        QTRY_VERIFY(!gone);
        filter->clear();
        filter->setText(word);
        QTRY_VERIFY(answered.size() > 0 && !proxy->isSearching());
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("serverAway")));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("readFailure")));
    }
};

QTEST_MAIN(TestServerAway)
#include "tst_serveraway.moc"
