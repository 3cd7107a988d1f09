// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Scheme > History: the audit log of one scheme, newest first, with what each change did.

#include "editing/schemeeditor.h"
#include "editsupport.h"
#include "models/auditlogmodel.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;

class tst_AuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsChangesNewestFirst();
    void describesChanges_data();
    void describesChanges();

private:
    std::unique_ptr<ShippedDatabase> m_data;
};

void tst_AuditLogModel::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
}

void tst_AuditLogModel::cleanup()
{
    m_data.reset();
}

void tst_AuditLogModel::followsChangesNewestFirst()
{
    AuditLogModel model(m_data->db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = *SchemeStore::reader(m_data->db)
                           .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    model.setScheme(id);
    QCOMPARE(model.rowCount(), 0);

    SchemeEditor editor(m_data->db);
    const SchemeRecord before = *editor.load(id);
    SchemeRecord after = before;
    after.scheme.status = Status::Ended;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(editor.saveScheme(before, after));
    QCOMPARE(reset.count(), 1);
    editor.undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AuditLogModel::Summary).data().toString(),
        QStringLiteral("Undo: Edit \"DIVERT\""));
    QCOMPARE(model.index(1, AuditLogModel::Action).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(model.index(1, AuditLogModel::Who).data().toString(), editsupport::osUser());
    QVERIFY(!model.index(1, AuditLogModel::When).data().toString().isEmpty());
    QCOMPARE(model.index(1, 0).data(AuditLogModel::DetailsRole).toString(),
        QStringLiteral("Status: \u201CActive\u201D \u2192 \u201CEnded\u201D"));
    model.setScheme(0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_AuditLogModel::describesChanges_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("created") << ""
                             << R"({"name":"X","summary":""})"
                             << QStringList { "Name: \u201CX\u201D", "Summary: (empty)" };
    QTest::newRow("deleted") << R"({"name":"X"})"
                             << "" << QStringList { "Name: was \u201CX\u201D" };
    QTest::newRow("figureAdded")
        << R"({"name":"X","figures":[]})"
        << R"({"name":"X","figures":[{"id":4,"measure":"referrals","value":"943","value_high":"","period_start":"2021","period_end":""}]})"
        << QStringList { "figure added: Referrals 943 (since 2021)" };
    QTest::newRow("figureChanged")
        << R"({"figures":[{"id":4,"measure":"arrests","value":"3"}]})"
        << R"({"figures":[{"id":4,"measure":"arrests","value":"5"}]})"
        << QStringList { "figure Arrests 3 changed: Value \u201C3\u201D \u2192 \u201C5\u201D" };
    QTest::newRow("figureRemoved")
        << R"({"figures":[{"id":4,"measure":"arrests","value":"3"}]})"
        << R"({"figures":[]})" << QStringList { "figure removed: Arrests 3" };
    QTest::newRow("rangeAndPeriod")
        << R"({"figures":[]})"
        << R"({"figures":[{"id":5,"measure":"referrals","value":"17","value_high":"20","period_start":"2022-03","period_end":"2022-12"}]})"
        << QStringList { "figure added: Referrals 17\u201320 (Mar 2022 to Dec 2022)" };
    QTest::newRow("strandByLabel")
        << R"({"strand":"supply"})"
        << R"({"strand":"other_addictions"})"
        << QStringList { "Strand: \u201CSupply\u201D \u2192 \u201COther addictions\u201D" };
}

void tst_AuditLogModel::describesChanges()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, lines);
    QCOMPARE(AuditLogModel::describeChanges(before, after), lines);
}

QTEST_GUILESS_MAIN(tst_AuditLogModel)
#include "tst_auditlogmodel.moc"
