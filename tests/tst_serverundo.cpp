// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Undo and redo of an import and of a source document's change on either engine (a temporary
// SQLite file and a database of the tests' private PostgreSQL server): the register goes back to
// what it was, every table of it, and comes again; a record changed since by anyone stops the
// whole step and every such record is named, in the same words on both engines; a recording
// holds its own session's writes only, never another user's.

#include "editing/schemeeditor.h"
#include "editing/sourceeditor.h"
#include "editsupport.h"
#include "interchange/csvimporter.h"
#include "interchange/shippeddataset.h"
#include "pgserver.h"
#include "storage/changerecorder.h"
#include "storage/schemestore.h"
#include "storage/sourcestore.h"
#include "storage/undostore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace opcc;
using testsupport::PgServer;

namespace {

const QByteArray undoSchemesCsv = "name,area,strand,status,providers\n"
                                  "DIVERT,West Mercia,demand,ended,Cranstoun\n"
                                  "Keyworker pilot,Gwent,treatment,pilot,Kaleidoscope\n";
const QByteArray undoOutcomesCsv = "scheme,area,measure,value,unit,period_start\n"
                                   "DIVERT,West Mercia,assessments,700,count,2021\n"
                                   "Keyworker pilot,Gwent,referrals,41,count,2023\n"
                                   "Keyworker pilot,Gwent,clients_in_recovery,12,count,2023\n";

// Every row of the register's own tables, ids and row versions included.
QStringList registerDump(const Database &db)
{
    QStringList lines;
    for (const char *table : { "area", "organisation", "source_document", "measure", "scheme",
             "scheme_area", "scheme_organisation", "figure", "source_attachment", "foi_request",
             "foi_request_scheme", "foi_time" }) {
        QSqlQuery query(QSqlDatabase::database(db.connectionName()));
        if (!query.exec(
                QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(QLatin1String(table)))) {
            lines.append(query.lastError().text());
            continue;
        }
        while (query.next()) {
            QStringList values { QLatin1String(table) };
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                values.append(value.isNull() ? QStringLiteral("NULL")
                        : value.metaType().id() == QMetaType::QByteArray
                        ? QString::fromLatin1(value.toByteArray().toHex())
                        : value.toString());
            }
            lines.append(values.join(QLatin1Char('|')));
        }
    }
    return lines;
}

} // namespace

class TestServerUndo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
    }

    void cleanup()
    {
        m_editor.reset();
        m_db.reset();
        m_dir.reset();
    }

    void importUndoRedo_data() { engines(); }

    void importUndoRedo()
    {
        QFETCH(QString, engine);
        QVERIFY(open(engine));
        const QStringList before = registerDump(*m_db);
        QSignalSpy changes(m_db.get(), &Database::recordsChanged);
        QVERIFY(changes.isValid());
        QVERIFY(importThrough());
        const QStringList imported = registerDump(*m_db);
        QVERIFY(imported != before);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(),
            QStringLiteral("Import of outcomes.csv, schemes.csv"));
        for (int round = 0; round < 2; ++round) {
            changes.clear();
            m_editor->undoStack()->undo();
            QCOMPARE(registerDump(*m_db), before);
            QVERIFY(changes.count() >= 1);
            const auto touched = changes.constLast().at(0).value<ChangeSet>();
            QCOMPARE(touched.schemesRemoved.size(), 1);
            QVERIFY(touched.schemesUpdated.contains(divertId()));
            m_editor->undoStack()->redo();
            QCOMPARE(registerDump(*m_db), imported);
        }
    }

    // Another user's open window hears of an undo on the server as of any save: the schemes
    // the undone import touched, from the undo's commit.
    void undoReachesOtherUsers()
    {
        QVERIFY(open(QStringLiteral("postgresql")));
        QVERIFY(importThrough());
        const qint64 keyworker
            = SchemeStore::reader(*m_db)
                  .idOf(QStringLiteral("Keyworker pilot"), QStringLiteral("Gwent"))
                  .value_or(0);
        QVERIFY(keyworker != 0);
        Database watcher;
        QVERIFY(watcher.open(m_address).ok());
        QSignalSpy arrived(&watcher, &Database::recordsChanged);
        QSignalSpy own(m_db.get(), &Database::recordsChanged);
        QVERIFY(arrived.isValid() && own.isValid());
        m_editor->undoStack()->undo();
        QCOMPARE(own.count(), 1); // once, from the commit
        QVERIFY(own.first().first().value<ChangeSet>().schemesRemoved.contains(keyworker));
        QTRY_VERIFY(!arrived.isEmpty());
        const auto changes = arrived.constLast().first().value<ChangeSet>();
        QVERIFY(changes.touchesScheme(keyworker));
        QVERIFY(changes.touchesScheme(divertId()));
    }

    void importUndoNamesEveryConflict_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QStringList>("statements"); // another user's writes after the import
        QTest::addColumn<QStringList>("named");
        const QString figureChanged = QStringLiteral(
            "UPDATE figure SET value_x100 = 71000, row_version = row_version + 1 WHERE "
            "value_x100 = 70000 AND scheme_id IN (SELECT id FROM scheme WHERE name = 'DIVERT')");
        const QString schemeChanged
            = QStringLiteral("UPDATE scheme SET summary = 'changed', row_version = row_version + "
                             "1 WHERE name = 'Keyworker pilot'");
        const QString otherFigureChanged = QStringLiteral(
            "UPDATE figure SET note = 'checked', row_version = row_version + 1 WHERE value_x100 "
            "= 1200 AND scheme_id IN (SELECT id FROM scheme WHERE name = 'Keyworker pilot')");
        const QString figureAdded = QStringLiteral(
            "INSERT INTO figure (scheme_id, measure_id, value_x100) SELECT s.id, m.id, 500 FROM "
            "scheme s, measure m WHERE s.name = 'Keyworker pilot' AND m.key = 'arrests'");
        const QString divertFigure
            = QStringLiteral("a figure of \"DIVERT\" (assessments, 2021) has been changed");
        const QString keyworkerChanged = QStringLiteral("\"Keyworker pilot\" has been changed");
        for (const char *engine : { "sqlite", "postgresql" }) {
            const QString name = QString::fromLatin1(engine);
            QTest::addRow("%s, oneFigure", engine)
                << name << QStringList { figureChanged } << QStringList { divertFigure };
            QTest::addRow("%s, figureAndScheme", engine)
                << name << QStringList { figureChanged, schemeChanged }
                << QStringList { divertFigure, keyworkerChanged };
            QTest::addRow("%s, twoFiguresOfTwoSchemes", engine)
                << name << QStringList { figureChanged, otherFigureChanged }
                << QStringList { divertFigure,
                       QStringLiteral("a figure of \"Keyworker pilot\" (clients_in_recovery, "
                                      "2023) has been changed") };
            QTest::addRow("%s, figureAddedAndFigureChanged", engine)
                << name << QStringList { figureAdded, figureChanged }
                << QStringList { keyworkerChanged, divertFigure };
        }
    }

    // Another user's change since the import stops the whole undo, naming every record in the
    // way; nothing is undone and the step leaves the history.
    void importUndoNamesEveryConflict()
    {
        QFETCH(QString, engine);
        QFETCH(QStringList, statements);
        QFETCH(QStringList, named);
        QVERIFY(open(engine));
        QSignalSpy failed(m_editor.get(), &SchemeEditor::stepFailed);
        QVERIFY(failed.isValid());
        QVERIFY(importThrough());
        QVERIFY(asAnotherUser(statements));
        const QStringList changed = registerDump(*m_db);
        m_editor->undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(conflictsNamed(failed.at(0).at(0).toString()), sorted(named));
        QCOMPARE(registerDump(*m_db), changed);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(UndoStore(*m_db).steps().size(), 0);
    }

    void sourceChangeUndoRedo_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("change");
        for (const char *engine : { "sqlite", "postgresql" }) {
            for (const char *change : { "insert", "update", "remove", "attach" })
                QTest::addRow("%s, %s", engine, change)
                    << QString::fromLatin1(engine) << QString::fromLatin1(change);
        }
    }

    void sourceChangeUndoRedo()
    {
        QFETCH(QString, engine);
        QFETCH(QString, change);
        QVERIFY(open(engine));
        SourceEditor sources(*m_db, m_editor.get());
        const SourceDocument cited = citedSource();
        QVERIFY(cited.id != 0);
        SourceDocument uncited;
        uncited.title = QStringLiteral("Needs assessment 2022");
        const std::optional<qint64> uncitedId = SourceStore(*m_db).insert(uncited);
        QVERIFY(uncitedId);
        const QStringList before = registerDump(*m_db);
        bool ok = false;
        if (change == QLatin1String("insert")) {
            SourceDocument document;
            document.title = QStringLiteral("Drugs strategy review 2024");
            document.publisher = QStringLiteral("Home Office");
            ok = sources.insert(document).has_value();
        } else if (change == QLatin1String("update")) {
            SourceDocument document = cited;
            document.title = cited.title + QStringLiteral(" (revised)");
            document.reference = QStringLiteral("REF-12");
            ok = sources.update(document);
        } else if (change == QLatin1String("remove")) {
            ok = sources.remove(*uncitedId);
        } else {
            ok = sources.attach(cited.id,
                { QStringLiteral("reply.pdf"), QStringLiteral("application/pdf"),
                    QByteArray("%PDF-1.4\x00\x01\x02", 11) });
        }
        QVERIFY(ok);
        const QStringList after = registerDump(*m_db);
        QVERIFY(after != before);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        for (int round = 0; round < 2; ++round) {
            m_editor->undoStack()->undo();
            QCOMPARE(registerDump(*m_db), before);
            m_editor->undoStack()->redo();
            QCOMPARE(registerDump(*m_db), after);
        }
    }

    void sourceChangeConflict_data() { engines(); }

    // Another user edited the same document since: the undo is refused with the file's wording.
    void sourceChangeConflict()
    {
        QFETCH(QString, engine);
        QVERIFY(open(engine));
        SourceEditor sources(*m_db, m_editor.get());
        QSignalSpy failed(m_editor.get(), &SchemeEditor::stepFailed);
        QVERIFY(failed.isValid());
        SourceDocument document = citedSource();
        document.publisher = QStringLiteral("Mine");
        QVERIFY(sources.update(document));
        QVERIFY(asAnotherUser({ QStringLiteral("UPDATE source_document SET reference = 'theirs' "
                                               "WHERE id = %1")
                                    .arg(document.id) }));
        const QStringList changed = registerDump(*m_db);
        m_editor->undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(),
            QStringLiteral("The register has changed since: a record it concerns "
                           "(source_document) has been changed (here or in another copy of OPCC "
                           "Schemes)."));
        QCOMPARE(registerDump(*m_db), changed);
    }

    void historySurvivesReopening_data() { engines(); }

    // The steps are kept in the register: a later session undoes and redoes the import.
    void historySurvivesReopening()
    {
        QFETCH(QString, engine);
        QVERIFY(open(engine));
        const QStringList before = registerDump(*m_db);
        QVERIFY(importThrough());
        const QStringList imported = registerDump(*m_db);
        m_editor.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_address).ok());
        m_editor = std::make_unique<SchemeEditor>(*m_db);
        m_editor->restoreHistory();
        QCOMPARE(m_editor->undoStack()->count(), 1);
        m_editor->undoStack()->undo();
        QCOMPARE(registerDump(*m_db), before);
        m_editor->undoStack()->redo();
        QCOMPARE(registerDump(*m_db), imported);
    }

    void newRecordsWhileRecording_data() { engines(); }

    // A row the recording writes to the journal takes nothing from the row written: a new
    // organisation's id, read back by the driver (lastval() on a server), is the
    // organisation's, so the scheme is linked to it; undo and redo take the link out and back.
    void newRecordsWhileRecording()
    {
        QFETCH(QString, engine);
        QVERIFY(open(engine));
        const QStringList before = editsupport::exportRows(*m_db);
        const SchemeRecord record = *m_editor->load(divertId());
        SchemeRecord after = record;
        after.scheme.organisations.append({ QStringLiteral("Newly Founded Trust"), Role::Partner });
        QVERIFY2(m_editor->saveScheme(record, after), qPrintable(m_editor->errorString()));
        const auto partners = [this] {
            return m_editor->load(divertId())->scheme.organisationsWithRole(Role::Partner);
        };
        QVERIFY(partners().contains(QStringLiteral("Newly Founded Trust")));
        QCOMPARE(valueOf(QStringLiteral("SELECT count(*) FROM scheme_organisation so JOIN "
                                        "organisation o ON o.id = so.organisation_id WHERE "
                                        "o.name = 'Newly Founded Trust'")),
            1);
        const QStringList saved = editsupport::exportRows(*m_db);
        m_editor->undoStack()->undo();
        QCOMPARE(editsupport::exportRows(*m_db), before);
        m_editor->undoStack()->redo();
        QCOMPARE(editsupport::exportRows(*m_db), saved);
        QVERIFY(partners().contains(QStringLiteral("Newly Founded Trust")));
    }

    // On a server the undo history is each database user's: a colleague opening the register
    // from a computer with the same login name has none of it.
    void historyIsPerDatabaseUser()
    {
        QVERIFY(open(QStringLiteral("postgresql")));
        QVERIFY(importThrough());
        QCOMPARE(m_editor->undoStack()->count(), 1);
        const QString colleague
            = QStringLiteral("colleague_%1").arg(QCoreApplication::applicationPid());
        QString error;
        QVERIFY2(PgServer::instance().runSql(QStringLiteral("postgres"),
                     { QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE opcc_editor")
                             .arg(colleague, PgServer::instance().password()) },
                     &error),
            qPrintable(error));
        const QString theirAddress = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                                         .arg(colleague)
                                         .arg(PgServer::instance().port())
                                         .arg(m_address.section(QLatin1Char('/'), -1));
        Database theirs;
        const auto opened = theirs.open(theirAddress);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        SchemeEditor theirEditor(theirs);
        theirEditor.restoreHistory();
        QCOMPARE(theirEditor.undoStack()->count(), 0);
        SchemeEditor mine(*m_db);
        mine.restoreHistory();
        QCOMPARE(mine.undoStack()->count(), 1);
    }

    void otherUsersWritesAreNotRecorded_data() { engines(); }

    // While one session records, another user's writes (committed in between) are not part of
    // its step: undoing it takes back its own change and leaves theirs.
    void otherUsersWritesAreNotRecorded()
    {
        QFETCH(QString, engine);
        QVERIFY(open(engine));
        const qint64 divert = divertId();
        const qint64 theirs
            = valueOf(QStringLiteral("SELECT min(id) FROM scheme WHERE id <> %1").arg(divert));
        QVERIFY(theirs > 0);
        QByteArray changes;
        {
            ChangeRecorder recorder(*m_db);
            QVERIFY2(recorder.isRecording(), qPrintable(recorder.errorString()));
            QVERIFY(
                asAnotherUser({ QStringLiteral("UPDATE scheme SET summary = 'theirs' WHERE id = %1")
                                    .arg(theirs) }));
            Scheme mine = *SchemeStore::reader(*m_db).scheme(divert);
            mine.eligibility = QStringLiteral("mine");
            QVERIFY(SchemeStore(*m_db).update(mine));
            changes = recorder.changes();
        }
        QVERIFY(!changes.isEmpty());
        QCOMPARE(ChangeRecorder::touched(*m_db, changes).touchedSchemes(), QSet<qint64> { divert });
        const QStringList after = registerDump(*m_db);
        Database::Transaction transaction(*m_db);
        QString error;
        QVERIFY2(ChangeRecorder::apply(*m_db, ChangeRecorder::inverted(changes), &error),
            qPrintable(error));
        QVERIFY(transaction.commit());
        QVERIFY(SchemeStore::reader(*m_db).scheme(divert)->eligibility != QLatin1String("mine"));
        QCOMPARE(SchemeStore::reader(*m_db).scheme(theirs)->summary, QStringLiteral("theirs"));
        QVERIFY(registerDump(*m_db) != after);
    }

    // On a server others insert figures while an import runs, their ids among the import's:
    // undoing the import takes out its own figures only.
    void importRangeLeavesOthersFigures()
    {
        QVERIFY(open(QStringLiteral("postgresql")));
        const qint64 divert = divertId();
        const QString insert = QStringLiteral(
            "INSERT INTO figure (scheme_id, measure_id, value_x100, period_start) SELECT %1, id, "
            "%2, '20%2' FROM measure WHERE key = 'arrests'");
        QByteArray changes;
        {
            ChangeRecorder recorder(*m_db, ChangeRecorder::Figures::NewByRange);
            Database::Transaction transaction(*m_db, Database::Transaction::Nesting::Whole);
            QVERIFY(transaction.isActive());
            QSqlQuery mine(QSqlDatabase::database(m_db->connectionName()));
            QVERIFY(mine.exec(insert.arg(divert).arg(31)));
            QVERIFY(asAnotherUser({ insert.arg(divert).arg(32) }));
            QVERIFY(mine.exec(insert.arg(divert).arg(33)));
            changes = recorder.changes();
            QVERIFY(transaction.commit());
        }
        QVERIFY(!changes.isEmpty());
        const QString count = QStringLiteral("SELECT count(*) FROM figure WHERE value_x100 = %1 "
                                             "AND period_start = '20%1'");
        Database::Transaction transaction(*m_db);
        QString error;
        QVERIFY2(ChangeRecorder::apply(*m_db, ChangeRecorder::inverted(changes), &error),
            qPrintable(error));
        QVERIFY(transaction.commit());
        QCOMPARE(valueOf(count.arg(31)), 0);
        QCOMPARE(valueOf(count.arg(32)), 1);
        QCOMPARE(valueOf(count.arg(33)), 0);
    }

private:
    void engines()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    bool open(const QString &engine)
    {
        m_address = engine == QLatin1String("sqlite")
            ? m_dir->filePath(QStringLiteral("schemes.sqlite"))
            : PgServer::instance().createDatabase();
        const auto opened = shippeddataset::openOrCreate(*m_db, m_address);
        if (!opened.ok())
            qWarning("%s", qPrintable(opened.message));
        m_editor = std::make_unique<SchemeEditor>(*m_db);
        return opened.ok();
    }

    bool importThrough()
    {
        QStringList files;
        for (const auto &[name, bytes] :
            { std::pair { "outcomes.csv", undoOutcomesCsv }, { "schemes.csv", undoSchemesCsv } }) {
            QFile file(m_dir->filePath(QLatin1String(name)));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return false;
            files.append(file.fileName());
        }
        CsvImporter importer(*m_db);
        importer.setRecordChanges(true);
        const ImportSummary summary = importer.run(files, CsvImporter::Mode::Write);
        if (!summary.written || summary.changes.isEmpty())
            return false;
        m_editor->recordImport(ImportSummary::stepName(files), summary.changes);
        return true;
    }

    // Writes through a connection of its own, as another user's copy of the app would.
    bool asAnotherUser(const QStringList &statements) const
    {
        Database other;
        if (!other.open(m_address).ok())
            return false;
        QSqlQuery query(QSqlDatabase::database(other.connectionName()));
        for (const QString &sql : statements) {
            if (!query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                return false;
            }
        }
        return true;
    }

    int valueOf(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_db->connectionName()));
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    qint64 divertId() const
    {
        return SchemeStore::reader(*m_db)
            .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))
            .value_or(0);
    }

    // A document some scheme or figure cites.
    SourceDocument citedSource() const
    {
        const qint64 id = valueOf(
            QStringLiteral("SELECT min(source_id) FROM figure WHERE source_id IS NOT NULL"));
        return SourceStore::reader(*m_db).entry(id).value_or(SourceEntry()).document;
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    // The records a refusal names, in order.
    static QStringList conflictsNamed(const QString &message)
    {
        const QString prefix = QStringLiteral("The register has changed since: ");
        const QString suffix = QStringLiteral(" (here or in another copy of OPCC Schemes).");
        if (!message.startsWith(prefix) || !message.endsWith(suffix))
            return { message };
        return sorted(message.mid(prefix.size(), message.size() - prefix.size() - suffix.size())
                          .split(QStringLiteral("; ")));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SchemeEditor> m_editor;
    QString m_address;
};

QTEST_GUILESS_MAIN(TestServerUndo)
#include "tst_serverundo.moc"
