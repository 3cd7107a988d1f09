// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File > New Scheme, typed from the keyboard: each field says what is wrong with it, Create
// shows every problem once pressed, and the scheme arrives in the database with its figures.

#include "choicecombo.h"
#include "domain/language.h"
#include "editing/schemeeditor.h"
#include "guisupport.h"
#include "measuredialog.h"
#include "models/figureeditmodel.h"
#include "schemedialog.h"
#include "schemeform.h"
#include "storage/browsestore.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace opcc;
using namespace testsupport;
using namespace guisupport;

class tst_SchemeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithOkDisabledAndSaysWhy();
    void problemShowsOnceTheFieldWasTouched();
    void fieldMessages_data();
    void fieldMessages();
    void keyboardEntryCreatesScheme();
    void duplicatePointsToExisting();
    void measureListByHeadingNamesWhole();
    void newMeasureFromTheForm();
    void figureCellsSayWhatIsWrong_data();
    void figureCellsSayWhatIsWrong();

private:
    QLabel *label(const char *name) const
    {
        return m_dialog->findChild<QLabel *>(QLatin1String(name));
    }
    // Name, strand and area typed in, as every case needs them: the area is found by typing the
    // start of its name, then going down `down` rows.
    void typeEssentials(const QString &name, const QString &areaStart, int down = 0);

    std::unique_ptr<ShippedDatabase> m_data;
    std::unique_ptr<SchemeEditor> m_editor;
    std::unique_ptr<SchemeDialog> m_dialog;
};

void tst_SchemeDialog::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_SchemeDialog::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
    m_editor = std::make_unique<SchemeEditor>(m_data->db);
    m_dialog = std::make_unique<SchemeDialog>(*m_editor);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void tst_SchemeDialog::cleanup()
{
    m_dialog.reset();
    m_editor.reset();
    m_data.reset();
}

void tst_SchemeDialog::typeEssentials(const QString &name, const QString &areaStart, int down)
{
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeName"));
    type(name);
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeStrand"));
    type(QStringLiteral("T")); // Treatment
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeStatus"));
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeAreas"));
    type(areaStart);
    for (int i = 0; i < down; ++i)
        press(Qt::Key_Down);
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeStart"));
}

void tst_SchemeDialog::startsWithOkDisabledAndSaysWhy()
{
    // Nothing in red before anything was typed; OK is there to press, and says what it needs.
    QVERIFY(m_dialog->okButton()->isEnabled());
    QCOMPARE(m_dialog->okButton()->toolTip(),
        QStringLiteral("Shows what the scheme still needs (Enter)"));
    for (const char *name : { "nameIssue", "strandIssue", "areaIssue", "dateIssue" })
        QVERIFY2(!label(name)->isVisible(), name);
    QCOMPARE(m_dialog->form()->tabs()->tabText(0), QStringLiteral("Sche&me"));
    // Enter does nothing but show every problem, and the focus goes to the first.
    press(Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(BrowseStore(m_data->db).schemeCount(), 47);
    QCOMPARE(label("nameIssue")->text(), QStringLiteral("A scheme needs a name."));
    QVERIFY(label("nameIssue")->isVisible());
    QCOMPARE(
        label("strandIssue")->text(), QStringLiteral("Choose the strand the scheme belongs to."));
    QVERIFY(label("strandIssue")->isVisible());
    QVERIFY(label("areaIssue")->isVisible());
    QVERIFY(!label("dateIssue")->isVisible());
    QCOMPARE(m_dialog->form()->tabs()->tabText(0), QStringLiteral("Sche&me (3 to fix)"));
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeName"));
    QVERIFY(!m_dialog->okButton()->isEnabled()); // until they are put right
}

void tst_SchemeDialog::problemShowsOnceTheFieldWasTouched()
{
    QVERIFY(!label("nameIssue")->isVisible());
    type(QStringLiteral("A"));
    press(Qt::Key_Backspace); // typed, then emptied again
    QVERIFY(label("nameIssue")->isVisible());
    QVERIFY(!label("strandIssue")->isVisible());
    press(Qt::Key_Tab); // to the strand
    QVERIFY(!label("strandIssue")->isVisible());
    press(Qt::Key_Tab); // left without a choice
    QVERIFY(label("strandIssue")->isVisible());
    QVERIFY(!label("areaIssue")->isVisible());
}

void tst_SchemeDialog::fieldMessages_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("dateMessage");
    QTest::newRow("valid") << "2021-07"
                           << "2022-07"
                           << "";
    QTest::newRow("noDates") << ""
                             << ""
                             << "";
    QTest::newRow("endBeforeStart") << "2021-07"
                                    << "2020"
                                    << "The end is before the start.";
    QTest::newRow("badStartDate")
        << "July 2021"
        << ""
        << "\"July 2021\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.";
    QTest::newRow("noSuchMonth") << "2021"
                                 << "2021-13"
                                 << "\"2021-13\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.";
}

void tst_SchemeDialog::fieldMessages()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, dateMessage);
    typeEssentials(QStringLiteral("Offender to Rehab (Solihull)"), QStringLiteral("West"), 1);
    QVERIFY(!label("nameIssue")->isVisible());
    QVERIFY(!label("strandIssue")->isVisible());
    QVERIFY(!label("areaIssue")->isVisible());
    QCOMPARE(label("areasChosen")->text(), QStringLiteral("Chosen: West Midlands"));
    type(start);
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeEnd"));
    type(end);
    QCOMPARE(label("dateIssue")->text(), dateMessage);
    QCOMPARE(label("dateIssue")->isVisible(), !dateMessage.isEmpty());
    QCOMPARE(m_dialog->okButton()->isEnabled(), dateMessage.isEmpty());
    if (QTest::currentDataTag() == QLatin1String("endBeforeStart"))
        saveScreenshot(m_dialog.get(), QStringLiteral("new-scheme-end-before-start.png"));
}

void tst_SchemeDialog::keyboardEntryCreatesScheme()
{
    typeEssentials(QStringLiteral("Offender to Rehab (Solihull)"), QStringLiteral("West"), 1);
    type(QStringLiteral("2021-07"));
    press(Qt::Key_Tab);
    type(QStringLiteral("2022-07"));
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeSource"));
    type(QStringLiteral("APCC")); // completes to the document's full title
    press(Qt::Key_Tab);
    // The button beside it opens the document's record in Tools > Source Documents.
    QCOMPARE(focused()->objectName(), QStringLiteral("schemeSourceDocuments"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Prolific shoplifters referred to residential rehab."));
    press(Qt::Key_Tab);
    type(QStringLiteral("Referred instead of short prison sentences."));
    press(Qt::Key_Tab);
    type(QStringLiteral("Prolific shoplifters"));

    // Partners and funding, by their mnemonics.
    press(Qt::Key_P, Qt::AltModifier); // the Partners and Funding page
    QCOMPARE(m_dialog->form()->tabs()->currentIndex(), int(SchemeForm::PartnersPage));
    press(Qt::Key_O, Qt::AltModifier); // Add Organisation (a button clicks a moment later)
    QTRY_VERIFY(m_dialog->form()->partnerTable()->currentIndex().isValid());
    type(QStringLiteral("PCC"));
    press(Qt::Key_Tab); // to the role
    type(QStringLiteral("F")); // Funder
    press(Qt::Key_Return);
    press(Qt::Key_L, Qt::AltModifier); // Add Funding Line: starts at its amount
    QTRY_VERIFY(m_dialog->form()->fundingTable()->currentIndex().isValid());
    type(QStringLiteral("50000"));
    press(Qt::Key_Return);
    saveScreenshot(m_dialog.get(), QStringLiteral("new-scheme-partners.png"));

    press(Qt::Key_I, Qt::AltModifier); // Figures page
    QCOMPARE(m_dialog->form()->tabs()->currentIndex(), int(SchemeForm::FiguresPage));
    press(Qt::Key_A, Qt::AltModifier); // Add Figure: starts at its measure
    QTRY_VERIFY(m_dialog->form()->figureTable()->currentIndex().isValid());
    type(QStringLiteral("People enrolled"));
    press(Qt::Key_Tab);
    type(QStringLiteral("27"));
    for (int i = 0; i < 5; ++i) // up to, qualifier, rate, baseline
        press(Qt::Key_Tab);
    QCOMPARE(m_dialog->form()->figureTable()->currentIndex().column(),
        int(FigureEditModel::PeriodStart));
    type(QStringLiteral("2021-07"));
    press(Qt::Key_Tab);
    type(QStringLiteral("2022-07"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Between July 2021 and July 2022"));
    press(Qt::Key_Tab);
    type(QStringLiteral("prolific shoplifters enrolled"));
    press(Qt::Key_Tab); // the source is the scheme's document already
    press(Qt::Key_Tab);
    type(QStringLiteral("27 prolific shoplifters were enrolled"));
    press(Qt::Key_Return);

    const QString figureIssue = label("figureEditTableIssue")->text();
    QVERIFY2(figureIssue.isEmpty(), qPrintable(figureIssue));
    QVERIFY2(m_dialog->okButton()->isEnabled(), qPrintable(label("fundingTableIssue")->text()));
    saveScreenshot(m_dialog.get(), QStringLiteral("new-scheme-figures.png"));
    press(Qt::Key_Return); // Create Scheme
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const auto id = SchemeStore::reader(m_data->db)
                        .idOf(QStringLiteral("Offender to Rehab (Solihull)"),
                            QStringLiteral("West Midlands"));
    QVERIFY(id);
    QCOMPARE(m_dialog->createdSchemeId(), *id);
    const Scheme scheme = *SchemeStore::reader(m_data->db).scheme(*id);
    QCOMPARE(scheme.strand, Strand::Treatment);
    QCOMPARE(scheme.status, Status::Active);
    QCOMPARE(scheme.start.toIsoString(), QStringLiteral("2021-07"));
    QCOMPARE(scheme.end.toIsoString(), QStringLiteral("2022-07"));
    QCOMPARE(scheme.source, QStringLiteral("APCC, Tackling Addictions In Focus"));
    QCOMPARE(scheme.eligibility, QStringLiteral("Prolific shoplifters"));
    QCOMPARE(scheme.organisations,
        (QList<OrganisationLink> { { QStringLiteral("PCC"), Role::Funder } }));
    const QList<Figure> figures = FigureStore::reader(m_data->db).ofScheme(*id);
    QCOMPARE(figures.size(), 2);
    QCOMPARE(figures.at(0).measure, QStringLiteral("funding"));
    QCOMPARE(figures.at(0).value, Decimal::fromInteger(50000));
    const Figure &enrolled = figures.at(1);
    QCOMPARE(enrolled.measure, QStringLiteral("people_enrolled"));
    QCOMPARE(enrolled.value, Decimal::fromInteger(27));
    QVERIFY(!enrolled.valueHigh);
    QCOMPARE(enrolled.qualifier, Qualifier::Exact);
    QCOMPARE(enrolled.periodStart.toIsoString(), QStringLiteral("2021-07"));
    QCOMPARE(enrolled.periodEnd.toIsoString(), QStringLiteral("2022-07"));
    QCOMPARE(enrolled.periodLabel, QStringLiteral("Between July 2021 and July 2022"));
    QCOMPARE(enrolled.source, QStringLiteral("APCC, Tackling Addictions In Focus"));
    QCOMPARE(enrolled.quote, QStringLiteral("27 prolific shoplifters were enrolled"));
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void tst_SchemeDialog::duplicatePointsToExisting()
{
    QSignalSpy open(m_dialog.get(), &SchemeDialog::openSchemeRequested);
    QVERIFY(open.isValid());
    type(QStringLiteral("DIVERT"));
    press(Qt::Key_Tab);
    type(QStringLiteral("D")); // Demand
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    type(QStringLiteral("West"));
    press(Qt::Key_Space);
    QLabel *issue = label("nameIssue");
    QVERIFY(issue->isVisible());
    QVERIFY2(issue->text().contains(QLatin1String(
                 "There is already a scheme called &quot;DIVERT&quot; in West Mercia")),
        qPrintable(issue->text()));
    QVERIFY(!m_dialog->okButton()->isEnabled());
    saveScreenshot(m_dialog.get(), QStringLiteral("new-scheme-duplicate.png"));
    const qint64 existing = *SchemeStore::reader(m_data->db)
                                 .idOf(QStringLiteral("DIVERT"), QStringLiteral("West Mercia"));
    answerNextMessageBox(QStringLiteral("Discard")); // what was typed goes
    emit issue->linkActivated(QStringLiteral("scheme:%1").arg(existing));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toLongLong(), existing);
    QVERIFY(!m_dialog->isVisible()); // nothing was typed but what the existing one has
}

// The measure list is grouped under headings, and its names are never cut in the middle.
void tst_SchemeDialog::measureListByHeadingNamesWhole()
{
    typeEssentials(QStringLiteral("Test scheme"), QStringLiteral("Kent"));
    press(Qt::Key_I, Qt::AltModifier);
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(m_dialog->form()->figureTable()->currentIndex().isValid());
    auto *combo = qobject_cast<ChoiceCombo *>(focused());
    QVERIFY(combo);
    QStringList headings;
    for (int i = 0; i < combo->count(); ++i) {
        if (!combo->itemData(i).isValid())
            headings.append(combo->itemText(i));
    }
    QCOMPARE(headings.size(), 5);
    QCOMPARE(headings.first(), QStringLiteral("People through the scheme"));
    QCOMPARE(combo->itemText(1).section(QLatin1Char(' '), 0, 0), QStringLiteral("Assessments"));
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->textElideMode(), Qt::ElideRight);
    QVERIFY(view->width() >= view->sizeHintForColumn(0));
    saveScreenshot(view->window(), QStringLiteral("measure-list.png"));
    combo->hidePopup();
}

// A measure the list lacks is added from the form, with its unit, and used at once.
void tst_SchemeDialog::newMeasureFromTheForm()
{
    typeEssentials(QStringLiteral("Test scheme"), QStringLiteral("Kent"));
    press(Qt::Key_I, Qt::AltModifier);
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(m_dialog->form()->figureTable()->currentIndex().isValid());
    press(Qt::Key_Escape); // leaves the measure empty
    auto *button = m_dialog->findChild<QPushButton *>(QStringLiteral("newMeasure"));
    QVERIFY(button && button->isVisible());
    bool filled = false;
    QTimer::singleShot(0, this, [&filled] {
        auto *dialog = qobject_cast<MeasureDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->nameEdit()->setText(QStringLiteral("Completion rate"));
        dialog->unitCombo()->setCurrentIndex(dialog->unitCombo()->findData(int(Unit::Percent)));
        filled = true;
        dialog->accept();
    });
    button->click();
    QVERIFY(filled);
    const auto measure = LookupStore::reader(m_data->db).measure(QStringLiteral("completion_rate"));
    QVERIFY(measure);
    QCOMPARE(measure->unit, Unit::Percent);
    QCOMPARE(measure->label, QStringLiteral("Completion rate"));
    const QModelIndex current = m_dialog->form()->figureTable()->currentIndex();
    QCOMPARE(current.siblingAtColumn(FigureEditModel::Measure).data(Qt::EditRole).toString(),
        QStringLiteral("completion_rate"));
    QCOMPARE(MeasureDialog::keyFromName(QStringLiteral("Completion rate (%)")),
        QStringLiteral("completion_rate"));
}

void tst_SchemeDialog::figureCellsSayWhatIsWrong_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("issue");
    QTest::newRow("negativeCount") << QStringLiteral("People enrolled") << QStringLiteral("-5")
                                   << QStringLiteral("A count cannot be negative.");
    QTest::newRow("letters") << QStringLiteral("People enrolled") << QStringLiteral("abc")
                             << QStringLiteral(
                                    "\"abc\" is not a number (at most two decimal places).");
    QTest::newRow("percentOver100") << QStringLiteral("Not reoffended") << QStringLiteral("250")
                                    << QStringLiteral("A percentage must be between 0 and 100.");
}

// What was typed into a number cell stays as typed, and the cell says what is wrong in the
// words of the import, until it is put right: it is never quietly saved as another number.
void tst_SchemeDialog::figureCellsSayWhatIsWrong()
{
    QFETCH(QString, measure);
    QFETCH(QString, typed);
    QFETCH(QString, issue);
    typeEssentials(QStringLiteral("Test scheme"), QStringLiteral("Kent"));
    press(Qt::Key_I, Qt::AltModifier);
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(m_dialog->form()->figureTable()->currentIndex().isValid()); // buttons click late
    type(measure);
    press(Qt::Key_Tab);
    type(typed);
    press(Qt::Key_Return);
    QTableView *table = m_dialog->form()->figureTable();
    const QModelIndex value = table->model()->index(0, FigureEditModel::Value);
    QCOMPARE(value.data(Qt::EditRole).toString(), typed);
    QVERIFY2(label("figureEditTableIssue")->text().endsWith(QStringLiteral("Value: ") + issue),
        qPrintable(label("figureEditTableIssue")->text()));
    QCOMPARE(value.data(Qt::ToolTipRole).toString(), issue);
    QVERIFY(!m_dialog->okButton()->isEnabled());
    QCOMPARE(m_dialog->form()->tabs()->tabText(SchemeForm::FiguresPage),
        QStringLiteral("F&igures (1 to fix)"));
    saveScreenshot(m_dialog.get(), QStringLiteral("new-scheme-figure-issue.png"));
    // Put right, it is accepted.
    table->model()->setData(value, QStringLiteral("25"));
    QVERIFY(label("figureEditTableIssue")->text().isEmpty());
    QVERIFY(m_dialog->okButton()->isEnabled());
}

QTEST_MAIN(tst_SchemeDialog)
#include "tst_schemedialog.moc"
