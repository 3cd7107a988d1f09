// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The source-document manager's writes as steps of the undo history: each save, new document,
// deletion, copy attached or removed is one step, named after the document; undoing it puts
// the register back as it was and redoing it as it became, each with its audit entry, and the
// step outlives the run as the schemes' edits do.

#include "editing/schemeeditor.h"
#include "editing/sourceeditor.h"
#include "storage/auditstore.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "testsupport.h"

#include <QUndoStack>

using namespace opcc;
using namespace testsupport;

namespace {

const QString apcc = QStringLiteral("APCC, Tackling Addictions In Focus");
const QString spare = QStringLiteral("Home Office, From Harm to Hope");

// Every document as one line: what an undo must put back exactly.
QStringList registerState(const Database &db)
{
    QStringList lines;
    for (const SourceEntry &e : SourceStore::reader(db).entries())
        lines.append(QStringList { QString::number(e.document.id), e.document.title,
            e.document.publisher, e.document.file, e.attachmentName }
                         .join(QLatin1Char('|')));
    return lines;
}

} // namespace

class tst_SourceEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesAreUndoSteps_data();
    void writesAreUndoSteps();
    void withoutHistoryWritesAlone();
    void stepsOutliveTheRun();

private:
    // Makes the change `action` names through editor (after any step it needs first).
    bool act(SourceEditor &editor, const QString &action);
    qint64 idOf(const QString &title) const;

    std::unique_ptr<ShippedDatabase> m_data;
};

void tst_SourceEditor::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
}

void tst_SourceEditor::cleanup()
{
    m_data.reset();
}

qint64 tst_SourceEditor::idOf(const QString &title) const
{
    const auto entry = SourceStore::reader(m_data->db).entry(title);
    return entry ? entry->document.id : 0;
}

bool tst_SourceEditor::act(SourceEditor &editor, const QString &action)
{
    const SourceAttachment copy { QStringLiteral("minutes.txt"), QStringLiteral("text/plain"),
        QByteArray("943 referrals were made to DIVERT") };
    if (action == QLatin1String("edit")) {
        SourceDocument d = SourceStore::reader(m_data->db).entry(apcc)->document;
        d.publisher = QStringLiteral("Association of Police and Crime Commissioners");
        d.file = QStringLiteral("https://www.apccs.police.uk/");
        return editor.update(d);
    }
    if (action == QLatin1String("new")) {
        SourceDocument d;
        d.title = spare;
        d.kind = SourceKind::Report;
        return editor.insert(d).has_value();
    }
    if (action == QLatin1String("delete"))
        return editor.remove(idOf(spare));
    if (action == QLatin1String("attach"))
        return editor.attach(idOf(apcc), copy);
    if (action == QLatin1String("detach"))
        return editor.detach(idOf(apcc));
    return false;
}

void tst_SourceEditor::writesAreUndoSteps_data()
{
    QTest::addColumn<QString>("prepare"); // a step made first, not under test
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("stepText");
    QTest::addColumn<QString>("auditAction"); // of the undo's audit entry
    QTest::newRow("edit") << QString() << QStringLiteral("edit")
                          << QStringLiteral("Edit of source \"%1\"").arg(apcc)
                          << QStringLiteral("update");
    QTest::newRow("new") << QString() << QStringLiteral("new")
                         << QStringLiteral("New source \"%1\"").arg(spare)
                         << QStringLiteral("delete");
    QTest::newRow("delete") << QStringLiteral("new") << QStringLiteral("delete")
                            << QStringLiteral("Delete source \"%1\"").arg(spare)
                            << QStringLiteral("create");
    QTest::newRow("attach") << QString() << QStringLiteral("attach")
                            << QStringLiteral("Attach \"minutes.txt\" to source \"%1\"").arg(apcc)
                            << QStringLiteral("update");
    QTest::newRow("remove copy") << QStringLiteral("attach") << QStringLiteral("detach")
                                 << QStringLiteral("Remove the copy of source \"%1\"").arg(apcc)
                                 << QStringLiteral("update");
}

void tst_SourceEditor::writesAreUndoSteps()
{
    QFETCH(QString, prepare);
    QFETCH(QString, action);
    QFETCH(QString, stepText);
    QFETCH(QString, auditAction);
    SchemeEditor history(m_data->db);
    SourceEditor editor(m_data->db, &history);
    QUndoStack *stack = history.undoStack();
    if (!prepare.isEmpty())
        QVERIFY(act(editor, prepare));
    const QStringList before = registerState(m_data->db);
    const int steps = stack->count();
    QVERIFY2(act(editor, action), qPrintable(m_data->db.errorString()));
    const QStringList after = registerState(m_data->db);
    QVERIFY(after != before);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(stack->undoText(), stepText);

    stack->undo();
    QCOMPARE(registerState(m_data->db), before);
    const QList<AuditStore::Entry> log
        = AuditStore::reader(m_data->db).entries(QStringLiteral("source_document"));
    QVERIFY(!log.isEmpty());
    const AuditStore::Entry undone = log.constLast(); // the log is in the order written
    QCOMPARE(undone.summary, QStringLiteral("Undo: %1").arg(stepText));
    QCOMPARE(undone.action, auditAction);

    stack->redo();
    QCOMPARE(registerState(m_data->db), after);
    QCOMPARE(stack->undoText(), stepText);
}

void tst_SourceEditor::withoutHistoryWritesAlone()
{
    SourceEditor editor(m_data->db, nullptr);
    const QStringList before = registerState(m_data->db);
    QVERIFY(act(editor, QStringLiteral("edit")));
    QVERIFY(registerState(m_data->db) != before);
    // A failed write is no step: a title already used.
    SchemeEditor history(m_data->db);
    SourceEditor recorded(m_data->db, &history);
    SourceDocument copy = SourceStore::reader(m_data->db).entry(apcc)->document;
    copy.id = 0;
    QVERIFY(!recorded.insert(copy));
    QCOMPARE(history.undoStack()->count(), 0);
}

void tst_SourceEditor::stepsOutliveTheRun()
{
    const QStringList before = registerState(m_data->db);
    {
        SchemeEditor history(m_data->db);
        SourceEditor editor(m_data->db, &history);
        QVERIFY(act(editor, QStringLiteral("edit")));
    }
    SchemeEditor later(m_data->db);
    later.restoreHistory();
    QCOMPARE(later.undoStack()->undoText(), QStringLiteral("Edit of source \"%1\"").arg(apcc));
    later.undoStack()->undo();
    QCOMPARE(registerState(m_data->db), before);
}

QTEST_GUILESS_MAIN(tst_SourceEditor)
#include "tst_sourceeditor.moc"
