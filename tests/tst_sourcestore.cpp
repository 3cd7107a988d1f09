// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The source-document manager's storage: documents written with their rules, a copy of a file
// kept in the database, cited documents kept, every write announced and audited; and the list
// model that follows the database.

#include "models/sourcelistmodel.h"
#include "storage/auditstore.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"
#include "storage/sourcestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace opcc;
using namespace testsupport;

namespace {

const QString apcc = QStringLiteral("APCC, Tackling Addictions In Focus");

SourceDocument document(const QString &title)
{
    SourceDocument d;
    d.title = title;
    d.kind = SourceKind::FoiResponse;
    d.publisher = QStringLiteral("Office of the Police and Crime Commissioner for Gwent");
    d.reference = QStringLiteral("FOI 2021-17");
    d.issued = *PartialDate::parse(u"2021-06-30");
    d.file = QStringLiteral("https://www.gwent.pcc.police.uk/foi/2021-17.pdf");
    return d;
}

int attachmentRows(const Database &db)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM source_attachment")) && q.next()
        ? q.value(0).toInt()
        : -1;
}

} // namespace

class tst_SourceStore : public QObject
{
    Q_OBJECT

private slots:
    void shippedDocumentsAreListedWithTheirCitations();
    void newDocumentKeepsEveryField();
    void refusedTitles_data();
    void refusedTitles();
    void attachedCopyRoundTrips();
    void citedDocumentIsKept();
    void removingTakesTheCopyWithIt();
    void renameReachesTheFigures();
    void writesAreAnnouncedAndAudited();
    void mediaTypes_data();
    void mediaTypes();
    void modelFollowsTheDatabase();
};

void tst_SourceStore::shippedDocumentsAreListedWithTheirCitations()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const QList<SourceEntry> entries = SourceStore::reader(shipped.db).entries();
    QCOMPARE(entries.size(), LookupStore::reader(shipped.db).sources().size());
    QVERIFY(entries.size() >= 4);
    const auto found = SourceStore::reader(shipped.db).entry(apcc);
    QVERIFY(found);
    QVERIFY(found->figureCount > 10);
    QCOMPARE(found->document.kind, SourceKind::Report);
    QVERIFY(!found->hasAttachment());
    int figures = 0;
    for (const SourceEntry &e : entries)
        figures += e.figureCount;
    // Every cited figure counted once (the shipped figures all cite a document).
    QCOMPARE(figures, BrowseStore(shipped.db).figureCount());
}

void tst_SourceStore::newDocumentKeepsEveryField()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    SourceStore store(shipped.db);
    const auto id = store.insert(document(QStringLiteral("Gwent OPCC, FOI 2021-17 response")));
    QVERIFY2(id, qPrintable(shipped.db.errorString()));
    const auto read = store.entry(*id);
    QVERIFY(read);
    const SourceDocument expected = document(QStringLiteral("Gwent OPCC, FOI 2021-17 response"));
    QCOMPARE(read->document.title, expected.title);
    QCOMPARE(read->document.kind, expected.kind);
    QCOMPARE(read->document.publisher, expected.publisher);
    QCOMPARE(read->document.reference, expected.reference);
    QCOMPARE(read->document.issued, expected.issued);
    QCOMPARE(read->document.file, expected.file);
    QCOMPARE(read->citations(), 0);
    // The same record as the rest of the app reads it.
    const auto viaDatabase = LookupStore::reader(shipped.db).source(expected.title);
    QVERIFY(viaDatabase);
    QCOMPARE(viaDatabase->reference, expected.reference);
}

void tst_SourceStore::refusedTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << "needs a title";
    QTest::newRow("spacesOnly") << QStringLiteral("   ") << "needs a title";
    QTest::newRow("takenByAnother") << apcc << "already a source document titled";
}

void tst_SourceStore::refusedTitles()
{
    QFETCH(QString, title);
    QFETCH(QString, message);
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    const int before = LookupStore::reader(shipped.db).sources().size();
    SourceStore store(shipped.db);
    QVERIFY(!store.insert(document(title)));
    QVERIFY2(shipped.db.errorString().contains(message), qPrintable(shipped.db.errorString()));
    QCOMPARE(LookupStore::reader(shipped.db).sources().size(), before);
    // An update to a title in use is refused the same way, and changes nothing.
    const auto other = store.insert(document(QStringLiteral("Another document")));
    QVERIFY(other);
    SourceDocument renamed = document(title);
    renamed.id = *other;
    QVERIFY(!store.update(renamed));
    QCOMPARE(store.entry(*other)->document.title, QStringLiteral("Another document"));
}

void tst_SourceStore::attachedCopyRoundTrips()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    SourceStore store(shipped.db);
    const auto id = store.entry(apcc)->document.id;
    QByteArray pdf("%PDF-1.4\n% not a real page\n");
    pdf.append(QByteArray(100000, '\x01')); // bytes of every kind, not text
    pdf.append('\0');
    QVERIFY2(store.attach(id,
                 { QStringLiteral("Tackling Addictions.pdf"),
                     SourceStore::mediaTypeOf(QStringLiteral("x.pdf"), pdf), pdf }),
        qPrintable(shipped.db.errorString()));
    const auto entry = store.entry(id);
    QCOMPARE(entry->attachmentName, QStringLiteral("Tackling Addictions.pdf"));
    QCOMPARE(entry->attachmentSize, qint64(pdf.size()));
    const auto copy = store.attachment(id);
    QVERIFY(copy);
    QCOMPARE(copy->content, pdf);
    QCOMPARE(copy->mediaType, QStringLiteral("application/pdf"));
    // A second file replaces the first.
    QVERIFY(
        store.attach(id, { QStringLiteral("notes.txt"), QStringLiteral("text/plain"), "words" }));
    QCOMPARE(store.attachment(id)->content, QByteArray("words"));
    QCOMPARE(attachmentRows(shipped.db), 1);
    QVERIFY(store.detach(id));
    QVERIFY(!store.attachment(id));
    QVERIFY(!store.entry(id)->hasAttachment());
    QVERIFY(!shipped.db.hasReadError());
}

void tst_SourceStore::citedDocumentIsKept()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    SourceStore store(shipped.db);
    const auto entry = store.entry(apcc);
    QVERIFY(!store.remove(entry->document.id));
    QVERIFY2(shipped.db.errorString().contains(QLatin1String("is cited by")),
        qPrintable(shipped.db.errorString()));
    QVERIFY(store.entry(apcc));
}

void tst_SourceStore::removingTakesTheCopyWithIt()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    SourceStore store(shipped.db);
    const auto id = store.insert(document(QStringLiteral("Uncited")));
    QVERIFY(id);
    QVERIFY(store.attach(*id, { QStringLiteral("u.txt"), QStringLiteral("text/plain"), "u" }));
    QCOMPARE(attachmentRows(shipped.db), 1);
    QVERIFY2(store.remove(*id), qPrintable(shipped.db.errorString()));
    QVERIFY(!store.entry(*id));
    QCOMPARE(attachmentRows(shipped.db), 0);
}

void tst_SourceStore::renameReachesTheFigures()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    SourceStore store(shipped.db);
    SourceDocument d = store.entry(apcc)->document;
    d.title = QStringLiteral("APCC, Tackling Addictions In Focus (2023)");
    QSignalSpy changes(&shipped.db, &Database::recordsChanged);
    QVERIFY(changes.isValid());
    QVERIFY(store.update(d));
    QCOMPARE(changes.count(), 1);
    // The figures that cite it now show the new title: every figure view must read again.
    QVERIFY(changes.first().at(0).value<ChangeSet>().allFigures);
    const qint64 divert = *SchemeStore::reader(shipped.db)
                               .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    bool cited = false;
    for (const Figure &f : FigureStore::reader(shipped.db).ofScheme(divert))
        cited = cited || f.source == d.title;
    QVERIFY(cited);
}

void tst_SourceStore::writesAreAnnouncedAndAudited()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    SourceStore store(shipped.db);
    QSignalSpy changes(&shipped.db, &Database::recordsChanged);
    QVERIFY(changes.isValid());
    const auto id = store.insert(document(QStringLiteral("Audited")));
    QVERIFY(id);
    QCOMPARE(changes.count(), 1);
    const ChangeSet set = changes.first().at(0).value<ChangeSet>();
    QVERIFY(set.lookups);
    QVERIFY(set.audit);
    const auto log = AuditStore::reader(shipped.db).entries(QStringLiteral("source_document"), *id);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, QStringLiteral("create"));
    QVERIFY(log.first().afterJson.contains(QLatin1String("FOI 2021-17")));
    QVERIFY(store.attach(*id, { QStringLiteral("a.txt"), QStringLiteral("text/plain"), "a" }));
    QCOMPARE(changes.count(), 2);
    QCOMPARE(
        AuditStore::reader(shipped.db).entries(QStringLiteral("source_document"), *id).size(), 2);
}

void tst_SourceStore::mediaTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("type");
    QTest::newRow("pdfByContent") << "reply" << QByteArray("%PDF-1.7\n") << "application/pdf";
    QTest::newRow("textByName") << "minutes.txt" << QByteArray("Minutes of the panel")
                                << "text/plain";
}

void tst_SourceStore::mediaTypes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, type);
    QCOMPARE(SourceStore::mediaTypeOf(name, content), type);
}

void tst_SourceStore::modelFollowsTheDatabase()
{
    ShippedDatabase shipped;
    QVERIFY(shipped.open());
    SourceListModel model(shipped.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), LookupStore::reader(shipped.db).sources().size());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (const QSignalSpy *spy : { &inserted, &changed, &removed, &reset })
        QVERIFY(spy->isValid());

    SourceStore store(shipped.db);
    const auto id = store.insert(document(QStringLiteral("Followed")));
    QVERIFY(id);
    QCOMPARE(inserted.count(), 1);
    const int row = model.rowOf(*id);
    QCOMPARE(
        model.index(row, SourceListModel::Title).data().toString(), QStringLiteral("Followed"));
    QCOMPARE(
        model.index(row, SourceListModel::Copy).data().toString(), QStringLiteral("Web address"));
    QVERIFY(
        store.attach(*id, { QStringLiteral("f.pdf"), QStringLiteral("application/pdf"), "%PDF-" }));
    QCOMPARE(changed.count(), 1);
    QVERIFY2(model.index(row, SourceListModel::Copy)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("Attached: f.pdf")),
        qPrintable(model.index(row, SourceListModel::Copy).data().toString()));
    QVERIFY(model.index(row, 0)
                .data(SourceListModel::SearchTextRole)
                .toString()
                .contains(QLatin1String("gwent")));
    QCOMPARE(model.index(row, SourceListModel::Cited).data(SourceListModel::SortRole).toInt(), 0);
    QVERIFY(store.remove(*id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowOf(*id), -1);
    QCOMPARE(reset.count(), 0); // rows are updated, never the whole model reset
}

QTEST_GUILESS_MAIN(tst_SourceStore)
#include "tst_sourcestore.moc"
