// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Precise change signals: a committed transaction says what it changed, once, and the scheme
// list updates those rows (no reset), so that a view keeps its selection and scroll position.
// What another user's connection is told of a change (ChangeSet::notice()) says the same.

#include "editing/schemewriter.h"
#include "models/figuretablemodel.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "storage/figurestore.h"
#include "storage/figurewriter.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>

using namespace testsupport;
using opcc::ChangeSet;
using opcc::Database;
using opcc::SchemeTableModel;

namespace {

qint64 schemeNamed(Database &db, const QString &name, const QString &area)
{
    return opcc::SchemeStore::reader(db).idOf(name, area).value_or(0);
}

// The spies of everything a model can say about its rows.
struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
    { }
    bool isValid() const
    {
        return dataChanged.isValid() && reset.isValid() && layout.isValid() && inserted.isValid()
            && removed.isValid();
    }
    QSignalSpy dataChanged;
    QSignalSpy reset;
    QSignalSpy layout;
    QSignalSpy inserted;
    QSignalSpy removed;
};

} // namespace

class tst_SchemeChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commitAnnouncesOnce_data();
    void commitAnnouncesOnce();
    void rollbackAnnouncesNothing();
    void savedEditIsOneDataChanged();
    void insertAndRemoveAreRows();
    void changedSchemeMovesToItsPlace_data();
    void changedSchemeMovesToItsPlace();
    void figureTableReloadsOnlyForItsScheme();
    void importReadsTheListAgain();
    void noticeSaysWhatChanged_data();
    void noticeSaysWhatChanged();

private:
    std::unique_ptr<ShippedDatabase> m_data;
    qint64 m_scorpion = 0;
    qint64 m_hypernova = 0;
};

void tst_SchemeChanges::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
    m_scorpion = schemeNamed(m_data->db, QStringLiteral("Operation Scorpion"),
        QStringLiteral("Avon and Somerset; Devon and Cornwall; Dorset; "
                       "Gloucestershire; Wiltshire"));
    m_hypernova = schemeNamed(
        m_data->db, QStringLiteral("Operation Hypernova"), QStringLiteral("Cambridgeshire"));
    QVERIFY(m_scorpion > 0 && m_hypernova > 0);
}

void tst_SchemeChanges::cleanup()
{
    m_data.reset();
}

void tst_SchemeChanges::commitAnnouncesOnce_data()
{
    QTest::addColumn<QString>("write");
    QTest::newRow("updateScheme") << "updateScheme";
    QTest::newRow("deleteScheme") << "deleteScheme";
    QTest::newRow("insertScheme") << "insertScheme";
    QTest::newRow("updateFigure") << "updateFigure";
    QTest::newRow("deleteFigure") << "deleteFigure";
    QTest::newRow("insertArea") << "insertArea";
}

void tst_SchemeChanges::commitAnnouncesOnce()
{
    QFETCH(QString, write);
    Database &db = m_data->db;
    QSignalSpy spy(&db, &Database::recordsChanged);
    QVERIFY(spy.isValid());
    const opcc::Figure figure = opcc::FigureStore::reader(db).ofScheme(m_scorpion).constFirst();
    qint64 inserted = 0;
    {
        Database::Transaction transaction(db);
        if (write == QLatin1String("updateScheme")) {
            opcc::Scheme scheme = *opcc::SchemeStore::reader(db).scheme(m_scorpion);
            scheme.summary += QStringLiteral(" (checked)");
            QVERIFY(opcc::SchemeStore(db).update(scheme));
        } else if (write == QLatin1String("deleteScheme")) {
            QVERIFY(opcc::SchemeStore(db).remove(m_scorpion));
        } else if (write == QLatin1String("insertScheme")) {
            opcc::Scheme scheme;
            scheme.name = QStringLiteral("Keyworker pilot");
            scheme.areas = { QStringLiteral("Gwent") };
            inserted = opcc::SchemeStore(db).insert(scheme).value_or(0);
            QVERIFY(inserted > 0);
        } else if (write == QLatin1String("updateFigure")) {
            opcc::Figure changed = figure;
            changed.note = QStringLiteral("rechecked");
            QVERIFY(opcc::FigureStore(db).update(changed));
        } else if (write == QLatin1String("deleteFigure")) {
            QVERIFY(opcc::FigureStore(db).remove(figure.id));
        } else if (write == QLatin1String("insertArea")) {
            opcc::Area area;
            area.name = QStringLiteral("Isles of Scilly");
            QVERIFY(opcc::LookupStore(db).insertArea(area));
        }
        QCOMPARE(spy.count(), 0); // nothing before the commit
        QVERIFY(transaction.commit());
    }
    QCOMPARE(spy.count(), 1);
    const auto changes = spy.constFirst().constFirst().value<ChangeSet>();
    if (write == QLatin1String("updateScheme")) {
        QCOMPARE(changes.schemesUpdated, QSet<qint64> { m_scorpion });
        QVERIFY(changes.figuresOfSchemes.isEmpty());
    } else if (write == QLatin1String("deleteScheme")) {
        QCOMPARE(changes.schemesRemoved, QSet<qint64> { m_scorpion });
    } else if (write == QLatin1String("insertScheme")) {
        QCOMPARE(changes.schemesInserted, QSet<qint64> { inserted });
    } else if (write.endsWith(QLatin1String("Figure"))) {
        QCOMPARE(changes.figuresOfSchemes, QSet<qint64> { m_scorpion });
        QVERIFY(changes.touchedSchemes() == QSet<qint64> { m_scorpion });
    } else {
        QVERIFY(changes.lookups);
        QVERIFY(changes.touchedSchemes().isEmpty());
    }
    QVERIFY(!changes.allFigures);
}

void tst_SchemeChanges::rollbackAnnouncesNothing()
{
    Database &db = m_data->db;
    QSignalSpy spy(&db, &Database::recordsChanged);
    QVERIFY(spy.isValid());
    {
        Database::Transaction transaction(db);
        QVERIFY(opcc::SchemeStore(db).remove(m_scorpion));
    } // rolled back
    QCOMPARE(spy.count(), 0);
    // The next transaction does not carry the rolled-back one's changes.
    QVERIFY(opcc::SchemeStore(db).remove(m_hypernova));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.constFirst().constFirst().value<ChangeSet>().schemesRemoved,
        QSet<qint64> { m_hypernova });
}

void tst_SchemeChanges::savedEditIsOneDataChanged()
{
    Database &db = m_data->db;
    SchemeTableModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.loadStatistics();
    opcc::SchemeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(SchemeTableModel::Name);
    QItemSelectionModel selection(&proxy);
    const int row = model.rowOfScheme(m_scorpion);
    const QModelIndex selected = proxy.mapFromSource(model.index(row, SchemeTableModel::Name));
    selection.setCurrentIndex(
        selected, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int figuresBefore = model.index(row, SchemeTableModel::Figures).data().toInt();

    // One saved edit, as the edit panel makes it: a field and a figure of one scheme.
    opcc::SchemeWriter writer(db);
    const auto current = writer.read(m_scorpion);
    QVERIFY(current);
    opcc::SchemeWriter::Change change;
    change.from = current;
    change.to = current;
    change.to->scheme.status = opcc::Status::Ended;
    change.to->figures.removeLast();
    change.summary = QStringLiteral("Edit");
    ModelSpies spies(&model);
    QVERIFY(spies.isValid());
    QVERIFY2(writer.apply(change), qPrintable(writer.errorString()));

    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.layout.count(), 0);
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.dataChanged.count(), 1);
    const QModelIndex topLeft = spies.dataChanged.constFirst().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = spies.dataChanged.constFirst().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    QCOMPARE(model.index(row, SchemeTableModel::Status).data().toString(), QStringLiteral("Ended"));
    QCOMPARE(model.index(row, SchemeTableModel::Figures).data().toInt(), figuresBefore - 1);
    // The selection followed by itself: no code had to find the scheme again.
    QCOMPARE(selection.currentIndex().data(SchemeTableModel::IdRole).toLongLong(), m_scorpion);
    QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
}

void tst_SchemeChanges::insertAndRemoveAreRows()
{
    Database &db = m_data->db;
    SchemeTableModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const int before = model.rowCount();
    ModelSpies spies(&model);
    QVERIFY(spies.isValid());

    opcc::Scheme scheme;
    scheme.name = QStringLiteral("Keyworker pilot");
    scheme.areas = { QStringLiteral("Gwent") };
    scheme.organisations = { { QStringLiteral("Gwent Drug Project"), opcc::Role::Provider } };
    const auto id = opcc::SchemeStore(db).insert(scheme);
    QVERIFY(id);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    const int row = model.rowOfScheme(*id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, SchemeTableModel::Providers).data().toString(),
        QStringLiteral("Gwent Drug Project"));

    QVERIFY(opcc::SchemeStore(db).remove(m_hypernova));
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.rowOfScheme(m_hypernova), -1);
    QVERIFY(model.rowOfScheme(*id) >= 0);
    QCOMPARE(model.schemeIdAt(model.rowOfScheme(*id)), *id);
    QCOMPARE(spies.reset.count(), 0);
}

// The list keeps its rows in the order of its sort column: a change of the value it is sorted by
// moves the row (one rowsMoved and one dataChanged, no reset or layout change), a new scheme is
// inserted in its place, and the selection follows.
void tst_SchemeChanges::changedSchemeMovesToItsPlace_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("name"); // the scheme's new name
    QTest::addColumn<bool>("first"); // where it goes: the first row, else the last
    QTest::newRow("by name, to the top")
        << int(SchemeTableModel::Name) << Qt::AscendingOrder << "Aardvark outreach" << true;
    QTest::newRow("by name, to the bottom")
        << int(SchemeTableModel::Name) << Qt::AscendingOrder << "Zzyzx outreach" << false;
    QTest::newRow("by name Z to A, to the bottom")
        << int(SchemeTableModel::Name) << Qt::DescendingOrder << "Aardvark outreach" << false;
    QTest::newRow("by name Z to A, to the top")
        << int(SchemeTableModel::Name) << Qt::DescendingOrder << "Zzyzx outreach" << true;
}

void tst_SchemeChanges::changedSchemeMovesToItsPlace()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, name);
    QFETCH(bool, first);
    Database &db = m_data->db;
    SchemeTableModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.loadStatistics();
    opcc::SchemeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, order);
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(
        proxy.mapFromSource(model.index(model.rowOfScheme(m_scorpion), SchemeTableModel::Name)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const auto inOrder = [&model, column, order] {
        for (int row = 1; row < model.rowCount(); ++row) {
            const QString a
                = model.index(row - 1, column).data(SchemeTableModel::RawValueRole).toString();
            const QString b
                = model.index(row, column).data(SchemeTableModel::RawValueRole).toString();
            if (order == Qt::AscendingOrder ? b < a : a < b)
                return false;
        }
        return true;
    };
    QVERIFY(inOrder());

    opcc::SchemeWriter writer(db);
    const auto current = writer.read(m_scorpion);
    QVERIFY(current);
    opcc::SchemeWriter::Change change;
    change.from = current;
    change.to = current;
    change.to->scheme.name = name;
    change.summary = QStringLiteral("Edit");
    ModelSpies spies(&model);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QVERIFY(spies.isValid() && moved.isValid());
    QVERIFY2(writer.apply(change), qPrintable(writer.errorString()));

    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.layout.count(), 0);
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(spies.dataChanged.count(), 1);
    const int row = model.rowOfScheme(m_scorpion);
    QCOMPARE(row, first ? 0 : model.rowCount() - 1);
    QCOMPARE(model.schemeIdAt(row), m_scorpion);
    QCOMPARE(spies.dataChanged.constFirst().at(0).value<QModelIndex>().row(), row);
    QCOMPARE(model.index(row, SchemeTableModel::Name).data().toString(), name);
    QVERIFY(inOrder());
    QCOMPARE(selection.currentIndex().data(SchemeTableModel::IdRole).toLongLong(), m_scorpion);
    QVERIFY(selection.isRowSelected(selection.currentIndex().row()));

    // A new scheme named so goes in its place too.
    opcc::Scheme scheme;
    scheme.name = name + QStringLiteral(" 2");
    scheme.areas = { QStringLiteral("Gwent") };
    const auto id = opcc::SchemeStore(db).insert(scheme);
    QVERIFY(id);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.layout.count(), 0);
    // "... 2" sorts after the renamed scheme: beside it, after it A to Z and before it Z to A.
    const int last = model.rowCount() - 1;
    QCOMPARE(model.rowOfScheme(*id),
        order == Qt::AscendingOrder ? (first ? 1 : last) : (first ? 0 : last - 1));
    QVERIFY(inOrder());
}

void tst_SchemeChanges::figureTableReloadsOnlyForItsScheme()
{
    Database &db = m_data->db;
    opcc::FigureTableModel figures(db);
    QAbstractItemModelTester tester(
        &figures, QAbstractItemModelTester::FailureReportingMode::QtTest);
    figures.setScheme(m_scorpion);
    QSignalSpy reset(&figures, &QAbstractItemModel::modelReset);
    QVERIFY(reset.isValid());

    opcc::Scheme other = *opcc::SchemeStore::reader(db).scheme(m_hypernova);
    other.summary += QStringLiteral(" (checked)");
    QVERIFY(opcc::SchemeStore(db).update(other));
    QCOMPARE(reset.count(), 0); // another scheme's change

    opcc::Figure figure = opcc::FigureStore::reader(db).ofScheme(m_scorpion).constFirst();
    figure.note = QStringLiteral("rechecked");
    QVERIFY(opcc::FigureStore(db).update(figure));
    QCOMPARE(reset.count(), 1);
}

void tst_SchemeChanges::importReadsTheListAgain()
{
    // A bulk write that cannot list its figures: the list reads its statistics again.
    Database &db = m_data->db;
    SchemeTableModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QSignalSpy ready(&model, &SchemeTableModel::statisticsReady);
    QVERIFY(ready.isValid());
    opcc::Figure figure = opcc::FigureStore::reader(db).ofScheme(m_scorpion).constFirst();
    figure.id = 0;
    figure.periodLabel.clear();
    figure.periodStart = *opcc::PartialDate::parse(QStringLiteral("2019-01"));
    figure.periodEnd = *opcc::PartialDate::parse(QStringLiteral("2019-12"));
    {
        Database::Transaction transaction(db, Database::Transaction::Nesting::Whole);
        opcc::WrittenFigures written;
        opcc::FigureWriter writer(db, written);
        writer.addFigure(figure, 1);
        QVERIFY(writer.finish());
        QVERIFY(transaction.commit());
    }
    QTRY_COMPARE(ready.count(), 1);
    const int row = model.rowOfScheme(m_scorpion);
    QCOMPARE(model.index(row, SchemeTableModel::Figures).data().toInt(),
        int(opcc::FigureStore::reader(db).ofScheme(m_scorpion).size()));
}

void tst_SchemeChanges::noticeSaysWhatChanged_data()
{
    using opcc::ChangeSet;
    QTest::addColumn<ChangeSet>("changes");
    QTest::addColumn<QList<qint64>>("schemes"); // read again by the listener
    QTest::addColumn<QList<qint64>>("figuresOf");
    QTest::addColumn<QString>("flags"); // all, lookups, audit, roles: those set

    ChangeSet updated;
    updated.schemesUpdated = { 7 };
    QTest::newRow("a scheme updated")
        << updated << QList<qint64> { 7 } << QList<qint64> {} << QString();
    ChangeSet rows;
    rows.schemesInserted = { 1 };
    rows.schemesRemoved = { 2 };
    rows.figuresOfSchemes = { 3 };
    QTest::newRow("inserted, removed and figures: each read again")
        << rows << QList<qint64> { 1, 2, 3 } << QList<qint64> { 3 } << QString();
    ChangeSet flags;
    flags.allFigures = true;
    flags.lookups = true;
    flags.audit = true;
    flags.roles = true;
    QTest::newRow("flags") << flags << QList<qint64> {} << QList<qint64> {}
                           << QStringLiteral("all lookups audit roles");
    ChangeSet audit;
    audit.audit = true;
    QTest::newRow("an audit entry alone")
        << audit << QList<qint64> {} << QList<qint64> {} << QStringLiteral("audit");
}

// The notice carries the ids a listener reads again and the kinds of change, within NOTIFY's
// 8,000 bytes however many schemes changed; a payload that is not a notice says nothing.
void tst_SchemeChanges::noticeSaysWhatChanged()
{
    using opcc::ChangeSet;
    QFETCH(ChangeSet, changes);
    QFETCH(QList<qint64>, schemes);
    QFETCH(QList<qint64>, figuresOf);
    QFETCH(QString, flags);
    const ChangeSet told = ChangeSet::fromNotice(changes.notice());
    QCOMPARE(told.schemesUpdated, QSet<qint64>(schemes.cbegin(), schemes.cend()));
    QVERIFY(told.schemesInserted.isEmpty() && told.schemesRemoved.isEmpty());
    QCOMPARE(told.figuresOfSchemes, QSet<qint64>(figuresOf.cbegin(), figuresOf.cend()));
    QStringList set;
    if (told.allFigures)
        set.append(QStringLiteral("all"));
    if (told.lookups)
        set.append(QStringLiteral("lookups"));
    if (told.audit)
        set.append(QStringLiteral("audit"));
    if (told.roles)
        set.append(QStringLiteral("roles"));
    QCOMPARE(set.join(QLatin1Char(' ')), flags);
    QCOMPARE(told.isEmpty(), changes.isEmpty());

    // Ten thousand schemes and their figures: the lists are cut, the notice fits.
    ChangeSet many = changes;
    for (qint64 id = 1'000'000'000'000; id < 1'000'000'010'000; ++id) {
        many.schemesUpdated.insert(id);
        many.figuresOfSchemes.insert(id);
    }
    const QString notice = many.notice();
    QVERIFY2(notice.toUtf8().size() < 8000, qPrintable(QString::number(notice.size())));
    const ChangeSet cut = ChangeSet::fromNotice(notice);
    QCOMPARE(cut.schemesUpdated.size(), ChangeSet::maxNoticeIds);
    QCOMPARE(cut.figuresOfSchemes.size(), ChangeSet::maxNoticeIds);
    QVERIFY(many.touchedSchemes().contains(cut.schemesUpdated));

    QVERIFY(ChangeSet::fromNotice(QStringLiteral("not a notice")).isEmpty());
    QVERIFY(ChangeSet::fromNotice(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SchemeChanges)
#include "tst_schemechanges.moc"
