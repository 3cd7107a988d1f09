// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The FOI requests register travels in the full export and comes back from it: foi_requests.csv
// and foi_time.csv (and the same sheets of the workbook) imported into a fresh database and
// exported again give the same bytes; an import with a bad row writes nothing and names the
// file, the line and the column.

#include "domain/language.h"
#include "foi/foieditor.h"
#include "foisupport.h"
#include "interchange/csvexporter.h"
#include "interchange/csvimporter.h"
#include "interchange/foirequestscsv.h"
#include "interchange/xlsxexporter.h"
#include "storage/foistore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QDir>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using foisupport::request;

class tst_FoiInterchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void csvRoundTripIsByteIdentical();
    void workbookRoundTrip();
    void secondImportChangesNothing();
    void timeFileReplacesTheLog();
    void badRowWritesNothing_data();
    void badRowWritesNothing();

private:
    QStringList exportTo(Database &db, const QString &directory);
    QStringList importInto(Database &db, const QStringList &files, ImportSummary *summary);

    std::unique_ptr<ShippedDatabase> m_data;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<FoiEditor> m_editor;
};

void tst_FoiInterchange::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("en")));
}

// A register with what an officer keeps: links to a scheme of several areas, a clarification,
// an extension, a refusal, a formula-like subject, questions over several lines, a time log.
void tst_FoiInterchange::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<FoiEditor>(m_data->db, m_stack.get());
    Database &db = m_data->db;
    const qint64 divert = SchemeStore::reader(db)
                              .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))
                              .value_or(0);
    const qint64 scorpion = SchemeStore::reader(db)
                                .idOf(QStringLiteral("Operation Scorpion"),
                                    QStringLiteral("Avon and Somerset; Devon and Cornwall; Dorset; "
                                                   "Gloucestershire; Wiltshire"))
                                .value_or(0);
    QVERIFY(divert > 0 && scorpion > 0);

    FoiRequest replied
        = request(QStringLiteral("FOI 2020-500"), QDate(2020, 4, 20), { scorpion, divert });
    replied.subject = QStringLiteral("Diversion schemes, \"people\" and numbers");
    replied.period = QStringLiteral("2019/20");
    replied.status = FoiStatus::Replied;
    replied.replied = QDate(2020, 5, 15);
    replied.exemptions = { QStringLiteral("s40_2"), QStringLiteral("s21") };
    replied.replyDocument = QStringLiteral("replies/FOI 2020-500.pdf");
    replied.notes = QStringLiteral("Asked again in 2021.\nSee the panel minutes.");
    replied.time = { { QDate(2020, 4, 21), 120, QStringLiteral("=searching") },
        { QDate(2020, 4, 22), 45, QString() } };
    QVERIFY(m_editor->create(replied));

    FoiRequest refused = request(QStringLiteral("FOI 2021-7"), QDate(2021, 1, 4));
    refused.subject = QStringLiteral("=HYPERLINK(\"x\")");
    refused.requesterKind = RequesterKind::Media;
    refused.status = FoiStatus::Refused;
    refused.replied = QDate(2021, 2, 1);
    refused.exemptions = { QStringLiteral("s12"), QStringLiteral("s16") };
    QVERIFY(m_editor->create(refused));

    FoiRequest waiting = request(QStringLiteral("FOI 2021-8"), QDate(2021, 1, 5), { divert });
    waiting.status = FoiStatus::Clarification;
    waiting.clarificationSought = QDate(2021, 1, 8);
    waiting.due = foi::computedDue(waiting);
    QVERIFY(m_editor->create(waiting));

    FoiRequest extended = request(QStringLiteral("FOI 2021-9"), QDate(2021, 3, 1));
    extended.dueExtended = true;
    extended.due = QDate(2021, 5, 28);
    extended.requesterKind = RequesterKind::ElectedMember;
    QVERIFY(m_editor->create(extended));
}

void tst_FoiInterchange::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_data.reset();
}

QStringList tst_FoiInterchange::exportTo(Database &db, const QString &directory)
{
    CsvExporter exporter(db);
    if (!exporter.exportTo(directory)) {
        qWarning("%s", qPrintable(exporter.errorString()));
        return {};
    }
    QStringList files;
    for (const QString &name : CsvExporter::exportedFileNames())
        files.append(QDir(directory).filePath(name));
    return files;
}

QStringList tst_FoiInterchange::importInto(
    Database &db, const QStringList &files, ImportSummary *summary)
{
    CsvImporter importer(db);
    *summary = importer.run(files, CsvImporter::Mode::Write);
    QStringList messages;
    for (const ImportMessage &message : summary->errors)
        messages.append(message.toString());
    return messages;
}

void tst_FoiInterchange::csvRoundTripIsByteIdentical()
{
    const QString first = m_data->dir.filePath(QStringLiteral("first"));
    const QStringList files = exportTo(m_data->db, first);
    QVERIFY(!files.isEmpty());
    QVERIFY(files.contains(QDir(first).filePath(FoiRequestsCsv::requestsFileName())));
    QVERIFY(files.contains(QDir(first).filePath(FoiRequestsCsv::timeFileName())));

    ShippedDatabase fresh;
    QVERIFY(fresh.open());
    QCOMPARE(FoiStore(fresh.db).count(), 0);
    ImportSummary summary;
    const QStringList errors = importInto(fresh.db, files, &summary);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(summary.written);
    QCOMPARE(summary.foiRequestsAdded, 4);
    QCOMPARE(summary.foiTimeLogsUpdated, 1);
    QCOMPARE(FoiStore(fresh.db).count(), 4);

    const QString second = fresh.dir.filePath(QStringLiteral("second"));
    const QStringList again = exportTo(fresh.db, second);
    QCOMPARE(again.size(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        QVERIFY2(fileBytes(files.at(i)) == fileBytes(again.at(i)), qPrintable(files.at(i)));
    }
    // The links kept their order, the scheme of five areas included.
    const auto stored = FoiStore(fresh.db).idOfReference(QStringLiteral("FOI 2020-500"));
    QVERIFY(stored);
    const FoiRequest request = *FoiStore(fresh.db).request(*stored);
    QCOMPARE(request.schemeIds.size(), 2);
    QCOMPARE(SchemeStore::reader(fresh.db).scheme(request.schemeIds.at(0))->name,
        QStringLiteral("Operation Scorpion"));
    QCOMPARE(request.time.size(), 2);
    QCOMPARE(request.time.at(0).note, QStringLiteral("=searching"));
}

void tst_FoiInterchange::workbookRoundTrip()
{
    const QString workbook = m_data->dir.filePath(QStringLiteral("register.xlsx"));
    XlsxExporter xlsx(m_data->db);
    QVERIFY2(xlsx.exportTo(workbook), qPrintable(xlsx.errorString()));
    const QString first = m_data->dir.filePath(QStringLiteral("first"));
    const QStringList files = exportTo(m_data->db, first);
    QVERIFY(!files.isEmpty());

    ShippedDatabase fresh;
    QVERIFY(fresh.open());
    ImportSummary summary;
    const QStringList errors = importInto(fresh.db, { workbook }, &summary);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(summary.foiRequestsAdded, 4);
    const QStringList again = exportTo(fresh.db, fresh.dir.filePath(QStringLiteral("second")));
    for (qsizetype i = 0; i < files.size(); ++i)
        QVERIFY2(fileBytes(files.at(i)) == fileBytes(again.at(i)), qPrintable(files.at(i)));
}

void tst_FoiInterchange::secondImportChangesNothing()
{
    const QStringList files = exportTo(m_data->db, m_data->dir.filePath(QStringLiteral("out")));
    const QStringList before = foisupport::registerDump(m_data->path);
    ImportSummary summary;
    const QStringList errors = importInto(m_data->db, files, &summary);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(summary.foiRequestsAdded + summary.foiRequestsUpdated, 0);
    QCOMPARE(summary.foiTimeLogsUpdated, 0);
    QVERIFY(!summary.changesSomething());
    QCOMPARE(foisupport::registerDump(m_data->path), before);
}

void tst_FoiInterchange::timeFileReplacesTheLog()
{
    const QString path = m_data->dir.filePath(QStringLiteral("foi_time.csv"));
    QVERIFY(writeFile(path, "reference,date,minutes\nFOI 2020-500,21/04/2020,30\n"));
    ImportSummary summary;
    const QStringList errors = importInto(m_data->db, { path }, &summary);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(summary.foiTimeLogsUpdated, 1);
    const auto id = FoiStore(m_data->db).idOfReference(QStringLiteral("FOI 2020-500"));
    const FoiRequest request = *FoiStore(m_data->db).request(*id);
    QCOMPARE(request.time.size(), 1);
    QCOMPARE(request.minutesSpent(), 30);
    QCOMPARE(request.time.at(0).on, QDate(2020, 4, 21));
}

void tst_FoiInterchange::badRowWritesNothing_data()
{
    QTest::addColumn<QByteArray>("requests");
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<QString>("expected"); // FILE:LINE: column: the start of the message

    const QByteArray header = "reference,questions,received,status,replied,exemptions,schemes\n";
    const QByteArray good = "FOI 2022-1,Q,2022-04-01,open,,,DIVERT@West Mercia\n";
    const QByteArray noTime;
    QTest::newRow("unknownScheme")
        << header + good + "FOI 2022-2,Q,2022-04-02,open,,,Nowhere@Kent\n"
        << noTime << QStringLiteral("foi_requests.csv:3: schemes: there is no scheme \"Nowhere\"");
    QTest::newRow("schemeWithoutArea")
        << header + "FOI 2022-2,Q,2022-04-02,open,,,DIVERT\n"
        << noTime << QStringLiteral("foi_requests.csv:2: schemes: \"DIVERT\"");
    QTest::newRow("badDay") << header + "FOI 2022-2,Q,2022-13-40,open,,,\n"
                            << noTime
                            << QStringLiteral("foi_requests.csv:2: received: \"2022-13-40\"");
    QTest::newRow("replyBeforeReceived")
        << header + "FOI 2022-2,Q,2022-04-02,replied,2022-03-01,,\n"
        << noTime << QStringLiteral("foi_requests.csv:2: replied: The reply date");
    QTest::newRow("refusedWithoutExemption")
        << header + "FOI 2022-2,Q,2022-04-02,refused,2022-04-10,,\n"
        << noTime << QStringLiteral("foi_requests.csv:2: exemptions: A refusal");
    QTest::newRow("unknownExemption")
        << header + "FOI 2022-2,Q,2022-04-02,refused,2022-04-10,s99,\n"
        << noTime << QStringLiteral("foi_requests.csv:2: exemptions: \"s99\"");
    QTest::newRow("unknownStatus")
        << header + "FOI 2022-2,Q,2022-04-02,lost,,,\n"
        << noTime << QStringLiteral("foi_requests.csv:2: status: \"lost\"");
    QTest::newRow("referenceTwice") << header + good + good << noTime
                                    << QStringLiteral("foi_requests.csv:3: reference: the request");
    QTest::newRow("timeOfUnknownRequest")
        << header + good << QByteArray("reference,date,minutes\nFOI 1999-1,2022-04-02,30\n")
        << QStringLiteral("foi_time.csv:2: reference: there is no request");
    QTest::newRow("noMinutes") << header + good
                               << QByteArray("reference,date,minutes\nFOI 2022-1,2022-04-02,0\n")
                               << QStringLiteral("foi_time.csv:2: minutes: \"0\"");
}

void tst_FoiInterchange::badRowWritesNothing()
{
    QFETCH(QByteArray, requests);
    QFETCH(QByteArray, time);
    QFETCH(QString, expected);
    QStringList files { m_data->dir.filePath(QStringLiteral("foi_requests.csv")) };
    QVERIFY(writeFile(files.constFirst(), requests));
    if (!time.isEmpty()) {
        files.append(m_data->dir.filePath(QStringLiteral("foi_time.csv")));
        QVERIFY(writeFile(files.constLast(), time));
    }
    const QStringList before = foisupport::registerDump(m_data->path);
    ImportSummary summary;
    const QStringList errors = importInto(m_data->db, files, &summary);
    QVERIFY(!summary.written);
    QVERIFY2(errors.size() == 1, qPrintable(errors.join(QLatin1Char('\n'))));
    // Messages name files as given: compare from the file name on.
    const QString message
        = errors.constFirst().mid(errors.constFirst().lastIndexOf(QLatin1Char('/'),
                                      errors.constFirst().indexOf(QStringLiteral(".csv:")))
            + 1);
    QVERIFY2(message.startsWith(expected), qPrintable(message));
    QCOMPARE(foisupport::registerDump(m_data->path), before);
}

QTEST_GUILESS_MAIN(tst_FoiInterchange)
#include "tst_foiinterchange.moc"
