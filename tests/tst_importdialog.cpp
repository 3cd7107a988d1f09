// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The import dialog: a preview with every error before anything is written, Import only when the
// preview is clean, and what was imported afterwards. Set OPCC_SCREENSHOT_DIR to keep pictures of
// the dialog in each state.

#include "domain/language.h"
#include "exportactions.h"
#include "importdialog.h"
#include "interchange/csvexporter.h"
#include "storage/browsestore.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTimer>

using namespace testsupport;
using opcc::ImportDialog;

namespace {

const QByteArray goodSchemes = "name,area,strand,providers\n"
                               "Keyworker pilot,Gwent,treatment,Kaleidoscope\n"
                               "Harbour Project,Isles of Scilly,treatment,\n"
                               "DIVERT,West Mercia,demand,\n";
const QByteArray goodOutcomes = "scheme,area,measure,value,unit,period_start,period_end\n"
                                "Keyworker pilot,Gwent,referrals,\"1,234\",,2023-04,2024-03\n"
                                "Keyworker pilot,Gwent,kits_issued,75,count,2023-04,2024-03\n";
const QByteArray badSchemes = "name,area,strand\n"
                              "Keyworker pilot,Gwent,treatment\n"
                              "Another,Gwent,enforcement\n";
const QByteArray badOutcomes = "scheme,area,measure,value,period_start,period_end\n"
                               "Keyworker pilot,Gwent,testing_rate,103%,2023,2023\n"
                               "Nowhere scheme,Gwent,referrals,5,2023,2023\n";

// The details as lines of plain text (list items lose their bullets).
QStringList lines(const QTextBrowser *details)
{
    QStringList result;
    for (QString line : details->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.startsWith(QChar(0x2022)))
            line = line.mid(1).trimmed();
        result.append(line);
    }
    return result;
}

} // namespace

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void errorsListedAndImportRefused();
    void oneErrorWordedInTheSingular();
    void cleanPreviewThenImport();
    void manySchemesNamedByTheFirstFifty();
    void nothingToImport();
    void removingTheBadFileRepreviews();
    void checkAgainAfterTheFileWasFixed();
    void exportCsvWritesBothFiles();

private:
    QString write(const QString &name, const QByteArray &bytes);
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<ShippedDatabase> m_data;
};

void tst_ImportDialog::initTestCase()
{
    // English plural forms come from the English catalogue.
    QVERIFY(opcc::installLanguage(QStringLiteral("en")));
}

void tst_ImportDialog::init()
{
    m_data = std::make_unique<ShippedDatabase>();
    QVERIFY(m_data->open());
}

void tst_ImportDialog::cleanup()
{
    m_data.reset();
}

QString tst_ImportDialog::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_data->dir.filePath(name);
    writeFile(path, bytes);
    return path;
}

void tst_ImportDialog::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OPCC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

void tst_ImportDialog::errorsListedAndImportRefused()
{
    const int schemes = opcc::BrowseStore(m_data->db).schemeCount();
    ImportDialog dialog(m_data->db);
    dialog.setFiles({ write(QStringLiteral("schemes.csv"), badSchemes),
        write(QStringLiteral("outcomes.csv"), badOutcomes) });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("import-preview-errors.png"));

    const auto *headline = dialog.findChild<QLabel *>(QStringLiteral("headline"));
    const auto *details = dialog.findChild<QTextBrowser *>(QStringLiteral("details"));
    const auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("import"));
    QVERIFY(headline && details && importButton);
    QCOMPARE(headline->text(),
        QStringLiteral("3 errors found. Nothing can be imported until "
                       "they are corrected in the files; nothing has been "
                       "written."));
    QCOMPARE(lines(details),
        (QStringList { QStringLiteral("Errors (3)"),
            QStringLiteral("schemes.csv:3: strand: \"enforcement\" is not a strand: "
                           "enforcement schemes belong to supply; use one of: supply, "
                           "treatment, demand, other_addictions, partnership"),
            QStringLiteral("outcomes.csv:2: value: A percentage must be between 0 and 100."),
            QStringLiteral("outcomes.csv:3: scheme: there is no scheme \"Nowhere scheme\" in "
                           "\"Gwent\", neither in the database nor in this import") }));
    QVERIFY(!importButton->isEnabled());
    QVERIFY(!dialog.summary().written);
    QCOMPARE(opcc::BrowseStore(m_data->db).schemeCount(), schemes);
}

void tst_ImportDialog::oneErrorWordedInTheSingular()
{
    ImportDialog dialog(m_data->db);
    dialog.setFiles({ write(QStringLiteral("schemes.csv"), badSchemes) });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *headline = dialog.findChild<QLabel *>(QStringLiteral("headline"));
    QVERIFY(headline);
    QTRY_COMPARE(headline->text(),
        QStringLiteral("1 error found. Nothing can be imported until "
                       "it is corrected in the file; nothing has been "
                       "written."));
}

void tst_ImportDialog::cleanPreviewThenImport()
{
    const int schemes = opcc::BrowseStore(m_data->db).schemeCount();
    ImportDialog dialog(m_data->db);
    QSignalSpy spy(&dialog, &ImportDialog::imported);
    QVERIFY(spy.isValid());
    dialog.setFiles({ write(QStringLiteral("outcomes.csv"), goodOutcomes),
        write(QStringLiteral("schemes.csv"), goodSchemes) });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("import-preview-clean.png"));

    const auto *headline = dialog.findChild<QLabel *>(QStringLiteral("headline"));
    const auto *details = dialog.findChild<QTextBrowser *>(QStringLiteral("details"));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("import"));
    QVERIFY(
        headline->text().startsWith(QLatin1String("Ready to import. Nothing has been written")));
    // DIVERT loses its providers: the file has the column, empty for it.
    QCOMPARE(lines(details),
        (QStringList { QStringLiteral("Schemes to add (2)"),
            QStringLiteral("Keyworker pilot (Gwent)"),
            QStringLiteral("Harbour Project (Isles of Scilly)"),
            QStringLiteral("Schemes to update (1)"), QStringLiteral("DIVERT (West Mercia)"),
            QStringLiteral("Figures: 2 to add, 0 to update, 0 unchanged"),
            QStringLiteral("New areas (1)"), QStringLiteral("Isles of Scilly"),
            QStringLiteral("New measures (1)"), QStringLiteral("kits_issued") }));
    QCOMPARE(opcc::BrowseStore(m_data->db).schemeCount(), schemes); // the preview wrote nothing
    QVERIFY(importButton->isEnabled());

    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<opcc::ImportSummary>().schemesAdded, 2);
    QVERIFY(dialog.hasImported());
    QCOMPARE(opcc::BrowseStore(m_data->db).schemeCount(), schemes + 2);
    QCOMPARE(headline->text(), QStringLiteral("Imported."));
    QCOMPARE(lines(details).first(), QStringLiteral("Schemes added (2)"));
    QVERIFY(importButton->isHidden());
    screenshot(&dialog, QStringLiteral("import-done.png"));
}

// The summary keeps the names of the first fifty schemes only; the dialog says how many more.
void tst_ImportDialog::manySchemesNamedByTheFirstFifty()
{
    QByteArray file = "name,area,strand\n";
    QStringList expected { QStringLiteral("Schemes to add (60)") };
    for (int i = 1; i <= 60; ++i) {
        file += "Scheme " + QByteArray::number(i) + ",Gwent,supply\n";
        if (i <= 50)
            expected.append(QStringLiteral("Scheme %1 (Gwent)").arg(i));
    }
    expected.append(QStringLiteral("and 10 more"));
    expected.append(QStringLiteral("Figures: 0 to add, 0 to update, 0 unchanged"));
    ImportDialog dialog(m_data->db);
    dialog.setFiles({ write(QStringLiteral("schemes.csv"), file) });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(lines(dialog.findChild<QTextBrowser *>(QStringLiteral("details"))), expected);
}

void tst_ImportDialog::nothingToImport()
{
    const QString dir = m_data->dir.filePath(QStringLiteral("export"));
    QTimer::singleShot(0, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(opcc::ui::exportCsvTo(m_data->db, dir, nullptr));
    ImportDialog dialog(m_data->db);
    dialog.setFiles({ QDir(dir).filePath(QStringLiteral("schemes.csv")),
        QDir(dir).filePath(QStringLiteral("outcomes.csv")) });
    const auto *headline = dialog.findChild<QLabel *>(QStringLiteral("headline"));
    QCOMPARE(headline->text(),
        QStringLiteral("Nothing to import: the database already holds "
                       "everything in these files."));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("import"))->isEnabled());
}

void tst_ImportDialog::removingTheBadFileRepreviews()
{
    ImportDialog dialog(m_data->db);
    dialog.setFiles({ write(QStringLiteral("schemes.csv"), goodSchemes),
        write(QStringLiteral("bad.csv"), badOutcomes) });
    QVERIFY(dialog.summary().hasErrors());
    auto *files = dialog.findChild<QListWidget *>(QStringLiteral("files"));
    QCOMPARE(files->count(), 2);
    files->item(1)->setSelected(true);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("remove")), Qt::LeftButton);
    QCOMPARE(files->count(), 1);
    QVERIFY(!dialog.summary().hasErrors());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("import"))->isEnabled());
}

// The officer corrects the file in a spreadsheet, then checks again without leaving the dialog.
void tst_ImportDialog::checkAgainAfterTheFileWasFixed()
{
    const QString schemes = write(
        QStringLiteral("schemes.csv"), "name,area,strand\nKeyworker pilot,Gwent,diversion\n");
    ImportDialog dialog(m_data->db);
    dialog.setFiles({ schemes });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *details = dialog.findChild<QTextBrowser *>(QStringLiteral("details"));
    QVERIFY2(details->toPlainText().contains(QLatin1String(
                 "\"diversion\" is not a strand: diversion schemes belong to demand")),
        qPrintable(details->toPlainText()));
    auto *check = dialog.findChild<QPushButton *>(QStringLiteral("checkAgain"));
    QVERIFY(check && check->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("import"))->isEnabled());
    screenshot(&dialog, QStringLiteral("import-check-again.png"));
    write(QStringLiteral("schemes.csv"), "name,area,strand\nKeyworker pilot,Gwent,demand\n");
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY2(!dialog.summary().hasErrors(), qPrintable(details->toPlainText()));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("import"))->isEnabled());
}

void tst_ImportDialog::exportCsvWritesBothFiles()
{
    const QString dir = m_data->dir.filePath(QStringLiteral("out"));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        }
    });
    QVERIFY(opcc::ui::exportCsvTo(m_data->db, dir, nullptr));
    QVERIFY2(shown.startsWith(QLatin1String("Wrote 47 schemes and 129 figures, and every other "
                                            "field of the register, to ")),
        qPrintable(shown));
    for (opcc::interchange::FileKind kind : opcc::CsvExporter::exportedKinds())
        QVERIFY(QFile::exists(QDir(dir).filePath(opcc::interchange::fileName(kind))));
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
