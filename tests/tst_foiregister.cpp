// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The FOI requests register: its rules, one transaction with an audit entry per change, undo and
// redo on the shared stack, the clock stopped by a clarification, the section 12 cost limit and
// earlier requests about the same schemes.

#include "domain/language.h"
#include "foi/foieditor.h"
#include "foi/foireply.h"
#include "foi/foivalidator.h"
#include "foisupport.h"
#include "reports/reportrequest.h"
#include "storage/auditstore.h"
#include "storage/browsestore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using foisupport::request;

class tst_FoiRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void duplicateReferenceRefused();
    void createComputesDueAndAudits();
    void undoAndRedoRestoreExactly();
    void clarificationStopsTheClock();
    void extendedDueDateKept();
    void conflictingEditRefused();
    void costLimit_data();
    void costLimit();
    void earlierRequestsAboutSameSchemes();
    void deadlineWording_data();
    void deadlineWording();
    void outcomeForDisclosureLog();
    void replyIsAReportForRelease();

private:
    qint64 scheme(const char *name, const char *area) const;
    std::unique_ptr<ShippedDatabase> m_data;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<FoiEditor> m_editor;
};

void tst_FoiRegister::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_FoiRegister::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<FoiEditor>(m_data->db, m_stack.get());
}

void tst_FoiRegister::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_data.reset();
}

qint64 tst_FoiRegister::scheme(const char *name, const char *area) const
{
    return SchemeStore::reader(m_data->db)
        .idOf(QLatin1String(name), QLatin1String(area))
        .value_or(0);
}

void tst_FoiRegister::refusesBadRequests_data()
{
    QTest::addColumn<FoiRequest>("bad");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    const FoiRequest good = request(QStringLiteral("FOI 2024-101"), QDate(2024, 3, 1));
    FoiRequest r = good;
    r.reference.clear();
    QTest::newRow("noReference") << r << "reference"
                                 << "reference";
    r = good;
    r.questions = QStringLiteral("  ");
    QTest::newRow("noQuestions") << r << "questions"
                                 << "questions";
    r = good;
    r.received = QDate();
    QTest::newRow("noReceivedDate") << r << "received"
                                    << "date the request was received";
    r = good;
    r.dueExtended = true;
    r.due = QDate(2024, 2, 28);
    QTest::newRow("dueBeforeReceived") << r << "due"
                                       << "before the date received";
    r = good;
    r.status = FoiStatus::Replied;
    r.replied = QDate(2024, 2, 1);
    QTest::newRow("repliedBeforeReceived") << r << "replied"
                                           << "before the date received";
    r = good;
    r.status = FoiStatus::Replied;
    QTest::newRow("repliedWithoutDate") << r << "replied"
                                        << "needs the date of the reply";
    r = good;
    r.replied = QDate(2024, 3, 20);
    QTest::newRow("openWithReplyDate") << r << "replied"
                                       << "open request has no reply date";
    r = good;
    r.status = FoiStatus::Refused;
    r.replied = QDate(2024, 3, 20);
    QTest::newRow("refusedWithoutExemption") << r << "exemptions"
                                             << "exemption";
    r = good;
    r.status = FoiStatus::Clarification;
    r.clarificationSought = QDate(2024, 2, 20);
    QTest::newRow("clarificationBeforeReceived") << r << "clarification_sought"
                                                 << "before the request";
    r = good;
    r.clarificationSought = QDate(2024, 3, 5);
    r.clarificationReceived = QDate(2024, 3, 4);
    QTest::newRow("answerBeforeQuestion") << r << "clarification_received"
                                          << "before it was sought";
    r = good;
    r.time = { { QDate(2024, 2, 29), 60, QString() } };
    QTest::newRow("timeBeforeReceived") << r << "time"
                                        << "before the request was received";
    r = good;
    r.time = { { QDate(2024, 3, 4), 0, QString() } };
    QTest::newRow("noMinutes") << r << "time"
                               << "minutes";
    r = good;
    r.period = QStringLiteral("2019/21");
    QTest::newRow("periodNotAFinancialYear") << r << "period"
                                             << "2019/21";
    r = good;
    r.exemptions = { QStringLiteral("s99") };
    QTest::newRow("unknownExemption") << r << "exemptions"
                                      << "s99";
}

void tst_FoiRegister::refusesBadRequests()
{
    QFETCH(FoiRequest, bad);
    QFETCH(QString, field);
    QFETCH(QString, words);
    QSignalSpy changed(&m_data->db, &Database::changed);
    QVERIFY(changed.isValid());
    QVERIFY(!m_editor->create(bad));
    QCOMPARE(m_editor->problem(), FoiEditor::Problem::Invalid);
    bool found = false;
    for (const FieldIssue &issue : m_editor->issues())
        found = found || (issue.field == field && issue.message.contains(words));
    QVERIFY2(found, qPrintable(m_editor->errorString()));
    QCOMPARE(m_editor->store().count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_stack->count(), 0);
}

void tst_FoiRegister::duplicateReferenceRefused()
{
    QVERIFY(m_editor->create(request(QStringLiteral("FOI 2020-500"), QDate(2020, 4, 20))));
    QVERIFY(!m_editor->create(request(QStringLiteral("foi 2020-500"), QDate(2020, 5, 1))));
    QCOMPARE(m_editor->problem(), FoiEditor::Problem::Invalid);
    QVERIFY(m_editor->errorString().contains(QStringLiteral("already in the register")));
    QCOMPARE(m_editor->store().count(), 1);
}

void tst_FoiRegister::createComputesDueAndAudits()
{
    const qint64 divert = scheme("DIVERT", "West Mercia");
    QVERIFY(divert > 0);
    QSignalSpy changed(m_editor.get(), &FoiEditor::requestChanged);
    QVERIFY(changed.isValid());
    const auto stored
        = m_editor->create(request(QStringLiteral("FOI 2020-500"), QDate(2020, 4, 20), { divert }));
    QVERIFY2(stored, qPrintable(m_editor->errorString()));
    QCOMPARE(stored->due, QDate(2020, 5, 19)); // over VE Day
    QCOMPARE(stored->schemeIds, QList<qint64> { divert });
    QCOMPARE(stored->subject, QStringLiteral("1. A list of all drug-related diversion schemes."));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), stored->id);
    const auto audit
        = AuditStore::reader(m_data->db).entries(QStringLiteral("foi_request"), stored->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("create"));
    QVERIFY(audit.first().afterJson.contains(QStringLiteral("FOI 2020-500")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("New request FOI 2020-500"));
}

void tst_FoiRegister::undoAndRedoRestoreExactly()
{
    const qint64 divert = scheme("DIVERT", "West Mercia");
    const QStringList empty = foisupport::registerDump(m_data->path);
    const auto created
        = m_editor->create(request(QStringLiteral("FOI 2022-77"), QDate(2022, 9, 1), { divert }));
    QVERIFY(created);
    const QStringList afterCreate = foisupport::registerDump(m_data->path);
    FoiRequest edited = *created;
    edited.status = FoiStatus::Replied;
    edited.replied = QDate(2022, 9, 28);
    edited.exemptions = { QStringLiteral("s40_2") };
    edited.time = { { QDate(2022, 9, 5), 90, QStringLiteral("searching") } };
    QVERIFY2(m_editor->save(*created, edited), qPrintable(m_editor->errorString()));
    const QStringList afterEdit = foisupport::registerDump(m_data->path);
    QVERIFY(afterEdit != afterCreate);

    m_stack->undo();
    QCOMPARE(foisupport::registerDump(m_data->path), afterCreate);
    m_stack->undo();
    QCOMPARE(foisupport::registerDump(m_data->path), empty);
    m_stack->redo();
    QCOMPARE(foisupport::registerDump(m_data->path), afterCreate);
    m_stack->redo();
    QCOMPARE(foisupport::registerDump(m_data->path), afterEdit);
    // Every step is in the audit log.
    QCOMPARE(
        AuditStore::reader(m_data->db).entries(QStringLiteral("foi_request"), created->id).size(),
        6);
}

void tst_FoiRegister::clarificationStopsTheClock()
{
    auto stored = m_editor->create(request(QStringLiteral("FOI 2023-12"), QDate(2023, 4, 20)));
    QVERIFY(stored);
    QCOMPARE(stored->due, QDate(2023, 5, 22));
    FoiRequest asked = *stored;
    asked.status = FoiStatus::Clarification;
    asked.clarificationSought = QDate(2023, 4, 25);
    stored = m_editor->save(*stored, asked);
    QVERIFY2(stored, qPrintable(m_editor->errorString()));
    QVERIFY(!stored->due.isValid());
    QCOMPARE(foi::deadline(*stored, QDate(2023, 6, 30)), foi::Deadline::OnHold);
    FoiRequest answered = *stored;
    answered.status = FoiStatus::Open;
    answered.clarificationReceived = QDate(2023, 5, 2);
    stored = m_editor->save(*stored, answered);
    QVERIFY2(stored, qPrintable(m_editor->errorString()));
    // Twenty new working days from the answer, over the coronation and the spring holiday.
    QCOMPARE(stored->due, QDate(2023, 6, 1));
}

void tst_FoiRegister::extendedDueDateKept()
{
    FoiRequest r = request(QStringLiteral("FOI 2024-3"), QDate(2024, 1, 15));
    r.dueExtended = true;
    r.due = QDate(2024, 3, 11);
    const auto stored = m_editor->create(r);
    QVERIFY(stored);
    QCOMPARE(stored->due, QDate(2024, 3, 11));
    QCOMPARE(foi::computedDue(*stored), QDate(2024, 2, 12));
}

void tst_FoiRegister::conflictingEditRefused()
{
    const auto stored = m_editor->create(request(QStringLiteral("FOI 2024-9"), QDate(2024, 2, 1)));
    QVERIFY(stored);
    FoiRequest first = *stored;
    first.notes = QStringLiteral("first edit");
    QVERIFY(m_editor->save(*stored, first));
    FoiRequest second = *stored; // started from the state before the first edit
    second.notes = QStringLiteral("second edit");
    QVERIFY(!m_editor->save(*stored, second));
    QCOMPARE(m_editor->problem(), FoiEditor::Problem::Conflict);
    QCOMPARE(m_editor->store().request(stored->id)->notes, QStringLiteral("first edit"));
}

void tst_FoiRegister::costLimit_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("state");
    QTest::newRow("none") << 0 << int(foi::CostState::Within);
    QTest::newRow("fourteenHours") << 14 * 60 << int(foi::CostState::Within);
    QTest::newRow("eightyPercent") << 864 << int(foi::CostState::Near);
    QTest::newRow("exactlyEighteenHours") << 18 * 60 << int(foi::CostState::Near);
    QTest::newRow("oneMinuteOver") << 18 * 60 + 1 << int(foi::CostState::Over);
}

void tst_FoiRegister::costLimit()
{
    QFETCH(int, minutes);
    QFETCH(int, state);
    QCOMPARE(int(foi::costState(minutes)), state);
    QCOMPARE(foi::costText(18 * 60), QStringLiteral("18 h 00 min (£450.00 of the £450 limit)"));
    QCOMPARE(foi::costText(390), QStringLiteral("6 h 30 min (£162.50 of the £450 limit)"));
}

void tst_FoiRegister::earlierRequestsAboutSameSchemes()
{
    const qint64 divert = scheme("DIVERT", "West Mercia");
    const qint64 other = BrowseStore(m_data->db).listings().constLast().id;
    QVERIFY(divert > 0 && other != divert);
    FoiRequest first = request(QStringLiteral("FOI 2021-1"), QDate(2021, 3, 1), { divert });
    first.status = FoiStatus::Replied;
    first.replied = QDate(2021, 3, 25);
    first.replyDocument = QStringLiteral("FOI 2021-1 reply.pdf");
    QVERIFY(m_editor->create(first));
    QVERIFY(m_editor->create(request(QStringLiteral("FOI 2021-2"), QDate(2021, 4, 1), { other })));
    const auto repeat = m_editor->create(
        request(QStringLiteral("FOI 2022-3"), QDate(2022, 5, 3), { other, divert }));
    QVERIFY(repeat);
    const QList<FoiRequest> earlier
        = m_editor->store().requestsAboutSchemes(repeat->schemeIds, repeat->id);
    QCOMPARE(earlier.size(), 2);
    QCOMPARE(earlier.at(0).reference, QStringLiteral("FOI 2021-2"));
    QCOMPARE(earlier.at(1).reference, QStringLiteral("FOI 2021-1"));
    QCOMPARE(earlier.at(1).replyDocument, QStringLiteral("FOI 2021-1 reply.pdf"));
    QVERIFY(m_editor->store().requestsAboutSchemes({ divert }, repeat->id).size() == 1);
}

void tst_FoiRegister::deadlineWording_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("deadline");
    // Received Thu 20 April 2023, due Mon 22 May 2023.
    QTest::newRow("weeksAhead") << QDate(2023, 5, 2) << "Due in 13 working days"
                                << int(foi::Deadline::Later);
    QTest::newRow("fiveDaysOverCoronation")
        << QDate(2023, 5, 12) << "Due in 6 working days" << int(foi::Deadline::Later);
    QTest::newRow("withinAWeek") << QDate(2023, 5, 15) << "Due in 5 working days"
                                 << int(foi::Deadline::DueSoon);
    QTest::newRow("dueToday") << QDate(2023, 5, 22) << "Due today" << int(foi::Deadline::DueSoon);
    QTest::newRow("overdueOverWeekend")
        << QDate(2023, 5, 29) << "Overdue by 4 working days" << int(foi::Deadline::Overdue);
}

void tst_FoiRegister::deadlineWording()
{
    QFETCH(QDate, today);
    QFETCH(QString, words);
    QFETCH(int, deadline);
    const FoiRequest r
        = FoiEditor::normalised(request(QStringLiteral("FOI 1"), QDate(2023, 4, 20)));
    QCOMPARE(r.due, QDate(2023, 5, 22));
    QCOMPARE(foi::deadlineText(r, today), words);
    QCOMPARE(int(foi::deadline(r, today)), deadline);
}

void tst_FoiRegister::outcomeForDisclosureLog()
{
    FoiRequest r = request(QStringLiteral("FOI 1"), QDate(2023, 4, 20));
    r.status = FoiStatus::Replied;
    r.exemptions = { QStringLiteral("s16") };
    QCOMPARE(foi::outcome(r), QStringLiteral("Information provided"));
    r.exemptions.append(QStringLiteral("s40_2"));
    QCOMPARE(foi::outcome(r), QStringLiteral("Provided in part"));
    r.status = FoiStatus::Refused;
    QCOMPARE(foi::outcome(r), QStringLiteral("Refused"));
    QCOMPARE(foi::exemptionText(QStringLiteral("s40_2")),
        QStringLiteral("s40(2) Personal data of third parties"));
}

// The reply: the questions first, the schemes in the order linked, the year asked about, and
// small numbers suppressed.
void tst_FoiRegister::replyIsAReportForRelease()
{
    FoiRequest r = request(QStringLiteral("FOI 2020-500"), QDate(2020, 7, 1), { 12, 3 });
    r.period = QStringLiteral("2019/20");
    const ReportRequest report = FoiReply::reportFor(r);
    QVERIFY(report.forRelease);
    QCOMPARE(report.schemeIds, (QList<qint64> { 12, 3 }));
    QCOMPARE(report.leading.text, r.questions);
    QCOMPARE(report.period.from(), QDate(2019, 4, 1));
    QCOMPARE(report.period.to(), QDate(2020, 3, 31));
    QVERIFY(report.title.contains(QStringLiteral("FOI 2020-500")));
    r.period.clear();
    QVERIFY(FoiReply::reportFor(r).period.isAll());
}

QTEST_GUILESS_MAIN(tst_FoiRegister)
#include "tst_foiregister.moc"
