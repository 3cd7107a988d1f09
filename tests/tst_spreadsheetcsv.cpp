// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CSV files as spreadsheets save them again: a byte order mark, CRLF, rewritten dates and
// numbers are read as the original; other separators, UTF-16, old Excel files and zip files are
// refused with a message that says which and how to save CSV UTF-8. And the rule for columns:
// a column the file lacks keeps the stored value, a present but empty cell clears it.

#include "importfixture.h"
#include "interchange/csvimporter.h"

using namespace testsupport;
using opcc::CsvImporter;
using opcc::Database;
using opcc::ImportSummary;

class tst_SpreadsheetCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_files.prepare()); }
    void init() { m_files.renew(); }
    void excelRewrittenExportChangesNothing();
    void rewrittenForms_data();
    void rewrittenForms();
    void refusedFiles_data();
    void refusedFiles();
    void absentColumnsKeepStoredValues_data();
    void absentColumnsKeepStoredValues();
    void emptyCellClears();

private:
    ImportSummary import(const QString &database, const QStringList &files)
    {
        Database db;
        if (!db.open(database).ok())
            return {};
        CsvImporter importer(db);
        return importer.run(files, CsvImporter::Mode::Write);
    }
    ImportFixture m_files;
};

// The shipped export as Excel (UK) saves it as "CSV UTF-8": BOM, CRLF, month dates as Mar-22,
// day dates day first, large numbers in scientific notation where the column was too narrow.
void tst_SpreadsheetCsv::excelRewrittenExportChangesNothing()
{
    const QString database = m_files.freshDatabase();
    QByteArray outcomes = m_files.exportOf(database, QStringLiteral("outcomes.csv"));
    QByteArray schemes = m_files.exportOf(database, QStringLiteral("schemes.csv"));
    QVERIFY(outcomes.startsWith("\xEF\xBB\xBF"));
    static const char *const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const auto rewrite = [](QByteArray text, bool libreOffice) {
        QString s = QString::fromUtf8(text);
        // ,2022-03, -> ,Mar-22,   ,2022-04-01, -> ,01/04/2022,
        static const QRegularExpression month(QStringLiteral(R"(,(\d{4})-(\d{2})(?=[,\r\n]))"));
        static const QRegularExpression day(
            QStringLiteral(R"(,(\d{4})-(\d{2})-(\d{2})(?=[,\r\n]))"));
        s.replace(day, QStringLiteral(",\\3/\\2/\\1"));
        QString out;
        qsizetype last = 0;
        auto it = month.globalMatch(s);
        while (it.hasNext()) {
            const auto m = it.next();
            out += s.mid(last, m.capturedStart() - last);
            const int monthNumber = m.capturedView(2).toInt();
            out += libreOffice ? QStringLiteral(",%1 %2").arg(
                       QLatin1String(months[monthNumber - 1]), m.captured(1))
                               : QStringLiteral(",%1-%2").arg(
                                   QLatin1String(months[monthNumber - 1]), m.captured(1).right(2));
            last = m.capturedEnd();
        }
        out += s.mid(last);
        out.replace(QStringLiteral(",1100000,"), QStringLiteral(",1.1E+06,"));
        out.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        return out.toUtf8();
    };
    const QByteArray excelOutcomes = rewrite(outcomes, false);
    QVERIFY(excelOutcomes.contains(",Mar-22,Dec-22,"));
    QVERIFY(excelOutcomes.contains(",1.1E+06,"));
    QVERIFY(excelOutcomes.contains("\r\n"));
    const QString a = m_files.write(QStringLiteral("outcomes.csv"), excelOutcomes);
    const QString b = m_files.write(QStringLiteral("schemes.csv"), rewrite(schemes, false));
    const QString c = m_files.write(QStringLiteral("outcomes-lo.csv"), rewrite(outcomes, true));
    QVERIFY(fileBytes(c).contains(",Mar 2022,Dec 2022,"));
    const QByteArray before = fileBytes(database);
    for (const QStringList &files : { QStringList { a, b }, QStringList { c } }) {
        const ImportSummary summary = import(database, files);
        QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
        QVERIFY2(!summary.changesSomething(), qPrintable(summary.describe()));
        QCOMPARE(summary.figuresUnchanged, 129);
    }
    QCOMPARE(fileBytes(database), before);
}

void tst_SpreadsheetCsv::rewrittenForms_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("end");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("exported"); // what the export then holds

    QTest::newRow("iso") << QByteArray("2022-03") << QByteArray("2022-04-30") << QByteArray("5")
                         << QByteArray(",5,,count,exact,,,,2022-03,2022-04-30,");
    QTest::newRow("excelMonth") << QByteArray("Mar-22") << QByteArray("Dec-22") << QByteArray("5")
                                << QByteArray(",5,,count,exact,,,,2022-03,2022-12,");
    QTest::newRow("libreOfficeMonth") << QByteArray("Mar 2022") << QByteArray("") << QByteArray("5")
                                      << QByteArray(",5,,count,exact,,,,2022-03,,");
    QTest::newRow("ukDayFirst") << QByteArray("14/03/2022") << QByteArray("01/04/2022")
                                << QByteArray("5")
                                << QByteArray(",5,,count,exact,,,,2022-03-14,2022-04-01,");
    QTest::newRow("scientific") << QByteArray("2022") << QByteArray("") << QByteArray("1.1E+06")
                                << QByteArray(",1100000,,count,exact,,,,2022,,");
}

void tst_SpreadsheetCsv::rewrittenForms()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, end);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, exported);
    const QString database = m_files.freshDatabase();
    const QString schemes = m_files.write(QStringLiteral("schemes.csv"), keyworker);
    const QString outcomes = m_files.write(QStringLiteral("outcomes.csv"),
        "\xEF\xBB\xBF" + outcomesHeader.trimmed() + "\r\nKeyworker pilot,Gwent,referrals," + value
            + ",,,,,,," + start + "," + end + "\r\n");
    const ImportSummary summary = import(database, { schemes, outcomes });
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QVERIFY(m_files.exportOf(database, QStringLiteral("outcomes.csv"))
                .contains("Keyworker pilot,Gwent,referrals" + exported));
}

void tst_SpreadsheetCsv::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");

    QTest::newRow("semicolons") << QByteArray("name;area;strand\nKeyworker pilot;Gwent;treatment\n")
                                << "separated by semicolons";
    QTest::newRow("tabs") << QByteArray("name\tarea\tstrand\nKeyworker pilot\tGwent\ttreatment\n")
                          << "separated by tabs";
    QTest::newRow("utf16WithBom") << QByteArray("\xFF\xFEn\0a\0m\0e\0", 10) << "UTF-16";
    QTest::newRow("utf16WithoutBom") << QByteArray("n\0a\0m\0e\0,\0", 10) << "UTF-16";
    QTest::newRow("excel97") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                             << "Excel 97-2003";
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << "zip file";
}

void tst_SpreadsheetCsv::refusedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString database = m_files.freshDatabase();
    const QString path = m_files.write(QStringLiteral("schemes.csv"), bytes);
    const ImportSummary summary = import(database, { path });
    QCOMPARE(summary.errors.size(), 1);
    const QString message = summary.errors.first().message;
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("In Excel: File > Save As")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Unicode (UTF-8)")), qPrintable(message));
    QVERIFY(!summary.written);
}

void tst_SpreadsheetCsv::absentColumnsKeepStoredValues_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("row");
    QTest::newRow("minimal") << QByteArray("scheme,area,measure,value")
                             << QByteArray("Keyworker pilot,Gwent,referrals,5");
    QTest::newRow("withPeriod") << QByteArray("scheme,area,measure,value,period_start,period_end")
                                << QByteArray("Keyworker pilot,Gwent,referrals,5,,");
}

void tst_SpreadsheetCsv::absentColumnsKeepStoredValues()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, row);
    const QString database = m_files.freshDatabase();
    const QString schemes = m_files.write(QStringLiteral("schemes.csv"), keyworker);
    const QString full = m_files.write(QStringLiteral("full.csv"),
        "scheme,area,measure,value,qualifier,note,period_label,source,quote\n"
        "Keyworker pilot,Gwent,referrals,4,approx,first cohort,since launch,Gwent FOI,about "
        "four\n");
    QVERIFY(!import(database, { schemes, full }).hasErrors());
    const QString minimal
        = m_files.write(QStringLiteral("minimal.csv"), header + "\n" + row + "\n");
    const ImportSummary summary = import(database, { minimal });
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QCOMPARE(summary.figuresUpdated, 1);
    QVERIFY(m_files.exportOf(database, QStringLiteral("outcomes.csv"))
                .contains("Keyworker pilot,Gwent,referrals,5,,count,approx,,,first cohort,,,"
                          "since launch,Gwent FOI,about four\n"));
}

void tst_SpreadsheetCsv::emptyCellClears()
{
    const QString database = m_files.freshDatabase();
    const QString schemes = m_files.write(QStringLiteral("schemes.csv"), keyworker);
    const QString full = m_files.write(QStringLiteral("full.csv"),
        "scheme,area,measure,value,qualifier,note,source\n"
        "Keyworker pilot,Gwent,referrals,4,approx,first cohort,Gwent FOI\n");
    QVERIFY(!import(database, { schemes, full }).hasErrors());
    const QString cleared = m_files.write(QStringLiteral("cleared.csv"),
        "scheme,area,measure,value,note,source\n"
        "Keyworker pilot,Gwent,referrals,4,,\n");
    const ImportSummary summary = import(database, { cleared });
    QVERIFY2(!summary.hasErrors(), qPrintable(summary.errors.value(0).toString()));
    QVERIFY(m_files.exportOf(database, QStringLiteral("outcomes.csv"))
                .contains("Keyworker pilot,Gwent,referrals,4,,count,approx,,,,,,,,\n"));
    // The scheme file's rule is the same: an absent column keeps, an empty one clears.
    const QString summaryOnly = m_files.write(QStringLiteral("s.csv"),
        "name,area,strand,summary\n"
        "Keyworker pilot,Gwent,treatment,\n");
    QVERIFY(!import(database, { summaryOnly }).hasErrors());
    QVERIFY(m_files.exportOf(database, QStringLiteral("schemes.csv"))
                .contains("Keyworker pilot,Gwent,treatment,active,,,Kaleidoscope,,,\n"));
}

QTEST_GUILESS_MAIN(tst_SpreadsheetCsv)
#include "tst_spreadsheetcsv.moc"
