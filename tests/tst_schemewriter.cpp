// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Writing a change to a scheme: one transaction, one audit entry with the record before and
// after, nothing written when the record is invalid or another copy changed it first.

#include "editing/schemewriter.h"
#include "editsupport.h"
#include "storage/auditstore.h"
#include "storage/browsestore.h"
#include "storage/figurestore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace opcc;
using namespace testsupport;
using namespace editsupport;

class tst_SchemeWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createIsOneTransactionWithAudit();
    void updateAuditsBeforeAndAfter();
    void deleteAuditsWholeRecord();
    void invalidRecordWritesNothing_data();
    void invalidRecordWritesNothing();
    void staleSchemeIsAConflict();
    void staleFigureIsAConflict();
    void failureHalfWayRollsBack();

private:
    QJsonObject json(const QString &text) const
    {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }
    qint64 divertId() const
    {
        return *SchemeStore::reader(m_data->db)
                    .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    }

    std::unique_ptr<ShippedDatabase> m_data;
};

void tst_SchemeWriter::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
}

void tst_SchemeWriter::cleanup()
{
    m_data.reset();
}

void tst_SchemeWriter::createIsOneTransactionWithAudit()
{
    Database &db = m_data->db;
    const qint64 old = *SchemeStore::reader(db).idOf(
        QStringLiteral("Offender to Rehab"), QStringLiteral("West Midlands"));
    QVERIFY(SchemeStore(db).remove(old));
    const int auditBefore = int(AuditStore::reader(db).entries().size());
    QSignalSpy changed(&db, &Database::changed);
    QVERIFY(changed.isValid());

    SchemeWriter writer(db);
    SchemeWriter::Change change;
    change.to = offenderToRehab();
    change.summary = QStringLiteral("New scheme");
    const auto result = writer.apply(change);
    QVERIFY2(result, qPrintable(writer.errorString()));
    QCOMPARE(changed.count(), 1); // one commit
    QVERIFY(result->stored);
    const qint64 id = result->stored->scheme.id;
    QVERIFY(id > 0);
    QCOMPARE(result->stored->figures.size(), 2);
    for (const Figure &f : result->stored->figures) {
        QVERIFY(f.id > 0);
        QCOMPARE(f.schemeId, id);
    }
    QVERIFY(result->createdOrganisations.isEmpty()); // "PCC" was known

    const auto log = AuditStore::reader(db).entries();
    QCOMPARE(log.size(), auditBefore + 1);
    const AuditStore::Entry &entry = log.last();
    QCOMPARE(entry.action, QStringLiteral("create"));
    QCOMPARE(entry.entity, QStringLiteral("scheme"));
    QCOMPARE(entry.entityId, id);
    QCOMPARE(entry.summary, QStringLiteral("New scheme"));
    QVERIFY(!entry.osUser.isEmpty());
    QCOMPARE(entry.osUser, editsupport::osUser());
    QVERIFY(QDateTime::fromString(entry.at, Qt::ISODate).isValid());
    QVERIFY(entry.beforeJson.isEmpty());
    const QJsonObject after = json(entry.afterJson);
    QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("Offender to Rehab"));
    QCOMPARE(after.value(QStringLiteral("area")).toString(), QStringLiteral("West Midlands"));
    QCOMPARE(after.value(QStringLiteral("funders")).toString(), QStringLiteral("PCC"));
    QCOMPARE(after.value(QStringLiteral("figures")).toArray().size(), 2);
}

void tst_SchemeWriter::updateAuditsBeforeAndAfter()
{
    Database &db = m_data->db;
    SchemeWriter writer(db);
    const SchemeRecord before = *writer.read(divertId());
    SchemeRecord after = before;
    after.scheme.status = Status::Ended;
    after.scheme.end = *PartialDate::parse(u"2024-03");
    after.figures[1].value = Decimal::fromInteger(1000); // assessments, a count
    SchemeWriter::Change change { before, after, SchemeWriter::Check::RowVersions,
        QStringLiteral("Edit"), {}, {} };
    const auto result = writer.apply(change);
    QVERIFY2(result, qPrintable(writer.errorString()));
    QCOMPARE(result->stored->scheme.rowVersion, before.scheme.rowVersion + 1);
    QCOMPARE(result->stored->scheme.status, Status::Ended);

    const auto log = AuditStore::reader(db).entries(QStringLiteral("scheme"), divertId());
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, QStringLiteral("update"));
    const QJsonObject was = json(log.first().beforeJson);
    const QJsonObject now = json(log.first().afterJson);
    QCOMPARE(was.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(now.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
    QCOMPARE(now.value(QStringLiteral("end")).toString(), QStringLiteral("2024-03"));
    const QJsonObject figureBefore
        = was.value(QStringLiteral("figures")).toArray().at(1).toObject();
    const QJsonObject figureAfter = now.value(QStringLiteral("figures")).toArray().at(1).toObject();
    QCOMPARE(figureBefore.value(QStringLiteral("id")), figureAfter.value(QStringLiteral("id")));
    QCOMPARE(figureAfter.value(QStringLiteral("value")).toString(), QStringLiteral("1000"));
    QVERIFY(figureBefore.value(QStringLiteral("value")).toString() != QLatin1String("1000"));
}

void tst_SchemeWriter::deleteAuditsWholeRecord()
{
    Database &db = m_data->db;
    SchemeWriter writer(db);
    const qint64 id = divertId();
    const SchemeRecord before = *writer.read(id);
    const int figures = BrowseStore(db).figureCount();
    SchemeWriter::Change change;
    change.from = before;
    change.summary = QStringLiteral("Delete");
    QVERIFY(writer.apply(change));
    QVERIFY(!SchemeStore::reader(db).scheme(id));
    QCOMPARE(BrowseStore(db).figureCount(), figures - int(before.figures.size()));
    const auto log = AuditStore::reader(db).entries(QStringLiteral("scheme"), id);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, QStringLiteral("delete"));
    QVERIFY(log.first().afterJson.isEmpty());
    QCOMPARE(json(log.first().beforeJson).value(QStringLiteral("figures")).toArray().size(),
        before.figures.size());
}

void tst_SchemeWriter::invalidRecordWritesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicateNameArea") << "duplicate"
                                       << "There is already a scheme called \"DIVERT\" in West "
                                          "Mercia; open that one to change it, or give this one "
                                          "another name.";
    QTest::newRow("percentOver100") << "percent"
                                    << "A percentage must be between 0 and 100.";
    QTest::newRow("missingArea")
        << "area"
        << "A scheme needs at least one police force area (or \"National\").";
    QTest::newRow("twinFigures") << "twins"
                                 << "Figure 1 already has this measure, period, rate and baseline; "
                                    "change one of them or remove a figure.";
}

void tst_SchemeWriter::invalidRecordWritesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    Database &db = m_data->db;
    const QStringList before = databaseDump(m_data->path);
    const int audit = int(AuditStore::reader(db).entries().size());
    SchemeRecord record;
    record.scheme.name = QStringLiteral("New scheme");
    record.scheme.areas = { QStringLiteral("Kent") };
    record.scheme.strand = Strand::Demand;
    if (what == QLatin1String("duplicate")) {
        record.scheme.name = QStringLiteral("DIVERT");
        record.scheme.areas = { QStringLiteral("West Mercia") };
    } else if (what == QLatin1String("percent")) {
        Figure f = figure(QStringLiteral("not_reoffended_rate"), 0);
        f.value = Decimal::fromHundredths(10050);
        record.figures = { f };
    } else if (what == QLatin1String("area")) {
        record.scheme.areas.clear();
    } else if (what == QLatin1String("twins")) {
        record.figures
            = { figure(QStringLiteral("referrals"), 3), figure(QStringLiteral("referrals"), 4) };
    }
    SchemeWriter writer(db);
    SchemeWriter::Change change;
    change.to = record;
    QVERIFY(!writer.apply(change));
    QCOMPARE(writer.problem(), SchemeWriter::Problem::Invalid);
    QCOMPARE(writer.errorString(), message);
    QCOMPARE(databaseDump(m_data->path), before);
    QCOMPARE(AuditStore::reader(db).entries().size(), audit);
}

void tst_SchemeWriter::staleSchemeIsAConflict()
{
    // Two copies of the app on one file: each has its own connection.
    Database other;
    QVERIFY(other.open(m_data->path).ok());
    SchemeWriter mine(m_data->db);
    SchemeWriter theirs(other);
    const SchemeRecord opened = *mine.read(divertId());

    SchemeRecord changed = *theirs.read(divertId());
    changed.scheme.summary = QStringLiteral("Their summary, changed");
    QVERIFY(theirs.apply({ *theirs.read(divertId()), changed, SchemeWriter::Check::RowVersions,
        QStringLiteral("theirs"), {}, {} }));

    SchemeRecord myEdit = opened;
    myEdit.scheme.summary = QStringLiteral("My summary");
    const QStringList before = databaseDump(m_data->path);
    QVERIFY(!mine.apply(
        { opened, myEdit, SchemeWriter::Check::RowVersions, QStringLiteral("mine"), {}, {} }));
    QCOMPARE(mine.problem(), SchemeWriter::Problem::Conflict);
    QCOMPARE(mine.errorString(),
        QStringLiteral(
            "\"DIVERT\" was changed in another copy of OPCC Schemes since you opened it."));
    QCOMPARE(databaseDump(m_data->path), before);
    QCOMPARE(SchemeStore::reader(m_data->db).scheme(divertId())->summary,
        QStringLiteral("Their summary, changed"));
    const auto log = AuditStore::reader(m_data->db).entries(QStringLiteral("scheme"), divertId());
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().summary, QStringLiteral("theirs"));

    // Deleted underneath.
    SchemeWriter::Change removal;
    removal.from = *theirs.read(divertId());
    QVERIFY(theirs.apply(removal));
    QVERIFY(!mine.apply({ opened, myEdit, SchemeWriter::Check::RowVersions, {}, {}, {} }));
    QCOMPARE(mine.problem(), SchemeWriter::Problem::Conflict);
    QVERIFY(mine.errorString().contains(QLatin1String("was deleted")));
}

void tst_SchemeWriter::staleFigureIsAConflict()
{
    Database other;
    QVERIFY(other.open(m_data->path).ok());
    SchemeWriter mine(m_data->db);
    const SchemeRecord opened = *mine.read(divertId());
    // The other copy corrects one figure through the database class directly.
    Figure corrected = FigureStore::reader(other).ofScheme(divertId()).first();
    corrected.note = QStringLiteral("corrected by the provider");
    QVERIFY(FigureStore(other).update(corrected));
    QCOMPARE(FigureStore::reader(other).ofScheme(divertId()).first().rowVersion,
        corrected.rowVersion + 1);

    SchemeRecord myEdit = opened;
    myEdit.scheme.status = Status::Ended;
    QVERIFY(!mine.apply({ opened, myEdit, SchemeWriter::Check::RowVersions, {}, {}, {} }));
    QCOMPARE(mine.problem(), SchemeWriter::Problem::Conflict);
    QCOMPARE(SchemeStore::reader(m_data->db).scheme(divertId())->status, Status::Active);
    QCOMPARE(FigureStore::reader(m_data->db).ofScheme(divertId()).first().note,
        QStringLiteral("corrected by the provider"));
}

void tst_SchemeWriter::failureHalfWayRollsBack()
{
    Database &db = m_data->db;
    QVERIFY(runRawSql(m_data->path,
        { QStringLiteral("CREATE TRIGGER refuse_figures BEFORE INSERT ON figure "
                         "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END") }));
    const QStringList before = databaseDump(m_data->path);
    const int audit = int(AuditStore::reader(db).entries().size());
    SchemeRecord record = offenderToRehab();
    record.scheme.name = QStringLiteral("Offender to Rehab 2");
    SchemeWriter writer(db);
    SchemeWriter::Change change;
    change.to = record;
    QVERIFY(!writer.apply(change));
    QCOMPARE(writer.problem(), SchemeWriter::Problem::Failed);
    QVERIFY2(writer.errorString().contains(QLatin1String("the disk is full")),
        qPrintable(writer.errorString()));
    QCOMPARE(databaseDump(m_data->path), before); // the scheme row went too
    QCOMPARE(AuditStore::reader(db).entries().size(), audit);
}

QTEST_GUILESS_MAIN(tst_SchemeWriter)
#include "tst_schemewriter.moc"
