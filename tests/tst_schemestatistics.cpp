// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database::schemeStatistics() (one pass over the figures through the C API) against the query
// that states what it means, on a generated register: every scheme's figure count and headline.

#include "datasetgenerator.h"
#include "interchange/csvimporter.h"
#include "storage/browsestore.h"
#include "testsupport.h"

using namespace testsupport;

class tst_SchemeStatistics : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheReferenceQuery();
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

QTEST_GUILESS_MAIN(tst_SchemeStatistics)
#include "tst_schemestatistics.moc"
