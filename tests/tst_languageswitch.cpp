// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Choosing the language: View > Language switches every open window at once and is remembered;
// the models say their texts changed; without a saved choice the system's locale decides; and
// the command line's --lang words the printed chart.

#include "application.h"
#include "charts/chartwindow.h"
#include "domain/language.h"
#include "domain/languagenotifier.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "models/areachoicemodel.h"
#include "models/auditlogmodel.h"
#include "models/figureeditmodel.h"
#include "models/figuretablemodel.h"
#include "models/organisationlinkmodel.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "models/strandtreemodel.h"
#include "schemebrowser.h"
#include "testsupport.h"
#include "uicheck.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

using namespace opcc;
using namespace testsupport;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

// The program, on the system locale `locale`, with no saved settings.
Run runApp(const QStringList &arguments, const QString &locale, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    process.setProcessEnvironment(environment);
    process.start(testsupport::appExecutable(), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return run;
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(testsupport::pdftotextPath(), { path, QStringLiteral("-") });
    pdftotext.waitForFinished(60000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

QStringList textsOf(QWidget *window)
{
    QStringList texts;
    for (const uicheck::Shown &shown : uicheck::shownTexts(window))
        texts.append(shown.where + QStringLiteral(": ") + shown.text);
    return texts;
}

} // namespace

class tst_LanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void notifierSignalsOncePerSwitch();
    void modelsAnnounceNewTexts_data();
    void modelsAnnounceNewTexts();
    void viewMenuSwitchesEveryWindowAtOnce_data();
    void viewMenuSwitchesEveryWindowAtOnce();
    void choiceIsRemembered();
    void systemLocaleDecidesFirst_data();
    void systemLocaleDecidesFirst();
    void printedChartInWelsh();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_LanguageSwitch::initTestCase()
{
    ui::setApplicationIdentity();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_path = m_dir.filePath(QStringLiteral("schemes.sqlite"));
    Database db;
    QVERIFY(shippeddataset::openOrCreate(db, m_path).ok());
}

void tst_LanguageSwitch::init()
{
    QSettings().clear();
    QVERIFY(installLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
}

void tst_LanguageSwitch::notifierSignalsOncePerSwitch()
{
    QSignalSpy spy(LanguageNotifier::instance(), &LanguageNotifier::languageChanged);
    QVERIFY(spy.isValid());
    // A switch removes two translators and installs two: one signal, once they are all in.
    QVERIFY(installLanguage(QStringLiteral("cy")));
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(QCoreApplication::translate("Vocabulary", "Supply"), QStringLiteral("Cyflenwad"));
}

void tst_LanguageSwitch::modelsAnnounceNewTexts_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("welsh");
    // What a view shows first: the first header section, or the first item.
    QTest::newRow("schemeTable") << "schemeTable"
                                 << "Scheme"
                                 << "Cynllun";
    QTest::newRow("strandTree") << "strandTree"
                                << "All schemes (47)"
                                << "Pob cynllun (47)";
    QTest::newRow("figureTable") << "figureTable"
                                 << "Measure"
                                 << "Mesur";
    QTest::newRow("auditLog") << "auditLog"
                              << "When"
                              << "Pryd";
    QTest::newRow("figureEdit") << "figureEdit"
                                << "Measure"
                                << "Mesur";
    QTest::newRow("organisationLink") << "organisationLink"
                                      << "Organisation"
                                      << "Sefydliad";
}

void tst_LanguageSwitch::modelsAnnounceNewTexts()
{
    QFETCH(QString, model);
    QFETCH(QString, english);
    QFETCH(QString, welsh);
    Database db;
    QVERIFY(db.open(m_path).ok());
    SchemeTableModel schemes(db);
    schemes.reload();
    std::unique_ptr<QAbstractItemModel> owned;
    QAbstractItemModel *tested = nullptr;
    if (model == QLatin1String("schemeTable")) {
        tested = &schemes;
    } else if (model == QLatin1String("strandTree")) {
        auto *tree = new StrandTreeModel;
        tree->setSourceModel(&schemes);
        owned.reset(tree);
    } else if (model == QLatin1String("figureTable")) {
        owned = std::make_unique<FigureTableModel>(db);
    } else if (model == QLatin1String("auditLog")) {
        owned = std::make_unique<AuditLogModel>(db);
    } else if (model == QLatin1String("figureEdit")) {
        owned = std::make_unique<FigureEditModel>();
    } else {
        owned = std::make_unique<OrganisationLinkModel>();
    }
    if (owned)
        tested = owned.get();
    QAbstractItemModelTester tester(tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto first = [tested]() -> QString {
        if (qobject_cast<StrandTreeModel *>(tested))
            return tested->index(0, 0).data().toString();
        return tested->headerData(0, Qt::Horizontal).toString();
    };
    QCOMPARE(first(), english);
    QSignalSpy headers(tested, &QAbstractItemModel::headerDataChanged);
    QSignalSpy items(tested, &QAbstractItemModel::dataChanged);
    QVERIFY(headers.isValid() && items.isValid());

    QVERIFY(installLanguage(QStringLiteral("cy")));
    QTRY_VERIFY(!headers.isEmpty());
    // Every column title, then (when there are rows) every item.
    QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.first().at(1).toInt(), 0);
    QCOMPARE(headers.first().at(2).toInt(), tested->columnCount() - 1);
    QCOMPARE(items.isEmpty(), tested->rowCount() == 0);
    if (!items.isEmpty()) {
        const QModelIndex topLeft = items.first().at(0).toModelIndex();
        const QModelIndex bottomRight = items.first().at(1).toModelIndex();
        QCOMPARE(topLeft, tested->index(0, 0));
        QCOMPARE(bottomRight, tested->index(tested->rowCount() - 1, tested->columnCount() - 1));
    }
    QCOMPARE(first(), welsh);
}

void tst_LanguageSwitch::viewMenuSwitchesEveryWindowAtOnce_data()
{
    QTest::addColumn<bool>("editing");
    QTest::newRow("browsing") << false;
    QTest::newRow("editing") << true; // the form, its problems and its tables too
}

void tst_LanguageSwitch::viewMenuSwitchesEveryWindowAtOnce()
{
    QFETCH(bool, editing);
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_path).ok());
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(10); // the deferred statistics
    if (editing) {
        window.editing()->startEditing();
        QVERIFY(window.editing()->isEditing());
        window.editing()->addFigure(); // a row with a problem: no measure yet
    }
    auto *chart = ui::ChartWindow::open(window.database(), {}, &window);
    QVERIFY(QTest::qWaitForWindowExposed(chart));
    const QStringList english = textsOf(&window);
    const QStringList chartEnglish = textsOf(chart);
    auto *welsh = window.findChild<QAction *>(QStringLiteral("language_cy"));
    auto *inEnglish = window.findChild<QAction *>(QStringLiteral("language_en"));
    QVERIFY(welsh && inEnglish);
    QVERIFY(inEnglish->isChecked());

    // View > Language > Cymraeg, from the keyboard: Alt+V (View), L (Language), C (Cymraeg).
    window.activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), &window);
    window.browser()->table()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_L);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget())
        && QApplication::activePopupWidget()->objectName() == QLatin1String("languageMenu"));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_C);
    QTRY_COMPARE(currentLanguage(), QStringLiteral("cy"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("cy"));
    QCoreApplication::processEvents();
    QTRY_VERIFY(welsh->isChecked());
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Ffeil"));
    QCOMPARE(
        window.browser()->proxy()->headerData(SchemeTableModel::Name, Qt::Horizontal).toString(),
        QStringLiteral("Cynllun"));
    // Nothing kept its English wording.
    const auto catalogue = tscatalogue::Catalogue::load(
        sourcePath(QStringLiteral("translations/opcc-schemes_cy.ts")));
    const tscatalogue::TextMatcher sources = tscatalogue::englishSources(catalogue);
    for (QWidget *shown : { static_cast<QWidget *>(&window), static_cast<QWidget *>(chart) }) {
        const QStringList left = uicheck::inEnglish(uicheck::shownTexts(shown), sources);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }
    QVERIFY(textsOf(chart) != chartEnglish);
    QVERIFY(textsOf(&window) != english);

    // And back: every text of both windows as it was.
    inEnglish->trigger();
    QCoreApplication::processEvents();
    QTRY_COMPARE(textsOf(&window), english);
    QCOMPARE(textsOf(chart), chartEnglish);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    chart->close();
    if (editing)
        window.editing()->cancelEdit();
}

void tst_LanguageSwitch::choiceIsRemembered()
{
    QCOMPARE(ui::savedLanguage(), QString()); // nothing chosen: the system's
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("cy"));
    QCOMPARE(ui::savedLanguage(), QStringLiteral("cy"));
}

void tst_LanguageSwitch::systemLocaleDecidesFirst_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    QTest::newRow("welshSystem") << "cy_GB.UTF-8" << QStringList() << "Dangos y cymorth hwn";
    QTest::newRow("englishSystem") << "en_GB.UTF-8" << QStringList() << "Show this help";
    QTest::newRow("langOverWelshSystem")
        << "cy_GB.UTF-8" << QStringList { QStringLiteral("--lang"), QStringLiteral("en") }
        << "Show this help";
    QTest::newRow("langOverEnglishSystem")
        << "en_GB.UTF-8" << QStringList { QStringLiteral("--lang"), QStringLiteral("cy") }
        << "Dangos y cymorth hwn";
}

void tst_LanguageSwitch::systemLocaleDecidesFirst()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    QTemporaryDir home;
    const Run run = runApp(options + QStringList { QStringLiteral("--help") }, locale, home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void tst_LanguageSwitch::printedChartInWelsh()
{
    QTemporaryDir home;
    const QString pdf = m_dir.filePath(QStringLiteral("referrals-cy.pdf"));
    const Run run = runApp({ QStringLiteral("--database"), m_path, QStringLiteral("--lang"),
                               QStringLiteral("cy"), QStringLiteral("--chart"),
                               QStringLiteral("referrals"), QStringLiteral("--output"), pdf },
        QStringLiteral("en_GB.UTF-8"), home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Atgyfeiriadau fesul cynllun")), qPrintable(run.out));
    const QString text = pdfText(pdf);
    for (const char *welsh :
        { "Atgyfeiriadau fesul cynllun", "Ffynonellau", "dyddiad argraffu", "Cynllun", "Cyfnod" })
        QVERIFY2(text.contains(QLatin1String(welsh)), welsh);
    for (const char *english : { "by scheme", "Sources", "Printed", "Period" })
        QVERIFY2(!text.contains(QLatin1String(english)), english);
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
