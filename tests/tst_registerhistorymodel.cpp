// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tools > History's model and its filters: the audit log of the whole register, newest first,
// naming the scheme of each change (also once deleted) and the files of each import; new
// entries are inserted at the top; words, person, days and scheme narrow it.

#include "editing/schemeeditor.h"
#include "editsupport.h"
#include "importfixture.h"
#include "interchange/csvimporter.h"
#include "models/registerhistorymodel.h"
#include "models/registerhistoryproxy.h"
#include "storage/schemestore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using Model = RegisterHistoryModel;

class tst_RegisterHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }
    void init();
    void cleanup();
    void listsTheWholeRegisterNewestFirst();
    void insertsNewEntriesAtTheTop();
    void filters_data();
    void filters();
    void sortsOnAnyColumn();

private:
    // An edit of DIVERT, an import naming its file, and a deletion of Keyworker pilot.
    void makeHistory();
    QString cell(const QAbstractItemModel &model, int row, int column) const
    {
        return model.index(row, column).data().toString();
    }

    ImportFixture m_fixture;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SchemeEditor> m_editor;
    int m_shippedEntries = 0;
};

void tst_RegisterHistoryModel::init()
{
    m_fixture.renew();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_fixture.freshDatabase()).ok());
    m_editor = std::make_unique<SchemeEditor>(*m_db);
    m_shippedEntries = Model(*m_db).rowCount();
}

void tst_RegisterHistoryModel::cleanup()
{
    m_editor.reset();
    m_db.reset();
}

void tst_RegisterHistoryModel::makeHistory()
{
    const qint64 divert
        = *SchemeStore::reader(*m_db).idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    const SchemeRecord before = *m_editor->load(divert);
    SchemeRecord after = before;
    after.scheme.status = Status::Ended;
    QVERIFY(m_editor->saveScheme(before, after));

    const QString file = m_fixture.write(QStringLiteral("returns.csv"), keyworker);
    CsvImporter importer(*m_db);
    importer.setRecordChanges(true);
    const ImportSummary summary = importer.run({ file }, CsvImporter::Mode::Write);
    QVERIFY(summary.written);
    m_editor->recordImport(ImportSummary::stepName({ file }), summary.changes);

    const qint64 id = *SchemeStore::reader(*m_db).idOf(
        QStringLiteral("Keyworker pilot"), QStringLiteral("Gwent"));
    QVERIFY(m_editor->deleteScheme(*m_editor->load(id)));
}

void tst_RegisterHistoryModel::listsTheWholeRegisterNewestFirst()
{
    Model model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    makeHistory();
    // The edit, the import with its entry for the new scheme, the deletion.
    QCOMPARE(model.rowCount(), m_shippedEntries + 4);
    QCOMPARE(cell(model, 0, Model::Action), QStringLiteral("Deleted"));
    // A deleted scheme is named as the entry recorded it.
    QCOMPARE(cell(model, 0, Model::Record), QStringLiteral("Keyworker pilot"));
    QCOMPARE(cell(model, 0, Model::Area), QStringLiteral("Gwent"));
    QCOMPARE(cell(model, 0, Model::Who), editsupport::osUser());
    QCOMPARE(cell(model, 2, Model::Action), QStringLiteral("Imported"));
    QCOMPARE(cell(model, 2, Model::Record), QStringLiteral("(the register)"));
    QCOMPARE(cell(model, 2, Model::Files), QStringLiteral("returns.csv"));
    QVERIFY(
        model.index(2, 0)
            .data(Model::DetailsRole)
            .toString()
            .contains(QDir::toNativeSeparators(m_fixture.filePath(QStringLiteral("returns.csv")))));
    QCOMPARE(cell(model, 3, Model::Record), QStringLiteral("DIVERT"));
    QCOMPARE(cell(model, 3, Model::Area), QStringLiteral("West Mercia"));
    QVERIFY(model.index(3, 0)
                .data(Model::DetailsRole)
                .toString()
                .contains(QStringLiteral("Status: \u201CActive\u201D \u2192 \u201CEnded\u201D")));
    QVERIFY(model.people().contains(editsupport::osUser()));
}

void tst_RegisterHistoryModel::insertsNewEntriesAtTheTop()
{
    Model model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(inserted.isValid() && reset.isValid());
    makeHistory();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 3); // one per transaction
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    m_editor->undoStack()->undo(); // the deletion
    QCOMPARE(model.rowCount(), m_shippedEntries + 5);
    QCOMPARE(cell(model, 0, Model::Summary), QStringLiteral("Undo: Delete \"Keyworker pilot\""));
    QCOMPARE(cell(model, 0, Model::Action), QStringLiteral("Created"));
}

void tst_RegisterHistoryModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("person");
    QTest::addColumn<int>("fromDays"); // days from today; 99 for none
    QTest::addColumn<int>("toDays");
    QTest::addColumn<QString>("scheme"); // name@area, or empty
    QTest::addColumn<QStringList>("records"); // the Record column of the new entries shown

    const QStringList all { "Keyworker pilot", "(the register)", "DIVERT" };
    QTest::newRow("everything") << ""
                                << "" << 99 << 99 << "" << all;
    QTest::newRow("word") << "divert"
                          << "" << 99 << 99 << "" << QStringList { "DIVERT" };
    QTest::newRow("twoWords") << "keyworker deleted"
                              << "" << 99 << 99 << "" << QStringList { "Keyworker pilot" };
    QTest::newRow("fileName") << "returns.csv"
                              << "" << 99 << 99 << "" << QStringList { "(the register)" };
    QTest::newRow("nobody") << ""
                            << "someone-else" << 99 << 99 << "" << QStringList {};
    QTest::newRow("today") << ""
                           << "" << 0 << 0 << "" << all;
    QTest::newRow("untilYesterday") << ""
                                    << "" << 99 << -1 << "" << QStringList {};
    QTest::newRow("fromTomorrow") << ""
                                  << "" << 1 << 99 << "" << QStringList {};
    // A scheme's own entries, its import entry included.
    QTest::newRow("scheme") << ""
                            << "" << 99 << 99 << "Keyworker pilot@Gwent"
                            << QStringList { "Keyworker pilot", "Keyworker pilot" };
}

void tst_RegisterHistoryModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, person);
    QFETCH(int, fromDays);
    QFETCH(int, toDays);
    QFETCH(QString, scheme);
    QFETCH(QStringList, records);
    Model model(*m_db);
    RegisterHistoryProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 lastShipped
        = model.rowCount() > 0 ? model.index(0, Model::When).data(Model::SortRole).toLongLong() : 0;
    makeHistory();
    qint64 schemeId = 0;
    if (!scheme.isEmpty()) {
        // Deleted by makeHistory(): its id is in the log.
        for (int row = 0; row < model.rowCount() && schemeId == 0; ++row) {
            if (cell(model, row, Model::Record) == scheme.section(QLatin1Char('@'), 0, 0))
                schemeId = model.index(row, 0).data(Model::EntityIdRole).toLongLong();
        }
        QVERIFY(schemeId != 0);
    }
    const QDate today = QDate::currentDate();
    proxy.setText(text);
    proxy.setPerson(person);
    proxy.setDateRange(fromDays == 99 ? QDate() : today.addDays(fromDays),
        toDays == 99 ? QDate() : today.addDays(toDays));
    proxy.setSchemeId(schemeId);
    proxy.sort(Model::When, Qt::DescendingOrder);
    // The entries made here, not those of the shipped dataset's making.
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        if (proxy.index(row, Model::When).data(Model::SortRole).toLongLong() > lastShipped)
            shown.append(proxy.index(row, Model::Record).data().toString());
    }
    QCOMPARE(shown, records);
}

void tst_RegisterHistoryModel::sortsOnAnyColumn()
{
    Model model(*m_db);
    RegisterHistoryProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    makeHistory();
    proxy.sort(Model::When, Qt::AscendingOrder);
    QCOMPARE(proxy.index(proxy.rowCount() - 1, Model::Action).data().toString(),
        QStringLiteral("Deleted"));
    proxy.sort(Model::Record, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, Model::Record)
                    .data()
                    .toString()
                    .localeAwareCompare(proxy.index(row, Model::Record).data().toString())
            <= 0);
}

QTEST_GUILESS_MAIN(tst_RegisterHistoryModel)
#include "tst_registerhistorymodel.moc"
