// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `opcc-schemes --foi-due YYYY-MM-DD`, as interchange.md (second edition) words it: one line,
// exit 0; a malformed date exits 2. No database is needed, or made, for it.

#include "testsupport.h"

#include <QFileInfo>

using namespace testsupport;

class tst_FoiCommand : public QObject
{
    Q_OBJECT

private slots:
    void printsDueDate_data();
    void printsDueDate();
    void malformedDateExits2_data();
    void malformedDateExits2();
};

void tst_FoiCommand::printsDueDate_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("due");
    QTest::newRow("veDay2020") << "2020-04-20"
                               << "2020-05-19";
    QTest::newRow("stateFuneral2022") << "2022-09-01"
                                      << "2022-09-30";
    QTest::newRow("coronation2023") << "2023-04-20"
                                    << "2023-05-22";
    QTest::newRow("christmas2026") << "2026-12-05"
                                   << "2027-01-06";
}

void tst_FoiCommand::printsDueDate()
{
    QFETCH(QString, received);
    QFETCH(QString, due);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("none.sqlite"));
    const ProcessRun run = runProgram(testsupport::appExecutable(),
        { QStringLiteral("--database"), database, QStringLiteral("--foi-due"), received });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, due + QLatin1Char('\n'));
    QVERIFY2(!run.err.contains(database), qPrintable(run.err)); // nothing said about a database
    QVERIFY(!QFileInfo::exists(database));
}

void tst_FoiCommand::malformedDateExits2_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("dayFirst") << "20/04/2020";
    QTest::newRow("noSuchDay") << "2023-02-29";
    QTest::newRow("monthOnly") << "2023-02";
    QTest::newRow("words") << "yesterday";
    QTest::newRow("unpadded") << "2023-2-1";
    QTest::newRow("trailingText") << "2023-02-01x";
}

void tst_FoiCommand::malformedDateExits2()
{
    QFETCH(QString, argument);
    const ProcessRun run
        = runProgram(testsupport::appExecutable(), { QStringLiteral("--foi-due"), argument });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_FoiCommand)
#include "tst_foicommand.moc"
