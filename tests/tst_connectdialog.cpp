// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File > Connect to Shared Register: the fields make the address, a database is required, the
// password goes to the session's memory and (only when ticked) to the keychain, a keychain that
// cannot be reached is said and connecting works without it, a failure stays in the dialog with
// Retry. And the register used last: reopened at start, never with a password in the settings,
// the default file opened instead (with the reason) when it cannot be. And a file on a network
// share: warned about, with the shared register offered.

#include "connectdialog.h"
#include "guisupport.h"
#include "interchange/shippeddataset.h"
#include "lastregister.h"
#include "mainwindow.h"
#include "passwordkeychain.h"
#include "storage/database.h"
#include "storage/serverpasswords.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace opcc;

namespace {

// Stands in for the system keychain: kept passwords in a map, or no keychain at all.
class FakeKeychain final : public PasswordKeychain
{
public:
    bool available = true;
    QHash<QString, QString> kept;
    int writes = 0;

    Answer read(const QString &key) override
    {
        if (!available)
            return unavailable();
        if (!kept.contains(key))
            return { Outcome::NotFound, {}, {} };
        return { Outcome::Done, kept.value(key), {} };
    }
    Answer write(const QString &key, const QString &password) override
    {
        if (!available)
            return unavailable();
        ++writes;
        kept.insert(key, password);
        return { Outcome::Done, {}, {} };
    }
    Answer remove(const QString &key) override
    {
        if (!available)
            return unavailable();
        return { kept.remove(key) ? Outcome::Done : Outcome::NotFound, {}, {} };
    }

private:
    static Answer unavailable()
    {
        return { Outcome::Failed, {}, QStringLiteral("No keyring daemon") };
    }
};

ServerAddress addressOf(const QString &uri)
{
    QString error;
    return ServerAddress::parse(uri, &error).value_or(ServerAddress());
}

} // namespace

class TestConnectDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The default register file under the test's own folder, not the account's.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("share"))));
        QVERIFY(guisupport::startInEnglish(m_dir.filePath(QStringLiteral("settings"))));
    }

    void init() { QSettings().clear(); }

    void fieldsMakeTheAddress_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("uri"); // empty: refused
        QTest::newRow("everything") << "db.opcc.local" << 5433 << "schemes"
                                    << "alice"
                                    << "postgresql://alice@db.opcc.local:5433/schemes";
        QTest::newRow("defaultPort") << "db.opcc.local" << 5432 << "schemes"
                                     << "alice"
                                     << "postgresql://alice@db.opcc.local:5432/schemes";
        QTest::newRow("noUser") << "db.opcc.local" << 5432 << "schemes"
                                << ""
                                << "postgresql://db.opcc.local:5432/schemes";
        QTest::newRow("spacesTrimmed") << "  db.opcc.local " << 5432 << " schemes "
                                       << " bob "
                                       << "postgresql://bob@db.opcc.local:5432/schemes";
        QTest::newRow("noHost") << "" << 5432 << "schemes"
                                << "alice"
                                << "";
        QTest::newRow("noDatabase") << "db.opcc.local" << 5432 << ""
                                    << "alice"
                                    << "";
        QTest::newRow("slashInDatabase") << "db.opcc.local" << 5432 << "a/b"
                                         << "alice"
                                         << "";
    }

    void fieldsMakeTheAddress()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, uri);
        FakeKeychain keychain;
        int calls = 0;
        ConnectDialog dialog(keychain, [&calls](const QString &) {
            ++calls;
            return QString();
        });
        dialog.setAddress(ServerAddress());
        dialog.hostEdit()->setText(host);
        dialog.portSpin()->setValue(port);
        dialog.databaseEdit()->setText(database);
        dialog.userEdit()->setText(user);
        const auto address = dialog.address();
        if (uri.isEmpty()) {
            QVERIFY(!address);
            QVERIFY(!dialog.problem().isEmpty());
            dialog.accept();
            QCOMPARE(calls, 0);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(dialog.messageLabel()->isVisibleTo(&dialog));
            QCOMPARE(dialog.messageLabel()->text(), dialog.problem());
            return;
        }
        QVERIFY(address);
        QCOMPARE(address->toUri(), uri);
        QVERIFY(dialog.problem().isEmpty());
    }

    void portIsBounded()
    {
        FakeKeychain keychain;
        ConnectDialog dialog(keychain, [](const QString &) { return QString(); });
        QCOMPARE(dialog.portSpin()->value(), 5432);
        QCOMPARE(dialog.portSpin()->minimum(), 1);
        QCOMPARE(dialog.portSpin()->maximum(), 65535);
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    }

    void setAddressFillsFieldsAndKeptPassword()
    {
        FakeKeychain keychain;
        const ServerAddress address = addressOf(QStringLiteral("postgresql://alice@db:6000/reg"));
        keychain.kept.insert(address.credentialKey(), QStringLiteral("s3cret"));
        ConnectDialog dialog(keychain, [](const QString &) { return QString(); });
        dialog.setAddress(address);
        QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("db"));
        QCOMPARE(dialog.portSpin()->value(), 6000);
        QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("reg"));
        QCOMPARE(dialog.userEdit()->text(), QStringLiteral("alice"));
        QCOMPARE(dialog.passwordEdit()->text(), QStringLiteral("s3cret"));
        QVERIFY(dialog.rememberBox()->isChecked());
        QVERIFY(dialog.rememberBox()->isEnabled());
        QVERIFY(!dialog.keychainLabel()->isVisibleTo(&dialog));
    }

    // Ticked: the password goes to the keychain; unticked: one kept before is removed. Either
    // way the session remembers it for the connections the window opens.
    void rememberPassword_data()
    {
        QTest::addColumn<bool>("ticked");
        QTest::newRow("ticked") << true;
        QTest::newRow("unticked") << false;
    }

    void rememberPassword()
    {
        QFETCH(bool, ticked);
        FakeKeychain keychain;
        const ServerAddress address = addressOf(QStringLiteral("postgresql://bob@db:5432/reg"));
        keychain.kept.insert(address.credentialKey(), QStringLiteral("old"));
        QStringList tried;
        QString passwordSeen;
        ConnectDialog dialog(keychain, [&](const QString &uri) {
            tried.append(uri);
            passwordSeen = serverpasswords::find(addressOf(uri));
            return QString();
        });
        dialog.setAddress(address);
        dialog.passwordEdit()->setText(QStringLiteral("n3w"));
        dialog.rememberBox()->setChecked(ticked);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(tried, QStringList { QStringLiteral("postgresql://bob@db:5432/reg") });
        // The address handed on holds no password; the session has it.
        QVERIFY(!tried.first().contains(QLatin1String("n3w")));
        QCOMPARE(passwordSeen, QStringLiteral("n3w"));
        QCOMPARE(keychain.kept.contains(address.credentialKey()), ticked);
        if (ticked)
            QCOMPARE(keychain.kept.value(address.credentialKey()), QStringLiteral("n3w"));
        QVERIFY(dialog.keychainProblem().isEmpty());
        serverpasswords::forget(address);
    }

    // No password typed: none is given, so that libpq finds its own (~/.pgpass, PGPASSWORD).
    void emptyPasswordLeftToLibpq()
    {
        FakeKeychain keychain;
        QString passwordSeen = QStringLiteral("unset");
        ConnectDialog dialog(keychain, [&](const QString &uri) {
            passwordSeen = serverpasswords::find(addressOf(uri));
            return QString();
        });
        dialog.setAddress(addressOf(QStringLiteral("postgresql://carol@db/reg")));
        dialog.rememberBox()->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(passwordSeen, QString());
        QCOMPARE(keychain.writes, 0);
    }

    // No Secret Service (a server without a desktop, CI): the dialog says so, cannot offer to
    // remember, and connects all the same.
    void keychainUnavailable()
    {
        FakeKeychain keychain;
        keychain.available = false;
        int calls = 0;
        ConnectDialog dialog(keychain, [&calls](const QString &) {
            ++calls;
            return QString();
        });
        dialog.setAddress(addressOf(QStringLiteral("postgresql://dan@db/reg")));
        QVERIFY(dialog.keychainLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.keychainLabel()->text().contains(QLatin1String("No keyring daemon")));
        QVERIFY(!dialog.rememberBox()->isEnabled());
        QVERIFY(!dialog.rememberBox()->isChecked());
        dialog.passwordEdit()->setText(QStringLiteral("pw"));
        dialog.accept();
        QCOMPARE(calls, 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.keychainProblem().isEmpty());
        serverpasswords::forget(addressOf(QStringLiteral("postgresql://dan@db/reg")));
    }

    // A refusal stays in the dialog: the reason shown, Connect become Retry, the password
    // forgotten by the session (it may be the wrong one); Retry tries again.
    void failureOffersRetry()
    {
        FakeKeychain keychain;
        QStringList answers { QStringLiteral("The PostgreSQL server at db:5432 refused the user "
                                             "\"eve\": the password is wrong or missing."),
            QString() };
        int calls = 0;
        ConnectDialog dialog(keychain, [&](const QString &) { return answers.value(calls++); });
        const ServerAddress address = addressOf(QStringLiteral("postgresql://eve@db:5432/reg"));
        dialog.setAddress(address);
        dialog.passwordEdit()->setText(QStringLiteral("wrong"));
        dialog.accept();
        QCOMPARE(calls, 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.messageLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("refused the user")));
        QCOMPARE(dialog.connectButton()->text(), QStringLiteral("&Retry"));
        QCOMPARE(serverpasswords::find(address), QString());
        dialog.passwordEdit()->setText(QStringLiteral("right"));
        dialog.accept();
        QCOMPARE(calls, 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(serverpasswords::find(address), QStringLiteral("right"));
        serverpasswords::forget(address);
    }

    // The register used last is reopened at start; the settings hold its address, never a
    // password, and the last server stays on offer after going back to a file.
    void lastFileReopened()
    {
        FakeKeychain keychain;
        const QString file = m_dir.filePath(QStringLiteral("team.sqlite"));
        lastregister::Opened first = lastregister::openAtStart(file, keychain);
        QVERIFY2(first.db, qPrintable(first.result.message));
        first.db.reset();
        QCOMPARE(lastregister::saved(), file);
        lastregister::Opened again = lastregister::openAtStart(QString(), keychain);
        QVERIFY2(again.db, qPrintable(again.result.message));
        QCOMPARE(again.db->path(), file);
        QVERIFY(again.notice.isEmpty());
    }

    void settingsHoldNoPassword()
    {
        FakeKeychain keychain;
        const QString uri = QStringLiteral("postgresql://frank@127.0.0.1:1/reg");
        const ServerAddress address = addressOf(uri);
        ConnectDialog dialog(keychain, [](const QString &tried) {
            lastregister::save(tried); // as the window does once it opened
            return QString();
        });
        dialog.setAddress(address);
        dialog.passwordEdit()->setText(QStringLiteral("Pa55-in-memory"));
        dialog.rememberBox()->setChecked(true);
        dialog.accept();
        QCOMPARE(lastregister::saved(), uri);
        QCOMPARE(lastregister::savedServer(), uri);
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray written = settings.readAll();
        QVERIFY(written.contains("frank"));
        QVERIFY(!written.contains("Pa55-in-memory"));
        QCOMPARE(keychain.kept.value(address.credentialKey()), QStringLiteral("Pa55-in-memory"));
        // Going back to a file keeps the server on offer for the dialog.
        lastregister::save(m_dir.filePath(QStringLiteral("back.sqlite")));
        QCOMPARE(lastregister::savedServer(), uri);
        serverpasswords::forget(address);
    }

    // A last register that cannot be reached: the default file instead, and why; the server is
    // still the one tried at the next start. Asked for by name, it is a failure instead.
    void unreachableLastRegisterFallsBack_data()
    {
        QTest::addColumn<QString>("last");
        QTest::newRow("serverDown") << "postgresql://grace@127.0.0.1:1/reg?connect_timeout=5";
        QTest::newRow("fileGone") << "gone.sqlite";
    }

    void unreachableLastRegisterFallsBack()
    {
        QFETCH(QString, last);
        if (!ServerAddress::isServerUri(last))
            last = m_dir.filePath(last);
        FakeKeychain keychain;
        lastregister::save(last);
        lastregister::Opened opened = lastregister::openAtStart(QString(), keychain);
        QVERIFY2(opened.db, qPrintable(opened.result.message));
        QCOMPARE(opened.db->path(), shippeddataset::defaultDatabasePath());
        QVERIFY(opened.notice.contains(last));
        QVERIFY(opened.notice.contains(QLatin1String("Connect to Shared Register")));
        QCOMPARE(lastregister::saved(), last);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("gone.sqlite"))));
        opened.db.reset();
        if (!ServerAddress::isServerUri(last))
            return; // --database with a new path makes a new register there
        lastregister::Opened named = lastregister::openAtStart(last, keychain);
        QVERIFY(!named.db);
        QVERIFY(!named.result.ok());
        QVERIFY(!named.result.message.isEmpty());
    }

    // A register file on a network share: the window warns, naming the share's type, and offers
    // the shared register instead; keeping the file leaves the window on it.
    void networkShareWarningOffersServer_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("dialogOpened");
        QTest::newRow("connect") << "Connect to Shared Register" << true;
        QTest::newRow("keep") << "Keep Using This File" << false;
    }

    void networkShareWarningOffersServer()
    {
        QFETCH(QString, answer);
        QFETCH(bool, dialogOpened);
        const QString file = m_dir.filePath(QStringLiteral("share.sqlite"));
        auto db = std::make_unique<Database>();
        QVERIFY(shippeddataset::openOrCreate(*db, file).ok());
        MainWindow window(std::move(db));
        FakeKeychain keychain;
        window.setKeychain(&keychain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // This test's folder is local: nothing is said on its own.
        window.warnIfOnNetworkShare();
        QString seen;
        guisupport::answerNextMessageBox(answer, &seen);
        bool opened = false;
        QTimer closer;
        closer.setInterval(5);
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget())) {
                opened = true;
                dialog->reject();
            }
        });
        closer.start();
        window.warnAboutNetworkShare(QStringLiteral("nfs4"));
        QTRY_COMPARE(opened, dialogOpened);
        QVERIFY2(seen.contains(QLatin1String("share.sqlite")), qPrintable(seen));
        QVERIFY2(seen.contains(QLatin1String("(nfs4)")), qPrintable(seen));
        QCOMPARE(window.database().path(), file);
        QVERIFY(!window.database().isServer());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
