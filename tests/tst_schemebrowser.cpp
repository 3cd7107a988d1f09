// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The scheme list's count while a large register is read a screenful first: the first rows must
// not be counted as if they were the whole register.

#include "guisupport.h"
#include "models/schemetablemodel.h"
#include "schemebrowser.h"
#include "testsupport.h"

#include <QLabel>
#include <QSignalSpy>

using namespace testsupport;

class tst_SchemeBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countWaitsForTheWholeList_data();
    void countWaitsForTheWholeList();

private:
    QTemporaryDir m_dir;
    ShippedDatabase m_shipped;
};

void tst_SchemeBrowser::initTestCase()
{
    QVERIFY(guisupport::startInEnglish(m_dir.filePath(QStringLiteral("settings"))));
    QVERIFY(m_shipped.open());
}

void tst_SchemeBrowser::countWaitsForTheWholeList_data()
{
    QTest::addColumn<int>("head");
    QTest::addColumn<QString>("whileReading");
    QTest::newRow("one row first") << 1 << QStringLiteral("1 scheme read so far\u2026");
    QTest::newRow("ten rows first") << 10 << QStringLiteral("10 schemes read so far\u2026");
}

void tst_SchemeBrowser::countWaitsForTheWholeList()
{
    QFETCH(int, head);
    QFETCH(QString, whileReading);
    opcc::SchemeTableModel schemes(m_shipped.db);
    schemes.reloadHead(head);
    opcc::SchemeBrowser browser(&schemes);
    QSignalSpy counts(&browser, &opcc::SchemeBrowser::countChanged);
    QVERIFY(counts.isValid());
    const auto *count = browser.findChild<QLabel *>();
    QVERIFY(count);
    const auto labels = browser.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->accessibleName() == QLatin1String("Number of schemes shown"))
            count = label;
    }
    QCOMPARE(count->accessibleName(), QStringLiteral("Number of schemes shown"));
    QVERIFY(!browser.isListComplete());
    QCOMPARE(count->text(), whileReading);

    schemes.fetchAll();
    QVERIFY(browser.isListComplete());
    QTRY_COMPARE(count->text(), QStringLiteral("47 of 47 schemes"));
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.last().at(1).toInt(), 47);
}

QTEST_MAIN(tst_SchemeBrowser)
#include "tst_schemebrowser.moc"
