// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The filter proxy of the scheme list: every filter checked against the database itself.

#include "models/schemefilterproxy.h"
#include "models/schemesearch.h"
#include "models/schemetablemodel.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"
#include "storage/searchstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <string_view>

using namespace testsupport;
using opcc::SchemeFilterProxy;
using opcc::SchemeTableModel;
using opcc::Status;
using opcc::Strand;

namespace {

struct Filter
{
    std::optional<Strand> strand;
    QString area;
    std::optional<opcc::Nation> nation;
    QString provider;
    std::optional<Status> status;
    QString text;
};

// The rows a filter should leave, worked out from the database without the models.
QStringList expectedSchemes(opcc::Database &db, const Filter &f)
{
    QHash<QString, opcc::Nation> nations;
    for (const opcc::Area &area : opcc::LookupStore::reader(db).areas())
        nations.insert(area.name, area.nation);
    QStringList names;
    const QStringList words = f.text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const opcc::Scheme &s : opcc::SchemeStore::reader(db).schemes()) {
        if (f.strand && s.strand != *f.strand)
            continue;
        if (f.status && s.status != *f.status)
            continue;
        if (!f.area.isEmpty() && !s.areas.contains(f.area))
            continue;
        if (f.nation) {
            bool in = false;
            for (const QString &area : s.areas)
                in = in || nations.value(area) == *f.nation
                    || nations.value(area) == opcc::Nation::EnglandAndWales;
            if (!in)
                continue;
        }
        const QStringList providers = s.organisationsWithRole(opcc::Role::Provider);
        if (!f.provider.isEmpty() && !providers.contains(f.provider, Qt::CaseInsensitive))
            continue;
        const QString haystack = (s.name + QLatin1Char('\n') + s.areaKey() + QLatin1Char('\n')
            + providers.join(QLatin1Char('\n')) + QLatin1Char('\n') + s.summary)
                                     .toCaseFolded();
        bool all = true;
        for (const QString &word : words)
            all = all && haystack.contains(word);
        if (all)
            names.append(s.name + QStringLiteral(" @ ") + s.areaKey());
    }
    names.sort();
    return names;
}

QStringList visibleSchemes(const SchemeFilterProxy &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, SchemeTableModel::Name).data().toString()
            + QStringLiteral(" @ ") + proxy.index(row, SchemeTableModel::Areas).data().toString());
    names.sort();
    return names;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<Strand>)
Q_DECLARE_METATYPE(std::optional<Status>)
Q_DECLARE_METATYPE(std::optional<opcc::Nation>)

class tst_SchemeFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void containsBytesAsAPlainSearch_data();
    void containsBytesAsAPlainSearch();
    void filters_data();
    void filters();
    void sortsByRawValue_data();
    void sortsByRawValue();
    void fullTextSearchAddsMatches();
    void fullTextSearchOnTheRegister();
    void asynchronousSearch_data();
    void asynchronousSearch();
    void asynchronousSearchAcrossReload();
    void searchFollowsAnEdit_data();
    void searchFollowsAnEdit();

private:
    ShippedDatabase m_data;
};

void tst_SchemeFilterProxy::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_data.open());
}

void tst_SchemeFilterProxy::filters_data()
{
    QTest::addColumn<std::optional<Strand>>("strand");
    QTest::addColumn<QString>("area");
    QTest::addColumn<std::optional<opcc::Nation>>("nation");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<std::optional<Status>>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    const std::optional<Strand> anyStrand;
    const std::optional<Status> anyStatus;
    const std::optional<opcc::Nation> anyNation;
    QTest::newRow("everything") << anyStrand << "" << anyNation << "" << anyStatus << "" << 47;
    QTest::newRow("treatment") << std::optional<Strand>(Strand::Treatment) << "" << anyNation << ""
                               << anyStatus << "" << 23;
    QTest::newRow("demandRunByCranstoun") << std::optional<Strand>(Strand::Demand) << ""
                                          << anyNation << "Cranstoun" << anyStatus << "" << 2;
    QTest::newRow("demandInWalesByCranstoun")
        << std::optional<Strand>(Strand::Demand) << ""
        << std::optional<opcc::Nation>(opcc::Nation::Wales) << "Cranstoun" << anyStatus << "" << 0;
    QTest::newRow("treatmentInCleveland") << std::optional<Strand>(Strand::Treatment) << "Cleveland"
                                          << anyNation << "" << anyStatus << "" << 2;
    QTest::newRow("wales") << anyStrand << "" << std::optional<opcc::Nation>(opcc::Nation::Wales)
                           << "" << anyStatus << "" << 5;
    QTest::newRow("pilots") << anyStrand << "" << anyNation << ""
                            << std::optional<Status>(Status::Pilot) << "" << -1;
    QTest::newRow("textNaloxone") << anyStrand << "" << anyNation << "" << anyStatus << "naloxone"
                                  << 5;
    QTest::newRow("textTwoWords") << anyStrand << "" << anyNation << "" << anyStatus
                                  << "naloxone wales" << -1;
    QTest::newRow("textCaseInsensitive")
        << anyStrand << "" << anyNation << "" << anyStatus << "DiVeRt" << -1;
    QTest::newRow("textMatchesProvider")
        << anyStrand << "" << anyNation << "" << anyStatus << "turning point" << -1;
    QTest::newRow("textMatchesSummary")
        << anyStrand << "" << anyNation << "" << anyStatus << "weapons" << -1;
    QTest::newRow("treatmentTextArea") << std::optional<Strand>(Strand::Treatment) << "Durham"
                                       << anyNation << "" << anyStatus << "women" << -1;
    QTest::newRow("scorpionInOneOfItsAreas")
        << anyStrand << "Dorset" << anyNation << "" << anyStatus << "scorpion" << 1;
    QTest::newRow("nothing") << anyStrand << "" << anyNation << "" << anyStatus
                             << "no such scheme anywhere" << 0;
}

void tst_SchemeFilterProxy::filters()
{
    QFETCH(std::optional<Strand>, strand);
    QFETCH(QString, area);
    QFETCH(std::optional<opcc::Nation>, nation);
    QFETCH(QString, provider);
    QFETCH(std::optional<Status>, status);
    QFETCH(QString, text);
    QFETCH(int, expected);

    SchemeTableModel model(m_data.db);
    SchemeFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.reload();
    QSignalSpy changed(&proxy, &SchemeFilterProxy::filtersChanged);
    QVERIFY(changed.isValid());
    proxy.setStrand(strand);
    proxy.setArea(area);
    proxy.setNation(nation);
    proxy.setProvider(provider);
    proxy.setStatus(status);
    proxy.setText(text);
    const Filter filter { strand, area, nation, provider, status, text };
    const QStringList oracle = expectedSchemes(m_data.db, filter);
    QCOMPARE(visibleSchemes(proxy), oracle);
    if (expected >= 0)
        QCOMPARE(proxy.rowCount(), expected);
    QCOMPARE(proxy.hasFilters(),
        strand || status || nation || !area.isEmpty() || !provider.isEmpty()
            || !text.trimmed().isEmpty());
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 47);
    QVERIFY(changed.count() >= 1);

    // The same filters with the rows tested ahead on two threads, as on a long list.
    SchemeFilterProxy twoThreads;
    QAbstractItemModelTester twoThreadsTester(
        &twoThreads, QAbstractItemModelTester::FailureReportingMode::QtTest);
    twoThreads.setRowsForTwoThreads(2);
    twoThreads.setSourceModel(&model);
    twoThreads.setStrand(strand);
    twoThreads.setArea(area);
    twoThreads.setNation(nation);
    twoThreads.setProvider(provider);
    twoThreads.setStatus(status);
    twoThreads.setText(text);
    QCOMPARE(visibleSchemes(twoThreads), oracle);
    // A second change tests the rows ahead again, against the filters as they are now.
    twoThreads.setStrand(std::optional<Strand>(Strand::Treatment));
    QCOMPARE(twoThreads.rowCount(),
        expectedSchemes(m_data.db,
            Filter {
                std::optional<Strand>(Strand::Treatment), area, nation, provider, status, text })
            .size());
}

// Each word must be in the list's own text or be found by the full-text search; the search is
// asked once per new word, and again when the register was read again.
void tst_SchemeFilterProxy::fullTextSearchAddsMatches()
{
    SchemeTableModel model(m_data.db);
    SchemeFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.reload();
    const qint64 divert = *opcc::SchemeStore::reader(m_data.db).idOf(
        QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    QStringList asked;
    proxy.setSearch([&asked, divert](const QString &word) -> std::optional<QSet<qint64>> {
        asked.append(word);
        if (word == QLatin1String("zzfound"))
            return QSet<qint64> { divert };
        return std::nullopt;
    });
    proxy.setText(QStringLiteral("zzfound"));
    QCOMPARE(visibleSchemes(proxy), QStringList { QStringLiteral("DIVERT @ West Mercia") });
    proxy.setText(QStringLiteral("zzfound divert"));
    QCOMPARE(visibleSchemes(proxy), QStringList { QStringLiteral("DIVERT @ West Mercia") });
    proxy.setText(QStringLiteral("zzfound naloxone"));
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(asked,
        (QStringList {
            QStringLiteral("zzfound"), QStringLiteral("divert"), QStringLiteral("naloxone") }));
    model.reload();
    QCOMPARE(asked.size(), 5); // both words again, the register having been read again
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_SchemeFilterProxy::fullTextSearchOnTheRegister()
{
    SchemeTableModel model(m_data.db);
    SchemeFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.reload();
    const opcc::SearchStore search(m_data.db);
    proxy.setSearch([&search](const QString &word) { return search.schemesMatching(word); });
    proxy.setText(QStringLiteral("middlesbrough"));
    QVERIFY2(
        visibleSchemes(proxy).contains(QStringLiteral("Heroin Assisted Treatment @ Cleveland")),
        qPrintable(visibleSchemes(proxy).join(QLatin1Char(','))));
}

// Asked off the GUI thread: the text filters at once on the list's own text, each word is asked
// for once, and the list widens when the answer comes; an answer to an earlier text or register
// is dropped.
void tst_SchemeFilterProxy::asynchronousSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ownText"); // shown before the answer
    QTest::addColumn<QStringList>("answered"); // shown after it
    const QString divert = QStringLiteral("DIVERT @ West Mercia");
    QTest::newRow("a word only the indexes know")
        << QStringLiteral("zzfound") << QStringList() << QStringList { divert };
    QTest::newRow("the indexes add nothing")
        << QStringLiteral("divert zzfound") << QStringList() << QStringList { divert };
    QTest::newRow("a word the list knows, answered with nothing")
        << QStringLiteral("divert mercia") << QStringList { divert } << QStringList { divert };
}

void tst_SchemeFilterProxy::asynchronousSearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ownText);
    QFETCH(QStringList, answered);
    SchemeTableModel model(m_data.db);
    SchemeFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.reload();
    const qint64 divert = *opcc::SchemeStore::reader(m_data.db).idOf(
        QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    QList<QStringList> asked;
    int generation = -1;
    proxy.setSearchRequest([&](const QStringList &words, int g) {
        asked.append(words);
        generation = g;
    });
    QSignalSpy applied(&proxy, &SchemeFilterProxy::searchResultsApplied);
    QVERIFY(applied.isValid());
    proxy.setText(text);
    QCOMPARE(asked.size(), 1);
    QVERIFY(proxy.isSearching());
    QCOMPARE(visibleSchemes(proxy), ownText);
    // An answer of another generation changes nothing.
    SchemeFilterProxy::Matches matches;
    for (const QString &word : asked.constLast())
        matches.insert(word,
            word == QLatin1String("zzfound") ? std::optional(QSet<qint64> { divert })
                                             : std::nullopt);
    proxy.setSearchResults(generation - 1, matches);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(visibleSchemes(proxy), ownText);
    proxy.setSearchResults(generation, matches);
    QCOMPARE(applied.size(), 1);
    QVERIFY(!proxy.isSearching());
    QCOMPARE(visibleSchemes(proxy), answered);
    // Typed again, nothing is asked again.
    proxy.setText(text + QLatin1Char(' '));
    QCOMPARE(asked.size(), 1);
}

void tst_SchemeFilterProxy::asynchronousSearchAcrossReload()
{
    SchemeTableModel model(m_data.db);
    SchemeFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.reload();
    const qint64 divert = *opcc::SchemeStore::reader(m_data.db).idOf(
        QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    QList<int> generations;
    proxy.setSearchRequest([&](const QStringList &, int g) { generations.append(g); });
    proxy.setText(QStringLiteral("zzfound"));
    proxy.setSearchResults(
        generations.constLast(), { { QStringLiteral("zzfound"), QSet { divert } } });
    QCOMPARE(proxy.rowCount(), 1);
    // The register read again: asked again, and the earlier answer stays on show meanwhile.
    model.reload();
    QCOMPARE(generations.size(), 2);
    QVERIFY(generations.at(1) != generations.at(0));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchResults(generations.at(0), { { QStringLiteral("zzfound"), QSet<qint64>() } });
    QCOMPARE(proxy.rowCount(), 1); // the old register's answer is dropped
    proxy.setSearchResults(generations.at(1), { { QStringLiteral("zzfound"), QSet<qint64>() } });
    QCOMPARE(proxy.rowCount(), 0);
}

// A saved edit reaches the list row by row, without a reset: the words typed are searched for
// again, so that a scheme whose details now hold them is shown and one whose details lost them
// is hidden, as soon as the answer comes.
void tst_SchemeFilterProxy::searchFollowsAnEdit_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("shownBefore");
    QTest::addColumn<bool>("shownAfter");
    QTest::newRow("gains the word") << "A pelican crossing for every custody suite."
                                    << "pelican" << false << true;
    QTest::newRow("loses the word") << "Nothing to see."
                                    << "kiosk" << true << false;
}

void tst_SchemeFilterProxy::searchFollowsAnEdit()
{
    QFETCH(QString, description);
    QFETCH(QString, typed);
    QFETCH(bool, shownBefore);
    QFETCH(bool, shownAfter);
    ShippedDatabase data;
    QVERIFY(data.open());
    const qint64 divert = *opcc::SchemeStore::reader(data.db).idOf(
        QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    // The word to lose is put there first.
    opcc::Scheme scheme = *opcc::SchemeStore::reader(data.db).scheme(divert);
    scheme.description = QStringLiteral("A kiosk in each custody suite.");
    QVERIFY(opcc::SchemeStore(data.db).update(scheme));

    SchemeTableModel model(data.db);
    SchemeFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.reload();
    const opcc::SearchStore search(data.db);
    int searches = 0;
    proxy.setSearch([&](const QString &word) {
        ++searches;
        return search.schemesMatching(word);
    });
    proxy.setText(typed);
    const QString shown = QStringLiteral("DIVERT @ West Mercia");
    QCOMPARE(visibleSchemes(proxy).contains(shown), shownBefore);
    const int searchesBefore = searches;

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());
    scheme = *opcc::SchemeStore::reader(data.db).scheme(divert); // its new row version
    scheme.description = description;
    QVERIFY(opcc::SchemeStore(data.db).update(scheme));
    QCOMPARE(reset.count(), 0);
    QVERIFY(searches > searchesBefore);
    QCOMPARE(visibleSchemes(proxy).contains(shown), shownAfter);
}

void tst_SchemeFilterProxy::sortsByRawValue_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("name") << int(SchemeTableModel::Name);
    QTest::newRow("period") << int(SchemeTableModel::Period);
    QTest::newRow("figures") << int(SchemeTableModel::Figures);
    QTest::newRow("headline") << int(SchemeTableModel::Headline);
    QTest::newRow("strand") << int(SchemeTableModel::Strand);
}

void tst_SchemeFilterProxy::sortsByRawValue()
{
    QFETCH(int, column);
    SchemeTableModel model(m_data.db);
    SchemeFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.reload();
    model.loadStatistics();
    proxy.sort(column, Qt::AscendingOrder);
    bool sawMissing = false;
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QVariant previous = proxy.index(row - 1, column).data(SchemeTableModel::RawValueRole);
        const QVariant current = proxy.index(row, column).data(SchemeTableModel::RawValueRole);
        const bool missing = !current.isValid()
            || (current.typeId() == QMetaType::QDate && !current.toDate().isValid());
        if (missing) {
            sawMissing = true; // missing values come last
            continue;
        }
        QVERIFY2(!sawMissing, "a value after a missing one");
        QVERIFY2(QVariant::compare(previous, current) != QPartialOrdering::Greater,
            qPrintable(QStringLiteral("row %1").arg(row)));
    }
    if (column == SchemeTableModel::Headline) {
        // Money compares as money: £175,372 sorts above 1,514 disruptions (17537200 > 151400).
        proxy.sort(column, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, column).data(SchemeTableModel::RawValueRole).toLongLong()
            >= proxy.index(1, column).data(SchemeTableModel::RawValueRole).toLongLong());
    }
}

// The filter's byte search (sixteen places at a time, then the rest) finds what a plain search
// finds: every piece of the text, at every place (the start, across each sixteen-byte step, the
// end), and words that are not there, of every length up to longer than the text.
void tst_SchemeFilterProxy::containsBytesAsAPlainSearch_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("short") << QByteArray("hub");
    QTest::newRow("sixteen") << QByteArray("hub of the north");
    QTest::newRow("repeats") << QByteArray("hhhhhhhhhhhhhhhhhuhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhub");
    QTest::newRow("summary") << QString::fromUtf8("Supply disruption hub\nGwent; Dyfed-Powys\n"
                                                  "a peer-led recovery hub for Ynys Môn, "
                                                  "referrals from custody and probation")
                                    .toCaseFolded()
                                    .toUtf8();
}

void tst_SchemeFilterProxy::containsBytesAsAPlainSearch()
{
    QFETCH(QByteArray, text);
    const std::string_view plain(text.constData(), size_t(text.size()));
    QList<QByteArray> words { QByteArray(), QByteArray("zq"), QByteArray("hubx"),
        text + QByteArray("x"), QByteArray("x") + text, QByteArray("hx"), QByteArray("bu") };
    for (qsizetype from = 0; from < text.size(); ++from) {
        for (qsizetype length = 1; from + length <= text.size() && length <= 24; ++length)
            words.append(text.mid(from, length));
    }
    for (const QByteArray &word : std::as_const(words)) {
        const bool expected
            = plain.find(std::string_view(word.constData(), size_t(word.size()))) != plain.npos;
        QVERIFY2(opcc::containsBytes(text, word) == expected, word.constData());
    }
}

QTEST_GUILESS_MAIN(tst_SchemeFilterProxy)
#include "tst_schemefilterproxy.moc"
