// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The app in Welsh, as a Welsh-speaking officer sees it: the main window (browsing and editing),
// the new-scheme dialog, the chart window and the printed chart page show no text left in
// English (bar what users typed and brand names) and cut off none (every label, button, combo
// item, tab, column title and menu has the room its text needs). With OPCC_SCREENSHOT_DIR set,
// each is saved as a PNG there.

#include "application.h"
#include "charts/chartdatabuilder.h"
#include "charts/chartpagepainter.h"
#include "charts/chartscope.h"
#include "charts/charttable.h"
#include "charts/chartwindow.h"
#include "detailpanel.h"
#include "domain/language.h"
#include "editcontroller.h"
#include "editing/schemeeditor.h"
#include "guisupport.h"
#include "historydialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "reports/reportdialog.h"
#include "schemebrowser.h"
#include "schemedialog.h"
#include "schemeform.h"
#include "storage/schemestore.h"
#include "testsupport.h"
#include "textrecorder.h"
#include "uicheck.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace opcc;
using namespace testsupport;

namespace {

ChartData chartOf(const Database &db, ChartKind kind, const QString &measure)
{
    const ResolvedScope resolved = ChartScopeResolver(db).resolve({});
    ChartSpec spec;
    spec.kind = kind;
    spec.measure = measure;
    return ChartDataBuilder(db).build(spec, resolved.schemes, resolved.description);
}

// Every text of a chart's data and its table that the app words (not names and figures).
QStringList chartTexts(const ChartData &data)
{
    QStringList texts { data.title, data.subtitle, data.valueTitle, data.basis, data.emptyReason };
    texts += data.notes;
    for (const Footnote &note : data.footnotes)
        texts.append(note.text());
    for (const OmittedFigure &figure : data.omitted)
        texts.append(ChartTableBuilder::omittedLine(figure));
    texts += ChartTableBuilder::table(data).headers;
    return texts;
}

} // namespace

class tst_Welsh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checksFindWhatTheyLookFor();
    void mainWindow();
    void menuAcceleratorsAreUnique();
    void editMode();
    void newSchemeDialog_data();
    void newSchemeDialog();
    void chartWindow();
    void historyAndImportDialogs();
    void reportDialog();
    void printedChartPage_data();
    void printedChartPage();

private:
    void checkWindow(QWidget *window, const QString &screenshot);

    QTemporaryDir m_dir;
    QString m_path;
    tscatalogue::TextMatcher m_english;
    tscatalogue::TextMatcher m_welsh;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Welsh::initTestCase()
{
    ui::setApplicationIdentity();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(
        QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(installLanguage(QStringLiteral("cy")));
    QCOMPARE(QLocale().language(), QLocale::Welsh);
    const auto catalogue = tscatalogue::Catalogue::load(
        sourcePath(QStringLiteral("translations/opcc-schemes_cy.ts")));
    QVERIFY(!catalogue.messages.isEmpty());
    m_english = tscatalogue::englishSources(catalogue);
    m_welsh = tscatalogue::welshTranslations(catalogue);
    m_path = m_dir.filePath(QStringLiteral("schemes.sqlite"));
    Database db;
    QVERIFY(shippeddataset::openOrCreate(db, m_path).ok());
}

void tst_Welsh::init()
{
    QSettings().clear();
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_path).ok());
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(10); // the deferred statistics
    const auto divert = SchemeStore::reader(m_window->database())
                            .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    QVERIFY(divert);
    m_window->browser()->selectScheme(*divert);
}

void tst_Welsh::cleanup()
{
    if (m_window && m_window->editing()->isEditing())
        m_window->editing()->cancelEdit();
    m_window.reset();
}

void tst_Welsh::checkWindow(QWidget *window, const QString &screenshot)
{
    QCoreApplication::processEvents();
    guisupport::saveScreenshot(window, screenshot);
    const QStringList english = uicheck::inEnglish(uicheck::shownTexts(window), m_english);
    QVERIFY2(english.isEmpty(),
        qPrintable(QStringLiteral("Left in English:\n") + english.join(QLatin1Char('\n'))));
    const QStringList cut = uicheck::cutOff(
        window, [this](const QString &text) { return !m_welsh.match(text).isEmpty(); });
    QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("Cut off:\n") + cut.join(QLatin1Char('\n'))));
}

void tst_Welsh::checksFindWhatTheyLookFor()
{
    // A window with two texts left in English (one of them made from a plural message) and a
    // button too narrow for its Welsh text: the checks below would see them.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Select a scheme to see its record."), &window));
    layout->addWidget(new QLabel(QStringLiteral("5 of 47 schemes"), &window));
    layout->addWidget(new QLabel(QStringLiteral("Pob cynllun (47)"), &window));
    auto *button = new QPushButton(QStringLiteral("Cadw'r &newidiadau"), &window);
    button->setFixedWidth(button->sizeHint().width() / 2);
    layout->addWidget(button);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(uicheck::inEnglish(uicheck::shownTexts(&window), m_english).size(), 2);
    const QStringList cut = uicheck::cutOff(&window, [](const QString &) { return true; });
    QCOMPARE(cut.size(), 1);
    QVERIFY(cut.constFirst().contains(QLatin1String("Cadw'r")));
    QVERIFY(!m_welsh.match(QStringLiteral("5 o 47 cynllun")).isEmpty());
    QVERIFY(m_welsh.match(QStringLiteral("Combating Drugs Partnership")).isEmpty());
}

void tst_Welsh::mainWindow()
{
    checkWindow(m_window.get(), QStringLiteral("main-window-cy.png"));
}

void tst_Welsh::menuAcceleratorsAreUnique()
{
    // Alt+letter must open one menu, and a letter one item of it: in Welsh as in English.
    QStringList clashes;
    const auto letterOf = [](const QString &text) {
        const qsizetype at = QString(text)
                                 .replace(QStringLiteral("&&"), QStringLiteral("__"))
                                 .indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    std::function<void(const QList<QAction *> &, const QString &)> check
        = [&](const QList<QAction *> &actions, const QString &where) {
              QHash<QChar, QString> seen;
              for (QAction *action : actions) {
                  if (action->isSeparator() || !action->isVisible())
                      continue;
                  const QChar letter = letterOf(action->text());
                  if (letter.isNull())
                      clashes.append(where + QStringLiteral(": none in ") + action->text());
                  else if (seen.contains(letter))
                      clashes.append(where + QStringLiteral(": ") + seen.value(letter)
                          + QStringLiteral(" / ") + action->text());
                  seen.insert(letter, action->text());
                  if (action->menu())
                      check(action->menu()->actions(), action->text());
              }
          };
    check(m_window->menuBar()->actions(), QStringLiteral("menu bar"));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void tst_Welsh::editMode()
{
    m_window->editing()->startEditing();
    QVERIFY(m_window->editing()->isEditing());
    checkWindow(m_window.get(), QStringLiteral("edit-mode-cy.png"));
}

void tst_Welsh::newSchemeDialog_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("scheme") << int(SchemeForm::SchemePage);
    QTest::newRow("partnersAndFunding") << int(SchemeForm::PartnersPage);
    QTest::newRow("figures") << int(SchemeForm::FiguresPage);
}

void tst_Welsh::newSchemeDialog()
{
    QFETCH(int, page);
    SchemeDialog dialog(*m_window->editing()->editor(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.form()->tabs()->setCurrentIndex(page);
    // A figure row, so that its table has something to show.
    if (page == SchemeForm::FiguresPage)
        dialog.form()->addFigure();
    checkWindow(&dialog,
        QStringLiteral("new-scheme-cy-%1.png").arg(QLatin1String(QTest::currentDataTag())));
}

void tst_Welsh::chartWindow()
{
    auto *window = ui::ChartWindow::open(
        m_window->database(), m_window->browser()->selectedSchemeIds(), m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->setScope(ui::ChartWindow::Scope::All);
    window->setMeasure(QStringLiteral("referrals"));
    checkWindow(window, QStringLiteral("chart-window-cy.png"));
    window->close();
}

void tst_Welsh::reportDialog()
{
    const QList<qint64> selected = m_window->browser()->selectedSchemeIds();
    ui::ReportDialog dialog(m_window->database(), selected, selected, QStringLiteral("Cleveland"),
        ui::ReportDialog::Schemes::Shown, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The period as two dates, the longest of its rows.
    dialog.findChild<QComboBox *>(QStringLiteral("reportPeriodKind"))->setCurrentIndex(2);
    checkWindow(&dialog, QStringLiteral("report-dialog-cy.png"));
}

void tst_Welsh::historyAndImportDialogs()
{
    const qint64 id = m_window->browser()->currentSchemeId();
    HistoryDialog history(m_window->database(), id, QStringLiteral("DIVERT"), m_window.get());
    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    checkWindow(&history, QStringLiteral("history-cy.png"));
    history.close();

    ImportDialog import(m_window->database(), m_window.get());
    import.show();
    QVERIFY(QTest::qWaitForWindowExposed(&import));
    import.setFiles({ sourcePath(QStringLiteral("resources/dataset/schemes.csv")),
        sourcePath(QStringLiteral("resources/dataset/outcomes.csv")) });
    checkWindow(&import, QStringLiteral("import-cy.png"));
}

void tst_Welsh::printedChartPage_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("measure");
    QTest::newRow("comparison") << int(ChartKind::Comparison) << "referrals";
    QTest::newRow("funding") << int(ChartKind::Comparison) << "funding";
    QTest::newRow("beforeAfter") << int(ChartKind::BeforeAfter) << "detected_crimes";
    QTest::newRow("strandSummary") << int(ChartKind::StrandSummary) << "referrals";
}

void tst_Welsh::printedChartPage()
{
    QFETCH(int, kind);
    QFETCH(QString, measure);
    const ChartData data = chartOf(m_window->database(), ChartKind(kind), measure);
    QVERIFY2(!data.isEmpty(), qPrintable(data.emptyReason));

    // What the page says in words of its own is Welsh.
    QStringList english;
    for (const QString &text : chartTexts(data)) {
        if (!m_english.match(text).isEmpty())
            english.append(text);
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));

    // Every line of text is on the page and clear of the others.
    const QSizeF a4 = ui::ChartPagePainter::a4Landscape();
    TextRecorder page(a4);
    {
        QPainter painter(&page);
        ui::ChartPagePainter::paint(painter, QRectF(QPointF(0, 0), a4), data, QDate(2025, 3, 14));
    }
    const QList<TextRecorder::Line> &lines = page.lines();
    QVERIFY(lines.size() > 10);
    const QRectF paper(QPointF(0, 0), a4);
    QStringList problems;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const TextRecorder::Line &line = lines.at(i);
        if (!paper.contains(line.rect))
            problems.append(QStringLiteral("off the page: ") + line.text);
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            const QRectF overlap = line.rect.intersected(lines.at(j).rect);
            if (overlap.width() > 1.0 && overlap.height() > 1.0)
                problems.append(
                    QStringLiteral("\"%1\" over \"%2\"").arg(line.text, lines.at(j).text));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The date printed in Welsh.
    bool dated = false;
    for (const TextRecorder::Line &line : lines)
        dated = dated || line.text.contains(QLatin1String("Mawrth 2025"));
    QVERIFY(dated);

    const QString dir = qEnvironmentVariable("OPCC_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QImage image(QSize(1263, 893), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        ui::ChartPagePainter::paint(painter, QRectF(image.rect()), data, QDate::currentDate());
        painter.end();
        image.save(QDir(dir).filePath(
            QStringLiteral("chart-page-cy-%1.png").arg(QLatin1String(QTest::currentDataTag()))));
    }
}

QTEST_MAIN(tst_Welsh)
#include "tst_welsh.moc"
