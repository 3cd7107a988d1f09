// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tools > Users and Roles on a shared register, on offscreen over the tests' private server:
// offered to an administrator only (not to an editor, not on a file); the logins found as you
// type; a role chosen and applied is held, said, and the list shows it; a role the
// administrator may not take away cannot be chosen.

#include "guisupport.h"
#include "interchange/shippeddataset.h"
#include "mainwindow.h"
#include "models/serverusermodel.h"
#include "pgserver.h"
#include "storage/database.h"
#include "storage/serverusers.h"
#include "toolsmenu.h"
#include "usersdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace opcc;
using testsupport::PgServer;

class TestUsersDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(guisupport::startInEnglish(m_dir.filePath(QStringLiteral("settings"))));
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
        m_uri = PgServer::instance().createDatabase();
        Database db;
        QVERIFY(shippeddataset::openOrCreate(db, m_uri).ok());
        db.close();
        m_suffix = QString::number(QCoreApplication::applicationPid());
        for (const QString &kind : { QStringLiteral("admin"), QStringLiteral("editor") })
            QVERIFY(PgServer::instance().createLogin(user(kind), QStringLiteral("opcc_") + kind));
        QVERIFY(PgServer::instance().createLogin(user(QStringLiteral("newcomer"))));
    }

    void offeredToAdministratorsOnly_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("offered");
        QTest::newRow("administrator") << "admin" << true;
        QTest::newRow("editor") << "editor" << false;
        QTest::newRow("file") << "" << false;
    }

    void offeredToAdministratorsOnly()
    {
        QFETCH(QString, who);
        QFETCH(bool, offered);
        auto db = std::make_unique<Database>();
        if (who.isEmpty())
            QVERIFY(
                shippeddataset::openOrCreate(*db, m_dir.filePath(QStringLiteral("r.sqlite"))).ok());
        else
            QVERIFY(db->open(uriOf(who)).ok());
        MainWindow window(std::move(db));
        auto *action = window.findChild<QAction *>(QStringLiteral("usersAndRoles"));
        QVERIFY(action);
        QCOMPARE(action->isVisible(), offered);
        QCOMPARE(action->isEnabled(), offered);
    }

    void giveARole()
    {
        Database db;
        QVERIFY(db.open(uriOf(QStringLiteral("admin"))).ok());
        UsersDialog dialog(db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.roleCombo()->count(), 3); // none, viewer, editor
        // Found as you type.
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("newcomer_") + m_suffix);
        QCOMPARE(dialog.table()->model()->rowCount(), 1);
        dialog.table()->setCurrentIndex(dialog.table()->model()->index(0, 0));
        QCOMPARE(dialog.roleCombo()->currentData().toString(), QString());
        QVERIFY(!dialog.applyButton()->isEnabled());
        dialog.roleCombo()->setCurrentIndex(
            dialog.roleCombo()->findData(QStringLiteral("opcc_editor")));
        QVERIFY(dialog.applyButton()->isEnabled());
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("is now editor")),
            qPrintable(dialog.messageLabel()->text()));
        QVERIFY(!dialog.messageLabel()->property("problem").toBool());
        QVERIFY(!dialog.applyButton()->isEnabled());
        guisupport::saveScreenshot(&dialog, QStringLiteral("users-and-roles.png"));
        const int row = dialog.model()->rowOf(user(QStringLiteral("newcomer")));
        QCOMPARE(dialog.model()->user(row).role, QStringLiteral("opcc_editor"));
        const auto users = ServerUsers(db).users();
        QVERIFY(users);
        QVERIFY(users->contains(
            ServerUsers::User { user(QStringLiteral("newcomer")), QStringLiteral("opcc_editor") }));
    }

    void administratorNotTakenAway()
    {
        Database db;
        QVERIFY(db.open(uriOf(QStringLiteral("admin"))).ok());
        UsersDialog dialog(db);
        dialog.selectUser(user(QStringLiteral("admin")));
        QVERIFY(!dialog.roleCombo()->isEnabled());
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(dialog.roleCombo()->toolTip().contains(QLatin1String("may not take away")));
        QVERIFY(!dialog.applyRole());
    }

private:
    QString user(const QString &kind) const { return QStringLiteral("%1_%2").arg(kind, m_suffix); }
    QString uriOf(const QString &kind) const
    {
        return PgServer::instance().uri(m_uri.section(QLatin1Char('/'), -1), user(kind));
    }

    QTemporaryDir m_dir;
    QString m_uri;
    QString m_suffix;
};

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"
