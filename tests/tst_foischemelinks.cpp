// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Deleting a scheme takes it out of the FOI requests that named it; undoing the deletion puts it
// back in them, in its place; redoing takes it out again. A request deleted in between is left
// deleted.

#include "domain/language.h"
#include "editing/schemeeditor.h"
#include "foi/foieditor.h"
#include "foisupport.h"
#include "storage/foistore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using foisupport::request;

class tst_FoiSchemeLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoDeletionRestoresLinks();
    void requestDeletedMeanwhileStaysDeleted();

private:
    QList<qint64> linksOf(const QString &reference) const;

    std::unique_ptr<ShippedDatabase> m_data;
    std::unique_ptr<QUndoStack> m_foiStack;
    std::unique_ptr<FoiEditor> m_foi;
    std::unique_ptr<SchemeEditor> m_schemes;
    qint64 m_divert = 0;
    qint64 m_checkpoint = 0;
};

void tst_FoiSchemeLinks::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("en")));
}

void tst_FoiSchemeLinks::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
    m_foiStack = std::make_unique<QUndoStack>();
    m_foi = std::make_unique<FoiEditor>(m_data->db, m_foiStack.get());
    m_schemes = std::make_unique<SchemeEditor>(m_data->db);
    m_divert = SchemeStore::reader(m_data->db)
                   .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))
                   .value_or(0);
    m_checkpoint = SchemeStore::reader(m_data->db)
                       .idOf(QStringLiteral("Checkpoint"), QStringLiteral("Durham"))
                       .value_or(0);
    QVERIFY(m_divert > 0 && m_checkpoint > 0);
    // DIVERT second in one request, alone in another.
    QVERIFY(m_foi->create(
        request(QStringLiteral("FOI 2020-500"), QDate(2020, 4, 20), { m_checkpoint, m_divert })));
    QVERIFY(
        m_foi->create(request(QStringLiteral("FOI 2020-501"), QDate(2020, 4, 21), { m_divert })));
}

void tst_FoiSchemeLinks::cleanup()
{
    m_schemes.reset();
    m_foi.reset();
    m_foiStack.reset();
    m_data.reset();
}

QList<qint64> tst_FoiSchemeLinks::linksOf(const QString &reference) const
{
    const FoiStore store(m_data->db);
    const auto id = store.idOfReference(reference);
    if (!id)
        return { -1 };
    const auto stored = store.request(*id);
    return stored ? stored->schemeIds : QList<qint64> { -1 };
}

void tst_FoiSchemeLinks::undoDeletionRestoresLinks()
{
    const QStringList before = foisupport::registerDump(m_data->path);
    const auto record = m_schemes->load(m_divert);
    QVERIFY(record);
    QVERIFY2(m_schemes->deleteScheme(*record), qPrintable(m_schemes->errorString()));
    QCOMPARE(linksOf(QStringLiteral("FOI 2020-500")), QList<qint64> { m_checkpoint });
    QCOMPARE(linksOf(QStringLiteral("FOI 2020-501")), QList<qint64> {});

    m_schemes->undoStack()->undo();
    QCOMPARE(linksOf(QStringLiteral("FOI 2020-500")), (QList<qint64> { m_checkpoint, m_divert }));
    QCOMPARE(linksOf(QStringLiteral("FOI 2020-501")), QList<qint64> { m_divert });
    QCOMPARE(foisupport::registerDump(m_data->path), before);

    m_schemes->undoStack()->redo();
    QCOMPARE(linksOf(QStringLiteral("FOI 2020-501")), QList<qint64> {});
    m_schemes->undoStack()->undo();
    QCOMPARE(foisupport::registerDump(m_data->path), before);
    QCOMPARE(m_schemes->undoStack()->count(), 1); // the step stayed in the history
}

void tst_FoiSchemeLinks::requestDeletedMeanwhileStaysDeleted()
{
    const auto record = m_schemes->load(m_divert);
    QVERIFY(record);
    QVERIFY(m_schemes->deleteScheme(*record));
    const FoiStore store(m_data->db);
    const auto gone = store.request(*store.idOfReference(QStringLiteral("FOI 2020-501")));
    QVERIFY(gone);
    QVERIFY(m_foi->remove(*gone));

    m_schemes->undoStack()->undo();
    QVERIFY(SchemeStore::reader(m_data->db).scheme(m_divert));
    QCOMPARE(linksOf(QStringLiteral("FOI 2020-500")), (QList<qint64> { m_checkpoint, m_divert }));
    QVERIFY(!store.idOfReference(QStringLiteral("FOI 2020-501")));
    QCOMPARE(store.count(), 1);
}

QTEST_GUILESS_MAIN(tst_FoiSchemeLinks)
#include "tst_foischemelinks.moc"
