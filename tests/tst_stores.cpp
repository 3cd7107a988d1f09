// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Each store alone, on a new empty database of its own: what it writes it reads back, its writes
// say in the transaction's ChangeSet what they changed, and a stale row version is refused.

#include "storage/auditstore.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opcc;

namespace {

Scheme sampleScheme()
{
    Scheme s;
    s.name = QStringLiteral("Keyworker pilot");
    s.areas = { QStringLiteral("Gwent") };
    s.strand = Strand::Treatment;
    s.start = *PartialDate::parse(QStringLiteral("2022-04"));
    s.summary = QStringLiteral("Keyworkers for people leaving custody.");
    s.source = QStringLiteral("Gwent OPCC annual report 2023");
    s.organisations = { { QStringLiteral("Kaleidoscope"), Role::Provider },
        { QStringLiteral("Gwent OPCC"), Role::Funder } };
    return s;
}

Figure sampleFigure(qint64 schemeId, int value)
{
    Figure f;
    f.schemeId = schemeId;
    f.measure = QStringLiteral("referrals");
    f.value = Decimal::fromInteger(value);
    f.periodStart = *PartialDate::parse(QStringLiteral("2023"));
    f.periodEnd = f.periodStart;
    f.source = QStringLiteral("Gwent OPCC annual report 2023");
    return f;
}

Measure referrals()
{
    Measure m;
    m.key = QStringLiteral("referrals");
    m.label = QStringLiteral("Referrals");
    m.unit = Unit::Count;
    m.higherIsBetter = true;
    return m;
}

} // namespace

class tst_Stores : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lookups();
    void audit();
    void schemes();
    void figures();
    void browse();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_Stores::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const auto created = m_db->create(m_dir->filePath(QStringLiteral("stores.sqlite")));
    QVERIFY2(created.ok(), qPrintable(created.message));
}

void tst_Stores::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_Stores::lookups()
{
    LookupStore store(*m_db);
    QSignalSpy changes(m_db.get(), &Database::recordsChanged);
    QVERIFY(changes.isValid());
    QVERIFY(
        store.insertArea({ 0, QStringLiteral("Gwent"), Nation::Wales, QStringLiteral("Wales") }));
    QCOMPARE(changes.count(), 1);
    QVERIFY(changes.constLast().at(0).value<ChangeSet>().lookups);
    QVERIFY(
        store.updateArea({ 0, QStringLiteral("gwent"), Nation::Wales, QStringLiteral("South") }));
    const QList<Area> areas = store.areas();
    QCOMPARE(areas.size(), 1);
    QCOMPARE(areas.constFirst().region, QStringLiteral("South"));

    QVERIFY(store.insertMeasure(referrals()));
    QVERIFY(!store.measure(QStringLiteral("arrests")));
    Measure changed = referrals();
    changed.label = QStringLiteral("Referrals made");
    QVERIFY(store.updateMeasure(changed));
    QCOMPARE(store.measure(QStringLiteral("referrals"))->label, QStringLiteral("Referrals made"));

    SourceDocument document;
    document.title = QStringLiteral("FOI 2023/117");
    document.kind = SourceKind::FoiResponse;
    const auto id = store.saveSource(document);
    QVERIFY(id);
    document.publisher = QStringLiteral("Gwent OPCC");
    QCOMPARE(store.saveSource(document), id); // the same title updates
    QCOMPARE(store.source(document.title)->publisher, QStringLiteral("Gwent OPCC"));
    QCOMPARE(store.sources().size(), 1);

    QVERIFY(store.addOrganisation(QStringLiteral("Kaleidoscope")));
    QVERIFY(store.addOrganisation(QStringLiteral("KALEIDOSCOPE"))); // one of that name already
    QCOMPARE(store.organisationNames(), QStringList { QStringLiteral("Kaleidoscope") });
    QVERIFY(store.deleteUnusedOrganisations({ QStringLiteral("Kaleidoscope") }));
    QVERIFY(store.organisationNames().isEmpty());
    QVERIFY(store.deleteUnusedSources({ document.title }));
    QVERIFY(store.sources().isEmpty());
}

void tst_Stores::audit()
{
    AuditStore store(*m_db);
    {
        Database::Transaction transaction(*m_db);
        QVERIFY(store.write(QStringLiteral("update"), QStringLiteral("scheme"), 7,
            QStringLiteral("Edit"), QStringLiteral("{}"), QStringLiteral("{\"name\":\"A\"}")));
        // Not committed: rolled back with its transaction.
    }
    QVERIFY(store.entries().isEmpty());
    Database::Transaction transaction(*m_db);
    QVERIFY(
        store.write(QStringLiteral("create"), QStringLiteral("scheme"), 7, QStringLiteral("New")));
    QVERIFY(
        store.write(QStringLiteral("create"), QStringLiteral("scheme"), 8, QStringLiteral("New")));
    QVERIFY(transaction.commit());
    QCOMPARE(store.entries().size(), 2);
    const auto seven = AuditStore::reader(*m_db).entries(QStringLiteral("scheme"), 7);
    QCOMPARE(seven.size(), 1);
    QCOMPARE(seven.constFirst().summary, QStringLiteral("New"));
    QVERIFY(!seven.constFirst().osUser.isEmpty());
    QVERIFY(store.entries(QStringLiteral("foi_request")).isEmpty());
}

void tst_Stores::schemes()
{
    SchemeStore store(*m_db);
    QSignalSpy changes(m_db.get(), &Database::recordsChanged);
    QVERIFY(changes.isValid());
    const auto id = store.insert(sampleScheme());
    QVERIFY2(id, qPrintable(m_db->errorString()));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.constLast().at(0).value<ChangeSet>().schemesInserted, QSet<qint64> { *id });
    // The area, organisations and document it named were made on the way.
    QCOMPARE(LookupStore::reader(*m_db).organisationNames().size(), 2);
    QCOMPARE(store.idOf(QStringLiteral("Keyworker pilot"), QStringLiteral("Gwent")), id);
    QCOMPARE(store.index().value(
                 SchemeStore::indexKey(QStringLiteral("Keyworker pilot"), QStringLiteral("Gwent"))),
        *id);

    Scheme read = *store.scheme(*id);
    QCOMPARE(read.source, sampleScheme().source);
    QCOMPARE(read.organisations.size(), 2);
    QCOMPARE(read.organisations.constFirst().name, QStringLiteral("Kaleidoscope"));
    QCOMPARE(read.rowVersion, 1);
    Scheme edited = read;
    edited.status = Status::Ended;
    QVERIFY(store.update(edited));
    QCOMPARE(changes.constLast().at(0).value<ChangeSet>().schemesUpdated, QSet<qint64> { *id });
    QVERIFY(!store.update(edited)); // its row version is now stale
    QCOMPARE(m_db->lastFailure(), Database::Failure::Conflict);
    QCOMPARE(store.schemes().size(), 1);
    QCOMPARE(store.schemes({ *id, 999 }).size(), 1);

    const Scheme before = *store.scheme(*id);
    QVERIFY(store.remove(*id));
    QVERIFY(!store.scheme(*id));
    QCOMPARE(m_db->lastFailure(), Database::Failure::NotFound);
    QVERIFY(store.restore(before));
    const Scheme restored = *store.scheme(*id);
    QCOMPARE(restored.rowVersion, before.rowVersion);
    QCOMPARE(restored.status, Status::Ended);
    QCOMPARE(restored.updatedAt, before.updatedAt);
}

void tst_Stores::figures()
{
    QVERIFY(LookupStore(*m_db).insertMeasure(referrals()));
    const qint64 scheme = *SchemeStore(*m_db).insert(sampleScheme());
    FigureStore store(*m_db);
    QSignalSpy changes(m_db.get(), &Database::recordsChanged);
    QVERIFY(changes.isValid());
    const auto id = store.insert(sampleFigure(scheme, 40));
    QVERIFY2(id, qPrintable(m_db->errorString()));
    QCOMPARE(
        changes.constLast().at(0).value<ChangeSet>().figuresOfSchemes, QSet<qint64> { scheme });
    Figure read = store.ofScheme(scheme).value(0);
    QCOMPARE(read.id, *id);
    QCOMPARE(read.value, Decimal::fromInteger(40));
    QCOMPARE(read.source, sampleFigure(scheme, 40).source);

    read.value = Decimal::fromInteger(41);
    QVERIFY(store.update(read));
    QVERIFY(!store.update(read)); // stale
    QCOMPARE(m_db->lastFailure(), Database::Failure::Conflict);
    QCOMPARE(store.upsert(sampleFigure(scheme, 41)), Database::Upsert::Unchanged);
    QCOMPARE(store.upsert(sampleFigure(scheme, 42)), Database::Upsert::Updated);
    Figure later = sampleFigure(scheme, 9);
    later.periodStart = *PartialDate::parse(QStringLiteral("2024"));
    later.periodEnd = later.periodStart;
    QCOMPARE(store.upsert(later), Database::Upsert::Inserted);
    QCOMPARE(store.ofMeasure(QStringLiteral("referrals")).size(), 2);
    QCOMPARE(store.ofMeasure(QStringLiteral("referrals"), { scheme }).size(), 2);
    QCOMPARE(store.all().size(), 2);
    int visited = 0;
    QVERIFY(!store.forEach([&visited](const Figure &) { return ++visited < 1; }));
    QCOMPARE(visited, 1); // stopped when asked

    Figure missing = sampleFigure(scheme, 1);
    missing.measure = QStringLiteral("arrests");
    QVERIFY(!store.insert(missing));
    QCOMPARE(m_db->lastFailure(), Database::Failure::NotFound);

    const Figure gone = store.ofScheme(scheme).constFirst();
    QVERIFY(store.remove(gone.id));
    QCOMPARE(store.ofScheme(scheme).size(), 1);
    QVERIFY(store.restore(gone));
    QCOMPARE(store.ofScheme(scheme).constFirst().id, gone.id);
}

void tst_Stores::browse()
{
    QVERIFY(LookupStore(*m_db).insertMeasure(referrals()));
    const qint64 scheme = *SchemeStore(*m_db).insert(sampleScheme());
    Scheme other = sampleScheme();
    other.name = QStringLiteral("Another pilot");
    other.organisations.clear();
    const qint64 second = *SchemeStore(*m_db).insert(other);
    QVERIFY(FigureStore(*m_db).insert(sampleFigure(scheme, 40)));
    Figure baseline = sampleFigure(scheme, 90);
    baseline.baseline = true;
    QVERIFY(FigureStore(*m_db).insert(baseline));

    const BrowseStore store(*m_db);
    QCOMPARE(store.schemeCount(), 2);
    QCOMPARE(store.figureCount(), 2);
    const QList<SchemeListing> listings = store.listings();
    QCOMPARE(listings.size(), 2);
    QCOMPARE(listings.constFirst().id, second); // sorted by name
    QCOMPARE(listings.constLast().providers, QStringList { QStringLiteral("Kaleidoscope") });
    QCOMPARE(listings.constLast().funders, QStringList { QStringLiteral("Gwent OPCC") });
    QCOMPARE(store.listings({ scheme }).size(), 1);

    const QList<SchemeStatistics> statistics = store.statistics();
    QCOMPARE(statistics.size(), 1); // only schemes with figures
    QCOMPARE(statistics.constFirst().figureCount, 2);
    QCOMPARE(statistics.constFirst().headline->value, Decimal::fromInteger(40)); // not the baseline
    QVERIFY(store.statistics({ second }).isEmpty());
    QCOMPARE(store.measureSchemeCounts().value(QStringLiteral("referrals")), 1);
    QVERIFY(!m_db->hasReadError());
}

QTEST_GUILESS_MAIN(tst_Stores)
#include "tst_stores.moc"
