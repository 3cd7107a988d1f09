// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The FOI register's model and proxy: rows follow the editor (insert, update, remove, undo)
// without resets, deadlines are worded and marked, filter-as-you-type and scopes narrow the list.

#include "domain/language.h"
#include "foi/foieditor.h"
#include "foisupport.h"
#include "models/foirequestmodel.h"
#include "models/foirequestproxy.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using foisupport::request;

class tst_FoiRequestModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void followsEditsWithoutReset();
    void deadlinesStandOutInWords();
    void filterAsYouTypeAndScopes_data();
    void filterAsYouTypeAndScopes();
    void sortsDatesAsDates();

private:
    void fileThree();
    std::unique_ptr<ShippedDatabase> m_data;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<FoiEditor> m_editor;
};

void tst_FoiRequestModel::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_FoiRequestModel::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<FoiEditor>(m_data->db, m_stack.get());
}

void tst_FoiRequestModel::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_data.reset();
}

// Received 20 April 2023 (due 22 May, open), 2 May 2023 (due 1 June, open) and 1 March 2023
// (replied).
void tst_FoiRequestModel::fileThree()
{
    const qint64 divert = SchemeStore::reader(m_data->db)
                              .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))
                              .value_or(0);
    QVERIFY(
        m_editor->create(request(QStringLiteral("FOI 2023-12"), QDate(2023, 4, 20), { divert })));
    FoiRequest media = request(QStringLiteral("FOI 2023-15"), QDate(2023, 5, 2));
    media.requesterKind = RequesterKind::Media;
    media.subject = QStringLiteral("Spending on drug testing on arrest");
    QVERIFY(m_editor->create(media));
    FoiRequest replied = request(QStringLiteral("FOI 2023-4"), QDate(2023, 3, 1));
    replied.status = FoiStatus::Refused;
    replied.replied = QDate(2023, 3, 20);
    replied.exemptions = { QStringLiteral("s40_2") };
    QVERIFY(m_editor->create(replied));
}

void tst_FoiRequestModel::followsEditsWithoutReset()
{
    FoiRequestModel model(m_data->db, *m_editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FoiRequestProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(reset.isValid() && inserted.isValid() && removed.isValid() && changed.isValid());

    fileThree();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 3);
    // Newest received first.
    QCOMPARE(model.index(0, FoiRequestModel::Reference).data().toString(),
        QStringLiteral("FOI 2023-15"));
    QCOMPARE(
        model.index(2, FoiRequestModel::Reference).data().toString(), QStringLiteral("FOI 2023-4"));
    QCOMPARE(model.index(1, FoiRequestModel::Schemes).data().toString(), QStringLiteral("DIVERT"));

    const FoiRequest before = model.request(1);
    FoiRequest after = before;
    after.time = { { QDate(2023, 4, 21), 95, QStringLiteral("search") } };
    QVERIFY(m_editor->save(before, after));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(
        model.index(1, FoiRequestModel::TimeSpent).data().toString(), QStringLiteral("1 h 35 min"));

    QVERIFY(m_editor->remove(model.request(0)));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    m_stack->undo(); // the deletion
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, FoiRequestModel::Reference).data().toString(),
        QStringLiteral("FOI 2023-15"));
    QCOMPARE(reset.count(), 0);
}

void tst_FoiRequestModel::deadlinesStandOutInWords()
{
    fileThree();
    FoiRequestModel model(m_data->db, *m_editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2023, 5, 26)); // Friday: the first is 4 days late, the second due in 3
    const int late = model.rowOf(*m_editor->store().idOfReference(QStringLiteral("FOI 2023-12")));
    const int soon = model.rowOf(*m_editor->store().idOfReference(QStringLiteral("FOI 2023-15")));
    const int closed = model.rowOf(*m_editor->store().idOfReference(QStringLiteral("FOI 2023-4")));
    QCOMPARE(model.index(late, FoiRequestModel::Deadline).data().toString(),
        QStringLiteral("Overdue by 4 working days"));
    QCOMPARE(model.index(soon, FoiRequestModel::Deadline).data().toString(),
        QStringLiteral("Due in 3 working days"));
    QCOMPARE(model.index(closed, FoiRequestModel::Deadline).data().toString(), QString());
    QVERIFY(model.index(late, FoiRequestModel::Subject).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(soon, FoiRequestModel::Reference).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(closed, FoiRequestModel::Reference).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(late, 0).data(FoiRequestModel::DeadlineRole).toInt(),
        int(foi::Deadline::Overdue));
}

void tst_FoiRequestModel::filterAsYouTypeAndScopes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QStringList>("shown");
    const int all = int(FoiRequestProxy::Scope::All);
    QTest::newRow("everything") << "" << all
                                << QStringList { "FOI 2023-15", "FOI 2023-12", "FOI 2023-4" };
    QTest::newRow("byScheme") << "divert" << all << QStringList { "FOI 2023-12" };
    QTest::newRow("bySubjectWords") << "drug testing" << all << QStringList { "FOI 2023-15" };
    QTest::newRow("byRequesterKind") << "media" << all << QStringList { "FOI 2023-15" };
    QTest::newRow("byExemption") << "personal data" << all << QStringList { "FOI 2023-4" };
    QTest::newRow("byReference") << "2023-1" << all << QStringList { "FOI 2023-15", "FOI 2023-12" };
    QTest::newRow("openOnly") << "" << int(FoiRequestProxy::Scope::Open)
                              << QStringList { "FOI 2023-15", "FOI 2023-12" };
    QTest::newRow("attention") << "" << int(FoiRequestProxy::Scope::Attention)
                               << QStringList { "FOI 2023-15", "FOI 2023-12" };
    QTest::newRow("closed") << "" << int(FoiRequestProxy::Scope::Closed)
                            << QStringList { "FOI 2023-4" };
    QTest::newRow("nothing") << "no such words" << all << QStringList {};
}

void tst_FoiRequestModel::filterAsYouTypeAndScopes()
{
    QFETCH(QString, text);
    QFETCH(int, scope);
    QFETCH(QStringList, shown);
    fileThree();
    FoiRequestModel model(m_data->db, *m_editor);
    model.setToday(QDate(2023, 5, 26));
    FoiRequestProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setScope(FoiRequestProxy::Scope(scope));
    proxy.setText(text);
    QStringList actual;
    for (int row = 0; row < proxy.rowCount(); ++row)
        actual.append(proxy.index(row, FoiRequestModel::Reference).data().toString());
    QCOMPARE(actual, shown);
}

void tst_FoiRequestModel::sortsDatesAsDates()
{
    fileThree();
    FoiRequestModel model(m_data->db, *m_editor);
    FoiRequestProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FoiRequestModel::Received, Qt::AscendingOrder);
    QCOMPARE(
        proxy.index(0, FoiRequestModel::Reference).data().toString(), QStringLiteral("FOI 2023-4"));
    proxy.sort(FoiRequestModel::Due, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, FoiRequestModel::Reference).data().toString(),
        QStringLiteral("FOI 2023-12"));
    QCOMPARE(
        proxy.index(2, FoiRequestModel::Reference).data().toString(), QStringLiteral("FOI 2023-4"));
}

QTEST_GUILESS_MAIN(tst_FoiRequestModel)
#include "tst_foirequestmodel.moc"
