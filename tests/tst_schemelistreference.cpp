// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The scheme list sorted and filtered (SchemeTableModel's own order, SchemeFilterProxy's filters)
// on a generated register of the small size, against a reference made by brute force from the
// register's own rows (BrowseStore's queries): the same schemes, in the same order of the sort
// column, for every column, both orders and filters combined, typed a letter at a time.

#include "datasetgenerator.h"
#include "interchange/csvimporter.h"
#include "models/schemefilterproxy.h"
#include "models/schemesearch.h"
#include "models/schemetablemodel.h"
#include "storage/browsestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <algorithm>

using namespace testsupport;
using opcc::SchemeFilterProxy;
using opcc::SchemeTableModel;

namespace {

// What the reference knows of a scheme, made from the register's rows, not from the model.
struct Reference
{
    qint64 id = 0;
    QByteArray name; // case-folded, UTF-8
    QByteArray areas;
    QString providers;
    QStringList areaList;
    int strand = 0;
    int status = 0;
    QDate period;
    int figures = 0;
    std::optional<qint64> headline; // hundredths
    QString searchText;
};

// <0, 0, >0 by the column's value; missing values (no period, no headline) after present ones.
int compareBy(const Reference &a, const Reference &b, int column)
{
    const auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    const auto missingLast = [&order](const auto &x, const auto &y, bool xMissing, bool yMissing) {
        if (xMissing || yMissing)
            return xMissing == yMissing ? 0 : (xMissing ? 1 : -1);
        return order(x, y);
    };
    switch (column) {
    case SchemeTableModel::Name:
        return order(a.name, b.name);
    case SchemeTableModel::Areas:
        return order(a.areas, b.areas);
    case SchemeTableModel::Strand:
        return order(a.strand, b.strand);
    case SchemeTableModel::Providers:
        return order(a.providers, b.providers);
    case SchemeTableModel::Status:
        return order(a.status, b.status);
    case SchemeTableModel::Period:
        return missingLast(a.period, b.period, !a.period.isValid(), !b.period.isValid());
    case SchemeTableModel::Figures:
        return order(a.figures, b.figures);
    case SchemeTableModel::Headline:
        return missingLast(
            a.headline.value_or(0), b.headline.value_or(0), !a.headline, !b.headline);
    }
    return 0;
}

// The sort column's value with the tie keys (name, areas), as text: rows that compare equal
// may come in any order, so the list and the reference are compared by these.
QString keyOf(const Reference &r, int column)
{
    QString value;
    switch (column) {
    case SchemeTableModel::Areas:
    case SchemeTableModel::Name:
        break;
    case SchemeTableModel::Strand:
        value = QString::number(r.strand);
        break;
    case SchemeTableModel::Providers:
        value = r.providers;
        break;
    case SchemeTableModel::Status:
        value = QString::number(r.status);
        break;
    case SchemeTableModel::Period:
        value = r.period.toString(Qt::ISODate);
        break;
    case SchemeTableModel::Figures:
        value = QString::number(r.figures);
        break;
    case SchemeTableModel::Headline:
        value = r.headline ? QString::number(*r.headline) : QStringLiteral("-");
        break;
    }
    return value + QLatin1Char('|') + QString::fromUtf8(r.name) + QLatin1Char('|')
        + QString::fromUtf8(r.areas);
}

} // namespace

class tst_SchemeListReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortedAndFilteredAsTheReference_data();
    void sortedAndFilteredAsTheReference();
    void typedALetterAtATime_data();
    void typedALetterAtATime();
    void sortedAgainAfterAChange_data();
    void sortedAgainAfterAChange();

private:
    QList<qint64> referenceList(int column, Qt::SortOrder order,
        const std::function<bool(const Reference &)> &accepted) const;
    QStringList keysOf(const QList<qint64> &ids, int column) const;
    static QList<qint64> idsOf(const QAbstractItemModel &model);

    ShippedDatabase m_data;
    QHash<qint64, Reference> m_reference;
};

void tst_SchemeListReference::initTestCase()
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

    const opcc::BrowseStore store(m_data.db);
    for (const opcc::SchemeListing &s : store.listings()) {
        Reference r;
        r.id = s.id;
        r.name = s.name.toCaseFolded().toUtf8();
        r.areas = s.areaKey.toCaseFolded().toUtf8();
        r.areaList = opcc::splitList(s.areaKey);
        r.providers = s.providers.join(QStringLiteral("; ")).toCaseFolded();
        r.strand = int(s.strand);
        r.status = int(s.status);
        r.period
            = s.start.isNull() ? (s.end.isNull() ? QDate() : s.end.lastDay()) : s.start.firstDay();
        r.searchText = opcc::schemeSearchText(s.name, s.areaKey, s.providers, s.summary);
        m_reference.insert(r.id, r);
    }
    for (const opcc::SchemeStatistics &s : store.statistics()) {
        Reference &r = m_reference[s.schemeId];
        r.figures = s.figureCount;
        if (s.headline)
            r.headline = s.headline->value.hundredths();
    }
    QVERIFY(m_reference.size() > 1000);
}

QList<qint64> tst_SchemeListReference::referenceList(
    int column, Qt::SortOrder order, const std::function<bool(const Reference &)> &accepted) const
{
    QList<Reference> rows;
    for (const Reference &r : m_reference) {
        if (accepted(r))
            rows.append(r);
    }
    // Descending is ascending reversed, missing values included.
    const auto less = [column](const Reference &a, const Reference &b) {
        if (const int c = compareBy(a, b, column); c != 0)
            return c < 0;
        if (a.name != b.name)
            return a.name < b.name;
        return a.areas < b.areas;
    };
    if (order == Qt::AscendingOrder)
        std::sort(rows.begin(), rows.end(), less);
    else
        std::sort(rows.begin(), rows.end(),
            [&less](const Reference &a, const Reference &b) { return less(b, a); });
    QList<qint64> ids;
    for (const Reference &r : std::as_const(rows))
        ids.append(r.id);
    return ids;
}

QStringList tst_SchemeListReference::keysOf(const QList<qint64> &ids, int column) const
{
    QStringList keys;
    for (qint64 id : ids)
        keys.append(keyOf(m_reference.value(id), column));
    return keys;
}

QList<qint64> tst_SchemeListReference::idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(SchemeTableModel::IdRole).toLongLong());
    return ids;
}

void tst_SchemeListReference::sortedAndFilteredAsTheReference_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("strand"); // -1: any
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<bool>("firstArea"); // the first area in use chosen

    const int any = -1;
    const auto asc = Qt::AscendingOrder;
    const auto desc = Qt::DescendingOrder;
    const int demand = int(opcc::Strand::Demand);
    const int supply = int(opcc::Strand::Supply);
    const int active = int(opcc::Status::Active);
    QTest::newRow("name A to Z") << int(SchemeTableModel::Name) << asc << "" << any << any << false;
    QTest::newRow("name Z to A, hub")
        << int(SchemeTableModel::Name) << desc << "hub" << any << any << false;
    QTest::newRow("areas, demand")
        << int(SchemeTableModel::Areas) << asc << "" << demand << any << false;
    QTest::newRow("areas Z to A, first area")
        << int(SchemeTableModel::Areas) << desc << "" << any << any << true;
    QTest::newRow("strand Z to A, pro")
        << int(SchemeTableModel::Strand) << desc << "pro" << any << any << false;
    QTest::newRow("providers, active")
        << int(SchemeTableModel::Providers) << asc << "" << any << active << false;
    QTest::newRow("status Z to A")
        << int(SchemeTableModel::Status) << desc << "" << any << any << false;
    QTest::newRow("period, missing last")
        << int(SchemeTableModel::Period) << asc << "" << any << any << false;
    QTest::newRow("period Z to A, ref, supply")
        << int(SchemeTableModel::Period) << desc << "ref" << supply << any << false;
    QTest::newRow("figures Z to A")
        << int(SchemeTableModel::Figures) << desc << "" << any << any << false;
    QTest::newRow("figures, first area, two words")
        << int(SchemeTableModel::Figures) << asc << "o e" << any << any << true;
    QTest::newRow("headline") << int(SchemeTableModel::Headline) << asc << "" << any << any
                              << false;
    QTest::newRow("headline Z to A, demand, active")
        << int(SchemeTableModel::Headline) << desc << "" << demand << active << false;
}

void tst_SchemeListReference::sortedAndFilteredAsTheReference()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, text);
    QFETCH(int, strand);
    QFETCH(int, status);
    QFETCH(bool, firstArea);

    SchemeTableModel model(m_data.db);
    QAbstractItemModelTester modelTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SchemeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.loadStatistics();
    const QString area = firstArea ? model.areasInUse().value(0) : QString();
    QVERIFY(!firstArea || !area.isEmpty());

    // Sorted before the filters and after them: the same list.
    for (bool sortFirst : { true, false }) {
        if (sortFirst)
            proxy.sort(column, order);
        proxy.setText(text);
        proxy.setStrand(strand < 0 ? std::nullopt : std::optional(opcc::Strand(strand)));
        proxy.setStatus(status < 0 ? std::nullopt : std::optional(opcc::Status(status)));
        proxy.setArea(area);
        if (!sortFirst)
            proxy.sort(column, order);

        const QStringList words = opcc::searchWords(text);
        const QList<qint64> expected = referenceList(column, order, [&](const Reference &r) {
            return (strand < 0 || r.strand == strand) && (status < 0 || r.status == status)
                && (area.isEmpty() || r.areaList.contains(area))
                && opcc::matchesSearch(r.searchText, words);
        });
        QVERIFY(!expected.isEmpty()); // a filter that finds nothing would prove little
        const QList<qint64> shown = idsOf(proxy);
        QCOMPARE(QSet<qint64>(shown.cbegin(), shown.cend()),
            QSet<qint64>(expected.cbegin(), expected.cend()));
        QCOMPARE(keysOf(shown, column), keysOf(expected, column));

        // The model's own rows are in the order too, filters aside.
        const QList<qint64> all
            = referenceList(column, order, [](const Reference &) { return true; });
        QCOMPARE(keysOf(idsOf(model), column), keysOf(all, column));

        proxy.clearFilters();
        model.sort(SchemeTableModel::Name, Qt::AscendingOrder);
    }
}

void tst_SchemeListReference::typedALetterAtATime_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("typed"); // then taken back a letter at a time
    QTest::newRow("name") << int(SchemeTableModel::Name) << Qt::AscendingOrder << "hub";
    QTest::newRow("figures Z to A")
        << int(SchemeTableModel::Figures) << Qt::DescendingOrder << "refer";
    QTest::newRow("period, two words")
        << int(SchemeTableModel::Period) << Qt::AscendingOrder << "dr su";
}

void tst_SchemeListReference::typedALetterAtATime()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, typed);

    SchemeTableModel model(m_data.db);
    SchemeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.loadStatistics();
    proxy.sort(column, order);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());

    QStringList texts;
    for (qsizetype n = 1; n <= typed.size(); ++n)
        texts.append(typed.left(n));
    for (qsizetype n = typed.size() - 1; n >= 0; --n)
        texts.append(typed.left(n));
    for (const QString &text : std::as_const(texts)) {
        proxy.setText(text);
        const QStringList words = opcc::searchWords(text);
        const QList<qint64> expected = referenceList(column, order,
            [&words](const Reference &r) { return opcc::matchesSearch(r.searchText, words); });
        const QList<qint64> shown = idsOf(proxy);
        QCOMPARE(QSet<qint64>(shown.cbegin(), shown.cend()),
            QSet<qint64>(expected.cbegin(), expected.cend()));
        QCOMPARE(keysOf(shown, column), keysOf(expected, column));
    }
    QCOMPARE(proxy.rowCount(), model.rowCount());
    QCOMPARE(reset.count(), 0); // filtered, never reset
}

void tst_SchemeListReference::sortedAgainAfterAChange_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("then");
    QTest::addColumn<Qt::SortOrder>("order");
    const auto asc = Qt::AscendingOrder;
    const auto desc = Qt::DescendingOrder;
    QTest::newRow("figures, then name")
        << int(SchemeTableModel::Figures) << int(SchemeTableModel::Name) << asc;
    QTest::newRow("period, then name Z to A")
        << int(SchemeTableModel::Period) << int(SchemeTableModel::Name) << desc;
    QTest::newRow("figures, then areas")
        << int(SchemeTableModel::Figures) << int(SchemeTableModel::Areas) << asc;
    QTest::newRow("providers, then headline Z to A")
        << int(SchemeTableModel::Providers) << int(SchemeTableModel::Headline) << desc;
    QTest::newRow("status, then period")
        << int(SchemeTableModel::Status) << int(SchemeTableModel::Period) << asc;
}

void tst_SchemeListReference::sortedAgainAfterAChange()
{
    // A change drops the columns' ranks while the rows are in another column's order: the
    // next sort ranks the names again from that order, not from the order the list was read in.
    QFETCH(int, first);
    QFETCH(int, then);
    QFETCH(Qt::SortOrder, order);

    SchemeTableModel model(m_data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.loadStatistics();
    model.sort(first, order);
    QCOMPARE(keysOf(idsOf(model), first),
        keysOf(referenceList(first, order, [](const Reference &) { return true; }), first));

    opcc::ChangeSet changes;
    changes.schemesUpdated.insert(idsOf(model).constLast());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    model.applyChanges(changes);
    QCOMPARE(changed.count(), 1);

    model.sort(then, order);
    QCOMPARE(keysOf(idsOf(model), then),
        keysOf(referenceList(then, order, [](const Reference &) { return true; }), then));
}

QTEST_GUILESS_MAIN(tst_SchemeListReference)
#include "tst_schemelistreference.moc"
