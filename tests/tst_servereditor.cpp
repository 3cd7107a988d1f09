// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Editing a scheme on either engine (a temporary SQLite file and a database of the tests' private
// PostgreSQL server): every kind of change is saved, undone and redone within the session to the
// same register, audited, and a save over another user's change is refused as a conflict. A read
// after the connection dropped connects again; the server away, it fails saying so.

#include "editing/schemeeditor.h"
#include "editing/schemerebase.h"
#include "editsupport.h"
#include "interchange/shippeddataset.h"
#include "models/schemetablemodel.h"
#include "pgserver.h"
#include "storage/auditstore.h"
#include "storage/browsestore.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace opcc;
using testsupport::PgServer;

class TestServerEditor final : public QObject
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
        m_editor.reset();
    }

    void cleanup()
    {
        m_editor.reset();
        m_db.reset();
        m_dir.reset();
    }

    void editUndoRedo_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("change");
        for (const char *engine : { "sqlite", "postgresql" }) {
            for (const char *change : { "edit", "addFigure", "deleteFigure", "delete" })
                QTest::addRow("%s, %s", engine, change)
                    << QString::fromLatin1(engine) << QString::fromLatin1(change);
        }
    }

    void editUndoRedo()
    {
        QFETCH(QString, engine);
        QFETCH(QString, change);
        QVERIFY(open(engine));
        const QStringList before = editsupport::exportRows(*m_db);
        const SchemeRecord record = load();
        bool ok = false;
        if (change == QLatin1String("delete")) {
            ok = m_editor->deleteScheme(record);
        } else {
            SchemeRecord after = record;
            if (change == QLatin1String("edit")) {
                after.scheme.name = QStringLiteral("DIVERT (custody)");
                after.scheme.summary = QStringLiteral("Changed summary");
            } else if (change == QLatin1String("addFigure")) {
                Figure added = after.figures.constFirst();
                added.id = 0;
                added.measure = QStringLiteral("arrests");
                added.periodStart = *PartialDate::parse(u"2023");
                added.value = Decimal::fromInteger(12);
                after.figures.append(added);
            } else {
                after.figures.removeAt(1);
            }
            ok = m_editor->saveScheme(record, after).has_value();
        }
        QVERIFY2(ok, qPrintable(m_editor->errorString()));
        const QStringList changed = editsupport::exportRows(*m_db);
        QVERIFY(changed != before);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        for (int round = 0; round < 2; ++round) {
            m_editor->undoStack()->undo();
            QCOMPARE(editsupport::exportRows(*m_db), before);
            m_editor->undoStack()->redo();
            QCOMPARE(editsupport::exportRows(*m_db), changed);
        }
        QVERIFY(!AuditStore::reader(*m_db)
                     .entries(QStringLiteral("scheme"), record.scheme.id)
                     .isEmpty());
    }

    void conflictIsRefused_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }

    // Another user saved the scheme first: the save is refused, their change kept.
    void conflictIsRefused()
    {
        QFETCH(QString, engine);
        QVERIFY(open(engine));
        const SchemeRecord record = load();
        Database other;
        QVERIFY(other.open(m_address).ok());
        Scheme theirs = *SchemeStore::reader(other).scheme(record.scheme.id);
        theirs.summary = QStringLiteral("Their summary");
        QVERIFY(SchemeStore(other).update(theirs));
        SchemeRecord mine = record;
        mine.scheme.status = Status::Ended;
        QVERIFY(!m_editor->saveScheme(record, mine));
        QCOMPARE(m_editor->problem(), SchemeWriter::Problem::Conflict);
        const Scheme now = *SchemeStore::reader(*m_db).scheme(record.scheme.id);
        QCOMPARE(now.summary, QStringLiteral("Their summary"));
        QCOMPARE(now.status, record.scheme.status);
    }

    void reapplyKeepsTheirChanges_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QStringList>("mine"); // what each person changed
        QTest::addColumn<QStringList>("theirs");
        QTest::addColumn<QStringList>("expected"); // field=whose after the merge is saved
        for (const char *engine : { "sqlite", "postgresql" }) {
            const QString name = QString::fromLatin1(engine);
            QTest::addRow("%s, mySummaryTheirStatus", engine)
                << name << QStringList { "summary" } << QStringList { "status" }
                << QStringList { "summary=mine", "status=theirs", "value=", "note=" };
            QTest::addRow("%s, myFigureValueTheirFigureNote", engine)
                << name << QStringList { "value" } << QStringList { "note" }
                << QStringList { "summary=", "status=", "value=mine", "note=theirs" };
            QTest::addRow("%s, myFigureNoteTheirFigureValueAndSummary", engine)
                << name << QStringList { "note" } << QStringList { "value", "summary" }
                << QStringList { "summary=theirs", "status=", "value=theirs", "note=mine" };
            QTest::addRow("%s, bothFigureNote", engine)
                << name << QStringList { "note" } << QStringList { "note" }
                << QStringList { "summary=", "status=", "value=", "note=mine" };
        }
    }

    // Two people save the same scheme: the second is refused, reloads and re-applies, and the
    // saved result keeps the first one's changes to every field (of the scheme and of a figure)
    // the second did not touch.
    void reapplyKeepsTheirChanges()
    {
        QFETCH(QString, engine);
        QFETCH(QStringList, mine);
        QFETCH(QStringList, theirs);
        QFETCH(QStringList, expected);
        QVERIFY(open(engine));
        const SchemeRecord original = load();
        QVERIFY(!original.figures.isEmpty());
        const qint64 figureId = original.figures.constFirst().id;
        {
            Database other;
            QVERIFY(other.open(m_address).ok());
            SchemeEditor theirEditor(other);
            const SchemeRecord opened = *theirEditor.load(original.scheme.id);
            QVERIFY2(theirEditor.saveScheme(opened, changed(opened, figureId, theirs, false)),
                qPrintable(theirEditor.errorString()));
        }
        const SchemeRecord myRecord = changed(original, figureId, mine, true);
        QVERIFY(!m_editor->saveScheme(original, myRecord));
        QCOMPARE(m_editor->problem(), SchemeWriter::Problem::Conflict);
        const std::optional<SchemeRecord> now = m_editor->load(original.scheme.id);
        QVERIFY(now);
        const SchemeRecord merged = reapplyChanges(original, myRecord, *now);
        QVERIFY2(m_editor->saveScheme(*now, merged), qPrintable(m_editor->errorString()));

        const SchemeRecord saved = *m_editor->load(original.scheme.id);
        const auto figureOf = [figureId](const SchemeRecord &record) {
            for (const Figure &figure : record.figures) {
                if (figure.id == figureId)
                    return figure;
            }
            return Figure();
        };
        const Figure figure = figureOf(saved);
        QCOMPARE(figure.id, figureId);
        QCOMPARE(saved.figures.size(), original.figures.size());
        for (const QString &entry : expected) {
            const QString field = entry.section(QLatin1Char('='), 0, 0);
            const QString whose = entry.section(QLatin1Char('='), 1);
            const SchemeRecord want = whose.isEmpty()
                ? original
                : changed(original, figureId, { field }, whose == QLatin1String("mine"));
            const Figure wanted = figureOf(want);
            if (field == QLatin1String("summary"))
                QCOMPARE(saved.scheme.summary, want.scheme.summary);
            else if (field == QLatin1String("status"))
                QCOMPARE(saved.scheme.status, want.scheme.status);
            else if (field == QLatin1String("value"))
                QCOMPARE(figure.value, wanted.value);
            else
                QCOMPARE(figure.note, wanted.note);
        }
    }

    // The server ended this session's connection (a restart, a network drop, an administrator):
    // the next save connects again and is stored, and its undo works on the new connection.
    void saveAfterTheConnectionDropped()
    {
        QVERIFY(open(QStringLiteral("postgresql")));
        const SchemeRecord record = load();
        const QString name = m_address.section(QLatin1Char('/'), -1);
        QString error;
        QVERIFY2(PgServer::instance().runSql(QStringLiteral("postgres"),
                     { QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE datname = '%1' AND application_name = 'OPCC "
                                      "Schemes'")
                             .arg(name) },
                     &error),
            qPrintable(error));
        SchemeRecord after = record;
        after.scheme.summary = QStringLiteral("Saved after the drop");
        QVERIFY2(m_editor->saveScheme(record, after), qPrintable(m_editor->errorString()));
        QCOMPARE(SchemeStore::reader(*m_db).scheme(record.scheme.id)->summary,
            QStringLiteral("Saved after the drop"));
        m_editor->undoStack()->undo();
        QCOMPARE(
            SchemeStore::reader(*m_db).scheme(record.scheme.id)->summary, record.scheme.summary);
    }

    // The server ended this session's connection and nothing has been written since: the next
    // read connects again and answers as before, with no read failure.
    void readAfterTheConnectionDropped_data()
    {
        QTest::addColumn<QString>("read");
        for (const char *read : { "scheme", "list", "figures", "measures" })
            QTest::newRow(read) << QString::fromLatin1(read);
    }

    void readAfterTheConnectionDropped()
    {
        QFETCH(QString, read);
        QVERIFY(open(QStringLiteral("postgresql")));
        const qint64 id = load().scheme.id;
        const QString before = readOnce(read, id);
        QVERIFY(!before.isEmpty());
        QSignalSpy failed(m_db.get(), &Database::readFailed);
        QVERIFY(failed.isValid());
        QVERIFY(endSessions());
        QCOMPARE(readOnce(read, id), before);
        QCOMPARE(failed.count(), 0);
        QVERIFY2(!m_db->hasReadError(), qPrintable(m_db->readError()));
        QVERIFY(!m_db->isServerAway());
    }

    // The server is away: a read fails with a message saying it cannot be reached; once it is
    // back, the next read works without any write, and another user's change arrives again
    // (the new connection listens to the server's announcements).
    void readsWhileTheServerIsAway()
    {
        QVERIFY(open(QStringLiteral("postgresql")));
        const SchemeRecord record = load();
        const qsizetype schemes = BrowseStore(*m_db).listings().size();
        QVERIFY(schemes > 0);
        QSignalSpy failed(m_db.get(), &Database::readFailed);
        QSignalSpy arrived(m_db.get(), &Database::recordsChanged);
        QVERIFY(failed.isValid() && arrived.isValid());
        QVERIFY2(PgServer::instance().halt(), qPrintable(PgServer::instance().error()));
        QVERIFY(!SchemeStore::reader(*m_db).scheme(record.scheme.id));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("cannot be reached")),
            qPrintable(failed.first().first().toString()));
        QCOMPARE(m_db->lastFailure(), Database::Failure::CannotOpen);
        QVERIFY(m_db->isServerAway());
        // Read again while it is still away: the same failure, nothing else.
        QVERIFY(BrowseStore(*m_db).listings().isEmpty());
        QVERIFY(m_db->isServerAway());

        QVERIFY2(PgServer::instance().resume(), qPrintable(PgServer::instance().error()));
        m_db->clearReadError();
        const int failures = m_db->readFailureCount();
        const std::optional<Scheme> again = SchemeStore::reader(*m_db).scheme(record.scheme.id);
        QVERIFY2(again, qPrintable(m_db->errorString()));
        QCOMPARE(again->summary, record.scheme.summary);
        QCOMPARE(BrowseStore(*m_db).listings().size(), schemes);
        QCOMPARE(m_db->readFailureCount(), failures);
        QVERIFY(!m_db->isServerAway());

        Database other;
        QVERIFY(other.open(m_address).ok());
        Scheme theirs = *SchemeStore::reader(other).scheme(record.scheme.id);
        theirs.summary = QStringLiteral("Changed by another user after the restart");
        QVERIFY(SchemeStore(other).update(theirs));
        QTRY_VERIFY(!arrived.isEmpty());
        QVERIFY(arrived.last().first().value<ChangeSet>().touchesScheme(record.scheme.id));
    }

    // Working together: a scheme saved by one user arrives in another user's open list within
    // moments, on its own row (dataChanged, no reset), through the server's NOTIFY.
    void anotherUsersEditArrives()
    {
        QVERIFY(open(QStringLiteral("postgresql")));
        Database watcher;
        QVERIFY(watcher.open(m_address).ok());
        SchemeTableModel list(watcher);
        list.reload();
        const SchemeRecord record = load();
        const int row = list.rowOfScheme(record.scheme.id);
        QVERIFY(row >= 0);
        QSignalSpy arrived(&watcher, &Database::recordsChanged);
        QSignalSpy own(m_db.get(), &Database::recordsChanged);
        QSignalSpy rowChanged(&list, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&list, &QAbstractItemModel::modelReset);
        QVERIFY(arrived.isValid() && own.isValid() && rowChanged.isValid() && reset.isValid());
        SchemeRecord after = record;
        after.scheme.name = QStringLiteral("DIVERT (custody)");
        QVERIFY(m_editor->saveScheme(record, after));
        QTRY_COMPARE(arrived.count(), 1);
        const auto changes = arrived.first().first().value<ChangeSet>();
        QVERIFY(changes.touchesScheme(record.scheme.id));
        QTRY_COMPARE(list.index(list.rowOfScheme(record.scheme.id), SchemeTableModel::Name)
                         .data()
                         .toString(),
            QStringLiteral("DIVERT (custody)"));
        QVERIFY(rowChanged.count() >= 1);
        QCOMPARE(reset.count(), 0);
        // The saving connection hears its own change once, from its commit, not again.
        QCOMPARE(own.count(), 1);
    }

private:
    // Ends this program's connections to the test's database on the server's side, as a
    // restart or an administrator would.
    bool endSessions() const
    {
        QString error;
        const bool ended = PgServer::instance().runSql(QStringLiteral("postgres"),
            { QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                             "datname = '%1' AND application_name = 'OPCC Schemes'")
                    .arg(m_address.section(QLatin1Char('/'), -1)) },
            &error);
        if (!ended)
            qWarning("%s", qPrintable(error));
        return ended;
    }

    // One kind of read, its answer as text to compare.
    QString readOnce(const QString &read, qint64 id) const
    {
        QStringList answer;
        if (read == QLatin1String("scheme")) {
            const std::optional<Scheme> scheme = SchemeStore::reader(*m_db).scheme(id);
            if (scheme)
                answer << scheme->name << scheme->summary
                       << scheme->organisationsWithRole(Role::Provider);
        } else if (read == QLatin1String("list")) {
            for (const SchemeListing &listing : BrowseStore(*m_db).listings())
                answer << listing.name + listing.providers.join(QLatin1Char('+'));
        } else if (read == QLatin1String("figures")) {
            for (const Figure &figure : FigureStore::reader(*m_db).ofScheme(id))
                answer << QString::number(figure.id) + figure.measure;
        } else {
            for (const Measure &measure : LookupStore::reader(*m_db).measures())
                answer << measure.key;
        }
        return answer.join(QLatin1Char('\n'));
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

    // One person's changes to the scheme's fields and to one of its figures.
    static SchemeRecord changed(
        SchemeRecord record, qint64 figureId, const QStringList &fields, bool mine)
    {
        for (Figure &figure : record.figures) {
            if (figure.id != figureId)
                continue;
            if (fields.contains(QLatin1String("value")))
                figure.value = Decimal::fromInteger(mine ? 71 : 72);
            if (fields.contains(QLatin1String("note")))
                figure.note = mine ? QStringLiteral("my note") : QStringLiteral("their note");
        }
        if (fields.contains(QLatin1String("summary")))
            record.scheme.summary = mine ? QStringLiteral("My summary") : QStringLiteral("Theirs");
        if (fields.contains(QLatin1String("status")))
            record.scheme.status = mine ? Status::Ended : Status::Pilot;
        return record;
    }

    SchemeRecord load() const
    {
        return *m_editor->load(*SchemeStore::reader(*m_db).idOf(
            QStringLiteral("DIVERT"), QStringLiteral("West Mercia")));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SchemeEditor> m_editor;
    QString m_address;
};

QTEST_GUILESS_MAIN(TestServerEditor)
#include "tst_servereditor.moc"
