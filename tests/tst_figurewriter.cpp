// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The bulk writer of an import's figures, on both engines: what it inserts, updates and leaves,
// and the figures it refuses because an earlier one of the same import had their identity
// (scheme, measure, period, per and baseline), named by the earlier one's tag, whether that
// earlier figure was new or stored before, in the same writer or an earlier one of the import.

#include "interchange/shippeddataset.h"
#include "pgserver.h"
#include "storage/figurestore.h"
#include "storage/figurewriter.h"
#include "storage/rowwriter.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace opcc;
using namespace testsupport;

class tst_FigureWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_db.reset(); }
    void writes_data();
    void writes();
    void refusedFigureIsNamed_data();
    void refusedFigureIsNamed();
    void updatedTextsAreSearched_data();
    void updatedTextsAreSearched();
    void newFiguresKeepTheirTexts_data();
    void newFiguresKeepTheirTexts();

private:
    bool open(const QString &engine);
    Figure figureOf(int year, int value) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_scheme = 0;
    int m_files = 0;
};

void tst_FigureWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
}

// A fresh register on the engine, with a scheme of no figures.
bool tst_FigureWriter::open(const QString &engine)
{
    m_db = std::make_unique<Database>();
    const QString address = engine == QLatin1String("sqlite")
        ? m_dir.filePath(QStringLiteral("writer-%1.sqlite").arg(++m_files))
        : PgServer::instance().createDatabase();
    const auto opened = shippeddataset::openOrCreate(*m_db, address);
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.message));
        return false;
    }
    Scheme scheme;
    scheme.name = QStringLiteral("Writer test scheme");
    scheme.areas = { QStringLiteral("Kent") };
    scheme.strand = Strand::Treatment;
    const auto id = SchemeStore(*m_db).insert(scheme);
    if (!id)
        return false;
    m_scheme = *id;
    return true;
}

Figure tst_FigureWriter::figureOf(int year, int value) const
{
    Figure figure;
    figure.schemeId = m_scheme;
    figure.measure = QStringLiteral("referrals");
    figure.value = Decimal::fromInteger(value);
    figure.periodStart = *PartialDate::parse(QString::number(year));
    figure.periodEnd = figure.periodStart;
    return figure;
}

// Figures as "YEAR=VALUE@TAG", separated by spaces; stored ones without a tag.
// "FIRST-LAST=VALUE@TAG" stands for a figure of each year from FIRST to LAST, their tags counting
// up from TAG: more than the writer's batch of new figures (RowWriter::newFigureBatch) in a few
// words.
static QStringList figureItems(const QString &items)
{
    static const QRegularExpression range(QStringLiteral("^(\\d+)-(\\d+)=(\\d+)(?:@(\\d+))?$"));
    QStringList expanded;
    for (const QString &item : items.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = range.match(item);
        if (!match.hasMatch()) {
            expanded.append(item);
            continue;
        }
        const int first = match.captured(1).toInt();
        const int last = match.captured(2).toInt();
        const int tag = match.captured(4).toInt();
        for (int year = first; year <= last; ++year) {
            QString one = QStringLiteral("%1=%2").arg(year).arg(match.captured(3));
            if (tag > 0)
                one += QStringLiteral("@%1").arg(tag + year - first);
            expanded.append(one);
        }
    }
    return expanded;
}

void tst_FigureWriter::writes_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("stored"); // before the writers, "2019=1 ..."
    QTest::addColumn<QStringList>("writers"); // one writer each, in one transaction
    QTest::addColumn<QString>("duplicates"); // "TAG<EARLIER ..." in the order found
    QTest::addColumn<QString>("counts"); // inserted/updated/unchanged, all writers
    QTest::addColumn<QString>("after"); // the scheme's figures then, "YEAR=VALUE ..."

    struct Case
    {
        const char *name;
        QString stored;
        QStringList writers;
        QString duplicates;
        QString counts;
        QString after;
    };
    const QList<Case> cases {
        { "newOnly", {}, { "2020=5@2 2021=6@3" }, {}, "2/0/0", "2020=5 2021=6" },
        { "newTwice", {}, { "2020=5@2 2021=6@3 2020=7@4" }, "4<2", "2/0/0", "2020=5 2021=6" },
        { "newThreeTimes", {}, { "2020=5@2 2020=6@3 2020=7@4" }, "3<2 4<2", "1/0/0", "2020=5" },
        { "storedUpdatedTwice", "2019=1", { "2019=2@2 2019=3@3" }, "3<2", "0/1/0", "2019=2" },
        { "storedUnchangedThenChanged", "2019=1", { "2019=1@2 2019=9@5" }, "5<2", "0/0/1",
            "2019=1" },
        // After a stored figure the writer looks the next one up first: a duplicate of a new
        // figure is found that way too.
        { "newAfterStored", "2019=1", { "2020=5@2 2019=4@3 2020=8@4" }, "4<2", "1/1/0",
            "2019=4 2020=5" },
        { "storedThenNewThenBoth", "2019=1", { "2019=1@2 2021=3@3 2022=4@4 2019=2@5 2022=9@6" },
            "5<2 6<4", "2/0/1", "2019=1 2021=3 2022=4" },
        // Tags that do not follow each other (rows with errors between, or lines of a quoted
        // field) keep their own: the earlier tag named is the right one.
        { "tagsWithGaps", {}, { "2020=1@2 2021=2@7 2022=3@8 2023=4@20 2022=5@21 2020=6@22" },
            "21<8 22<2", "4/0/0", "2020=1 2021=2 2022=3 2023=4" },
        { "acrossWriters", "2019=1", { "2020=5@2 2019=2@3", "2020=6@2 2019=3@3 2021=7@4" },
            "2<2 3<3", "2/1/0", "2019=2 2020=5 2021=7" },
        // Eighty new figures: a batch in one statement (RowWriter::newFigureBatch, fewer than
        // eighty: checked in writes()), the rest one at a time.
        { "batchOfNew", {}, { "1990-2069=1@100" }, {}, "80/0/0", "1990-2069=1" },
        // A duplicate inside the batch is found through the figure the same statement inserted.
        { "batchWithDuplicate", {}, { "1990-2029=1@100 1995=7@200 2030-2069=1@140" }, "200<105",
            "80/0/0", "1990-2069=1" },
        // A stored figure inside the batch: the others are inserted, it is updated, and the
        // figures after it are looked up first.
        { "batchWithStored", "2000=5", { "1990-2069=1@100" }, {}, "79/1/0", "1990-2069=1" },
        { "batchWithStoredThenDuplicate", "2000=5", { "1990-2069=1@100 2000=3@300 2001=4@301" },
            "300<110 301<111", "79/1/0", "1990-2069=1" },
        { "batchThenLaterWriter", {}, { "1990-2069=1@100", "2020=2@5 2070=3@6" }, "5<130", "81/0/0",
            "1990-2069=1 2070=3" },
    };
    for (const char *engine : { "sqlite", "postgresql" }) {
        for (const Case &c : cases) {
            QTest::addRow("%s-%s", engine, c.name)
                << QString::fromLatin1(engine) << c.stored << c.writers << c.duplicates << c.counts
                << c.after;
        }
    }
}

void tst_FigureWriter::writes()
{
    QFETCH(QString, engine);
    QFETCH(QString, stored);
    QFETCH(QStringList, writers);
    QFETCH(QString, duplicates);
    QFETCH(QString, counts);
    QFETCH(QString, after);
    QVERIFY(RowWriter::newFigureBatch < 80); // the batch cases fill a batch
    QVERIFY(open(engine));
    const auto parse = [](const QString &item, int *year, int *value, int *tag) {
        const QStringList parts = item.split(QRegularExpression(QStringLiteral("[=@]")));
        *year = parts.value(0).toInt();
        *value = parts.value(1).toInt();
        *tag = parts.value(2).toInt();
    };
    for (const QString &item : figureItems(stored)) {
        int year = 0, value = 0, tag = 0;
        parse(item, &year, &value, &tag);
        QVERIFY(FigureStore(*m_db).insert(figureOf(year, value)));
    }

    QStringList found;
    int inserted = 0, updated = 0, unchanged = 0;
    {
        Database::Transaction transaction(*m_db, Database::Transaction::Nesting::Whole);
        QVERIFY(transaction.isActive());
        WrittenFigures written;
        for (const QString &items : writers) {
            FigureWriter writer(*m_db, written);
            for (const QString &item : figureItems(items)) {
                int year = 0, value = 0, tag = 0;
                parse(item, &year, &value, &tag);
                writer.addFigure(figureOf(year, value), tag);
            }
            QVERIFY2(writer.finish(), qPrintable(m_db->errorString()));
            for (const FigureWriter::Duplicate &d : writer.duplicates())
                found.append(QStringLiteral("%1<%2").arg(d.tag).arg(d.earlierTag));
            inserted += writer.inserted();
            updated += writer.updated();
            unchanged += writer.unchanged();
        }
        QVERIFY(transaction.commit());
    }
    QCOMPARE(found.join(QLatin1Char(' ')), duplicates);
    QCOMPARE(QStringLiteral("%1/%2/%3").arg(inserted).arg(updated).arg(unchanged), counts);

    QMap<int, int> values;
    for (const Figure &f : FigureStore::reader(*m_db).ofScheme(m_scheme))
        values.insert(f.periodStart.year(), int(f.value.hundredths() / 100));
    QStringList figures;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        figures.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    QCOMPARE(figures, figureItems(after));
}

// A figure the database refuses (here its scheme does not exist) fails the writer. On a file it
// is named, whether it was in a batch of new figures written in one statement or written alone.
// On a server, where a refused statement ends what the transaction can write, the failure names
// the first figure of the batch sent, and says which lines the batch held.
void tst_FigureWriter::refusedFigureIsNamed_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("refused"); // the index of the figure refused, of 80
    for (const char *engine : { "sqlite", "postgresql" }) {
        QTest::addRow("%s-firstOfBatch", engine) << QString::fromLatin1(engine) << 0;
        QTest::addRow("%s-insideBatch", engine) << QString::fromLatin1(engine) << 37;
        QTest::addRow("%s-afterBatch", engine) << QString::fromLatin1(engine) << 75;
    }
}

void tst_FigureWriter::refusedFigureIsNamed()
{
    QFETCH(QString, engine);
    QFETCH(int, refused);
    QVERIFY(open(engine));
    Database::Transaction transaction(*m_db, Database::Transaction::Nesting::Whole);
    QVERIFY(transaction.isActive());
    WrittenFigures written;
    FigureWriter writer(*m_db, written);
    QVERIFY(RowWriter::newFigureBatch < 75); // the last case is after a batch
    for (int i = 0; i < 80; ++i) {
        Figure figure = figureOf(1990 + i, 1);
        if (i == refused)
            figure.schemeId = m_scheme + 1000;
        writer.addFigure(figure, 100 + i);
    }
    QVERIFY(!writer.finish());
    const QString error = m_db->errorString();
    QVERIFY2(error.contains(QLatin1String("foreign key"), Qt::CaseInsensitive), qPrintable(error));
    if (engine == QLatin1String("sqlite")) {
        QCOMPARE(writer.failedTag(), 100 + refused);
    } else {
        QCOMPARE(writer.failedTag(), 100);
        QVERIFY2(error.contains(QLatin1String("lines 100 to 179")), qPrintable(error));
    }
}

// A stored figure updated by an import is found by its texts as they are then: an update that
// leaves the texts as they were (most of a file imported again with new values) writes only the
// other fields, so that the full-text trigger does not fire; one that changes them updates the
// figure's row of the full-text index (on a file; a server indexes the row itself).
void tst_FigureWriter::updatedTextsAreSearched_data()
{
    QTest::addColumn<QString>("note"); // the figure's note in the file; "alpha" stored
    QTest::addColumn<int>("value"); // 1 stored
    QTest::addColumn<QString>("counts");
    QTest::newRow("valueOnly") << "alpha" << 2 << "0/1/0";
    QTest::newRow("noteOnly") << "beta" << 1 << "0/1/0";
    QTest::newRow("noteAndValue") << "beta" << 2 << "0/1/0";
    QTest::newRow("neither") << "alpha" << 1 << "0/0/1";
}

void tst_FigureWriter::updatedTextsAreSearched()
{
    QFETCH(QString, note);
    QFETCH(int, value);
    QFETCH(QString, counts);
    QVERIFY(open(QStringLiteral("sqlite")));
    Figure stored = figureOf(2019, 1);
    stored.note = QStringLiteral("alpha");
    QVERIFY(FigureStore(*m_db).insert(stored));
    {
        Database::Transaction transaction(*m_db, Database::Transaction::Nesting::Whole);
        QVERIFY(transaction.isActive());
        WrittenFigures written;
        FigureWriter writer(*m_db, written);
        Figure figure = figureOf(2019, value);
        figure.note = note;
        writer.addFigure(figure, 2);
        QVERIFY2(writer.finish(), qPrintable(m_db->errorString()));
        QCOMPARE(QStringLiteral("%1/%2/%3")
                     .arg(writer.inserted())
                     .arg(writer.updated())
                     .arg(writer.unchanged()),
            counts);
        QVERIFY(transaction.commit());
    }
    QSqlQuery query(QSqlDatabase::database(m_db->connectionName(), false));
    const auto found = [&query](const QString &word) {
        query.exec(QStringLiteral("SELECT count(*) FROM figure_fts WHERE figure_fts MATCH '%1'")
                       .arg(word));
        return query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(found(note), 1);
    if (note != QLatin1String("alpha"))
        QCOMPARE(found(QStringLiteral("alpha")), 0);
    QVERIFY2(query.exec(
                 QStringLiteral("INSERT INTO figure_fts (figure_fts) VALUES ('integrity-check')")),
        qPrintable(query.lastError().text()));
    const QList<Figure> figures = FigureStore::reader(*m_db).ofScheme(m_scheme);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().note, note);
    QCOMPARE(figures.first().value.hundredths(), qint64(value) * 100);
}

// New figures in a batch (whose texts the statement reads as UTF-8 bytes, on a file) and alone
// read back as they were written: texts beyond ASCII, empty ones (stored as '', never NULL),
// vocabulary keys and dates; stored as text, and found by the search.
void tst_FigureWriter::newFiguresKeepTheirTexts_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("word"); // a word of the note the search must find, or none
    for (const char *engine : { "sqlite", "postgresql" }) {
        const QString e = QString::fromLatin1(engine);
        QTest::addRow("%s:ascii", engine) << e << "Referrals from custody"
                                          << "\"47 adults\""
                                          << "2021/22"
                                          << "custody";
        QTest::addRow("%s:welsh", engine)
            << e << QStringLiteral("Atgyfeiriadau o\u2019r ddalfa, \u0175yr a \u0177d")
            << QStringLiteral("\u00a35,000 \u2013 \u201cgwasanaeth\u201d")
            << QStringLiteral("Ebrill\u2013Mawrth") << QStringLiteral("ddalfa");
        QTest::addRow("%s:empty", engine) << e << ""
                                          << ""
                                          << ""
                                          << "";
        QTest::addRow("%s:lines", engine) << e << "first line\nsecond, with a comma"
                                          << "it's \"quoted\"\ttoo"
                                          << "Q1"
                                          << "";
    }
}

void tst_FigureWriter::newFiguresKeepTheirTexts()
{
    QFETCH(QString, engine);
    QFETCH(QString, note);
    QFETCH(QString, quote);
    QFETCH(QString, label);
    QFETCH(QString, word);
    QVERIFY(RowWriter::newFigureBatch < 80); // a batch, then figures written alone
    QVERIFY(open(engine));
    QList<Figure> written;
    {
        Database::Transaction transaction(*m_db, Database::Transaction::Nesting::Whole);
        QVERIFY(transaction.isActive());
        WrittenFigures figures;
        FigureWriter writer(*m_db, figures);
        for (int i = 0; i < 80; ++i) {
            Figure figure = figureOf(1950 + i, i);
            figure.note = note;
            figure.quote = quote;
            figure.periodLabel = label;
            figure.qualifier = i % 2 ? Qualifier::AtLeast : Qualifier::Approx;
            figure.per = i % 3 ? Per::Year : Per::Month;
            figure.baseline = i % 5 == 0;
            figure.periodEnd = *PartialDate::parse(QStringLiteral("%1-03").arg(1951 + i));
            writer.addFigure(figure, i + 2);
            written.append(figure);
        }
        QVERIFY2(writer.finish(), qPrintable(m_db->errorString()));
        QCOMPARE(writer.inserted(), 80);
        // On a file, the first newFigureBatch went in one statement, its texts bound as UTF-8: not
        // one at a time after the statement was refused.
        if (engine == QLatin1String("sqlite"))
            QCOMPARE(writer.batches(), 1);
        QVERIFY(transaction.commit());
    }
    QList<Figure> read = FigureStore::reader(*m_db).ofScheme(m_scheme);
    QCOMPARE(read.size(), written.size());
    std::sort(read.begin(), read.end(), [](const Figure &a, const Figure &b) {
        return a.periodStart.year() < b.periodStart.year();
    });
    for (int i = 0; i < read.size(); ++i) {
        const Figure &a = read.at(i);
        const Figure &b = written.at(i);
        QCOMPARE(a.note, b.note);
        QCOMPARE(a.quote, b.quote);
        QCOMPARE(a.periodLabel, b.periodLabel);
        QCOMPARE(a.qualifier, b.qualifier);
        QCOMPARE(a.per, b.per);
        QCOMPARE(a.baseline, b.baseline);
        QCOMPARE(a.periodStart.toIsoString(), b.periodStart.toIsoString());
        QCOMPARE(a.periodEnd.toIsoString(), b.periodEnd.toIsoString());
        QCOMPARE(a.value.hundredths(), b.value.hundredths());
    }
    QSqlQuery query(QSqlDatabase::database(m_db->connectionName(), false));
    if (engine == QLatin1String("sqlite")) {
        // Text, not the blobs they were bound as: a blob would never equal a text again.
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*) FROM figure WHERE typeof(note) = 'text' AND typeof(quote) = 'text' "
            "AND typeof(period_label) = 'text' AND typeof(per) = 'text' "
            "AND typeof(qualifier) = 'text' AND typeof(period_start) = 'text' "
            "AND typeof(period_end) = 'text' AND scheme_id = %1")
                               .arg(m_scheme)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 80);
        if (!word.isEmpty()) {
            QVERIFY(query.exec(
                QStringLiteral("SELECT count(*) FROM figure_fts WHERE figure_fts MATCH '%1' "
                               "AND rowid IN (SELECT id FROM figure WHERE scheme_id = %2)")
                    .arg(word)
                    .arg(m_scheme)));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 80);
        }
    }
}

QTEST_GUILESS_MAIN(tst_FigureWriter)
#include "tst_figurewriter.moc"
