// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The scheme list model under QAbstractItemModelTester, against the shipped dataset.

#include "models/schemetablemodel.h"
#include "storage/browsestore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace testsupport;
using opcc::SchemeTableModel;
using opcc::Strand;

class tst_SchemeTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableModelColumnsAndRoles();
    void statisticsFillTwoColumns();
    void statisticsReadOnAnotherThread();
    void countsStayAcrossAReload();
    void reloadsWhenTheDatabaseChanges();
    void reloadKeepsRowsReadAlike_data();
    void reloadKeepsRowsReadAlike();
    void reloadPlacesRowsAsAFreshRead_data();
    void reloadPlacesRowsAsAFreshRead();

private:
    ShippedDatabase m_data;
};

void tst_SchemeTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_data.open());
}

void tst_SchemeTableModel::tableModelColumnsAndRoles()
{
    SchemeTableModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), opcc::BrowseStore(m_data.db).schemeCount());
    QCOMPARE(model.columnCount(), int(SchemeTableModel::ColumnCount));
    const int row = model.rowOfScheme(
        *opcc::SchemeStore::reader(m_data.db).idOf(QStringLiteral("Operation Scorpion"),
            QStringLiteral(
                "Avon and Somerset; Devon and Cornwall; Dorset; Gloucestershire; Wiltshire")));
    QVERIFY(row >= 0);
    QCOMPARE(
        model.index(row, SchemeTableModel::Strand).data().toString(), QStringLiteral("Supply"));
    QCOMPARE(model.index(row, SchemeTableModel::Period).data().toString(),
        QStringLiteral("from Mar 2022"));
    QCOMPARE(
        model.index(row, SchemeTableModel::Period).data(SchemeTableModel::RawValueRole).toDate(),
        QDate(2022, 3, 1));
    QCOMPARE(model.index(row, 0).data(SchemeTableModel::AreasRole).toStringList().size(), 5);
    QCOMPARE(model.headerData(SchemeTableModel::Headline, Qt::Horizontal).toString(),
        QStringLiteral("Headline figure"));
}

void tst_SchemeTableModel::statisticsFillTwoColumns()
{
    SchemeTableModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(!model.statisticsLoaded());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    model.loadStatistics();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(SchemeTableModel::Figures));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(SchemeTableModel::Headline));

    const int scorpion = model.rowOfScheme(
        *opcc::SchemeStore::reader(m_data.db).idOf(QStringLiteral("Operation Scorpion"),
            QStringLiteral(
                "Avon and Somerset; Devon and Cornwall; Dorset; Gloucestershire; Wiltshire")));
    QCOMPARE(model.index(scorpion, SchemeTableModel::Figures)
                 .data(SchemeTableModel::RawValueRole)
                 .toInt(),
        6);
    QCOMPARE(model.index(scorpion, SchemeTableModel::Headline).data().toString(),
        QStringLiteral("Drug disruptions: 1,514"));
    const int wiltshire = model.rowOfScheme(*opcc::SchemeStore::reader(m_data.db).idOf(
        QStringLiteral("Turning Point substance misuse and alcohol treatment services"),
        QStringLiteral("Wiltshire")));
    QCOMPARE(model.index(wiltshire, SchemeTableModel::Headline).data().toString(),
        QString::fromUtf8("Funding: £175,372 a year"));
    QCOMPARE(model.index(wiltshire, SchemeTableModel::Headline)
                 .data(SchemeTableModel::RawValueRole)
                 .toLongLong(),
        qint64(17537200));
}

void tst_SchemeTableModel::statisticsReadOnAnotherThread()
{
    SchemeTableModel expected(m_data.db);
    expected.reload();
    expected.loadStatistics();

    SchemeTableModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QSignalSpy ready(&model, &SchemeTableModel::statisticsReady);
    QVERIFY(ready.isValid());
    model.requestStatistics();
    QVERIFY(!model.statisticsLoaded()); // delivered through the event loop
    QVERIFY(ready.wait());
    QCOMPARE(ready.count(), 1);
    QVERIFY(model.statisticsLoaded());
    for (int row = 0; row < model.rowCount(); ++row) {
        for (const int column :
            { int(SchemeTableModel::Figures), int(SchemeTableModel::Headline) }) {
            QCOMPARE(model.index(row, column).data(), expected.index(row, column).data());
            QCOMPARE(model.index(row, column).data(SchemeTableModel::RawValueRole),
                expected.index(row, column).data(SchemeTableModel::RawValueRole));
        }
    }
}

void tst_SchemeTableModel::countsStayAcrossAReload()
{
    SchemeTableModel model(m_data.db);
    model.reload();
    model.loadStatistics();
    const int scorpion = model.rowOfScheme(
        *opcc::SchemeStore::reader(m_data.db).idOf(QStringLiteral("Operation Scorpion"),
            QStringLiteral(
                "Avon and Somerset; Devon and Cornwall; Dorset; Gloucestershire; Wiltshire")));
    const QString headline = model.index(scorpion, SchemeTableModel::Headline).data().toString();
    QVERIFY(!headline.isEmpty());
    // Until the next statistics arrive, a reload shows the counts it had rather than blanks.
    model.reload();
    QVERIFY(model.statisticsLoaded());
    QCOMPARE(model.index(scorpion, SchemeTableModel::Headline).data().toString(), headline);
}

void tst_SchemeTableModel::reloadsWhenTheDatabaseChanges()
{
    ShippedDatabase data;
    QVERIFY(data.open());
    SchemeTableModel model(data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const int before = model.rowCount();
    QSignalSpy refreshed(&model, &SchemeTableModel::refreshed);
    QVERIFY(refreshed.isValid());
    opcc::Scheme scheme;
    scheme.name = QStringLiteral("Keyworker pilot");
    scheme.areas = { QStringLiteral("Gwent") };
    scheme.strand = Strand::Treatment;
    QVERIFY(opcc::SchemeStore(data.db).insert(scheme));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(model.rowCount(), before + 1);
}

void tst_SchemeTableModel::reloadKeepsRowsReadAlike_data()
{
    QTest::addColumn<QString>("field"); // what another connection changes in one scheme
    QTest::newRow("nothing") << QString();
    QTest::newRow("summary") << QStringLiteral("summary");
    QTest::newRow("status") << QStringLiteral("status");
    QTest::newRow("name") << QStringLiteral("name");
}

// A reload keeps the shown copy of a row read alike (its texts shared, not held twice) and
// takes the new one of a row that changed, whatever field changed.
void tst_SchemeTableModel::reloadKeepsRowsReadAlike()
{
    QFETCH(QString, field);
    ShippedDatabase data;
    QVERIFY(data.open());
    SchemeTableModel model(data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const qint64 divert = *opcc::SchemeStore::reader(data.db).idOf(
        QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    const qint64 other = model.schemeIdAt(model.rowOfScheme(divert) == 0 ? 1 : 0);
    const QByteArray otherText = model.searchTextAt(model.rowOfScheme(other));
    const QByteArray divertText = model.searchTextAt(model.rowOfScheme(divert));
    if (!field.isEmpty()) {
        // Behind the model's back: no change signal reaches it.
        opcc::Database second;
        QVERIFY(second.open(data.path).ok());
        QSqlQuery change(QSqlDatabase::database(second.connectionName(), false));
        const QString value = field == QLatin1String("status") ? QStringLiteral("'ended'")
                                                               : QStringLiteral("'Zephyrine'");
        QVERIFY2(change.exec(QStringLiteral("UPDATE scheme SET %1 = %2 WHERE id = %3")
                                 .arg(field, value, QString::number(divert))),
            qPrintable(change.lastError().text()));
    }
    QVERIFY(model.reload());
    const int otherRow = model.rowOfScheme(other);
    QCOMPARE(model.searchTextAt(otherRow), otherText);
    // Shared: the same bytes, not equal ones (QCOMPARE would compare const char * as text).
    QVERIFY(model.searchTextAt(otherRow).constData() == otherText.constData());
    const int row = model.rowOfScheme(divert);
    const opcc::SchemeTableModel::Row *listing = model.listingAt(row);
    QVERIFY(listing);
    if (field.isEmpty()) {
        QVERIFY(model.searchTextAt(row).constData() == divertText.constData());
    } else if (field == QLatin1String("status")) {
        QCOMPARE(listing->status, opcc::Status::Ended);
    } else {
        QVERIFY(model.searchTextAt(row).contains("zephyrine"));
        QCOMPARE(listing->name == QLatin1String("Zephyrine"), field == QLatin1String("name"));
    }
}

void tst_SchemeTableModel::reloadPlacesRowsAsAFreshRead_data()
{
    // What another connection does behind the model's back, to the schemes of the lowest ids
    // (removed), the highest (renamed) and new ones (added, as copies of existing ones), with
    // the list sorted by a column first.
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("renamed");
    QTest::newRow("nothing") << int(SchemeTableModel::Name) << Qt::AscendingOrder << 0 << 0 << 0;
    QTest::newRow("renamed") << int(SchemeTableModel::Name) << Qt::AscendingOrder << 0 << 0 << 3;
    QTest::newRow("removed") << int(SchemeTableModel::Name) << Qt::AscendingOrder << 4 << 0 << 0;
    QTest::newRow("added") << int(SchemeTableModel::Name) << Qt::AscendingOrder << 0 << 4 << 0;
    QTest::newRow("more added than there were")
        << int(SchemeTableModel::Name) << Qt::AscendingOrder << 0 << 120 << 0;
    QTest::newRow("all but two removed")
        << int(SchemeTableModel::Name) << Qt::AscendingOrder << -2 << 0 << 0;
    QTest::newRow("all three, by status")
        << int(SchemeTableModel::Status) << Qt::AscendingOrder << 5 << 2 << 4;
    QTest::newRow("all three, by areas descending")
        << int(SchemeTableModel::Areas) << Qt::DescendingOrder << 3 << 9 << 2;
}

// A reload moves the rows it keeps into their new places in the list itself: the result is
// the list a new model reads, row by row and field by field, whatever changed.
void tst_SchemeTableModel::reloadPlacesRowsAsAFreshRead()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, removed);
    QFETCH(int, added);
    QFETCH(int, renamed);
    ShippedDatabase data;
    QVERIFY(data.open());
    SchemeTableModel model(data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    model.sort(column, order);
    const int before = model.rowCount();
    QVERIFY(before > 20);
    if (removed < 0)
        removed += before;
    {
        opcc::Database second;
        QVERIFY(second.open(data.path).ok());
        QSqlQuery change(QSqlDatabase::database(second.connectionName(), false));
        QVERIFY2(change.exec(QStringLiteral("DELETE FROM scheme WHERE id IN (SELECT id FROM "
                                            "scheme ORDER BY id LIMIT %1)")
                                 .arg(removed)),
            qPrintable(change.lastError().text()));
        QVERIFY2(change.exec(QStringLiteral("UPDATE scheme SET name = 'Renamed ' || id WHERE id "
                                            "IN (SELECT id FROM scheme ORDER BY id DESC LIMIT "
                                            "%1)")
                                 .arg(renamed)),
            qPrintable(change.lastError().text()));
        const QList<opcc::SchemeListing> existing = opcc::BrowseStore(second).listings();
        for (int i = 0; i < added; ++i) {
            opcc::Scheme scheme;
            scheme.name
                = QStringLiteral("Copy %1 of %2").arg(i).arg(existing.at(i % existing.size()).name);
            // One of its areas (a key names several as "A; B").
            scheme.areas = {
                existing.at(i % existing.size()).areaKey.section(QLatin1Char(';'), 0, 0).trimmed()
            };
            scheme.strand = Strand(i % 3);
            QVERIFY2(opcc::SchemeStore(second).insert(scheme), qPrintable(second.errorString()));
        }
    }
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), before - removed + added);

    SchemeTableModel fresh(data.db);
    QVERIFY(fresh.reload());
    fresh.sort(column, order);
    QCOMPARE(model.rowCount(), fresh.rowCount());
    for (int row = 0; row < fresh.rowCount(); ++row) {
        QCOMPARE(model.schemeIdAt(row), fresh.schemeIdAt(row));
        QCOMPARE(model.searchTextAt(row), fresh.searchTextAt(row));
        for (int c = 0; c < SchemeTableModel::ColumnCount; ++c)
            QCOMPARE(model.index(row, c).data(), fresh.index(row, c).data());
    }
}

QTEST_GUILESS_MAIN(tst_SchemeTableModel)
#include "tst_schemetablemodel.moc"
