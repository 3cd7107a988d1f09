// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Tools > FOI Requests on the offscreen platform, by keyboard alone: file a request, link two
// schemes from the register, save, and produce the reply, which is recorded on the request. Also
// what the form refuses and says, and the window as it was left.

#include "application.h"
#include "domain/language.h"
#include "editcontroller.h"
#include "editing/schemeeditor.h"
#include "foi/foieditor.h"
#include "foi/foiform.h"
#include "foi/foiwindow.h"
#include "foi/schemepicker.h"
#include "foisupport.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "models/foirequestmodel.h"
#include "models/foirequestproxy.h"
#include "schemebrowser.h"
#include "storage/database.h"
#include "storage/foistore.h"
#include "storage/schemestore.h"
#include "testsupport.h"
#include "uicheck.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using namespace guisupport;

class tst_FoiWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fileLinkAndReplyByKeyboard();
    void refusedRequestSaysWhy();
    void windowStateIsRemembered();
    void inWelshNothingLeftInEnglish();
    void emptyListSaysHowToAddOne();
    void columnsFitTheDefaultWidth();
    void schemeLinksFollowMainWindowUndo();
    void readOnlyRegisterOffersNoChange();
    void readOnlyEmptyListOffersNoNewRequest();

private:
    FoiWindow *openRegister();
    void pickScheme(FoiWindow *foi, const QString &words);
    static bool reactivate(QWidget *window);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void tst_FoiWindow::initTestCase()
{
    QVERIFY(guisupport::startInEnglish(m_dir.filePath(QStringLiteral("settings"))));
}

void tst_FoiWindow::init()
{
    QTemporaryDir *dir = &m_dir;
    m_path = dir->filePath(
        QStringLiteral("schemes-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    Database db;
    QVERIFY(shippeddataset::openOrCreate(db, m_path).ok());
    db.close();
    auto database = std::make_unique<Database>();
    QVERIFY(database->open(m_path).ok());
    m_window = std::make_unique<MainWindow>(std::move(database));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_FoiWindow::cleanup()
{
    if (auto *foi = m_window->findChild<FoiWindow *>())
        foi->form()->load(std::nullopt); // nothing left to ask about
    m_window.reset();
}

FoiWindow *tst_FoiWindow::openRegister()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    m_window->browser()->table()->setFocus();
    press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    FoiWindow *foi = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (foi = m_window->findChild<FoiWindow *>()) && foi->isVisible(); }))
        return nullptr;
    return reactivate(foi) ? foi : nullptr;
}

// What a window manager does when a dialog closes: the window under it is active again.
bool tst_FoiWindow::reactivate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// Ctrl+L opens the picker; the words narrow it to one scheme and Enter links it.
void tst_FoiWindow::pickScheme(FoiWindow *foi, const QString &words)
{
    QTimer::singleShot(0, this, [words] {
        QTRY_VERIFY(QApplication::activeModalWidget()
            && QApplication::activeModalWidget()->objectName() == QLatin1String("schemePicker"));
        QTRY_COMPARE(focused()->objectName(), QStringLiteral("schemePickerFilter"));
        type(words);
        press(Qt::Key_Return);
    });
    press(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(reactivate(foi));
}

void tst_FoiWindow::fileLinkAndReplyByKeyboard()
{
    FoiWindow *foi = openRegister();
    QVERIFY(foi);
    QCOMPARE(foi->model()->rowCount(), 0);

    // File the request: Ctrl+N, then field after field with Tab.
    press(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("foiReference"));
    retype(QStringLiteral("FOI 2020-500"));
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("foiReceived"));
    retype(QStringLiteral("01/07/2020"));
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("foiRequester"));
    press(Qt::Key_Down); // Media
    press(Qt::Key_Down); // Researcher
    press(Qt::Key_Tab);
    type(QStringLiteral("Drug-related diversion schemes"));
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("foiQuestions"));
    type(QStringLiteral("1. A list of all the drug-related diversion schemes"));
    press(Qt::Key_Return);
    type(QStringLiteral("2. The number of people going through each scheme in the last year"));
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("foiPeriod"));
    type(QStringLiteral("2019/20"));
    pickScheme(foi, QStringLiteral("divert (west mercia"));
    pickScheme(foi, QStringLiteral("heroin assisted"));
    press(Qt::Key_S, Qt::ControlModifier);

    const auto id = foi->editor()->store().idOfReference(QStringLiteral("FOI 2020-500"));
    QVERIFY2(id, qPrintable(foi->findChild<QLabel *>(QStringLiteral("foiIssues"))->text()));
    const auto stored = foi->editor()->store().request(*id);
    QCOMPARE(stored->received, QDate(2020, 7, 1));
    QCOMPARE(stored->due, QDate(2020, 7, 29));
    QCOMPARE(stored->requesterKind, RequesterKind::Researcher);
    QCOMPARE(stored->period, QStringLiteral("2019/20"));
    QCOMPARE(stored->schemeIds.size(), 2);
    Database &db = m_window->database();
    QCOMPARE(
        SchemeStore::reader(db).scheme(stored->schemeIds.at(0))->name, QStringLiteral("DIVERT"));
    QCOMPARE(SchemeStore::reader(db).scheme(stored->schemeIds.at(1))->name,
        QStringLiteral("Heroin Assisted Treatment"));
    QCOMPARE(foi->model()->rowCount(), 1);
    QCOMPARE(foi->currentId(), *id);
    saveScreenshot(foi, QStringLiteral("foi-window.png"));

    // Produce the reply: Ctrl+R, a name typed into the file dialog and Enter.
    const QString pdf = m_dir.filePath(QStringLiteral("FOI 2020-500 reply.pdf"));
    QTimer::singleShot(0, this, [pdf] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        retype(pdf);
        press(Qt::Key_Return);
    });
    press(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(reactivate(foi));
    QTRY_VERIFY(QFile::exists(pdf));
    QCOMPARE(fileBytes(pdf).left(5), QByteArray("%PDF-"));
    QTRY_COMPARE(foi->editor()->store().request(*id)->replyDocument, pdf);

    // The reply reads as its requester would: the questions first, then the two schemes.
    const ProcessRun text = runProgram(
        testsupport::pdftotextPath(), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    const qsizetype questions = text.out.indexOf(QStringLiteral("Your request"));
    const qsizetype divert = text.out.indexOf(QStringLiteral("DIVERT"), questions);
    QVERIFY2(questions >= 0 && divert > questions, qPrintable(text.out.left(3000)));
    QVERIFY(text.out.contains(QStringLiteral("A list of all the drug-related diversion schemes")));
    QVERIFY(text.out.contains(QStringLiteral("Heroin Assisted Treatment")));
    QVERIFY(text.out.contains(QStringLiteral("2019/20")));

    // Both writes are on the main window's undo history.
    QCOMPARE(m_window->editing()->editor()->undoStack()->count(), 2);
}

void tst_FoiWindow::refusedRequestSaysWhy()
{
    FoiWindow *foi = openRegister();
    QVERIFY(foi);
    press(Qt::Key_N, Qt::ControlModifier);
    retype(QStringLiteral("FOI 2024-1"));
    press(Qt::Key_Tab);
    retype(QStringLiteral("2024-03-01"));
    foi->findChild<QPlainTextEdit *>(QStringLiteral("foiQuestions"))
        ->setPlainText(QStringLiteral("How many referrals?"));
    auto *status = foi->findChild<QComboBox *>(QStringLiteral("foiStatus"));
    status->setCurrentIndex(int(FoiStatus::Replied));
    auto *replied = foi->findChild<QLineEdit *>(QStringLiteral("foiReplied"));
    replied->setFocus();
    type(QStringLiteral("2024-02-01"));
    press(Qt::Key_S, Qt::ControlModifier);
    const auto *issues = foi->findChild<QLabel *>(QStringLiteral("foiIssues"));
    QVERIFY(issues->isVisible());
    QCOMPARE(issues->text(),
        QStringLiteral("The reply date (1 February 2024) is before the date "
                       "received (1 March 2024)."));
    QCOMPARE(focused(), replied);
    QCOMPARE(foi->editor()->store().count(), 0);
    saveScreenshot(foi, QStringLiteral("foi-refused.png"));

    // A date that is not one is refused before anything else.
    retype(QStringLiteral("31/02/2024"));
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(issues->text().startsWith(QStringLiteral("Write the date as YYYY-MM-DD")));
    press(Qt::Key_Escape);
    QVERIFY(!foi->form()->isModified());
}

void tst_FoiWindow::windowStateIsRemembered()
{
    FoiWindow *foi = openRegister();
    QVERIFY(foi);
    auto *scope = foi->findChild<QComboBox *>(QStringLiteral("foiScope"));
    scope->setCurrentIndex(int(FoiRequestProxy::Scope::Attention));
    foi->table()->sortByColumn(FoiRequestModel::Due, Qt::AscendingOrder);
    foi->close();
    QTRY_VERIFY(!m_window->findChild<FoiWindow *>());
    foi = openRegister();
    QVERIFY(foi);
    QCOMPARE(foi->proxy()->scope(), FoiRequestProxy::Scope::Attention);
    QCOMPARE(foi->table()->horizontalHeader()->sortIndicatorSection(), int(FoiRequestModel::Due));
}

// The register's window and the scheme picker in Welsh: no English left, nothing cut off.
void tst_FoiWindow::inWelshNothingLeftInEnglish()
{
    const auto catalogue = tscatalogue::Catalogue::load(
        sourcePath(QStringLiteral("translations/opcc-schemes_cy.ts")));
    QVERIFY(!catalogue.messages.isEmpty());
    const auto english = tscatalogue::englishSources(catalogue);
    const auto welsh = tscatalogue::welshTranslations(catalogue);
    QVERIFY(installLanguage(QStringLiteral("cy")));
    FoiWindow *foi = openRegister();
    QVERIFY(foi);
    Database &db = m_window->database();
    FoiRequest r;
    r.reference = QStringLiteral("FOI 2020-500");
    r.received = QDate::currentDate().addDays(-25);
    r.questions = QStringLiteral("1. A list of all the drug-related diversion schemes");
    r.schemeIds = { *SchemeStore::reader(db).idOf(
        QStringLiteral("DIVERT"), QStringLiteral("West Mercia")) };
    r.time = { { QDate::currentDate(), 15 * 60, QStringLiteral("chwilio") } };
    const auto stored = foi->editor()->create(r);
    QVERIFY(stored);
    foi->selectRequest(stored->id);
    foi->form()->load(stored);
    const auto check = [&](QWidget *window, const QString &screenshot) {
        QCoreApplication::processEvents();
        saveScreenshot(window, screenshot);
        const QStringList left = uicheck::inEnglish(uicheck::shownTexts(window), english);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        const QStringList cut = uicheck::cutOff(
            window, [&welsh](const QString &text) { return !welsh.match(text).isEmpty(); });
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    };
    check(foi, QStringLiteral("foi-window-cy.png"));
    SchemePicker picker(db, stored->schemeIds, foi);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    check(&picker, QStringLiteral("foi-picker-cy.png"));
    picker.close();
    QVERIFY(installLanguage(QStringLiteral("en")));
}

void tst_FoiWindow::emptyListSaysHowToAddOne()
{
    FoiWindow *foi = openRegister();
    QVERIFY(foi);
    auto *hint = foi->table()->findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    QCOMPARE(
        hint->text(), QStringLiteral("No requests yet. Choose New Request (Ctrl+N) to log one."));
    QCOMPARE(hint->geometry(), foi->table()->viewport()->rect());
    saveScreenshot(foi, QStringLiteral("foi-empty.png"));

    const auto stored = foi->editor()->create(
        foisupport::request(QStringLiteral("FOI 2020-500"), QDate(2020, 7, 1)));
    QVERIFY(stored);
    QTRY_VERIFY(!hint->isVisible());
    // A search that finds nothing says how to see the requests again.
    foi->findChild<QLineEdit *>(QStringLiteral("foiFilter"))->setText(QStringLiteral("zzz"));
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("clear the Find box")), qPrintable(hint->text()));
    foi->findChild<QLineEdit *>(QStringLiteral("foiFilter"))->clear();
    QTRY_VERIFY(!hint->isVisible());
}

void tst_FoiWindow::columnsFitTheDefaultWidth()
{
    QSettings().remove(QStringLiteral("foiWindow")); // the window as first opened
    FoiWindow *foi = openRegister();
    QVERIFY(foi);
    const auto stored = foi->editor()->create(
        foisupport::request(QStringLiteral("FOI 2020-500"), QDate::currentDate().addDays(-40)));
    QVERIFY(stored);
    const QHeaderView *header = foi->table()->horizontalHeader();
    const int width = foi->table()->viewport()->width();
    QString sizes;
    for (int column = 0; column < FoiRequestModel::ColumnCount; ++column)
        sizes += QStringLiteral(" %1").arg(header->sectionSize(column));
    // Every column shown, none off to the right.
    QTRY_VERIFY2(header->length() == width, qPrintable(QString::number(width) + sizes));
    for (int column = 0; column < FoiRequestModel::ColumnCount; ++column) {
        // Shown unless the header's menu offers it: the date replied and the time spent.
        const bool optional
            = column == FoiRequestModel::Replied || column == FoiRequestModel::TimeSpent;
        QCOMPARE(header->isSectionHidden(column), optional);
        const QString title
            = foi->model()->headerData(column, Qt::Horizontal).toString().remove(QLatin1Char('&'));
        QVERIFY2(optional
                || header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title),
            qPrintable(title + sizes));
    }
    // The dates read whole.
    const QModelIndex received = foi->proxy()->index(0, FoiRequestModel::Received);
    QVERIFY(header->sectionSize(FoiRequestModel::Received)
        > foi->table()->fontMetrics().horizontalAdvance(received.data().toString()));
    saveScreenshot(foi, QStringLiteral("foi-columns.png"));
}

// A scheme deleted in the main window, and the deletion undone there, with the register's
// window open: its list and form name the scheme's requests' schemes as they now are.
void tst_FoiWindow::schemeLinksFollowMainWindowUndo()
{
    FoiWindow *foi = openRegister();
    QVERIFY(foi);
    Database &db = m_window->database();
    const qint64 divert
        = *SchemeStore::reader(db).idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    const auto stored = foi->editor()->create(
        foisupport::request(QStringLiteral("FOI 2020-500"), QDate(2020, 7, 1), { divert }));
    QVERIFY(stored);
    foi->table()->setCurrentIndex(foi->proxy()->index(0, FoiRequestModel::Reference));
    QTRY_COMPARE(foi->form()->loaded().schemeIds, QList<qint64> { divert });
    const auto schemesShown
        = [foi] { return foi->proxy()->index(0, FoiRequestModel::Schemes).data().toString(); };
    QVERIFY(schemesShown().contains(QStringLiteral("DIVERT")));

    SchemeEditor *editor = m_window->editing()->editor();
    QVERIFY(editor->deleteScheme(*editor->load(divert)));
    QTRY_VERIFY(!schemesShown().contains(QStringLiteral("DIVERT")));
    QCOMPARE(foi->form()->loaded().schemeIds, QList<qint64> {});
    QCOMPARE(foi->currentId(), stored->id); // the selection stays

    editor->undoStack()->undo();
    QTRY_VERIFY(schemesShown().contains(QStringLiteral("DIVERT")));
    QCOMPARE(foi->form()->loaded().schemeIds, QList<qint64> { divert });
    QCOMPARE(foi->currentId(), stored->id);
}

QTEST_MAIN(tst_FoiWindow)

// A register the user may only read (a read-only file here; a viewer on a server is opened the
// same way): the request is shown with nothing to type into or press but Produce Reply, and no
// action that would change the register is offered or works by its shortcut.
void tst_FoiWindow::readOnlyRegisterOffersNoChange()
{
    {
        Database::Transaction transaction(m_window->database());
        QVERIFY(
            FoiStore(m_window->database())
                .insert(foisupport::request(QStringLiteral("FOI 2026-001"), QDate(2026, 11, 2))));
        QVERIFY(transaction.commit());
    }
    m_window.reset();
    auto database = std::make_unique<Database>();
    QVERIFY(database->open(m_path, Database::Access::ReadOnly).ok());
    QVERIFY(database->isReadOnly());
    m_window = std::make_unique<MainWindow>(std::move(database));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    FoiWindow *foi = openRegister();
    QVERIFY(foi);
    QVERIFY2(
        foi->windowTitle().contains(QLatin1String("(read-only)")), qPrintable(foi->windowTitle()));
    QCOMPARE(foi->model()->rowCount(), 1);
    foi->selectRequest(
        *FoiStore(m_window->database()).idOfReference(QStringLiteral("FOI 2026-001")));
    FoiForm *form = foi->form();
    QVERIFY(form->isReadOnly());
    QVERIFY(form->isEnabled());
    for (const char *name : { "foiNew", "foiSave", "foiDelete", "foiLink", "foiLogTime" }) {
        auto *action = foi->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isVisible() && !action->isEnabled(), name);
    }
    auto *reply = foi->findChild<QAction *>(QStringLiteral("foiReply"));
    QVERIFY(reply && reply->isVisible() && reply->isEnabled());
    for (QLineEdit *line : form->findChildren<QLineEdit *>()) {
        if (line->isVisibleTo(form) && !qobject_cast<QComboBox *>(line->parent()))
            QVERIFY2(line->isReadOnly(), qPrintable(line->objectName()));
    }
    for (QPlainTextEdit *text : form->findChildren<QPlainTextEdit *>())
        QVERIFY2(text->isReadOnly(), qPrintable(text->objectName()));
    for (QComboBox *combo : form->findChildren<QComboBox *>())
        QVERIFY2(!combo->isEnabled(), qPrintable(combo->objectName()));
    for (const char *name : { "foiLinkSchemes", "foiLogTime", "foiTimeNote" }) {
        auto *widget = form->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget && !widget->isVisibleTo(form), name);
    }
    auto *exemptions = form->findChild<QListWidget *>(QStringLiteral("foiExemptions"));
    QVERIFY(exemptions && exemptions->count() > 0);
    QVERIFY(!(exemptions->item(0)->flags() & Qt::ItemIsUserCheckable));
    // Typing changes nothing, and Ctrl+N files nothing.
    auto *subject = form->findChild<QLineEdit *>(QStringLiteral("foiSubject"));
    QVERIFY(subject);
    const QString before = subject->text();
    subject->setFocus();
    type(QStringLiteral("more"));
    QCOMPARE(subject->text(), before);
    QVERIFY(!form->isModified());
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!form->isModified());
    QCOMPARE(foi->model()->rowCount(), 1);
    QCOMPARE(FoiStore(m_window->database()).count(), 1);
}

// An empty list on a register the user may only read does not point to New Request, which is
// not there.
void tst_FoiWindow::readOnlyEmptyListOffersNoNewRequest()
{
    m_window.reset();
    auto database = std::make_unique<Database>();
    QVERIFY(database->open(m_path, Database::Access::ReadOnly).ok());
    m_window = std::make_unique<MainWindow>(std::move(database));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    FoiWindow *foi = openRegister();
    QVERIFY(foi);
    auto *hint = foi->table()->findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("No requests in this register."));
}

#include "tst_foiwindow.moc"
