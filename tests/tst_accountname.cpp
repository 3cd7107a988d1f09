// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Who" in the history: the account the app runs as, asked of the system, not guessed from
// USER or the name of the home folder.

#include "storage/accountname.h"
#include "storage/auditstore.h"
#include "testsupport.h"

#include <pwd.h>
#include <unistd.h>

using namespace opcc;
using namespace testsupport;

class tst_AccountName : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void systemAccountWithoutUser();
    void auditRecordsTheAccount();

private:
    QString m_expected;
};

void tst_AccountName::initTestCase()
{
    const passwd *entry = getpwuid(geteuid());
    QVERIFY(entry && entry->pw_name);
    m_expected = QString::fromLocal8Bit(entry->pw_name);
    // A home folder named otherwise, and none of the variables: what services and cron give.
    qunsetenv("USER");
    qunsetenv("USERNAME");
    qunsetenv("LOGNAME");
    static QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString folder = home.filePath(QStringLiteral("not-the-account"));
    QVERIFY(QDir().mkpath(folder));
    qputenv("HOME", QFile::encodeName(folder));
}

void tst_AccountName::systemAccountWithoutUser()
{
    QCOMPARE(accountName(), m_expected);
    // A USER that says otherwise does not change who the system says is running.
    qputenv("USER", "someone-else");
    QCOMPARE(accountName(), m_expected);
    qunsetenv("USER");
}

void tst_AccountName::auditRecordsTheAccount()
{
    ShippedDatabase data;
    QVERIFY(data.open());
    QVERIFY(AuditStore(data.db).write(
        QStringLiteral("update"), QStringLiteral("scheme"), 1, QStringLiteral("test")));
    const auto log = AuditStore::reader(data.db).entries(QStringLiteral("scheme"), 1);
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.last().osUser, m_expected);
}

QTEST_GUILESS_MAIN(tst_AccountName)
#include "tst_accountname.moc"
