// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Indexes left out of a large all-or-nothing write and made again at its end, in the same
// transaction: the full-text indexes find (or no longer find) what the write added, changed and
// removed as the triggers would have, the figure table's indexes hold every figure, the triggers
// and indexes are back as they were, and a rollback undoes the lot.

#include "storage/figurestore.h"
#include "storage/indexsuspension.h"
#include "storage/schemestore.h"
#include "storage/searchstore.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace opcc;
using namespace testsupport;

namespace {

// Each row's first column of a query, in order.
QStringList rowsOf(const Database &db, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(db.connectionName(), false));
    query.exec(sql);
    QStringList all;
    while (query.next())
        all.append(query.value(0).toString());
    return all;
}

// The triggers' names and SQL, as the schema has them.
QStringList triggers(const Database &db)
{
    return rowsOf(db,
        QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' "
                       "ORDER BY name"));
}

// The figure table's indexes by measure and by document, with their SQL.
QStringList figureIndexes(const Database &db)
{
    return rowsOf(db,
        QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' "
                       "AND name IN ('figure_measure', 'figure_source') ORDER BY name"));
}

// A query's single value, as text.
QString valueOf(const Database &db, const QString &sql)
{
    return rowsOf(db, sql).value(0);
}

// FTS5's own check that each index holds exactly what its table does.
bool indexesIntact(const Database &db)
{
    QSqlQuery query(QSqlDatabase::database(db.connectionName(), false));
    for (const char *table : { "figure_fts", "source_fts" }) {
        if (!query.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')")
                            .arg(QLatin1String(table))))
            return false;
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(QList<IndexSuspension::Kind>)

class tst_IndexSuspension : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rebuiltAtTheEnd_data();
    void rebuiltAtTheEnd();
    void rollbackPutsTriggersBack();
    void figureIndexesMadeAgain();
    void figureIndexesKeptWhileAStatementReads();

private:
    // The writes of a small "import": a scheme with an organisation and a figure, a figure of
    // an existing scheme changed, a scheme removed.
    bool write();

    std::unique_ptr<ShippedDatabase> m_data;
    qint64 m_scheme = 0;
};

void tst_IndexSuspension::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
}

void tst_IndexSuspension::cleanup()
{
    m_data.reset();
}

bool tst_IndexSuspension::write()
{
    Database &db = m_data->db;
    Scheme scheme;
    scheme.name = QStringLiteral("Quillhaven outreach");
    scheme.areas = { QStringLiteral("Kent") };
    scheme.strand = Strand::Treatment;
    scheme.description = QStringLiteral("Runs from the Zanzibarish centre.");
    scheme.source = QStringLiteral("Umbervale Commissioning Report");
    scheme.organisations = { { QStringLiteral("Yarrowfield Trust"), Role::Funder } };
    const auto id = SchemeStore(db).insert(scheme);
    if (!id)
        return false;
    m_scheme = *id;
    Figure figure;
    figure.schemeId = m_scheme;
    figure.measure = QStringLiteral("referrals");
    figure.value = Decimal::fromInteger(12);
    figure.quote = QStringLiteral("twelve were referred to the Quokkaword service");
    figure.source = QStringLiteral("Umbervale Commissioning Report");
    if (!FigureStore(db).insert(figure))
        return false;
    const qint64 divert = SchemeStore::reader(db)
                              .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))
                              .value_or(0);
    QList<Figure> figures = FigureStore::reader(db).ofScheme(divert);
    if (figures.isEmpty())
        return false;
    figures.first().note = QStringLiteral("Narwhalnote recounted");
    if (!FigureStore(db).update(figures.first()))
        return false;
    const qint64 bathurst
        = SchemeStore::reader(db)
              .idOf(QStringLiteral("Operation Bathurst"), QStringLiteral("Durham"))
              .value_or(0);
    return bathurst != 0 && SchemeStore(db).remove(bathurst);
}

void tst_IndexSuspension::rebuiltAtTheEnd_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QList<IndexSuspension::Kind>>("kinds");
    const QList<std::pair<const char *, QList<IndexSuspension::Kind>>> suspended {
        { "schemes and documents", { IndexSuspension::Kind::Search } },
        { "figures", { IndexSuspension::Kind::FigureSearch } },
        { "all", { IndexSuspension::Kind::Search, IndexSuspension::Kind::FigureSearch } },
    };
    const QList<std::pair<const char *, std::pair<QString, bool>>> words {
        { "a new scheme's details", { QStringLiteral("zanzibarish"), true } },
        { "its organisation", { QStringLiteral("yarrowfield"), true } },
        { "its figure's quote", { QStringLiteral("quokkaword"), true } },
        { "its new document", { QStringLiteral("umbervale"), true } },
        { "a figure's note changed", { QStringLiteral("narwhalnote"), true } },
        { "a scheme removed", { QStringLiteral("bathurst"), false } },
    };
    for (const auto &[kindsName, kinds] : suspended) {
        for (const auto &[wordName, word] : words) {
            QTest::addRow("%s, %s", kindsName, wordName) << word.first << word.second << kinds;
        }
    }
}

void tst_IndexSuspension::rebuiltAtTheEnd()
{
    QFETCH(QString, word);
    QFETCH(bool, found);
    QFETCH(QList<IndexSuspension::Kind>, kinds);
    Database &db = m_data->db;
    const QStringList before = triggers(db);
    QVERIFY(before.size() >= 10);
    Database::Transaction transaction(db, Database::Transaction::Nesting::Whole);
    QVERIFY(transaction.isActive());
    IndexSuspension suspension(db);
    for (IndexSuspension::Kind kind : std::as_const(kinds))
        QVERIFY2(suspension.suspend(kind), qPrintable(suspension.errorString()));
    QVERIFY(suspension.isSuspended());
    QVERIFY(triggers(db).size() < before.size());
    QVERIFY2(write(), qPrintable(db.errorString()));
    QVERIFY2(suspension.restore(), qPrintable(suspension.errorString()));
    QVERIFY(!suspension.isSuspended());
    QVERIFY(transaction.commit());
    QCOMPARE(triggers(db), before);
    QVERIFY(indexesIntact(db));
    const auto ids = SearchStore(db).schemesMatching(word);
    QVERIFY(ids);
    QCOMPARE(!ids->isEmpty(), found);
    if (found && word != QLatin1String("narwhalnote"))
        QVERIFY(ids->contains(m_scheme));
    // Every figure is in the figures' index once: as many documents as the table has rows.
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM figure_fts_docsize")),
        valueOf(db, QStringLiteral("SELECT count(*) FROM figure")));
}

void tst_IndexSuspension::rollbackPutsTriggersBack()
{
    Database &db = m_data->db;
    const QStringList before = triggers(db);
    const QStringList indexesBefore = figureIndexes(db);
    QCOMPARE(indexesBefore.size(), 2);
    {
        Database::Transaction transaction(db, Database::Transaction::Nesting::Whole);
        IndexSuspension suspension(db);
        QVERIFY(suspension.suspend(IndexSuspension::Kind::Search));
        QVERIFY(suspension.suspend(IndexSuspension::Kind::FigureSearch));
        QVERIFY(suspension.suspend(IndexSuspension::Kind::Figures));
        QCOMPARE(figureIndexes(db).size(), 0);
        QVERIFY(write());
        transaction.rollback();
    }
    QCOMPARE(triggers(db), before);
    QCOMPARE(figureIndexes(db), indexesBefore);
    QVERIFY(indexesIntact(db));
    QVERIFY(SearchStore(db).schemesMatching(QStringLiteral("zanzibarish"))->isEmpty());
    // The triggers work again.
    QVERIFY(write());
    QVERIFY(SearchStore(db).schemesMatching(QStringLiteral("zanzibarish"))->contains(m_scheme));
}

// The figure table's indexes by measure and by document, left out of a write and made again
// from their own SQL: the same definitions, every figure in them (read through each index by
// name, which fails if it is missing).
void tst_IndexSuspension::figureIndexesMadeAgain()
{
    Database &db = m_data->db;
    const QStringList before = figureIndexes(db);
    QCOMPARE(before.size(), 2);
    Database::Transaction transaction(db, Database::Transaction::Nesting::Whole);
    QVERIFY(transaction.isActive());
    IndexSuspension suspension(db);
    QVERIFY2(
        suspension.suspend(IndexSuspension::Kind::Figures), qPrintable(suspension.errorString()));
    QVERIFY(suspension.isSuspended());
    QCOMPARE(figureIndexes(db).size(), 0);
    QVERIFY2(write(), qPrintable(db.errorString()));
    QVERIFY2(suspension.restore(), qPrintable(suspension.errorString()));
    QVERIFY(!suspension.isSuspended());
    QVERIFY(transaction.commit());
    QCOMPARE(figureIndexes(db), before);
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(valueOf(db,
                 QStringLiteral("SELECT count(*) FROM figure INDEXED BY figure_measure "
                                "WHERE measure_id > 0")),
        valueOf(db, QStringLiteral("SELECT count(*) FROM figure")));
    // The write's new figure is found through the index by document.
    QCOMPARE(valueOf(db,
                 QStringLiteral("SELECT count(*) FROM figure INDEXED BY figure_source "
                                "WHERE source_id = (SELECT id FROM source_document "
                                "WHERE title = 'Umbervale Commissioning Report')")),
        QStringLiteral("1"));
}

// A statement of the connection still reading (a window's list read a part at a time): SQLite
// drops no index then, so they are kept and the write goes on with them.
void tst_IndexSuspension::figureIndexesKeptWhileAStatementReads()
{
    Database &db = m_data->db;
    const QStringList before = figureIndexes(db);
    Database::Transaction transaction(db, Database::Transaction::Nesting::Whole);
    QSqlQuery reading(QSqlDatabase::database(db.connectionName(), false));
    reading.setForwardOnly(true);
    QVERIFY(reading.exec(QStringLiteral("SELECT id FROM scheme")) && reading.next());
    IndexSuspension suspension(db);
    QVERIFY2(
        suspension.suspend(IndexSuspension::Kind::Figures), qPrintable(suspension.errorString()));
    QVERIFY(!suspension.isSuspended());
    QCOMPARE(figureIndexes(db), before);
    QVERIFY2(write(), qPrintable(db.errorString()));
    QVERIFY(suspension.restore());
    reading.finish();
    QVERIFY(transaction.commit());
    QCOMPARE(figureIndexes(db), before);
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(tst_IndexSuspension)
#include "tst_indexsuspension.moc"
