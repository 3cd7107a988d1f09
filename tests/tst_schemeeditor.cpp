// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Undo and redo of every kind of change put the database back exactly: the whole content of the
// file (ids included) is compared before the change, after its undo and after its redo.

#include "editing/schemeeditor.h"
#include "editsupport.h"
#include "storage/auditstore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using namespace editsupport;

class tst_SchemeEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void undoRedoRestoresExactly_data();
    void undoRedoRestoresExactly();
    void undoAndRedoAreAudited();
    void failedSaveStacksNothing();
    void undoAfterAnotherCopyChangedIt();
    void historyTexts();

private:
    SchemeRecord load(const QString &name, const QString &area) const
    {
        return *m_editor->load(*SchemeStore::reader(m_data->db).idOf(name, area));
    }

    std::unique_ptr<ShippedDatabase> m_data;
    std::unique_ptr<SchemeEditor> m_editor;
};

void tst_SchemeEditor::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
    m_editor = std::make_unique<SchemeEditor>(m_data->db);
}

void tst_SchemeEditor::cleanup()
{
    m_editor.reset();
    m_data.reset();
}

void tst_SchemeEditor::undoRedoRestoresExactly_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("versionsRestored"); // an undone edit is a new write of the row
    QTest::newRow("createScheme") << "create" << true;
    QTest::newRow("createWithNewProviderAndSource") << "createNewNames" << true;
    QTest::newRow("editScheme") << "edit" << false;
    QTest::newRow("editAreasAndPartners") << "editLinks" << false;
    QTest::newRow("deleteScheme") << "delete" << true;
    QTest::newRow("addFigure") << "addFigure" << false;
    QTest::newRow("editFigure") << "editFigure" << false;
    QTest::newRow("deleteFigure") << "deleteFigure" << false;
    QTest::newRow("deleteSchemeWithManyFigures") << "deleteLarge" << true;
}

void tst_SchemeEditor::undoRedoRestoresExactly()
{
    QFETCH(QString, change);
    QFETCH(bool, versionsRestored);
    const Versions versions = versionsRestored ? Versions::Compared : Versions::Ignored;
    Database &db = m_data->db;
    const QString path = m_data->path;
    const QStringList dumpBefore = databaseDump(path, versions);
    const QStringList exportBefore = exportRows(db);
    QSignalSpy stepped(m_editor.get(), &SchemeEditor::schemeChanged);
    QVERIFY(stepped.isValid());

    bool ok = false;
    if (change.startsWith(QLatin1String("create"))) {
        SchemeRecord record = offenderToRehab();
        record.scheme.name = QStringLiteral("Offender to Rehab (Coventry)");
        if (change == QLatin1String("createNewNames")) {
            record.scheme.organisations.append(
                { QStringLiteral("Brand New Recovery CIC"), Role::Provider });
            record.figures[0].source = QStringLiteral("Coventry commissioning paper, 2024");
        }
        ok = m_editor->createScheme(record).has_value();
    } else if (change.startsWith(QLatin1String("delete"))
        && !change.endsWith(QLatin1String("Figure"))) {
        const SchemeRecord record = change == QLatin1String("deleteLarge")
            ? load(QStringLiteral("Operation Scorpion"),
                QStringLiteral(
                    "Avon and Somerset; Devon and Cornwall; Dorset; Gloucestershire; Wiltshire"))
            : load(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
        QVERIFY(record.figures.size() >= 4);
        ok = m_editor->deleteScheme(record);
    } else {
        const SchemeRecord before = load(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
        SchemeRecord after = before;
        if (change == QLatin1String("edit")) {
            after.scheme.name = QStringLiteral("DIVERT (custody)");
            after.scheme.status = Status::Ended;
            after.scheme.summary = QStringLiteral("Changed summary");
            after.scheme.end = *PartialDate::parse(u"2024");
        } else if (change == QLatin1String("editLinks")) {
            after.scheme.areas = { QStringLiteral("West Mercia"), QStringLiteral("Warwickshire") };
            after.scheme.organisations.append(
                { QStringLiteral("Warwickshire County Council"), Role::Commissioner });
            after.scheme.organisations.removeFirst();
        } else if (change == QLatin1String("addFigure")) {
            after.figures.append(figure(QStringLiteral("arrests"), 12, QStringLiteral("2023")));
        } else if (change == QLatin1String("editFigure")) {
            after.figures[1].value = Decimal::fromInteger(950);
            after.figures[1].qualifier = Qualifier::MoreThan;
            after.figures[1].note = QStringLiteral("revised by the provider");
        } else if (change == QLatin1String("deleteFigure")) {
            after.figures.removeAt(1);
        }
        ok = m_editor->saveScheme(before, after).has_value();
    }
    QVERIFY2(ok, qPrintable(m_editor->errorString()));
    QCOMPARE(stepped.count(), 1);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    const QStringList dumpAfter = databaseDump(path, versions);
    const QStringList exportAfter = exportRows(db);
    QVERIFY(dumpAfter != dumpBefore);

    for (int round = 0; round < 2; ++round) {
        m_editor->undoStack()->undo();
        QCOMPARE(databaseDump(path, versions), dumpBefore);
        QCOMPARE(exportRows(db), exportBefore);
        m_editor->undoStack()->redo();
        QCOMPARE(databaseDump(path, versions), dumpAfter);
        QCOMPARE(exportRows(db), exportAfter);
    }
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(stepped.count(), 5);
}

void tst_SchemeEditor::undoAndRedoAreAudited()
{
    const SchemeRecord before = load(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    SchemeRecord after = before;
    after.scheme.status = Status::Pilot;
    QVERIFY(m_editor->saveScheme(before, after));
    m_editor->undoStack()->undo();
    m_editor->undoStack()->redo();
    const auto log
        = AuditStore::reader(m_data->db).entries(QStringLiteral("scheme"), before.scheme.id);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).summary, QStringLiteral("Edit \"DIVERT\": status"));
    QCOMPARE(log.at(1).summary, QStringLiteral("Undo: Edit \"DIVERT\""));
    QCOMPARE(log.at(2).summary, QStringLiteral("Redo: Edit \"DIVERT\""));
    QVERIFY(log.at(1).beforeJson.contains(QLatin1String("\"status\":\"pilot\"")));
    QVERIFY(log.at(1).afterJson.contains(QLatin1String("\"status\":\"active\"")));
    for (const auto &entry : log)
        QCOMPARE(entry.action, QStringLiteral("update"));
}

void tst_SchemeEditor::failedSaveStacksNothing()
{
    SchemeRecord copy = load(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    copy.scheme.id = 0;
    QVERIFY(!m_editor->createScheme(copy));
    QCOMPARE(m_editor->problem(), SchemeWriter::Problem::Invalid);
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void tst_SchemeEditor::undoAfterAnotherCopyChangedIt()
{
    const SchemeRecord before = load(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    SchemeRecord after = before;
    after.scheme.status = Status::Pilot;
    QVERIFY(m_editor->saveScheme(before, after));

    Database other;
    QVERIFY(other.open(m_data->path).ok());
    Scheme theirs = *SchemeStore::reader(other).scheme(before.scheme.id);
    theirs.summary = QStringLiteral("Their summary");
    QVERIFY(SchemeStore(other).update(theirs));

    QSignalSpy failed(m_editor.get(), &SchemeEditor::stepFailed);
    QVERIFY(failed.isValid());
    m_editor->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("changed in another copy")));
    QCOMPARE(m_editor->undoStack()->count(), 0); // the step left the history
    const Scheme now = *SchemeStore::reader(m_data->db).scheme(before.scheme.id);
    QCOMPARE(now.status, Status::Pilot);
    QCOMPARE(now.summary, QStringLiteral("Their summary"));
}

void tst_SchemeEditor::historyTexts()
{
    const SchemeRecord before = load(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    SchemeRecord added = before;
    added.figures.append(figure(QStringLiteral("arrests"), 1));
    SchemeRecord removed = before;
    removed.figures.removeLast();
    SchemeRecord renamed = before;
    renamed.scheme.name = QStringLiteral("DIVERT 2");
    QCOMPARE(SchemeEditor::describe(std::nullopt, before), QStringLiteral("New scheme \"DIVERT\""));
    QCOMPARE(SchemeEditor::describe(before, std::nullopt), QStringLiteral("Delete \"DIVERT\""));
    QCOMPARE(SchemeEditor::describe(before, added), QStringLiteral("Add figure to \"DIVERT\""));
    QCOMPARE(
        SchemeEditor::describe(before, removed), QStringLiteral("Remove figure from \"DIVERT\""));
    QCOMPARE(SchemeEditor::describe(before, renamed), QStringLiteral("Edit \"DIVERT 2\""));
}

QTEST_GUILESS_MAIN(tst_SchemeEditor)
#include "tst_schemeeditor.moc"
