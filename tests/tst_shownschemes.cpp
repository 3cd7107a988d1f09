// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Export Shown Schemes and Copy Shown Schemes: the rows on screen after a filter, under the
// headings as displayed, with the headline figure (qualifier included), its period and source.

#include "interchange/csvreader.h"
#include "mainwindow.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "schemebrowser.h"
#include "shownschemes.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QTableView>

using namespace testsupport;

class tst_ShownSchemes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableIsWhatTheListShows();
    void exportCsvAndXlsx_data();
    void exportCsvAndXlsx();
    void copyPutsTextAndCsvOnTheClipboard();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<opcc::MainWindow> m_window;
};

void tst_ShownSchemes::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("schemes.sqlite"));
    {
        opcc::Database db;
        QVERIFY(opcc::shippeddataset::openOrCreate(db, path).ok());
    }
    auto db = std::make_unique<opcc::Database>();
    QVERIFY(db->open(path).ok());
    m_window = std::make_unique<opcc::MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const auto *schemes
        = qobject_cast<const opcc::SchemeTableModel *>(m_window->browser()->proxy()->sourceModel());
    QTRY_VERIFY(schemes->statisticsLoaded());
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("schemeFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("divert"));
    // The full-text search's answer comes from its thread: the rows are settled after it.
    QTRY_VERIFY(!m_window->browser()->proxy()->isSearching());
    QTRY_VERIFY(m_window->browser()->visibleCount() < m_window->browser()->totalCount());
}

void tst_ShownSchemes::tableIsWhatTheListShows()
{
    const opcc::SchemeBrowser &browser = *m_window->browser();
    const QList<QStringList> rows = opcc::ShownSchemes::table(browser);
    QCOMPARE(rows.size(), browser.visibleCount() + 1);
    QCOMPARE(browser.totalCount(), 47);
    const QHeaderView *header = browser.table()->horizontalHeader();
    QStringList shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            shown.append(browser.proxy()->headerData(logical, Qt::Horizontal).toString());
    }
    QCOMPARE(rows.first().mid(0, shown.size()), shown);
    QVERIFY(rows.first().contains(QStringLiteral("Headline figure")));
    QCOMPARE(rows.first().constLast(), QStringLiteral("Headline source"));
    // DIVERT in West Mercia: 943 referrals since the programme launched, from the APCC report.
    bool found = false;
    for (const QStringList &row : rows) {
        if (row.contains(QStringLiteral("West Mercia")) && row.contains(QStringLiteral("DIVERT"))) {
            found = true;
            QCOMPARE(row.constLast(), QStringLiteral("APCC, Tackling Addictions In Focus"));
            QVERIFY(!row.at(row.size() - 2).isEmpty());
        }
    }
    QVERIFY(found);
}

void tst_ShownSchemes::exportCsvAndXlsx_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << "shown.csv";
    QTest::newRow("xlsx") << "shown.xlsx";
}

void tst_ShownSchemes::exportCsvAndXlsx()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    QString error;
    QVERIFY2(opcc::ShownSchemes::exportTo(*m_window->browser(), path, &error), qPrintable(error));
    const QByteArray bytes = fileBytes(path);
    // With OPCC_SCREENSHOT_DIR=DIR the files are kept there, to be opened in a spreadsheet.
    if (const QString keep = qEnvironmentVariable("OPCC_SCREENSHOT_DIR"); !keep.isEmpty())
        writeFile(QDir(keep).filePath(name), bytes);
    if (name.endsWith(QLatin1String(".csv"))) {
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        opcc::CsvReader reader(&file);
        opcc::CsvRecord record;
        int records = 0;
        while (reader.next(record))
            ++records;
        QVERIFY(!reader.hasError());
        QCOMPARE(records, m_window->browser()->visibleCount() + 1);
    } else {
        QVERIFY(bytes.startsWith("PK\x03\x04"));
    }
}

void tst_ShownSchemes::copyPutsTextAndCsvOnTheClipboard()
{
    opcc::ShownSchemes::copy(*m_window->browser());
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_window->browser()->visibleCount() + 1);
    QVERIFY(lines.first().contains(QLatin1Char('\t')));
    QVERIFY(mime->data(QStringLiteral("text/csv")).startsWith("\xEF\xBB\xBF"));
}

QTEST_MAIN(tst_ShownSchemes)
#include "tst_shownschemes.moc"
