// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on a file register and on a server register (a database of the tests' private
// PostgreSQL server), driven alike: it lists the schemes with their figure counts, the filter's
// word search answers from its own thread, a scheme is edited and saved from the keyboard, and
// Undo takes the edit back. On a server, Undo says what it covers. The window adapts to the
// user's role, and follows a role given or taken while it is open (an edit in progress kept in
// its form), Edit > Undo History with Undo and Redo, and connects to a server register from
// File > Connect to Shared Register. The server stopped under it: tst_serveraway.

#include "connectdialog.h"
#include "editcontroller.h"
#include "editing/schemeeditor.h"
#include "interchange/shippeddataset.h"
#include "mainwindow.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "passwordkeychain.h"
#include "pgserver.h"
#include "schemebrowser.h"
#include "schemeeditpanel.h"
#include "serverwindowfixture.h"
#include "storage/schemestore.h"
#include "storage/serveraddress.h"
#include "storage/serverusers.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

using namespace opcc;
using testsupport::PgServer;

class TestServerWindow final : public QObject, public ServerWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void cleanup() { QVERIFY(finish()); }

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

        // Undo, the same on both engines.
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undo"));
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        QVERIFY(!undo->toolTip().contains(QLatin1String("shared register")));
        undo->trigger();
        QCOMPARE(SchemeStore::reader(reader).scheme(id)->summary, summaryBefore);
    }

    // The window adapts to the user's role: a viewer is offered no change at all (no new scheme,
    // edit, figure, delete or import, the form never editable), an editor everything but the
    // administrator's measures; the title says which.
    void windowAdaptsToRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("edits");
        QTest::addColumn<bool>("measures");
        QTest::addColumn<QString>("title");
        QTest::newRow("viewer") << "viewer" << false << false << "(viewer)";
        QTest::newRow("editor") << "editor" << true << false << "(editor)";
        QTest::newRow("admin") << "admin" << true << true << "(administrator)";
    }

    void windowAdaptsToRole()
    {
        QFETCH(QString, role);
        QFETCH(bool, edits);
        QFETCH(bool, measures);
        QFETCH(QString, title);
        QSettings().clear();
        const QString owner = registerWithUsers();
        QVERIFY(!owner.isEmpty());
        auto db = std::make_unique<Database>();
        const auto opened = db->open(uriAs(userFor(role), owner.section(QLatin1Char('/'), -1)));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_window = std::make_unique<MainWindow>(std::move(db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(m_window->windowTitle().contains(title), qPrintable(m_window->windowTitle()));
        m_window->browser()->selectFirst();
        QVERIFY(m_window->browser()->currentSchemeId() != 0);
        for (const char *name : { "newScheme", "editScheme", "addFigure", "deleteScheme" }) {
            auto *action = m_window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QCOMPARE(action->isVisible(), edits);
            QCOMPARE(action->isEnabled(), edits);
        }
        auto *import = m_window->findChild<QAction *>(QStringLiteral("importFiles"));
        QVERIFY(import);
        QCOMPARE(import->isVisible(), edits);
        // The keyboard's way into the form does nothing for a viewer.
        m_window->browser()->table()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(m_window->editing()->isEditing(), edits);
        if (!edits)
            return;
        auto *newMeasure = m_window->editing()->editPanel()->findChild<QPushButton *>(
            QStringLiteral("newMeasure"));
        QVERIFY(newMeasure);
        QCOMPARE(!newMeasure->isHidden(), measures);
        m_window->editing()->cancelEdit();
    }

    // A role given or taken by an administrator while the user's window is open reaches it at
    // once: the title, the edit actions, Import, Tools > Users and Roles and the FOI window's
    // New Request follow. A scheme being edited stays in its form; while the user may not change
    // the register, Save is refused by the server and the typing kept; given the editor role
    // again, everything comes back and the same Save stores it.
    void windowFollowsRoleChange_data()
    {
        QTest::addColumn<QString>("changer"); // the role of the one who changes it ("" owner)
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("edits");
        QTest::addColumn<bool>("users");
        QTest::addColumn<QString>("title");
        QTest::newRow("made viewer") << "admin"
                                     << "opcc_viewer" << false << false << "(viewer)";
        QTest::newRow("made administrator") << ""
                                            << "opcc_admin" << true << true << "(administrator)";
    }

    void windowFollowsRoleChange()
    {
        QFETCH(QString, changer);
        QFETCH(QString, role);
        QFETCH(bool, edits);
        QFETCH(bool, users);
        QFETCH(QString, title);
        QSettings().clear();
        const QString owner = registerWithUsers();
        QVERIFY(!owner.isEmpty());
        const QString database = owner.section(QLatin1Char('/'), -1);
        // A login of this test's own, an editor at the start of each row.
        const QString subject = userFor(QStringLiteral("subject"));
        if (PgServer::instance().queryValue(QStringLiteral("postgres"),
                QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(subject))
            != QLatin1String("1"))
            QVERIFY(PgServer::instance().createLogin(subject));
        Database ownerDb;
        QVERIFY(ownerDb.open(owner).ok());
        QVERIFY(ServerUsers(ownerDb).setRole(subject, QStringLiteral("opcc_editor")));
        Database changerDb;
        QVERIFY(changerDb.open(changer.isEmpty() ? owner : uriAs(userFor(changer), database)).ok());

        auto db = std::make_unique<Database>();
        const auto opened = db->open(uriAs(subject, database));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_window = std::make_unique<MainWindow>(std::move(db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(m_window->windowTitle().contains(QLatin1String("(editor)")),
            qPrintable(m_window->windowTitle()));
        auto *foiRequests = m_window->findChild<QAction *>(QStringLiteral("foiRequests"));
        QVERIFY(foiRequests);
        foiRequests->trigger();
        auto *foi = m_window->findChild<QMainWindow *>(QStringLiteral("FoiWindow"));
        QVERIFY(foi);
        auto *foiNew = foi->findChild<QAction *>(QStringLiteral("foiNew"));
        QVERIFY(foiNew && foiNew->isEnabled());
        // An edit in progress when the role changes.
        m_window->browser()->selectFirst();
        const qint64 id = m_window->browser()->currentSchemeId();
        QVERIFY(id != 0);
        m_window->editing()->startEditing();
        QVERIFY(m_window->editing()->isEditing());
        auto *summary = m_window->editing()->editPanel()->findChild<QPlainTextEdit *>(
            QStringLiteral("schemeSummary"));
        QVERIFY(summary);
        summary->setPlainText(QStringLiteral("Typed while the role changed"));
        const auto offered = [this](const char *name) {
            auto *action = m_window->findChild<QAction *>(QLatin1String(name));
            return action && action->isVisible() && action->isEnabled();
        };

        ServerUsers byChanger(changerDb);
        QVERIFY2(byChanger.setRole(subject, role), qPrintable(byChanger.errorString()));
        QTRY_VERIFY2(m_window->windowTitle().contains(title), qPrintable(m_window->windowTitle()));
        for (const char *name : { "newScheme", "addFigure", "importFiles" })
            QVERIFY2(offered(name) == edits, name);
        QCOMPARE(offered("usersAndRoles"), users);
        QCOMPARE(foiNew->isEnabled(), edits);
        // The edit stays, with what was typed, and Edit Scheme with it to leave it by.
        QVERIFY(m_window->editing()->isEditing());
        QCOMPARE(summary->toPlainText(), QStringLiteral("Typed while the role changed"));
        QVERIFY(m_window->editing()->editAction()->isVisible());
        auto *save = m_window->editing()->editPanel()->findChild<QPushButton *>(
            QStringLiteral("saveEdit"));
        QVERIFY(save);
        if (!edits) {
            QTest::mouseClick(save, Qt::LeftButton);
            auto *error = m_window->editing()->editPanel()->findChild<QLabel *>(
                QStringLiteral("saveError"));
            QVERIFY(error);
            QTRY_VERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QLatin1String("does not let this user")),
                qPrintable(error->text()));
            QVERIFY(m_window->editing()->isEditing());
            QCOMPARE(summary->toPlainText(), QStringLiteral("Typed while the role changed"));
        }

        // Made an editor again (by the register's owner, who may take any role).
        ServerUsers byOwner(ownerDb);
        QVERIFY2(byOwner.setRole(subject, QStringLiteral("opcc_editor")),
            qPrintable(byOwner.errorString()));
        QTRY_VERIFY2(m_window->windowTitle().contains(QLatin1String("(editor)")),
            qPrintable(m_window->windowTitle()));
        for (const char *name : { "newScheme", "addFigure", "importFiles" })
            QVERIFY2(offered(name), name);
        QVERIFY(!offered("usersAndRoles"));
        QVERIFY(foiNew->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!m_window->editing()->isEditing());
        QCOMPARE(SchemeStore::reader(changerDb).scheme(id)->summary,
            QStringLiteral("Typed while the role changed"));
    }

    // Edit > Undo History steps back and forth as Undo and Redo do (a click on a step), so it
    // follows a role taken or given while the window is open with them: a user made a viewer
    // can click no step, and given the editor role again undoes the save from it.
    void undoHistoryFollowsRoleChange()
    {
        QSettings().clear();
        const QString owner = registerWithUsers();
        QVERIFY(!owner.isEmpty());
        const QString database = owner.section(QLatin1Char('/'), -1);
        const QString subject = userFor(QStringLiteral("undoer"));
        QVERIFY(PgServer::instance().createLogin(subject));
        Database ownerDb;
        QVERIFY(ownerDb.open(owner).ok());
        QVERIFY(ServerUsers(ownerDb).setRole(subject, QStringLiteral("opcc_editor")));

        auto db = std::make_unique<Database>();
        const auto opened = db->open(uriAs(subject, database));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_window = std::make_unique<MainWindow>(std::move(db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // One saved edit: a step in the history.
        m_window->browser()->selectFirst();
        const qint64 id = m_window->browser()->currentSchemeId();
        QVERIFY(id != 0);
        SchemeEditor *editor = m_window->editing()->editor();
        const auto before = editor->load(id);
        QVERIFY(before);
        SchemeRecord after = *before;
        after.scheme.summary = QStringLiteral("Saved before the role changed");
        QVERIFY2(editor->saveScheme(*before, after), qPrintable(editor->errorString()));
        auto *history = m_window->findChild<QAction *>(QStringLiteral("undoHistory"));
        QVERIFY(history);
        history->trigger();
        auto *view = m_window->findChild<QUndoView *>(QStringLiteral("undoView"));
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->model()->rowCount(), 2); // the clean state and the save
        QVERIFY(view->isEnabled());
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undo"));
        QVERIFY(undo && undo->isEnabled());

        QVERIFY(ServerUsers(ownerDb).setRole(subject, QStringLiteral("opcc_viewer")));
        QTRY_VERIFY2(m_window->windowTitle().contains(QLatin1String("(viewer)")),
            qPrintable(m_window->windowTitle()));
        QVERIFY(!view->isEnabled());
        QVERIFY(!undo->isEnabled());
        // A click on the first step (before the save) is no undo.
        const QRect first = view->visualRect(view->model()->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(editor->undoStack()->index(), 1);
        QCOMPARE(SchemeStore::reader(ownerDb).scheme(id)->summary,
            QStringLiteral("Saved before the role changed"));

        QVERIFY(ServerUsers(ownerDb).setRole(subject, QStringLiteral("opcc_editor")));
        QTRY_VERIFY2(m_window->windowTitle().contains(QLatin1String("(editor)")),
            qPrintable(m_window->windowTitle()));
        QVERIFY(view->isEnabled());
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QTRY_COMPARE(editor->undoStack()->index(), 0);
        QCOMPARE(SchemeStore::reader(ownerDb).scheme(id)->summary, before->scheme.summary);
    }

    // File > Connect to Shared Register from a window on a file: a wrong password is refused in
    // the dialog, Retry with the right one opens the server register in the window, and the
    // settings remember its address, never the password.
    void connectFromTheWindow()
    {
        QSettings().clear();
        const QString address = PgServer::instance().createDatabase();
        QVERIFY(!address.isEmpty());
        auto db = std::make_unique<Database>();
        QVERIFY(
            shippeddataset::openOrCreate(*db, m_dir.filePath(QStringLiteral("own.sqlite"))).ok());
        m_window = std::make_unique<MainWindow>(std::move(db));
        NoKeychain keychain;
        m_window->setKeychain(&keychain);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The password is typed: libpq is given none of its own.
        const QByteArray password = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        QStringList seen;
        bool retried = false;
        QTimer::singleShot(0, this, [&] { fillConnectDialog(address, &seen, &retried); });
        m_window->connectAction()->trigger();
        qputenv("PGPASSWORD", password);
        QVERIFY2(retried, qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY2(seen.value(0).contains(QLatin1String("password")), qPrintable(seen.value(0)));
        QVERIFY(m_window->database().isServer());
        QCOMPARE(m_window->database().path(), address);
        QVERIFY(m_window->windowTitle().contains(QLatin1String(" on 127.0.0.1:")));
        QCOMPARE(m_window->browser()->totalCount(), 47);
        QCOMPARE(QSettings().value(QStringLiteral("register/last")).toString(), address);
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(password));
    }

    // File > Copy Register to Server from a window on a file: the dialog refuses a wrong
    // password and stays open, Retry copies the file whole into the new database and the window
    // then shows the copy; the action is a file's only.
    void copyFileFromTheWindow()
    {
        QSettings().clear();
        const QString address = PgServer::instance().createDatabase();
        QVERIFY(!address.isEmpty());
        auto db = std::make_unique<Database>();
        QVERIFY(shippeddataset::openOrCreate(*db, m_dir.filePath(QStringLiteral("copied.sqlite")))
                    .ok());
        m_window = std::make_unique<MainWindow>(std::move(db));
        NoKeychain keychain;
        m_window->setKeychain(&keychain);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->copyToServerAction()->isVisible());
        const int schemes = m_window->browser()->totalCount();
        const QByteArray password = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        QStringList seen;
        bool retried = false;
        QTimer::singleShot(0, this, [&] { fillConnectDialog(address, &seen, &retried); });
        m_window->copyToServerAction()->trigger();
        qputenv("PGPASSWORD", password);
        QVERIFY2(retried, qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY(m_window->database().isServer());
        QCOMPARE(m_window->database().path(), address);
        QCOMPARE(m_window->browser()->totalCount(), schemes);
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Copied ")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!m_window->copyToServerAction()->isVisible());
    }

private:
    // The dialog as a person fills it: the address, a wrong password, Connect, then the right
    // one and Retry. What the dialog said each time goes to *seen.
    void fillConnectDialog(const QString &address, QStringList *seen, bool *retried)
    {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, this, [=] { fillConnectDialog(address, seen, retried); });
            return;
        }
        QString error;
        const auto server = ServerAddress::parse(address, &error);
        dialog->hostEdit()->setText(server->host);
        dialog->portSpin()->setValue(server->port);
        dialog->databaseEdit()->setText(server->database);
        dialog->userEdit()->setText(server->user);
        dialog->passwordEdit()->setText(QStringLiteral("not the password"));
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        seen->append(dialog->messageLabel()->text());
        if (dialog->isVisible() && dialog->connectButton()->text() == QLatin1String("&Retry")) {
            *retried = true;
            dialog->passwordEdit()->setText(PgServer::instance().password());
            QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
            seen->append(dialog->messageLabel()->text());
        }
        if (dialog->isVisible())
            dialog->reject();
    }

    // A register made by the tests' superuser, with a login user in each role (made once).
    QString registerWithUsers()
    {
        const QString address = PgServer::instance().createDatabase();
        Database db;
        if (!shippeddataset::openOrCreate(db, address).ok())
            return {};
        for (const char *role : { "viewer", "editor", "admin" }) {
            const QString user = userFor(QLatin1String(role));
            if (PgServer::instance().queryValue(QStringLiteral("postgres"),
                    QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(user))
                == QLatin1String("1"))
                continue;
            if (!PgServer::instance().runSql(QStringLiteral("postgres"),
                    { QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE opcc_%3")
                            .arg(user, PgServer::instance().password(), QLatin1String(role)) }))
                return {};
        }
        return address;
    }

    static QString userFor(const QString &role)
    {
        return QStringLiteral("w%1_%2").arg(role).arg(QCoreApplication::applicationPid());
    }

    static QString uriAs(const QString &user, const QString &database)
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(user)
            .arg(PgServer::instance().port())
            .arg(database);
    }

    // No keychain, as on CI: the dialog connects without one.
    class NoKeychain final : public PasswordKeychain
    {
    public:
        Answer read(const QString &) override { return none(); }
        Answer write(const QString &, const QString &) override { return none(); }
        Answer remove(const QString &) override { return none(); }

    private:
        static Answer none() { return { Outcome::Failed, {}, QStringLiteral("no keychain") }; }
    };
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
