// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The undo journal (ChangeRecorder): a write recorded on any of the register's tables is taken
// back by applying its journal backwards and done again forwards, in this run or after the
// database was closed and opened again; a row changed since by someone else stops the whole of
// it, with the record named. Imports name the figures they insert by their ids instead of
// writing a journal row each: those are taken back and put back the same way.

#include "importfixture.h"
#include "storage/changerecorder.h"
#include "storage/database.h"
#include "storage/undostore.h"

#include <QSignalSpy>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace opcc;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

// Every table the journal records, whole, in a form that compares.
QStringList dump(Database &db)
{
    QStringList lines;
    for (const char *table : { "area", "organisation", "source_document", "measure", "scheme",
             "scheme_area", "scheme_organisation", "figure", "foi_request", "foi_request_scheme",
             "foi_time", "source_attachment" }) {
        QSqlQuery q(QSqlDatabase::database(db.connectionName()));
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)))) {
            lines.append(QStringLiteral("cannot read ") + QLatin1String(table));
            continue;
        }
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            const QSqlRecord record = q.record();
            for (int column = 0; column < record.count(); ++column) {
                const QVariant value = q.value(column);
                cells.append(record.fieldName(column) + QLatin1Char('=')
                    + (value.isNull() ? QStringLiteral("NULL")
                            : value.typeId() == QMetaType::QByteArray
                            ? QString::fromLatin1(value.toByteArray().toHex())
                            : value.toString()));
            }
            rows.append(cells.join(QLatin1Char('|')));
        }
        rows.sort();
        lines.append(QLatin1String(table) + QLatin1Char(':'));
        lines += rows;
    }
    return lines;
}

bool runAll(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(QSqlDatabase::database(db.connectionName()));
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

int journalRows(Database &db, qint64 journal = 0)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    q.prepare(QStringLiteral("SELECT count(*) FROM undo_journal WHERE ? = 0 OR journal = ?"));
    q.addBindValue(journal);
    q.addBindValue(journal);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// One recorded write of an area's region.
QByteArray recorded(Database &db, int n)
{
    ChangeRecorder recorder(db);
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    if (!q.exec(QStringLiteral("UPDATE area SET region = 'r%1' WHERE id = (SELECT min(id) FROM "
                               "area)")
                    .arg(n)))
        return {};
    return recorder.changes();
}

bool applied(Database &db, const QByteArray &changes, QString *error)
{
    Database::Transaction transaction(db);
    if (!transaction.isActive())
        return false;
    if (!ChangeRecorder::apply(db, changes, error))
        return false;
    return transaction.commit();
}

const QString scheme = QStringLiteral(
    "INSERT INTO scheme (id, name, area_key, strand) VALUES (900001, 'Doomed', 'Gwent', 'demand')");
const QString figure = QStringLiteral(
    "INSERT INTO figure (id, scheme_id, measure_id, value_x100) SELECT 900001, 900001, min(id), "
    "500 FROM measure");
const QString source
    = QStringLiteral("INSERT INTO source_document (id, title) VALUES (900001, 'Minutes')");
const QString request = QStringLiteral("INSERT INTO foi_request (id, reference, received) VALUES "
                                       "(900001, 'FOI/1', '2024-01-02')");

} // namespace

class tst_UndoJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }
    void init();
    void cleanup() { m_db.reset(); }
    void eachTable_data();
    void eachTable();
    void conflictNamesTheRecord_data();
    void conflictNamesTheRecord();
    void schemeDeletionRefusedWhenAFigureWasAddedSince();
    void nothingWrittenNothingRecorded();
    void importedFiguresByRange();
    void importedFigureChangedSinceIsNamed();
    void recorderStopsWithItsTransaction();
    void journalGoesWithItsStep();

private:
    bool reopen();

    ImportFixture m_fixture;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void tst_UndoJournal::init()
{
    m_fixture.renew();
    m_path = m_fixture.freshDatabase();
    QVERIFY(reopen());
}

bool tst_UndoJournal::reopen()
{
    m_db.reset();
    m_db = std::make_unique<Database>();
    return m_db->open(m_path).ok();
}

void tst_UndoJournal::eachTable_data()
{
    QTest::addColumn<QStringList>("setup"); // not recorded
    QTest::addColumn<QStringList>("write"); // recorded
    QTest::addColumn<QStringList>("interfere"); // another copy's change of the same row, after

    auto row = [](const char *name, const QStringList &setup, const QString &write,
                   const QString &interfere) {
        QTest::newRow(name) << setup << QStringList { write } << QStringList { interfere };
    };
    // Each table: a row inserted, updated and deleted.
    row("area insert", {},
        u"INSERT INTO area (id, name, region) VALUES (900001, 'Testshire', 'S')"_s,
        u"UPDATE area SET region = 'N' WHERE id = 900001"_s);
    row("area update", {},
        u"UPDATE area SET region = 'Elsewhere' WHERE id = (SELECT min(id) FROM area)"_s,
        u"UPDATE area SET region = 'Again' WHERE id = (SELECT min(id) FROM area)"_s);
    row("area delete", { u"INSERT INTO area (id, name) VALUES (900001, 'Gone shire')"_s },
        u"DELETE FROM area WHERE id = 900001"_s,
        u"INSERT INTO area (id, name) VALUES (900001, 'Other shire')"_s);
    row("organisation insert", {}, u"INSERT INTO organisation (id, name) VALUES (900001, 'Org')"_s,
        u"UPDATE organisation SET name = 'Org 2' WHERE id = 900001"_s);
    row("organisation update", { u"INSERT INTO organisation (id, name) VALUES (900001, 'Org')"_s },
        u"UPDATE organisation SET name = 'Org B' WHERE id = 900001"_s,
        u"UPDATE organisation SET name = 'Org C' WHERE id = 900001"_s);
    row("organisation delete", { u"INSERT INTO organisation (id, name) VALUES (900001, 'Org')"_s },
        u"DELETE FROM organisation WHERE id = 900001"_s,
        u"INSERT INTO organisation (id, name) VALUES (900001, 'Org again')"_s);
    row("source_document insert", {}, source,
        u"UPDATE source_document SET publisher = 'P' WHERE id = 900001"_s);
    row("source_document update", { source },
        u"UPDATE source_document SET publisher = 'PCC' WHERE id = 900001"_s,
        u"UPDATE source_document SET publisher = 'OPCC' WHERE id = 900001"_s);
    // The figure citing it loses its source (ON DELETE SET NULL) and gets it back.
    row("source_document delete",
        { source, scheme, figure, u"UPDATE figure SET source_id = 900001 WHERE id = 900001"_s },
        u"DELETE FROM source_document WHERE id = 900001"_s,
        u"INSERT INTO source_document (id, title) VALUES (900001, 'Other')"_s);
    row("measure insert", {},
        u"INSERT INTO measure (id, key, label, unit) VALUES (900001, 'hours', 'Hours', 'count')"_s,
        u"UPDATE measure SET label = 'Hours worked' WHERE id = 900001"_s);
    row("measure update", {},
        u"UPDATE measure SET description = 'd' WHERE id = (SELECT min(id) FROM measure)"_s,
        u"UPDATE measure SET description = 'e' WHERE id = (SELECT min(id) FROM measure)"_s);
    row("measure delete",
        { u"INSERT INTO measure (id, key, label, unit) VALUES (900001, 'hours', 'Hours', 'count')"_s },
        u"DELETE FROM measure WHERE id = 900001"_s,
        u"INSERT INTO measure (id, key, label, unit) VALUES (900001, 'days', 'Days', 'count')"_s);
    row("scheme insert", {}, scheme,
        u"UPDATE scheme SET summary = 's', row_version = row_version + 1 WHERE id = 900001"_s);
    row("scheme update", {},
        u"UPDATE scheme SET summary = 'changed', row_version = row_version + 1 WHERE id = (SELECT "
        "min(id) FROM scheme)"_s,
        u"UPDATE scheme SET summary = 'again', row_version = row_version + 1 WHERE id = (SELECT "
        "min(id) FROM scheme)"_s);
    // Its figure, links and FOI request link go with it (ON DELETE CASCADE) and come back.
    row("scheme delete",
        { scheme, figure, request,
            u"INSERT INTO scheme_area (scheme_id, area_id) SELECT 900001, min(id) FROM area"_s,
            u"INSERT INTO scheme_organisation (scheme_id, organisation_id, role) SELECT 900001, "
            "min(id), 'provider' FROM organisation"_s,
            u"INSERT INTO foi_request_scheme (request_id, scheme_id) VALUES (900001, 900001)"_s },
        u"DELETE FROM scheme WHERE id = 900001"_s,
        u"INSERT INTO scheme (id, name, area_key, strand) VALUES (900001, 'Squatter', 'Gwent', "
        "'demand')"_s);
    row("scheme_area insert", { scheme },
        u"INSERT INTO scheme_area (scheme_id, area_id) SELECT 900001, min(id) FROM area"_s,
        u"UPDATE scheme_area SET area_id = (SELECT max(id) FROM area) WHERE scheme_id = 900001"_s);
    row("scheme_area update",
        { scheme,
            u"INSERT INTO scheme_area (scheme_id, area_id) SELECT 900001, min(id) FROM area"_s },
        u"UPDATE scheme_area SET area_id = (SELECT max(id) FROM area) WHERE scheme_id = 900001"_s,
        u"DELETE FROM scheme_area WHERE scheme_id = 900001"_s);
    row("scheme_area delete",
        { scheme,
            u"INSERT INTO scheme_area (scheme_id, area_id) SELECT 900001, min(id) FROM area"_s },
        u"DELETE FROM scheme_area WHERE scheme_id = 900001"_s,
        u"INSERT INTO scheme_area (scheme_id, area_id) SELECT 900001, min(id) FROM area"_s);
    const QString link = QStringLiteral("INSERT INTO scheme_organisation (scheme_id, "
                                        "organisation_id, role) SELECT 900001, min(id), "
                                        "'provider' FROM organisation");
    row("scheme_organisation insert", { scheme }, link,
        u"UPDATE scheme_organisation SET position = 3 WHERE scheme_id = 900001"_s);
    row("scheme_organisation update", { scheme, link },
        u"UPDATE scheme_organisation SET position = 2 WHERE scheme_id = 900001"_s,
        u"UPDATE scheme_organisation SET position = 5 WHERE scheme_id = 900001"_s);
    row("scheme_organisation delete", { scheme, link },
        u"DELETE FROM scheme_organisation WHERE scheme_id = 900001"_s, link);
    row("figure insert", { scheme }, figure,
        u"UPDATE figure SET value_x100 = 7, row_version = row_version + 1 WHERE id = 900001"_s);
    row("figure update", { scheme, figure },
        u"UPDATE figure SET note = 'n', row_version = row_version + 1 WHERE id = 900001"_s,
        u"UPDATE figure SET note = 'm', row_version = row_version + 1 WHERE id = 900001"_s);
    row("figure delete", { scheme, figure }, u"DELETE FROM figure WHERE id = 900001"_s, figure);
    row("foi_request insert", {}, request,
        u"UPDATE foi_request SET notes = 'n', row_version = row_version + 1 WHERE id = 900001"_s);
    row("foi_request update", { request },
        u"UPDATE foi_request SET notes = 'x', row_version = row_version + 1 WHERE id = 900001"_s,
        u"UPDATE foi_request SET notes = 'y', row_version = row_version + 1 WHERE id = 900001"_s);
    const QString time = QStringLiteral(
        "INSERT INTO foi_time (id, request_id, on_date, minutes) VALUES (900001, 900001, "
        "'2024-01-03', 30)");
    row("foi_request delete", { request, time }, u"DELETE FROM foi_request WHERE id = 900001"_s,
        request);
    const QString concerns = QStringLiteral(
        "INSERT INTO foi_request_scheme (request_id, scheme_id) VALUES (900001, 900001)");
    row("foi_request_scheme insert", { request, scheme }, concerns,
        u"UPDATE foi_request_scheme SET position = 4 WHERE request_id = 900001"_s);
    row("foi_request_scheme update", { request, scheme, concerns },
        u"UPDATE foi_request_scheme SET position = 1 WHERE request_id = 900001"_s,
        u"UPDATE foi_request_scheme SET position = 2 WHERE request_id = 900001"_s);
    row("foi_request_scheme delete", { request, scheme, concerns },
        u"DELETE FROM foi_request_scheme WHERE request_id = 900001"_s, concerns);
    row("foi_time insert", { request }, time,
        u"UPDATE foi_time SET minutes = 40 WHERE id = 900001"_s);
    row("foi_time update", { request, time },
        u"UPDATE foi_time SET minutes = 50 WHERE id = 900001"_s,
        u"UPDATE foi_time SET minutes = 60 WHERE id = 900001"_s);
    row("foi_time delete", { request, time }, u"DELETE FROM foi_time WHERE id = 900001"_s, time);
    // Bytes, a null byte among them, through the journal's text images.
    const QString attachment = QStringLiteral(
        "INSERT INTO source_attachment (source_id, file_name, content) VALUES (900001, 'a.pdf', "
        "X'25504446000aff')");
    row("source_attachment insert", { source }, attachment,
        u"UPDATE source_attachment SET content = X'00' WHERE source_id = 900001"_s);
    row("source_attachment update", { source, attachment },
        u"UPDATE source_attachment SET content = X'ff00ee' WHERE source_id = 900001"_s,
        u"UPDATE source_attachment SET content = X'01' WHERE source_id = 900001"_s);
    row("source_attachment delete", { source, attachment },
        u"DELETE FROM source_attachment WHERE source_id = 900001"_s, attachment);
}

// A recorded write undone and redone, in this run and after a restart.
void tst_UndoJournal::eachTable()
{
    QFETCH(QStringList, setup);
    QFETCH(QStringList, write);
    QVERIFY(runAll(*m_db, setup));
    const QStringList before = dump(*m_db);
    QByteArray changes;
    {
        ChangeRecorder recorder(*m_db);
        QVERIFY2(recorder.isRecording(), qPrintable(recorder.errorString()));
        QVERIFY(runAll(*m_db, write));
        changes = recorder.changes();
        QVERIFY(!recorder.isRecording());
    }
    QVERIFY(!changes.isEmpty());
    const QStringList after = dump(*m_db);
    QVERIFY(after != before);
    QVERIFY(journalRows(*m_db) > 0);

    QString error;
    QVERIFY2(applied(*m_db, ChangeRecorder::inverted(changes), &error), qPrintable(error));
    QCOMPARE(dump(*m_db), before);
    QVERIFY2(applied(*m_db, changes, &error), qPrintable(error));
    QCOMPARE(dump(*m_db), after);

    // The journal is in the database: a later run undoes and redoes the same.
    QVERIFY(reopen());
    QVERIFY2(applied(*m_db, ChangeRecorder::inverted(changes), &error), qPrintable(error));
    QCOMPARE(dump(*m_db), before);
    QVERIFY2(applied(*m_db, changes, &error), qPrintable(error));
    QCOMPARE(dump(*m_db), after);
    // Writes after the recorder stopped are not recorded.
    const int rows = journalRows(*m_db);
    QVERIFY(runAll(*m_db, { QStringLiteral("UPDATE area SET region = 'later'") }));
    QCOMPARE(journalRows(*m_db), rows);
}

void tst_UndoJournal::conflictNamesTheRecord_data()
{
    eachTable_data();
}

// A link whose key another copy changed is a link removed (and another made): taking back its
// insertion leaves the other alone and refuses nothing. Every other row conflicts.
static bool refused()
{
    return QLatin1String(QTest::currentDataTag()) != QLatin1String("scheme_area insert");
}

// Another copy changed the row since: nothing is applied, either way, and the refusal says so.
void tst_UndoJournal::conflictNamesTheRecord()
{
    QFETCH(QStringList, setup);
    QFETCH(QStringList, write);
    QFETCH(QStringList, interfere);
    QVERIFY(runAll(*m_db, setup));
    QByteArray changes;
    {
        ChangeRecorder recorder(*m_db);
        QVERIFY(runAll(*m_db, write));
        changes = recorder.changes();
    }
    QVERIFY(!changes.isEmpty());
    QVERIFY(runAll(*m_db, interfere));
    const QStringList changed = dump(*m_db);
    QString error;
    if (!refused()) {
        QVERIFY2(applied(*m_db, ChangeRecorder::inverted(changes), &error), qPrintable(error));
        QCOMPARE(dump(*m_db), changed);
        return;
    }
    QVERIFY(!applied(*m_db, ChangeRecorder::inverted(changes), &error));
    QVERIFY2(error.startsWith(QStringLiteral("The register has changed since: "))
            && error.endsWith(QStringLiteral(" (here or in another copy of OPCC Schemes).")),
        qPrintable(error));
    QCOMPARE(dump(*m_db), changed);
}

void tst_UndoJournal::schemeDeletionRefusedWhenAFigureWasAddedSince()
{
    QByteArray changes;
    {
        ChangeRecorder recorder(*m_db);
        QVERIFY(runAll(*m_db, { scheme }));
        changes = recorder.changes();
    }
    QVERIFY(runAll(*m_db, { figure }));
    const QStringList changed = dump(*m_db);
    QString error;
    QVERIFY(!applied(*m_db, ChangeRecorder::inverted(changes), &error));
    QCOMPARE(error,
        QStringLiteral("The register has changed since: \"Doomed\" has been changed (here or in "
                       "another copy of OPCC Schemes)."));
    QCOMPARE(dump(*m_db), changed);
}

void tst_UndoJournal::nothingWrittenNothingRecorded()
{
    ChangeRecorder recorder(*m_db);
    QVERIFY(runAll(*m_db, { QStringLiteral("SELECT count(*) FROM scheme") }));
    QVERIFY(recorder.changes().isEmpty());
    QCOMPARE(journalRows(*m_db), 0);
}

// As an import records: figures inserted by their ids, one journal row for all of them; the
// rows it changed or made otherwise each with their images.
void tst_UndoJournal::importedFiguresByRange()
{
    const QStringList before = dump(*m_db);
    QByteArray changes;
    {
        Database::Transaction transaction(*m_db, Database::Transaction::Nesting::Whole);
        QVERIFY(transaction.isActive());
        ChangeRecorder recorder(*m_db, ChangeRecorder::Figures::NewByRange);
        QVERIFY(recorder.isRecording());
        QVERIFY(runAll(*m_db,
            { scheme,
                QStringLiteral("INSERT INTO figure (scheme_id, measure_id, value_x100, "
                               "period_start) SELECT 900001, id, 100, '2020' FROM measure"),
                QStringLiteral("UPDATE figure SET value_x100 = 9, row_version = row_version + 1 "
                               "WHERE id = (SELECT min(id) FROM figure)"),
                // A figure the import inserted and then changed again.
                QStringLiteral("UPDATE figure SET note = 'again', row_version = row_version + 1 "
                               "WHERE id = (SELECT max(id) FROM figure)") }));
        changes = recorder.changes();
        QVERIFY(transaction.commit());
    }
    QVERIFY(!changes.isEmpty());
    const QStringList after = dump(*m_db);
    QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
    // The scheme, the changed figure and one row for every inserted figure.
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(tbl || op, ' ') FROM (SELECT tbl, op FROM "
                                  "undo_journal ORDER BY seq)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("schemeI figureU figureR"));
    q.finish();

    const ChangeSet touched = ChangeRecorder::touched(*m_db, changes);
    QVERIFY(touched.schemesInserted.contains(900001));
    QVERIFY(touched.figuresOfSchemes.contains(900001));

    QString error;
    const QByteArray back = ChangeRecorder::inverted(changes);
    QVERIFY2(applied(*m_db, back, &error), qPrintable(error));
    QCOMPARE(dump(*m_db), before);
    const ChangeSet undone = ChangeRecorder::touched(*m_db, back);
    QVERIFY(undone.schemesRemoved.contains(900001));
    QVERIFY(undone.figuresOfSchemes.contains(900001));
    QVERIFY(reopen());
    QVERIFY2(applied(*m_db, changes, &error), qPrintable(error));
    QCOMPARE(dump(*m_db), after);
    QVERIFY2(applied(*m_db, back, &error), qPrintable(error));
    QCOMPARE(dump(*m_db), before);
}

void tst_UndoJournal::importedFigureChangedSinceIsNamed()
{
    QVERIFY(runAll(*m_db, { scheme }));
    QByteArray changes;
    {
        Database::Transaction transaction(*m_db, Database::Transaction::Nesting::Whole);
        ChangeRecorder recorder(*m_db, ChangeRecorder::Figures::NewByRange);
        QVERIFY(runAll(*m_db,
            { QStringLiteral("INSERT INTO figure (scheme_id, measure_id, value_x100, "
                             "period_start) SELECT 900001, id, 100, '2020' FROM measure "
                             "WHERE key = 'arrests'") }));
        changes = recorder.changes();
        QVERIFY(transaction.commit());
    }
    QVERIFY(runAll(*m_db,
        { QStringLiteral("UPDATE figure SET value_x100 = 7, row_version = row_version + 1 "
                         "WHERE scheme_id = 900001") }));
    const QStringList changed = dump(*m_db);
    QString error;
    QVERIFY(!applied(*m_db, ChangeRecorder::inverted(changes), &error));
    QCOMPARE(error,
        QStringLiteral("The register has changed since: a figure of \"Doomed\" (arrests, 2020) "
                       "has been changed (here or in another copy of OPCC Schemes)."));
    QCOMPARE(dump(*m_db), changed);
}

// A recording whose transaction is rolled back leaves no journal and no triggers behind.
void tst_UndoJournal::recorderStopsWithItsTransaction()
{
    {
        ChangeRecorder recorder(*m_db);
        {
            Database::Transaction transaction(*m_db, Database::Transaction::Nesting::Whole);
            QVERIFY(runAll(*m_db, { scheme }));
            transaction.rollback();
        }
        QVERIFY(recorder.changes().isEmpty());
    }
    QCOMPARE(journalRows(*m_db), 0);
    QVERIFY(runAll(*m_db, { scheme }));
    QCOMPARE(journalRows(*m_db), 0);
    QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_temp_schema WHERE type = 'trigger'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// A step's journal is deleted with the step: removed, undone and then overtaken, past the
// limit, or written again by an edit undone or redone.
void tst_UndoJournal::journalGoesWithItsStep()
{
    UndoStore store(*m_db, QStringLiteral("officer"));
    auto add = [&](int n) {
        UndoStore::Step step;
        step.text = QStringLiteral("step %1").arg(n);
        step.entity = QStringLiteral("import");
        step.changes = recorded(*m_db, n);
        return std::make_pair(store.add(step).value_or(0), step.changes);
    };
    const auto [first, firstChanges] = add(1);
    const auto [second, secondChanges] = add(2);
    QVERIFY(first != 0 && second != 0);
    const qint64 firstJournal = ChangeRecorder::journalOf(firstChanges);
    const qint64 secondJournal = ChangeRecorder::journalOf(secondChanges);
    QVERIFY(firstJournal != 0 && secondJournal != 0 && firstJournal != secondJournal);
    QCOMPARE(journalRows(*m_db, firstJournal), 1);

    QVERIFY(store.remove(first));
    QCOMPARE(journalRows(*m_db, firstJournal), 0);
    QCOMPARE(journalRows(*m_db, secondJournal), 1);

    // Written again: the new journal replaces the old.
    const QByteArray again = recorded(*m_db, 3);
    QVERIFY(store.update(second, false, again));
    QCOMPARE(journalRows(*m_db, secondJournal), 0);
    QCOMPARE(journalRows(*m_db, ChangeRecorder::journalOf(again)), 1);
    // Undone, then something else done: it can no longer be redone.
    add(4);
    QCOMPARE(journalRows(*m_db, ChangeRecorder::journalOf(again)), 0);

    // Only the newest steps are kept, and only their journals.
    for (int n = 0; n < UndoStore::limit; ++n)
        add(10 + n);
    QCOMPARE(store.steps().size(), UndoStore::limit);
    QCOMPARE(journalRows(*m_db), UndoStore::limit);
}

QTEST_GUILESS_MAIN(tst_UndoJournal)
#include "tst_undojournal.moc"
