// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database::schemeStatistics() (one pass over the figures through the C API) against the query
// that states what it means, on a generated register: every scheme's figure count and headline.
// StatisticsLoader, given the statistics held before, hands back the same object for a scheme
// read alike and a new one for a scheme whose figures changed.

#include "datasetgenerator.h"
#include "interchange/csvimporter.h"
#include "storage/browsestore.h"
#include "storage/statisticsloader.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <algorithm>

using namespace testsupport;

class tst_SchemeStatistics : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheReferenceQuery();
    void unchangedStatisticsAreKept_data();
    void unchangedStatisticsAreKept();
};

void tst_SchemeStatistics::matchesTheReferenceQuery()
{
    ShippedDatabase data;
    QVERIFY(data.open());
    const QString generated = data.dir.filePath(QStringLiteral("generated"));
    opcc::generator::DatasetGenerator generator({ 300, 9'000 }, 7);
    QString error;
    QVERIFY2(generator.writeTo(generated, &error), qPrintable(error));
    opcc::CsvImporter importer(data.db);
    const QDir dir(generated);
    QVERIFY(importer
                .run({ dir.filePath(QStringLiteral("schemes.csv")),
                         dir.filePath(QStringLiteral("outcomes.csv")) },
                    opcc::CsvImporter::Mode::Write)
                .written);

    // The headline: not a baseline, a count before other units, the largest value, the first
    // entered.
    QStringList expected;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
        db.setDatabaseName(data.path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(R"(
            WITH stats AS (
                SELECT s.id AS scheme_id,
                       (SELECT COUNT(*) FROM figure c WHERE c.scheme_id = s.id) AS figure_count,
                       (SELECT f.id FROM figure f JOIN measure m ON m.id = f.measure_id
                         WHERE f.scheme_id = s.id
                         ORDER BY f.baseline, m.unit <> 'count', f.value_x100 DESC, f.id
                         LIMIT 1) AS headline_id
                FROM scheme s)
            SELECT st.scheme_id, st.figure_count, m.key, f.value_x100, f.period_start, f.baseline
            FROM stats st JOIN figure f ON f.id = st.headline_id
            JOIN measure m ON m.id = f.measure_id ORDER BY st.scheme_id)")));
        while (q.next())
            expected.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                                .arg(q.value(0).toLongLong())
                                .arg(q.value(1).toInt())
                                .arg(q.value(2).toString())
                                .arg(q.value(3).toLongLong())
                                .arg(q.value(4).toString())
                                .arg(q.value(5).toInt()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reference"));

    QStringList actual;
    for (const opcc::SchemeStatistics &s : opcc::BrowseStore(data.db).statistics())
        actual.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                          .arg(s.schemeId)
                          .arg(s.figureCount)
                          .arg(s.headlineMeasure)
                          .arg(s.headline->value.hundredths())
                          .arg(s.headline->periodStart.toIsoString())
                          .arg(s.headline->baseline ? 1 : 0));
    QVERIFY(expected.size() > 300);
    QCOMPARE(actual, expected);
}

namespace {

QList<opcc::SharedStatistics> loaded(
    const QString &path, const QList<opcc::SharedStatistics> &previous = {})
{
    opcc::StatisticsLoader loader;
    QSignalSpy spy(&loader, &opcc::StatisticsLoader::loaded);
    loader.load(path, previous);
    if (!spy.wait(20000))
        return {};
    return spy.at(0).at(0).value<QList<opcc::SharedStatistics>>();
}

} // namespace

void tst_SchemeStatistics::unchangedStatisticsAreKept_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("countChange");
    QTest::addColumn<bool>("previousReversed"); // given in another order than they came
    // One figure of the scheme with the most figures, changed after the first load.
    const QString removed = QStringLiteral("DELETE FROM figure WHERE id = :figure");
    const QString raised = QStringLiteral(
        "UPDATE figure SET value_x100 = value_x100 + 1000000000 WHERE id = :figure");
    QTest::newRow("a figure removed") << removed << -1 << false;
    QTest::newRow("the headline's value raised") << raised << 0 << false;
    QTest::newRow("a figure removed, previous reversed") << removed << -1 << true;
    QTest::newRow("the headline's value raised, previous reversed") << raised << 0 << true;
}

void tst_SchemeStatistics::unchangedStatisticsAreKept()
{
    QFETCH(QString, change);
    QFETCH(int, countChange);
    QFETCH(bool, previousReversed);
    ShippedDatabase data;
    QVERIFY(data.open());
    const QList<opcc::SharedStatistics> first = loaded(data.path);
    QVERIFY(first.size() > 10);

    QSqlQuery q(QSqlDatabase::database(data.db.connectionName()));
    QVERIFY(q.exec(QStringLiteral("SELECT scheme_id, max(id) FROM figure GROUP BY scheme_id "
                                  "ORDER BY count(*) DESC, scheme_id LIMIT 1"))
        && q.next());
    const qint64 changed = q.value(0).toLongLong();
    const qint64 figure = q.value(1).toLongLong();
    q.finish();
    QVERIFY(q.prepare(change));
    q.bindValue(QStringLiteral(":figure"), figure);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);

    QList<opcc::SharedStatistics> previous = first;
    if (previousReversed)
        std::reverse(previous.begin(), previous.end());
    const QList<opcc::SharedStatistics> again = loaded(data.path, previous);
    QCOMPARE(again.size(), first.size());
    // Without the statistics before, every scheme's are made anew, equal to the kept ones.
    const QList<opcc::SharedStatistics> fresh = loaded(data.path);
    QCOMPARE(fresh.size(), again.size());
    QSet<QString> words; // each stored once by the first load
    for (const opcc::SharedStatistics &scheme : first)
        words << scheme->measure << scheme->periodLabel << scheme->source;
    int kept = 0;
    for (qsizetype i = 0; i < again.size(); ++i) {
        const opcc::SharedStatistics &before = first.at(i);
        const opcc::SharedStatistics &now = again.at(i);
        QCOMPARE(now->schemeId, before->schemeId);
        QVERIFY(*now == *fresh.at(i));
        QVERIFY(now != fresh.at(i));
        if (now->schemeId == changed) {
            QVERIFY(now != before);
            QCOMPARE(now->figureCount, before->figureCount + countChange);
            QVERIFY(!(*now == *before));
            // Its words that the statistics before held are their copies, not new ones.
            int heldBefore = 0;
            for (const QString &word : { now->measure, now->periodLabel, now->source }) {
                const auto held = words.constFind(word);
                if (word.isEmpty() || held == words.cend())
                    continue;
                QVERIFY2(held->isSharedWith(word), qPrintable(word));
                ++heldBefore;
            }
            QVERIFY(heldBefore > 0);
        } else {
            QCOMPARE(now, before);
            ++kept;
        }
    }
    QCOMPARE(kept, first.size() - 1);
}

QTEST_GUILESS_MAIN(tst_SchemeStatistics)
#include "tst_schemestatistics.moc"
