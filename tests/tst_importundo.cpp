// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// An import is one step of the undo history (Edit > Undo takes the register back to what it was
// before the import, every table of it, and Redo does it again), and the undo history outlives
// the app: a later run on the same database undoes and redoes the same steps, and refuses,
// saying which record, when a record has changed since.

#include "editing/schemeeditor.h"
#include "editsupport.h"
#include "importfixture.h"
#include "interchange/csvimporter.h"
#include "storage/changerecorder.h"
#include "storage/figurestore.h"
#include "storage/schemestore.h"
#include "storage/undostore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using editsupport::databaseDump;

namespace {

const QByteArray schemesCsv = "name,area,strand,status,providers\n"
                              "DIVERT,West Mercia,demand,ended,Cranstoun\n"
                              "Keyworker pilot,Gwent,treatment,pilot,Kaleidoscope\n";
const QByteArray outcomesCsv = "scheme,area,measure,value,unit,period_start\n"
                               "DIVERT,West Mercia,assessments,700,count,2021\n"
                               "Keyworker pilot,Gwent,referrals,41,count,2023\n"
                               "Keyworker pilot,Gwent,clients_in_recovery,12,count,2023\n";

int count(Database &db, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(db.connectionName()));
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class tst_ImportUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }
    void init();
    void cleanup();
    void undoAndRedoTheWholeImport();
    void undoRefusesWhenARecordChangedSince();
    void undoRefusesWhenAFigureWasAddedSince();
    void undoNamesEveryConflictingRecord_data();
    void undoNamesEveryConflictingRecord();
    void commandLineImportIsOneUndoStep_data();
    void commandLineImportIsOneUndoStep();
    void historySurvivesRestart_data();
    void historySurvivesRestart();
    void restoredStepRefusesWhenChangedSince();
    void undoneStepsRedoAfterRestart();
    void editUndoneBeforeRestartRedoes();
    void historyIsPerAccount();

private:
    // Imports the two files through an editor, as File > Import does.
    bool importThrough(SchemeEditor &editor);
    bool reopen();

    ImportFixture m_fixture;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QStringList m_files;
};

void tst_ImportUndo::init()
{
    m_fixture.renew();
    m_path = m_fixture.freshDatabase();
    m_files = QStringList { m_fixture.write(QStringLiteral("outcomes.csv"), outcomesCsv),
        m_fixture.write(QStringLiteral("schemes.csv"), schemesCsv) };
    QVERIFY(reopen());
}

void tst_ImportUndo::cleanup()
{
    m_db.reset();
}

bool tst_ImportUndo::reopen()
{
    m_db.reset();
    m_db = std::make_unique<Database>();
    return m_db->open(m_path).ok();
}

bool tst_ImportUndo::importThrough(SchemeEditor &editor)
{
    CsvImporter importer(*m_db);
    importer.setRecordChanges(true);
    const ImportSummary summary = importer.run(m_files, CsvImporter::Mode::Write);
    if (!summary.written || summary.changes.isEmpty())
        return false;
    editor.recordImport(ImportSummary::stepName(m_files), summary.changes);
    return true;
}

void tst_ImportUndo::undoAndRedoTheWholeImport()
{
    SchemeEditor editor(*m_db);
    QUndoStack *stack = editor.undoStack();
    const QStringList before = databaseDump(m_path);
    const int auditBefore = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QSignalSpy changes(m_db.get(), &Database::recordsChanged);
    QVERIFY(changes.isValid());

    QVERIFY(importThrough(editor));
    const QStringList imported = databaseDump(m_path);
    QVERIFY(imported != before);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import of outcomes.csv, schemes.csv"));
    // The import's entry names its files; each scheme's history has an entry too.
    QCOMPARE(count(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'import' AND "
                                "instr(after_json, '%1') > 0")
                     .arg(QFileInfo(m_files.at(0)).absoluteFilePath())),
        1);
    QCOMPARE(count(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'scheme' AND "
                                "action = 'import' AND summary = 'Import of outcomes.csv, "
                                "schemes.csv'")),
        2);

    changes.clear();
    stack->undo();
    // Every table as it was, ids and row versions included: the new scheme, its figures, its
    // new organisation and measure gone, the changed scheme and figure back.
    QCOMPARE(databaseDump(m_path), before);
    QVERIFY(!SchemeStore::reader(*m_db).idOf(
        QStringLiteral("Keyworker pilot"), QStringLiteral("Gwent")));
    QVERIFY(changes.count() >= 1);
    const auto touched = changes.constLast().at(0).value<ChangeSet>();
    QCOMPARE(touched.schemesRemoved.size(), 1);
    QVERIFY(touched.schemesUpdated.contains(
        *SchemeStore::reader(*m_db).idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))));

    stack->redo();
    QCOMPARE(databaseDump(m_path), imported);
    stack->undo();
    QCOMPARE(databaseDump(m_path), before);
    QCOMPARE(count(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'import' AND "
                                "summary = 'Undo: Import of outcomes.csv, schemes.csv'")),
        2);
    QCOMPARE(count(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'import' AND "
                                "summary = 'Redo: Import of outcomes.csv, schemes.csv'")),
        1);
    // The import, two undos and a redo: each once for the register and once per scheme.
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 12);
}

void tst_ImportUndo::undoRefusesWhenARecordChangedSince()
{
    SchemeEditor editor(*m_db);
    QSignalSpy failed(&editor, &SchemeEditor::stepFailed);
    QVERIFY(failed.isValid());
    QVERIFY(importThrough(editor));
    // Another copy of the app changes a figure the import wrote.
    QVERIFY(runRawSql(m_path,
        { QStringLiteral("UPDATE figure SET value_x100 = 71000, row_version = row_version + 1 "
                         "WHERE value_x100 = 70000") }));
    const QStringList changed = databaseDump(m_path);
    editor.undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(
                 QStringLiteral("a figure of \"DIVERT\" (assessments, 2021) has been changed")),
        qPrintable(message));
    QCOMPARE(databaseDump(m_path), changed); // nothing undone, not even in part
    QCOMPARE(editor.undoStack()->count(), 0); // the step left the history
    QCOMPARE(UndoStore(*m_db).steps().size(), 0);
}

void tst_ImportUndo::undoRefusesWhenAFigureWasAddedSince()
{
    SchemeEditor editor(*m_db);
    QSignalSpy failed(&editor, &SchemeEditor::stepFailed);
    QVERIFY(failed.isValid());
    QVERIFY(importThrough(editor));
    // Undoing the import deletes the scheme it made, which would take with it a figure that
    // another copy of the app has added since.
    QVERIFY(runRawSql(m_path,
        { QStringLiteral("INSERT INTO figure (scheme_id, measure_id, value_x100) SELECT s.id, "
                         "m.id, 500 FROM scheme s, measure m WHERE s.name = 'Keyworker pilot' "
                         "AND m.key = 'arrests'") }));
    const QStringList changed = databaseDump(m_path);
    editor.undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(),
        QStringLiteral("The register has changed since: \"Keyworker pilot\" has been changed "
                       "(here or in another copy of OPCC Schemes)."));
    QCOMPARE(databaseDump(m_path), changed);
}

void tst_ImportUndo::undoNamesEveryConflictingRecord_data()
{
    QTest::addColumn<QStringList>("statements"); // another copy's writes after the import
    QTest::addColumn<QStringList>("named");
    const QString figureChanged = QStringLiteral(
        "UPDATE figure SET value_x100 = 71000, row_version = row_version + 1 WHERE value_x100 = "
        "70000");
    const QString schemeChanged = QStringLiteral(
        "UPDATE scheme SET summary = 'changed', row_version = row_version + 1 WHERE name = "
        "'Keyworker pilot'");
    const QString otherFigureChanged = QStringLiteral(
        "UPDATE figure SET note = 'checked', row_version = row_version + 1 WHERE value_x100 = "
        "1200");
    const QString figureAdded = QStringLiteral(
        "INSERT INTO figure (scheme_id, measure_id, value_x100) SELECT s.id, m.id, 500 FROM "
        "scheme s, measure m WHERE s.name = 'Keyworker pilot' AND m.key = 'arrests'");
    const QString divertFigure
        = QStringLiteral("a figure of \"DIVERT\" (assessments, 2021) has been changed");
    const QString keyworkerChanged = QStringLiteral("\"Keyworker pilot\" has been changed");
    QTest::newRow("oneFigure") << QStringList { figureChanged } << QStringList { divertFigure };
    QTest::newRow("figureAndScheme") << QStringList { figureChanged, schemeChanged }
                                     << QStringList { divertFigure, keyworkerChanged };
    QTest::newRow("twoFiguresOfTwoSchemes")
        << QStringList { figureChanged, otherFigureChanged }
        << QStringList { divertFigure,
               QStringLiteral("a figure of \"Keyworker pilot\" (clients_in_recovery, 2023) has "
                              "been changed") };
    QTest::newRow("figureAddedAndFigureChanged") << QStringList { figureAdded, figureChanged }
                                                 << QStringList { keyworkerChanged, divertFigure };
}

// The refusal names every record in the way, not only the first met; nothing is undone.
void tst_ImportUndo::undoNamesEveryConflictingRecord()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, named);
    SchemeEditor editor(*m_db);
    QSignalSpy failed(&editor, &SchemeEditor::stepFailed);
    QVERIFY(failed.isValid());
    QVERIFY(importThrough(editor));
    QVERIFY(runRawSql(m_path, statements));
    const QStringList changed = databaseDump(m_path);
    editor.undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    const QString prefix = QStringLiteral("The register has changed since: ");
    const QString suffix = QStringLiteral(" (here or in another copy of OPCC Schemes).");
    QVERIFY2(message.startsWith(prefix) && message.endsWith(suffix), qPrintable(message));
    QStringList parts = message.mid(prefix.size(), message.size() - prefix.size() - suffix.size())
                            .split(QStringLiteral("; "));
    parts.sort();
    named.sort();
    QCOMPARE(parts, named);
    QCOMPARE(databaseDump(m_path), changed);
    QCOMPARE(editor.undoStack()->count(), 0);
}

void tst_ImportUndo::commandLineImportIsOneUndoStep_data()
{
    QTest::addColumn<int>("runs");
    QTest::addColumn<bool>("undoInWindow");
    QTest::newRow("once") << 1 << true;
    // The second run changes nothing, and so adds no step.
    QTest::newRow("twice") << 2 << true;
    QTest::newRow("keptUndone") << 1 << false;
}

void tst_ImportUndo::commandLineImportIsOneUndoStep()
{
    QFETCH(int, runs);
    QFETCH(bool, undoInWindow);
    const QStringList original = databaseDump(m_path);
    for (int run = 0; run < runs; ++run) {
        QString out;
        QString err;
        QCOMPARE(m_fixture.runImport(m_path, m_files, &out, &err), int(ExitOk));
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    const QStringList imported = databaseDump(m_path);
    QVERIFY(imported != original);
    const auto steps = UndoStore(*m_db).steps();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.at(0).text, QStringLiteral("Import of outcomes.csv, schemes.csv"));
    QCOMPARE(steps.at(0).entity, QStringLiteral("import"));
    QVERIFY(steps.at(0).done);

    // The next session of the window, as EditController starts it.
    QVERIFY(reopen());
    {
        SchemeEditor editor(*m_db);
        editor.restoreHistory();
        QUndoStack *stack = editor.undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Import of outcomes.csv, schemes.csv"));
        stack->undo();
        QCOMPARE(databaseDump(m_path), original);
        if (undoInWindow) {
            stack->redo();
            QCOMPARE(databaseDump(m_path), imported);
        }
    }
    // The step goes on into the session after, done or undone as it was left.
    QVERIFY(reopen());
    SchemeEditor editor(*m_db);
    editor.restoreHistory();
    QCOMPARE(editor.undoStack()->canUndo(), undoInWindow);
    QCOMPARE(editor.undoStack()->canRedo(), !undoInWindow);
}

void tst_ImportUndo::historySurvivesRestart_data()
{
    QTest::addColumn<bool>("newConnection");
    QTest::newRow("sameConnection") << false;
    QTest::newRow("databaseReopened") << true;
}

void tst_ImportUndo::historySurvivesRestart()
{
    QFETCH(bool, newConnection);
    const QStringList original = databaseDump(m_path);
    QStringList imported;
    QStringList edited;
    {
        SchemeEditor editor(*m_db);
        QVERIFY(importThrough(editor));
        imported = databaseDump(m_path);
        const qint64 id = *SchemeStore::reader(*m_db).idOf(
            QStringLiteral("Keyworker pilot"), QStringLiteral("Gwent"));
        const SchemeRecord before = *editor.load(id);
        SchemeRecord after = before;
        after.scheme.summary = QStringLiteral("Keyworkers for people leaving custody");
        QVERIFY(editor.saveScheme(before, after));
        edited = databaseDump(m_path);
    }
    if (newConnection)
        QVERIFY(reopen());
    SchemeEditor editor(*m_db);
    editor.restoreHistory();
    QUndoStack *stack = editor.undoStack();
    QCOMPARE(stack->count(), 2);
    QVERIFY(stack->canUndo());
    QVERIFY(!stack->canRedo());
    QCOMPARE(stack->undoText(), QStringLiteral("Edit \"Keyworker pilot\""));
    QSignalSpy stepped(&editor, &SchemeEditor::schemeChanged);
    QVERIFY(stepped.isValid());
    stack->undo();
    QCOMPARE(databaseDump(m_path), imported);
    QCOMPARE(stepped.count(), 1);
    QCOMPARE(count(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'scheme' AND "
                                "summary = 'Undo: Edit \"Keyworker pilot\"' AND action = "
                                "'update'")),
        1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import of outcomes.csv, schemes.csv"));
    stack->undo();
    QCOMPARE(databaseDump(m_path), original);
    stack->redo();
    stack->redo();
    QCOMPARE(databaseDump(m_path), edited);
}

void tst_ImportUndo::restoredStepRefusesWhenChangedSince()
{
    {
        SchemeEditor editor(*m_db);
        const qint64 id = *SchemeStore::reader(*m_db).idOf(
            QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
        const SchemeRecord before = *editor.load(id);
        SchemeRecord after = before;
        after.scheme.status = Status::Ended;
        QVERIFY(editor.saveScheme(before, after));
    }
    QVERIFY(reopen());
    // Someone else edits DIVERT after the app closed.
    QVERIFY(runRawSql(m_path,
        { QStringLiteral("UPDATE scheme SET summary = 'changed', row_version = row_version + 1 "
                         "WHERE name = 'DIVERT' AND area_key = 'West Mercia'") }));
    const QStringList changed = databaseDump(m_path);
    SchemeEditor editor(*m_db);
    editor.restoreHistory();
    QSignalSpy failed(&editor, &SchemeEditor::stepFailed);
    QVERIFY(failed.isValid());
    QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Edit \"DIVERT\""));
    editor.undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(),
        QStringLiteral("The register has changed since: \"DIVERT\" has been changed (here or in "
                       "another copy of OPCC Schemes)."));
    QCOMPARE(databaseDump(m_path), changed);
    QVERIFY(!editor.undoStack()->canUndo());
}

void tst_ImportUndo::undoneStepsRedoAfterRestart()
{
    const QStringList original = databaseDump(m_path);
    QStringList imported;
    {
        SchemeEditor editor(*m_db);
        QVERIFY(importThrough(editor));
        imported = databaseDump(m_path);
        editor.undoStack()->undo();
        QCOMPARE(databaseDump(m_path), original);
    }
    QVERIFY(reopen());
    SchemeEditor editor(*m_db);
    editor.restoreHistory();
    QUndoStack *stack = editor.undoStack();
    QCOMPARE(stack->count(), 1);
    QVERIFY(!stack->canUndo());
    QVERIFY(stack->canRedo());
    QCOMPARE(databaseDump(m_path), original); // reading the history back writes nothing
    stack->redo();
    QCOMPARE(databaseDump(m_path), imported);

    // A new change ends what could be redone, in the database too.
    stack->undo();
    const qint64 id
        = *SchemeStore::reader(*m_db).idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    const SchemeRecord before = *editor.load(id);
    SchemeRecord after = before;
    after.scheme.status = Status::Pilot;
    QVERIFY(editor.saveScheme(before, after));
    const auto steps = UndoStore(*m_db).steps();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.at(0).text, QStringLiteral("Edit \"DIVERT\""));
    QVERIFY(steps.at(0).done);
}

void tst_ImportUndo::editUndoneBeforeRestartRedoes()
{
    const qint64 id
        = *SchemeStore::reader(*m_db).idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    const qsizetype figures = FigureStore::reader(*m_db).ofScheme(id).size();
    {
        SchemeEditor editor(*m_db);
        const SchemeRecord before = *editor.load(id);
        SchemeRecord after = before;
        after.scheme.status = Status::Ended;
        after.figures.removeFirst();
        QVERIFY(editor.saveScheme(before, after));
        editor.undoStack()->undo(); // in this session, by the scheme writer
    }
    const QStringList undone = databaseDump(m_path);
    QVERIFY(reopen());
    SchemeEditor editor(*m_db);
    editor.restoreHistory();
    QVERIFY(!editor.undoStack()->canUndo());
    QCOMPARE(editor.undoStack()->redoText(), QStringLiteral("Edit \"DIVERT\""));
    editor.undoStack()->redo();
    const auto record = editor.load(id);
    QVERIFY(record);
    QCOMPARE(record->scheme.status, Status::Ended);
    QCOMPARE(record->figures.size(), figures - 1);
    editor.undoStack()->undo();
    QCOMPARE(databaseDump(m_path), undone);
}

void tst_ImportUndo::historyIsPerAccount()
{
    {
        SchemeEditor editor(*m_db);
        QVERIFY(importThrough(editor));
    }
    UndoStore colleague(*m_db, QStringLiteral("a-colleague"));
    QCOMPARE(colleague.steps().size(), 0);
    QCOMPARE(UndoStore(*m_db).steps().size(), 1);
}

QTEST_GUILESS_MAIN(tst_ImportUndo)
#include "tst_importundo.moc"
