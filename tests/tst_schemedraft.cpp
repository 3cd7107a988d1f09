// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A scheme being entered: the record its models add up to, and what is wrong with it.

#include "editing/schemedraft.h"
#include "editsupport.h"
#include "models/areachoicemodel.h"
#include "models/figureeditmodel.h"
#include "models/organisationlinkmodel.h"
#include "models/schemeeditmodel.h"
#include "storage/figurestore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QSignalSpy>

using namespace opcc;
using namespace testsupport;

namespace {

QStringList fieldsOf(const QList<FieldIssue> &issues)
{
    QStringList fields;
    for (const FieldIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

} // namespace

class tst_SchemeDraft : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newSchemeSaysWhatIsMissing();
    void filledInIsValid();
    void duplicatePointsAtExisting();
    void loadedRecordIsUnchangedUntilEdited();

private:
    void fillIn(SchemeDraft &draft, const QString &name, const QString &area);
    std::unique_ptr<ShippedDatabase> m_data;
};

void tst_SchemeDraft::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
}

void tst_SchemeDraft::cleanup()
{
    m_data.reset();
}

void tst_SchemeDraft::fillIn(SchemeDraft &draft, const QString &name, const QString &area)
{
    SchemeEditModel *fields = draft.fields();
    fields->setData(fields->index(0, SchemeEditModel::Name), name);
    fields->setData(fields->index(0, SchemeEditModel::Strand), 1);
    draft.areas()->setChosen({ area });
}

void tst_SchemeDraft::newSchemeSaysWhatIsMissing()
{
    SchemeDraft draft(m_data->db);
    draft.startNew();
    QVERIFY(!draft.isModified());
    QCOMPARE(fieldsOf(draft.schemeIssues()), (QStringList { "strand", "name", "area" }));
    QVERIFY(!draft.isValid());
    QVERIFY(draft.areas()->rowCount() >= 44); // 43 force areas and National
    QVERIFY(!draft.figures()->measures().isEmpty());
    draft.fields()->setData(
        draft.fields()->index(0, SchemeEditModel::End), QStringLiteral("2022-14"));
    QVERIFY(fieldsOf(draft.schemeIssues()).contains(QStringLiteral("end")));
}

void tst_SchemeDraft::filledInIsValid()
{
    SchemeDraft draft(m_data->db);
    draft.startNew();
    QSignalSpy changed(&draft, &SchemeDraft::changed);
    QVERIFY(changed.isValid());
    fillIn(
        draft, QStringLiteral("  Offender to Rehab (Solihull) "), QStringLiteral("West Midlands"));
    QVERIFY(changed.count() >= 3);
    QVERIFY(draft.isModified());
    QVERIFY2(draft.isValid(), qPrintable(draft.schemeIssues().value(0).message));
    draft.organisations()->appendLink({ QStringLiteral("PCC"), Role::Funder });
    const QModelIndex row
        = draft.figures()->appendFigure(editsupport::figure(QStringLiteral("people_enrolled"), 27));
    QVERIFY(draft.isValid());
    draft.figures()->setData(row.siblingAtColumn(FigureEditModel::Value), QStringLiteral("-3"));
    QVERIFY(!draft.isValid());
    draft.figures()->setData(row.siblingAtColumn(FigureEditModel::Value), QStringLiteral("27"));
    const SchemeRecord record = draft.record();
    QCOMPARE(record.scheme.name, QStringLiteral("Offender to Rehab (Solihull)"));
    QCOMPARE(record.scheme.strand, Strand::Treatment);
    QCOMPARE(record.scheme.areas, QStringList { QStringLiteral("West Midlands") });
    QCOMPARE(record.scheme.organisations.size(), 1);
    QCOMPARE(record.figures.size(), 1);
    QCOMPARE(record.figures.first().value, Decimal::fromInteger(27));
}

void tst_SchemeDraft::duplicatePointsAtExisting()
{
    SchemeDraft draft(m_data->db);
    draft.startNew();
    fillIn(draft, QStringLiteral("Offender to Rehab"), QStringLiteral("West Midlands"));
    const QList<FieldIssue> issues = draft.schemeIssues();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("name"));
    QCOMPARE(issues.first().existingSchemeId,
        *SchemeStore::reader(m_data->db)
             .idOf(QStringLiteral("Offender to Rehab"), QStringLiteral("West Midlands")));
    // The same name in another area is another scheme.
    draft.areas()->setChosen({ QStringLiteral("Kent") });
    QVERIFY(draft.schemeIssues().isEmpty());
}

void tst_SchemeDraft::loadedRecordIsUnchangedUntilEdited()
{
    const qint64 id = *SchemeStore::reader(m_data->db)
                           .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    const SchemeRecord stored { *SchemeStore::reader(m_data->db).scheme(id),
        FigureStore::reader(m_data->db).ofScheme(id) };
    SchemeDraft draft(m_data->db);
    draft.load(stored);
    QVERIFY(!draft.isNew());
    QVERIFY(!draft.isModified());
    QVERIFY(draft.isValid()); // not a duplicate of itself
    QVERIFY(sameContent(draft.record(), stored));
    draft.fields()->setData(draft.fields()->index(0, SchemeEditModel::Status), 3);
    QVERIFY(draft.isModified());
    QCOMPARE(changedFields(stored, draft.record()), QStringList { QStringLiteral("status") });
    draft.fields()->setData(draft.fields()->index(0, SchemeEditModel::Status), 2);
    QVERIFY(!draft.isModified());
}

QTEST_GUILESS_MAIN(tst_SchemeDraft)
#include "tst_schemedraft.moc"
