// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The report dialog on the offscreen platform, driven from the keyboard: open it on the schemes
// the list shows, choose a period and the release version, save the report, and find the
// choices remembered next time.

#include "application.h"
#include "domain/language.h"
#include "guisupport.h"
#include "issuelabel.h"
#include "mainwindow.h"
#include "reports/reportdialog.h"
#include "reports/reportsettings.h"
#include "schemebrowser.h"
#include "strandnavigator.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTextDocument>

using namespace testsupport;
using opcc::ui::ReportDialog;

class tst_ReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shortcutOpensDialogOnShownSchemes();
    void badPeriodIsRefusedInWords_data();
    void badPeriodIsRefusedInWords();
    void savesEachFormat_data();
    void savesEachFormat();
    void choicesAreRemembered();

private:
    ReportDialog *openDialog();
    template<typename T> T *child(const char *name) const
    {
        return m_dialog ? m_dialog->findChild<T *>(QLatin1String(name)) : nullptr;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<opcc::MainWindow> m_window;
    QPointer<ReportDialog> m_dialog;
};

void tst_ReportDialog::initTestCase()
{
    opcc::ui::setApplicationIdentity();
    QVERIFY(opcc::installLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_path = m_dir.filePath(QStringLiteral("schemes.sqlite"));
    opcc::Database db;
    QVERIFY(opcc::shippeddataset::openOrCreate(db, m_path).ok());
}

void tst_ReportDialog::init()
{
    auto db = std::make_unique<opcc::Database>();
    QVERIFY(db->open(m_path).ok());
    m_window = std::make_unique<opcc::MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->navigator()->select(opcc::Strand::Demand);
    QTRY_COMPARE(m_window->browser()->visibleCount(), 6);
}

void tst_ReportDialog::cleanup()
{
    if (m_dialog)
        m_dialog->close();
    QTRY_VERIFY(m_dialog.isNull());
    m_window.reset();
}

ReportDialog *tst_ReportDialog::openDialog()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    m_window->browser()->table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    if (!QTest::qWaitFor([this] { return m_window->findChild<ReportDialog *>() != nullptr; }))
        return nullptr;
    m_dialog = m_window->findChild<ReportDialog *>();
    return QTest::qWaitForWindowExposed(m_dialog) ? m_dialog.data() : nullptr;
}

void tst_ReportDialog::shortcutOpensDialogOnShownSchemes()
{
    QVERIFY(openDialog());
    auto *shown = child<QRadioButton>("reportShown");
    QVERIFY(shown);
    QVERIFY(shown->isChecked());
    QVERIFY(shown->text().contains(QLatin1String("(6)")));
    opcc::ReportRequest request;
    QString problem;
    QVERIFY(m_dialog->request(&request, &problem));
    QCOMPARE(request.schemeIds.size(), 6);
    QCOMPARE(request.selection, QStringLiteral("Demand strand"));
    QVERIFY(child<QPushButton>("reportSave")->isEnabled());
    guisupport::saveScreenshot(m_dialog, QStringLiteral("report-dialog.png"));
}

void tst_ReportDialog::badPeriodIsRefusedInWords_data()
{
    QTest::addColumn<int>("kind"); // 1 financial year, 2 dates
    QTest::addColumn<QString>("year");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("endBeforeStart")
        << 2 << QString() << QDate(2020, 4, 1) << QDate(2020, 3, 31) << "before it starts";
    QTest::newRow("yearsNotConsecutive")
        << 1 << "2019/21" << QDate() << QDate() << "write it as YYYY/YY";
    QTest::newRow("yearInWords") << 1 << "last year" << QDate() << QDate()
                                 << "is not a financial year";
}

void tst_ReportDialog::badPeriodIsRefusedInWords()
{
    QFETCH(int, kind);
    QFETCH(QString, year);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, message);
    QVERIFY(openDialog());
    auto *periodKind = child<QComboBox>("reportPeriodKind");
    periodKind->setFocus();
    periodKind->setCurrentIndex(kind);
    if (kind == 1) {
        auto *financialYear = child<QComboBox>("reportFinancialYear");
        financialYear->setFocus();
        guisupport::retype(year);
    } else {
        child<QDateEdit>("reportFrom")->setDate(from);
        child<QDateEdit>("reportTo")->setDate(to);
    }
    auto *problem = child<opcc::IssueLabel>("reportProblem");
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
    for (const char *button : { "reportPreview", "reportPrint", "reportSave" })
        QVERIFY(!child<QPushButton>(button)->isEnabled());
    // Put right, it is accepted again.
    if (kind == 1) {
        guisupport::retype(QStringLiteral("2019/20"));
    } else {
        child<QDateEdit>("reportTo")->setDate(from.addYears(1));
    }
    QTRY_VERIFY(!problem->isVisible());
    QVERIFY(child<QPushButton>("reportSave")->isEnabled());
}

void tst_ReportDialog::savesEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << "reply.pdf" << QByteArray("%PDF");
    QTest::newRow("odt") << "reply.odt" << QByteArray("PK");
    QTest::newRow("html") << "reply.html" << QByteArray("<!DOCTYPE HTML");
}

void tst_ReportDialog::savesEachFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, start);
    QVERIFY(openDialog());
    child<QLineEdit>("reportTitle")->setFocus();
    guisupport::retype(QStringLiteral("FOI 2020-500: diversion schemes"));
    child<QComboBox>("reportPeriodKind")->setCurrentIndex(1);
    child<QComboBox>("reportFinancialYear")->setCurrentText(QStringLiteral("2019/20"));
    auto *release = child<QCheckBox>("reportForRelease");
    release->setChecked(false); // as the last run left it
    release->setFocus();
    guisupport::press(Qt::Key_Space);
    QVERIFY(release->isChecked());
    auto *chart = child<QCheckBox>("reportIncludeChart");
    chart->setChecked(true);

    const QString path = m_dir.filePath(file);
    QVERIFY(m_dialog->saveAs(path));
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.startsWith(start));
    QVERIFY(bytes.size() > 10000); // the chart is in it
    if (file.endsWith(QLatin1String(".html"))) {
        const QString html = QString::fromUtf8(bytes);
        QVERIFY(html.contains(QLatin1String("FOI 2020-500: diversion schemes")));
        QVERIFY(html.contains(QLatin1String("financial year 2019/20")));
        QVERIFY(html.contains(QLatin1String("Checkpoint Cymru")));
        QVERIFY(html.contains(QLatin1String("data:image/png;base64,")));
    }
}

void tst_ReportDialog::choicesAreRemembered()
{
    QVERIFY(openDialog());
    child<QLineEdit>("reportTitle")->setText(QStringLiteral("Panel report"));
    child<QComboBox>("reportPeriodKind")->setCurrentIndex(1);
    child<QComboBox>("reportFinancialYear")->setCurrentText(QStringLiteral("2021/22"));
    child<QCheckBox>("reportForRelease")->setChecked(true);
    child<QLineEdit>("reportOrganisation")
        ->setText(QStringLiteral("Office of the Police and Crime Commissioner for Cleveland"));
    child<QComboBox>("reportMarking")->setCurrentText(QStringLiteral("OFFICIAL-SENSITIVE"));
    m_dialog->close();
    QTRY_VERIFY(m_dialog.isNull());

    QCOMPARE(opcc::ReportSettings::marking(), QStringLiteral("OFFICIAL-SENSITIVE"));
    QVERIFY(openDialog());
    QCOMPARE(child<QLineEdit>("reportTitle")->text(), QStringLiteral("Panel report"));
    QCOMPARE(child<QComboBox>("reportPeriodKind")->currentIndex(), 1);
    QCOMPARE(child<QComboBox>("reportFinancialYear")->currentText(), QStringLiteral("2021/22"));
    QVERIFY(child<QCheckBox>("reportForRelease")->isChecked());
    QCOMPARE(child<QLineEdit>("reportOrganisation")->text(),
        QStringLiteral("Office of the Police and Crime Commissioner for Cleveland"));
    opcc::ReportRequest request;
    QString problem;
    QVERIFY(m_dialog->request(&request, &problem));
    QCOMPARE(request.marking, QStringLiteral("OFFICIAL-SENSITIVE"));
    QVERIFY(request.forRelease);
    QCOMPARE(request.period.financialYearText(), QStringLiteral("2021/22"));
}

QTEST_MAIN(tst_ReportDialog)
#include "tst_reportdialog.moc"
