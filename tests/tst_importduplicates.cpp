// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The import's check that no figure is given twice (the same scheme, measure, period, per and
// baseline), made as the figures are stored: against the limit of a hundred errors, against the
// figures stored before, and across the files of one import. Duplicates within one file, with
// the other broken rows, are tst_csvimporter's.

#include "importfixture.h"
#include "interchange/csvimporter.h"

using namespace testsupport;
using opcc::CsvImporter;

class tst_ImportDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_files.prepare()); }
    void init() { m_files.renew(); }
    void stopsAfterMaximumDuplicates_data();
    void stopsAfterMaximumDuplicates();
    void duplicatesOfStoredFigures_data();
    void duplicatesOfStoredFigures();
    void duplicateInAnotherFile();

private:
    ImportFixture m_files;
};

// Duplicates found as the figures are stored count against the limit as the other errors do:
// the first hundred by line, whichever kind they are.
void tst_ImportDuplicates::stopsAfterMaximumDuplicates_data()
{
    QTest::addColumn<bool>("interleaved"); // every other row has a bad value
    QTest::addColumn<QString>("lastLine"); // the hundredth error's start
    QTest::newRow("onlyDuplicates") << false << "outcomes.csv:102: measure: ";
    QTest::newRow("amongOtherErrors") << true << "outcomes.csv:102: measure: ";
}

void tst_ImportDuplicates::stopsAfterMaximumDuplicates()
{
    QFETCH(bool, interleaved);
    QFETCH(QString, lastLine);
    QByteArray bytes = outcomesHeader;
    bytes += "Keyworker pilot,Gwent,referrals,5,,,,,,,2023,2023\n";
    for (int i = 0; i < 150; ++i) {
        const bool bad = interleaved && i % 2 == 0;
        bytes += QByteArray("Keyworker pilot,Gwent,referrals,") + (bad ? "x" : "6")
            + ",,,,,,,2023,2023\n";
    }
    const QString database = m_files.freshDatabase();
    QString out;
    QString err;
    QCOMPARE(m_files.runImport(database,
                 { m_files.write(QStringLiteral("schemes.csv"), keyworker),
                     m_files.write(QStringLiteral("outcomes.csv"), bytes) },
                 &out, &err),
        int(opcc::ExitInvalidInput));
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), CsvImporter::maxErrors + 2);
    for (int i = 0; i < CsvImporter::maxErrors; ++i) {
        const bool bad = interleaved && i % 2 == 0;
        QVERIFY2(
            lines.at(i).startsWith(
                QStringLiteral("outcomes.csv:%1: %2: ").arg(i + 3).arg(bad ? "value" : "measure")),
            qPrintable(lines.at(i)));
    }
    QVERIFY(lines.at(CsvImporter::maxErrors - 1).startsWith(lastLine));
    QCOMPARE(lines.at(CsvImporter::maxErrors), QStringLiteral("Stopped after 100 errors."));
}

// A figure the database holds, given twice by a file imported again: the second is refused
// whether the first changed it or not, and nothing is written.
void tst_ImportDuplicates::duplicatesOfStoredFigures_data()
{
    QTest::addColumn<QByteArray>("again");
    QTest::addColumn<QStringList>("errors");
    const QByteArray stored = "Keyworker pilot,Gwent,referrals,5,,,,,,,2023-04,2023-04\n";
    const QByteArray changed = "Keyworker pilot,Gwent,referrals,9,,,,,,,2023-04,2023-04\n";
    const QByteArray fresh = "Keyworker pilot,Gwent,referrals,3,,,,,,,2023-06,2023-06\n";
    const QString twice = QStringLiteral(
        "outcomes.csv:%1: measure: the same figure (scheme, measure, period, per and baseline) "
        "is already on line %2");
    QTest::newRow("unchangedTwice")
        << outcomesHeader + stored + stored << QStringList { twice.arg(3).arg(2) };
    QTest::newRow("changedTwice") << outcomesHeader + changed + changed
                                  << QStringList { twice.arg(3).arg(2) };
    QTest::newRow("unchangedThenChanged")
        << outcomesHeader + stored + changed << QStringList { twice.arg(3).arg(2) };
    QTest::newRow("storedNewThenBothAgain") << outcomesHeader + stored + fresh + changed
            + fresh << QStringList { twice.arg(4).arg(2), twice.arg(5).arg(3) };
}

void tst_ImportDuplicates::duplicatesOfStoredFigures()
{
    QFETCH(QByteArray, again);
    QFETCH(QStringList, errors);
    const QString database = m_files.freshDatabase();
    QString out;
    QString err;
    QCOMPARE(
        m_files.runImport(database,
            { m_files.write(QStringLiteral("schemes.csv"), keyworker),
                m_files.write(QStringLiteral("outcomes.csv"),
                    outcomesHeader + "Keyworker pilot,Gwent,referrals,5,,,,,,,2023-04,2023-04\n") },
            &out, &err),
        int(opcc::ExitOk));
    const QByteArray before = m_files.exportOf(database, QStringLiteral("outcomes.csv"));
    QCOMPARE(m_files.runImport(
                 database, { m_files.write(QStringLiteral("outcomes.csv"), again) }, &out, &err),
        int(opcc::ExitInvalidInput));
    QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeLast(), QStringLiteral("Nothing was imported."));
    QCOMPARE(lines, errors);
    QCOMPARE(m_files.exportOf(database, QStringLiteral("outcomes.csv")), before);
}

// Two outcomes files of one import are one set of figures: the second file's copy of the
// first's figure is refused.
void tst_ImportDuplicates::duplicateInAnotherFile()
{
    const QByteArray row = "Keyworker pilot,Gwent,referrals,5,,,,,,,2023-04,2023-04\n";
    const QString database = m_files.freshDatabase();
    const QByteArray before = m_files.exportOf(database, QStringLiteral("outcomes.csv"));
    QString out;
    QString err;
    QCOMPARE(m_files.runImport(database,
                 { m_files.write(QStringLiteral("schemes.csv"), keyworker),
                     m_files.write(QStringLiteral("outcomes.csv"), outcomesHeader + row),
                     m_files.write(QStringLiteral("more.csv"),
                         outcomesHeader
                             + "Keyworker pilot,Gwent,referrals,4,,,,,,,2023-03,2023-03\n" + row) },
                 &out, &err),
        int(opcc::ExitInvalidInput));
    QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeLast(), QStringLiteral("Nothing was imported."));
    QCOMPARE(lines,
        QStringList { "more.csv:3: measure: the same figure (scheme, measure, period, per and "
                      "baseline) is already on line 2" });
    QCOMPARE(m_files.exportOf(database, QStringLiteral("outcomes.csv")), before);
}

QTEST_GUILESS_MAIN(tst_ImportDuplicates)
#include "tst_importduplicates.moc"
