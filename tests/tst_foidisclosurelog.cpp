// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The disclosure log (CSV with a byte order mark and CRLF, and an Excel workbook) and the FOI
// register's files in the full CSV export.

#include "domain/language.h"
#include "foi/foieditor.h"
#include "foisupport.h"
#include "interchange/csvexporter.h"
#include "interchange/foidisclosurelog.h"
#include "interchange/foirequestscsv.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using foisupport::request;

class tst_FoiDisclosureLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void csvHasBomCrlfAndOnlyAnsweredRequests();
    void workbookHasDatesAndWords();
    void unwritablePathKeepsOldFile();
    void fullExportCarriesTheRegister();

private:
    std::unique_ptr<ShippedDatabase> m_data;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<FoiEditor> m_editor;
};

void tst_FoiDisclosureLog::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_FoiDisclosureLog::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<FoiEditor>(m_data->db, m_stack.get());
    const qint64 divert = SchemeStore::reader(m_data->db)
                              .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"))
                              .value_or(0);
    FoiRequest replied = request(QStringLiteral("FOI 2020-500"), QDate(2020, 4, 20), { divert });
    replied.subject = QStringLiteral("Diversion schemes, \"people\" and numbers");
    replied.status = FoiStatus::Replied;
    replied.replied = QDate(2020, 5, 15);
    replied.exemptions = { QStringLiteral("s40_2"), QStringLiteral("s21") };
    replied.time = { { QDate(2020, 4, 21), 120, QStringLiteral("=searching") } };
    QVERIFY(m_editor->create(replied));
    FoiRequest refused = request(QStringLiteral("FOI 2021-7"), QDate(2021, 1, 4));
    refused.subject = QStringLiteral("=HYPERLINK(\"x\")");
    refused.status = FoiStatus::Refused;
    refused.replied = QDate(2021, 2, 1);
    refused.exemptions = { QStringLiteral("s12"), QStringLiteral("s16") };
    QVERIFY(m_editor->create(refused));
    QVERIFY(m_editor->create(request(QStringLiteral("FOI 2021-8"), QDate(2021, 1, 5)))); // open
}

void tst_FoiDisclosureLog::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_data.reset();
}

void tst_FoiDisclosureLog::csvHasBomCrlfAndOnlyAnsweredRequests()
{
    const QString path = m_data->dir.filePath(QStringLiteral("log.csv"));
    FoiDisclosureLog log(m_data->db);
    QVERIFY2(log.writeCsv(path), qPrintable(log.errorString()));
    QCOMPARE(log.rowsWritten(), 2);
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString expected = QStringLiteral(
        "Reference,Date received,Date replied,Subject,Outcome,Exemptions applied\r\n"
        "FOI 2021-7,2021-01-04,2021-02-01,\"'=HYPERLINK(\"\"x\"\")\",Refused,"
        "s12 Cost of compliance exceeds the appropriate limit; s16 Advice and assistance given\r\n"
        "FOI 2020-500,2020-04-20,2020-05-15,\"Diversion schemes, \"\"people\"\" and numbers\","
        "Provided in part,s40(2) Personal data of third parties; "
        "s21 Information reasonably accessible by other means\r\n");
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
}

void tst_FoiDisclosureLog::workbookHasDatesAndWords()
{
    const QString path = m_data->dir.filePath(QStringLiteral("log.xlsx"));
    FoiDisclosureLog log(m_data->db);
    QVERIFY2(log.writeXlsx(path), qPrintable(log.errorString()));
    QVERIFY(fileBytes(path).startsWith("PK"));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
        { QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml") });
    QVERIFY2(unzip.waitForFinished(30000) && unzip.exitCode() == 0, "unzip is needed");
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY(strings.contains(QStringLiteral("FOI 2020-500")));
    QVERIFY(strings.contains(QStringLiteral("Provided in part")));
    unzip.start(QStringLiteral("unzip"),
        { QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml") });
    QVERIFY(unzip.waitForFinished(30000) && unzip.exitCode() == 0);
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    // 2020-04-20 is day 43941 of Excel's calendar: a date, not text.
    QVERIFY2(sheet.contains(QStringLiteral("<v>43941</v>")), qPrintable(sheet.left(2000)));
}

void tst_FoiDisclosureLog::unwritablePathKeepsOldFile()
{
    const QString folder = m_data->dir.filePath(QStringLiteral("missing/folder/log.csv"));
    FoiDisclosureLog log(m_data->db);
    QVERIFY(!log.writeCsv(folder));
    QVERIFY(log.errorString().contains(QStringLiteral("Cannot write")));
    QVERIFY(!QFileInfo::exists(folder));
    // A failed workbook leaves the file that was there.
    const QString existing = m_data->dir.filePath(QStringLiteral("old.xlsx"));
    QVERIFY(writeFile(existing, "old"));
    QVERIFY(QDir().mkdir(existing + QStringLiteral(".part"))); // the temporary name is taken
    QVERIFY(!log.writeXlsx(existing));
    QCOMPARE(fileBytes(existing), QByteArray("old"));
}

void tst_FoiDisclosureLog::fullExportCarriesTheRegister()
{
    const QString out = m_data->dir.filePath(QStringLiteral("export"));
    CsvExporter exporter(m_data->db);
    QVERIFY2(exporter.exportTo(out), qPrintable(exporter.errorString()));
    const QString requests
        = QString::fromUtf8(fileBytes(QDir(out).filePath(FoiRequestsCsv::requestsFileName())));
    const QStringList lines = requests.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), FoiRequestsCsv::requestColumns().join(QLatin1Char(',')));
    QVERIFY(requests.contains(QStringLiteral("FOI 2020-500,2020-04-20,2020-05-19,,researcher,")));
    QVERIFY(requests.contains(QStringLiteral("DIVERT@West Mercia")));
    QVERIFY(requests.contains(QStringLiteral("s40_2; s21")));
    QCOMPARE(QString::fromUtf8(fileBytes(QDir(out).filePath(FoiRequestsCsv::timeFileName()))),
        QStringLiteral("reference,date,minutes,note\nFOI 2020-500,2020-04-21,120,'=searching\n"));
}

QTEST_GUILESS_MAIN(tst_FoiDisclosureLog)
#include "tst_foidisclosurelog.moc"
