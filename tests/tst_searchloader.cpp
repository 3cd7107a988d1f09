// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The full-text search on a thread of its own: it answers what SearchStore answers on the
// window's connection, the newest search wins (an older answer is never delivered), and a
// database that cannot be read says so.

#include "storage/searchloader.h"
#include "storage/searchstore.h"
#include "testsupport.h"

#include <QSignalSpy>

using namespace opcc;
using namespace testsupport;

class tst_SearchLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersAsTheStoreDoes_data();
    void answersAsTheStoreDoes();
    void newestSearchWins();
    void unreadableDatabaseFails();

private:
    ShippedDatabase m_data;
};

void tst_SearchLoader::initTestCase()
{
    QVERIFY(m_data.open());
}

void tst_SearchLoader::answersAsTheStoreDoes_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::newRow("a word in a scheme's details")
        << QStringList { QStringLiteral("middlesbrough") };
    QTest::newRow("a prefix of quotes") << QStringList { QStringLiteral("ref") };
    QTest::newRow("too short to ask for") << QStringList { QStringLiteral("re") };
    QTest::newRow("found nowhere") << QStringList { QStringLiteral("xylophonic") };
    QTest::newRow("several words") << QStringList { QStringLiteral("naloxone"),
        QStringLiteral("di"), QStringLiteral("divert") };
}

void tst_SearchLoader::answersAsTheStoreDoes()
{
    QFETCH(QStringList, words);
    SearchLoader loader;
    QSignalSpy found(&loader, &SearchLoader::found);
    QSignalSpy failed(&loader, &SearchLoader::failed);
    QVERIFY(found.isValid() && failed.isValid());
    loader.search(m_data.path, words, 7);
    QVERIFY(loader.isSearching());
    QTRY_COMPARE(found.size(), 1);
    QVERIFY(!loader.isSearching());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(found.at(0).at(0).toInt(), 7);
    const auto matches = found.at(0).at(1).value<SearchLoader::Matches>();
    QCOMPARE(matches.size(), words.size());
    const SearchStore store(m_data.db);
    for (const QString &word : words)
        QCOMPARE(matches.value(word), store.schemesMatching(word));
}

void tst_SearchLoader::newestSearchWins()
{
    SearchLoader loader;
    QSignalSpy found(&loader, &SearchLoader::found);
    QVERIFY(found.isValid());
    // Asked one after another without the event loop running: only the last is answered.
    for (int tag = 1; tag <= 5; ++tag)
        loader.search(m_data.path, { QStringLiteral("ref"), QStringLiteral("pro") }, tag);
    loader.search(m_data.path, { QStringLiteral("middlesbrough") }, 6);
    QTRY_VERIFY(!loader.isSearching());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).at(0).toInt(), 6);
    const auto matches = found.at(0).at(1).value<SearchLoader::Matches>();
    QCOMPARE(matches.keys(), QList<QString> { QStringLiteral("middlesbrough") });
    // Nothing of the superseded searches arrives later either.
    loader.search(m_data.path, { QStringLiteral("divert") }, 8);
    QTRY_COMPARE(found.size(), 2);
    QCOMPARE(found.at(1).at(0).toInt(), 8);
}

void tst_SearchLoader::unreadableDatabaseFails()
{
    QTemporaryDir dir;
    SearchLoader loader;
    QSignalSpy found(&loader, &SearchLoader::found);
    QSignalSpy failed(&loader, &SearchLoader::failed);
    QVERIFY(found.isValid() && failed.isValid());
    loader.search(dir.filePath(QStringLiteral("missing.sqlite")), { QStringLiteral("ref") }, 3);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), 3);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QCOMPARE(found.size(), 0);
    // The same loader goes on to answer a database that can be read.
    loader.search(m_data.path, { QStringLiteral("ref") }, 4);
    QTRY_COMPARE(found.size(), 1);
}

QTEST_GUILESS_MAIN(tst_SearchLoader)
#include "tst_searchloader.moc"
