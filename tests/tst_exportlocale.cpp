// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// --export-xlsx under a comma-decimal locale: the workbook holds 12500.5, not 12500 (printf in
// libxlsxwriter follows LC_NUMERIC), and imports back unchanged. The de_DE locale is compiled
// into a temporary folder with localedef (Debian package "locales"), so the test needs no
// locale installed system-wide; without localedef it fails.

#include "interchange/ziparchive.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>

using namespace testsupport;

class tst_ExportLocale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workbookNumbersInCLocale();

private:
    ProcessRun run(const QStringList &arguments) const;
    QTemporaryDir m_dir;
    QString m_locales;
};

void tst_ExportLocale::initTestCase()
{
    const QString localedef = QStandardPaths::findExecutable(QStringLiteral("localedef"));
    QVERIFY2(!localedef.isEmpty(), "localedef is needed (Debian package libc-bin, locales)");
    m_locales = m_dir.filePath(QStringLiteral("locales"));
    QVERIFY(QDir().mkpath(m_locales));
    QProcess compile;
    compile.start(localedef,
        { QStringLiteral("-i"), QStringLiteral("de_DE"), QStringLiteral("-f"),
            QStringLiteral("UTF-8"), QDir(m_locales).filePath(QStringLiteral("de_DE.UTF-8")) });
    QVERIFY(compile.waitForFinished(120000));
    QVERIFY2(QFile::exists(QDir(m_locales).filePath(QStringLiteral("de_DE.UTF-8/LC_NUMERIC"))),
        compile.readAllStandardError().constData());
}

ProcessRun tst_ExportLocale::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LOCPATH"), m_locales);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(testsupport::appExecutable(), arguments);
    ProcessRun result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_ExportLocale::workbookNumbersInCLocale()
{
    const QString database = m_dir.filePath(QStringLiteral("schemes.sqlite"));
    const QString schemes = m_dir.filePath(QStringLiteral("schemes.csv"));
    const QString outcomes = m_dir.filePath(QStringLiteral("outcomes.csv"));
    QVERIFY(writeFile(schemes, "name,area,strand\nKeyworker pilot,Gwent,treatment\n"));
    QVERIFY(writeFile(outcomes,
        "scheme,area,measure,value,unit\nKeyworker pilot,Gwent,funding,"
        "12500.5,gbp\n"));
    const QString db = QStringLiteral("--database");
    ProcessRun imported = run({ db, database, QStringLiteral("--import"), schemes,
        QStringLiteral("--import"), outcomes });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString workbook = m_dir.filePath(QStringLiteral("register.xlsx"));
    ProcessRun exported = run({ db, database, QStringLiteral("--export-xlsx"), workbook });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    opcc::ZipArchive zip(workbook);
    QVERIFY(zip.open());
    QByteArray sheet; // outcomes is the second sheet
    QVERIFY(zip.read(QStringLiteral("xl/worksheets/sheet2.xml"), &sheet));
    QVERIFY2(sheet.contains("<v>12500.5</v>"), sheet.left(2000).constData());
    QVERIFY(!sheet.contains("<v>12500,5</v>"));

    ProcessRun again = run({ db, database, QStringLiteral("--import"), workbook });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QLatin1String("Nothing to change")), qPrintable(again.out));
}

QTEST_GUILESS_MAIN(tst_ExportLocale)
#include "tst_exportlocale.moc"
