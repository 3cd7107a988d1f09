// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The scheme list read a screenful first (reloadHead) and the rest after (loadRest, fetchMore),
// on a generated register of the small size: the same rows in the same order as a full read and
// as a reference query, and filters that find what a reference search finds.

#include "datasetgenerator.h"
#include "interchange/csvimporter.h"
#include "models/schemefilterproxy.h"
#include "models/schemesearch.h"
#include "models/schemetablemodel.h"
#include "storage/browsestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace testsupport;
using opcc::SchemeFilterProxy;
using opcc::SchemeTableModel;

class tst_LazySchemeList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headThenRestInTheReferenceOrder_data();
    void headThenRestInTheReferenceOrder();
    void fullReadInTheSameOrder();
    void eachListingAsTheWholeRead();
    void equalProviderListsHeldOnce();
    void filterFindsWhatAReferenceSearchFinds_data();
    void filterFindsWhatAReferenceSearchFinds();
    void sortingByAnotherColumnReadsTheWholeList();
    void statisticsWaitForTheWholeList();

private:
    QList<qint64> referenceIds(int limit = -1);
    static QList<qint64> idsOf(const SchemeTableModel &model);

    ShippedDatabase m_data;
};

void tst_LazySchemeList::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_data.open());
    const QString generated = m_data.dir.filePath(QStringLiteral("generated"));
    opcc::generator::DatasetGenerator generator(opcc::generator::Size::small(), 1);
    QString error;
    QVERIFY2(generator.writeTo(generated, &error), qPrintable(error));
    opcc::CsvImporter importer(m_data.db);
    const QDir dir(generated);
    QVERIFY(importer
                .run({ dir.filePath(QStringLiteral("schemes.csv")),
                         dir.filePath(QStringLiteral("outcomes.csv")) },
                    opcc::CsvImporter::Mode::Write)
                .written);
    QVERIFY(opcc::BrowseStore(m_data.db).schemeCount() > 1000);
}

// The list's order, by a query of its own: name without case, area, id.
QList<qint64> tst_LazySchemeList::referenceIds(int limit)
{
    QList<qint64> ids;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
        db.setDatabaseName(m_data.path);
        if (!db.open())
            return ids;
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT id FROM scheme ORDER BY name COLLATE NOCASE, area_key, id LIMIT ?"));
        q.addBindValue(limit);
        if (q.exec()) {
            while (q.next())
                ids.append(q.value(0).toLongLong());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reference"));
    return ids;
}

QList<qint64> tst_LazySchemeList::idsOf(const SchemeTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.schemeIdAt(row));
    return ids;
}

void tst_LazySchemeList::headThenRestInTheReferenceOrder_data()
{
    QTest::addColumn<int>("head");
    QTest::addColumn<bool>("onAnotherThread");
    QTest::newRow("a screenful, the rest on a thread") << 200 << true;
    QTest::newRow("a screenful, the rest fetched") << 200 << false;
    QTest::newRow("one row, the rest on a thread") << 1 << true;
    QTest::newRow("more rows than the register") << 5000 << false;
}

void tst_LazySchemeList::headThenRestInTheReferenceOrder()
{
    QFETCH(int, head);
    QFETCH(bool, onAnotherThread);
    const QList<qint64> all = referenceIds();
    QVERIFY(all.size() > 1000);
    SchemeTableModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy completed(&model, &SchemeTableModel::completed);
    QVERIFY(completed.isValid());
    model.reloadHead(head);
    const bool whole = head >= all.size();
    QCOMPARE(model.isComplete(), whole);
    QCOMPARE(model.canFetchMore({}), !whole);
    QCOMPARE(idsOf(model), referenceIds(head));
    if (onAnotherThread)
        model.loadRest();
    else if (model.canFetchMore({}))
        model.fetchMore({});
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(completed.size(), whole ? 0 : 1);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(idsOf(model), all);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOfScheme(all.at(row)), row);
}

void tst_LazySchemeList::fullReadInTheSameOrder()
{
    SchemeTableModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(model.isComplete());
    QCOMPARE(idsOf(model), referenceIds());
    // Each row shows what the register holds.
    const QList<opcc::SchemeListing> listings = opcc::BrowseStore(m_data.db).listings();
    QCOMPARE(listings.size(), model.rowCount());
    for (int row = 0; row < model.rowCount(); row += 97) {
        const opcc::SchemeListing &expected = listings.at(row);
        QCOMPARE(model.index(row, SchemeTableModel::Name).data().toString(), expected.name);
        QCOMPARE(model.index(row, SchemeTableModel::Areas).data().toString(), expected.areaKey);
        QCOMPARE(model.index(row, 0).data(SchemeTableModel::ProvidersRole).toStringList(),
            expected.providers);
        QCOMPARE(model.index(row, 0).data(SchemeTableModel::SearchTextRole).toString(),
            opcc::schemeSearchText(
                expected.name, expected.areaKey, expected.providers, expected.summary));
        if (!expected.summary.isEmpty())
            QCOMPARE(model.index(row, SchemeTableModel::Name).data(Qt::ToolTipRole).toString(),
                expected.summary);
    }
}

// forEachListing (the window's reads) hands on what listings() reads, in the same order: each
// scheme's providers and funders in entry order, found in the links held apart from the schemes.
void tst_LazySchemeList::eachListingAsTheWholeRead()
{
    const QList<opcc::SchemeListing> whole = opcc::BrowseStore(m_data.db).listings();
    QList<opcc::SchemeListing> each;
    QVERIFY(opcc::BrowseStore(m_data.db).forEachListing(
        [&each](opcc::SchemeListing &&s) { each.append(std::move(s)); }));
    QCOMPARE(each.size(), whole.size());
    int withSeveralProviders = 0;
    int withFunders = 0;
    for (qsizetype row = 0; row < whole.size(); ++row) {
        const opcc::SchemeListing &a = each.at(row);
        const opcc::SchemeListing &b = whole.at(row);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.areaKey, b.areaKey);
        QCOMPARE(a.strand, b.strand);
        QCOMPARE(a.status, b.status);
        QCOMPARE(a.start, b.start);
        QCOMPARE(a.end, b.end);
        QCOMPARE(a.summary, b.summary);
        QCOMPARE(a.providers, b.providers);
        QCOMPARE(a.funders, b.funders);
        withSeveralProviders += b.providers.size() > 1 ? 1 : 0;
        withFunders += b.funders.isEmpty() ? 0 : 1;
    }
    // The register read has what the comparison is about.
    QVERIFY(withSeveralProviders > 10);
    QVERIFY(withFunders > 100);
}

// The rows whose providers are the same list hold that list once, as they hold a repeated text
// once.
void tst_LazySchemeList::equalProviderListsHeldOnce()
{
    SchemeTableModel model(m_data.db);
    QVERIFY(model.reload());
    QHash<QStringList, QStringList> first; // by content: the first row's list
    int shared = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QStringList providers
            = model.index(row, 0).data(SchemeTableModel::ProvidersRole).toStringList();
        if (providers.isEmpty())
            continue;
        const auto found = first.constFind(providers);
        if (found == first.cend()) {
            first.insert(providers, providers);
            continue;
        }
        QVERIFY2(found->isSharedWith(providers), qPrintable(providers.join(QStringLiteral("; "))));
        ++shared;
    }
    QVERIFY(shared > 100);
}

void tst_LazySchemeList::filterFindsWhatAReferenceSearchFinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one letter") << QStringLiteral("a");
    QTest::newRow("part of a word") << QStringLiteral("reat");
    QTest::newRow("two words") << QStringLiteral("service KENT");
    QTest::newRow("an area") << QStringLiteral("dyfed");
    QTest::newRow("nothing") << QStringLiteral("zzqx");
}

void tst_LazySchemeList::filterFindsWhatAReferenceSearchFinds()
{
    QFETCH(QString, text);
    QSet<qint64> expected;
    const QStringList words = opcc::searchWords(text);
    for (const opcc::SchemeListing &s : opcc::BrowseStore(m_data.db).listings()) {
        if (opcc::matchesSearch(
                opcc::schemeSearchText(s.name, s.areaKey, s.providers, s.summary), words))
            expected.insert(s.id);
    }
    SchemeTableModel model(m_data.db);
    SchemeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reloadHead(100);
    proxy.sort(SchemeTableModel::Name);
    proxy.setText(text);
    model.loadRest();
    QTRY_VERIFY(model.isComplete());
    QSet<qint64> found;
    QString previous;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        found.insert(proxy.index(row, 0).data(SchemeTableModel::IdRole).toLongLong());
        const QString name = proxy.index(row, SchemeTableModel::Name)
                                 .data(SchemeTableModel::RawValueRole)
                                 .toString();
        QVERIFY2(previous <= name, qPrintable(previous + QLatin1String(" > ") + name));
        previous = name;
    }
    QCOMPARE(found, expected);
}

void tst_LazySchemeList::sortingByAnotherColumnReadsTheWholeList()
{
    SchemeTableModel model(m_data.db);
    SchemeFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.reloadHead(100);
    proxy.sort(SchemeTableModel::Name);
    QVERIFY(!model.isComplete()); // the head is the head of this order
    proxy.sort(SchemeTableModel::Name, Qt::DescendingOrder);
    QVERIFY(model.isComplete());
    const QList<qint64> all = referenceIds();
    QCOMPARE(proxy.rowCount(), all.size());
    // The list orders its own rows: the proxy shows them as they are, the last by name first.
    QCOMPARE(proxy.index(0, 0).data(SchemeTableModel::IdRole).toLongLong(), model.schemeIdAt(0));
    QCOMPARE(model.schemeIdAt(0), all.constLast());
    QCOMPARE(model.schemeIdAt(model.rowCount() - 1), all.constFirst());
}

void tst_LazySchemeList::statisticsWaitForTheWholeList()
{
    SchemeTableModel model(m_data.db);
    QSignalSpy ready(&model, &SchemeTableModel::statisticsReady);
    QVERIFY(ready.isValid());
    model.reloadHead(100);
    model.requestStatistics();
    model.loadRest();
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(model.isComplete());
    // Of the rest's rows too: the figure counts of every scheme with figures.
    const QList<opcc::SchemeStatistics> expected = opcc::BrowseStore(m_data.db).statistics();
    QVERIFY(expected.size() > 1000);
    for (const opcc::SchemeStatistics &s : expected) {
        const int row = model.rowOfScheme(s.schemeId);
        QVERIFY(row >= 0);
        QVERIFY(model.statisticsAt(row));
        QCOMPARE(model.statisticsAt(row)->figureCount, s.figureCount);
        QCOMPARE(model.statisticsAt(row)->headline->value, s.headline->value);
    }
}

QTEST_GUILESS_MAIN(tst_LazySchemeList)
#include "tst_lazyschemelist.moc"
