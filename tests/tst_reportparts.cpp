// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A long report is laid out and painted a scheme at a time (ReportParts, ReportWriter::
// paintParts): the PDF says the same, page for page, as the report laid out whole; its pages are
// numbered through; the progress reaches its end; a cancelled report leaves no file and any
// earlier one as it was.

#include "domain/language.h"
#include "reports/reportdocument.h"
#include "reports/reportparts.h"
#include "reports/reportwriter.h"
#include "storage/browsestore.h"
#include "testsupport.h"

#include <QTextDocument>

using namespace opcc;
using namespace testsupport;

class tst_ReportParts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void streamedSaysTheSameAsWhole_data();
    void streamedSaysTheSameAsWhole();
    void progressReachesItsEnd();
    void cancelLeavesEarlierFile();
    void partsListWhatTheyCite();
    void htmlWrittenPartByPartSaysTheSame();
    void odtBeyondItsLimitIsRefused();

private:
    ReportRequest everyScheme(bool forRelease) const;
    QStringList pagesOf(const QString &pdf) const;

    ShippedDatabase m_shipped;
};

void tst_ReportParts::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_shipped.open());
}

ReportRequest tst_ReportParts::everyScheme(bool forRelease) const
{
    ReportRequest request;
    request.title = QStringLiteral("Every scheme");
    for (const SchemeListing &listing : BrowseStore(m_shipped.db).listings())
        request.schemeIds.append(listing.id);
    request.forRelease = forRelease;
    request.printed = QDate(2026, 12, 5);
    return request;
}

// The text of each page, as pdftotext reads it (pages end in a form feed).
QStringList tst_ReportParts::pagesOf(const QString &pdf) const
{
    const ProcessRun text = runProgram(testsupport::pdftotextPath(), { pdf, QStringLiteral("-") });
    if (text.exitCode != 0)
        return { QStringLiteral("pdftotext failed: %1").arg(text.err) };
    QStringList pages = text.out.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

void tst_ReportParts::streamedSaysTheSameAsWhole_data()
{
    QTest::addColumn<bool>("forRelease");
    QTest::addColumn<QString>("period"); // a financial year, or empty for all periods
    QTest::newRow("internalAllPeriods") << false << QString();
    QTest::newRow("forRelease2021") << true << QStringLiteral("2021/22");
}

void tst_ReportParts::streamedSaysTheSameAsWhole()
{
    QFETCH(bool, forRelease);
    QFETCH(QString, period);
    ReportRequest request = everyScheme(forRelease);
    if (!period.isEmpty())
        request.period = *ReportPeriod::financialYear(period, nullptr);
    QVERIFY(request.schemeIds.size() > 40);
    const PageDecoration decoration { ReportBuilder::titleOf(request),
        ReportBuilder::markingOf(request), request.printed };

    QStringList written;
    for (int wholeUpTo : { 1000, 0 }) { // laid out whole, then a part at a time
        ReportParts parts(m_shipped.db, request);
        QVERIFY2(parts.open(), qPrintable(parts.errorString()));
        QCOMPARE(parts.count(), int(request.schemeIds.size()) + 2);
        ReportWriter writer(parts, decoration);
        writer.setWholeUpTo(wholeUpTo);
        written.append(m_shipped.dir.filePath(QStringLiteral("report-%1.pdf").arg(wholeUpTo)));
        QVERIFY2(writer.write(written.last()), qPrintable(writer.errorString()));
        QVERIFY(writer.pagesWritten() > parts.count());
    }
    const QStringList whole = pagesOf(written.at(0));
    const QStringList streamed = pagesOf(written.at(1));
    QCOMPARE(streamed.size(), whole.size());
    // The parts say together what the whole document says.
    ReportParts parts(m_shipped.db, request);
    QVERIFY(parts.open());
    QString joined;
    for (int i = 0; i < parts.count(); ++i)
        joined += parts.part(i)->toPlainText() + QLatin1Char(' ');
    ReportBuilder builder(m_shipped.db);
    const auto document = builder.build(request);
    QVERIFY(document);
    QCOMPARE(joined.simplified(), document->toPlainText().simplified());
    // Numbered through the whole report, not part by part.
    const QString last = QStringLiteral("Page %1 of %1").arg(streamed.size());
    QVERIFY2(streamed.last().contains(last), qPrintable(streamed.last()));
    QVERIFY(streamed.at(1).contains(QStringLiteral("Page 2 of %1").arg(streamed.size())));
}

void tst_ReportParts::progressReachesItsEnd()
{
    const ReportRequest request = everyScheme(false);
    ReportParts parts(m_shipped.db, request);
    QVERIFY(parts.open());
    ReportWriter writer(parts, { request.title, QStringLiteral("OFFICIAL"), request.printed });
    writer.setWholeUpTo(0);
    QList<int> steps;
    int total = 0;
    writer.setProgress([&](int done, int all) {
        steps.append(done);
        total = all;
        return true;
    });
    QVERIFY(writer.write(m_shipped.dir.filePath(QStringLiteral("progress.pdf"))));
    QCOMPARE(total, 2 * parts.count());
    QCOMPARE(steps.size(), total);
    QCOMPARE(steps.last(), total);
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
}

void tst_ReportParts::cancelLeavesEarlierFile()
{
    const QString path = m_shipped.dir.filePath(QStringLiteral("cancelled.pdf"));
    QVERIFY(writeFile(path, "earlier"));
    for (int stopAt : { 3, 60 }) { // while counting pages, while painting
        const ReportRequest request = everyScheme(false);
        ReportParts parts(m_shipped.db, request);
        QVERIFY(parts.open());
        ReportWriter writer(parts, { request.title, QStringLiteral("OFFICIAL"), request.printed });
        writer.setWholeUpTo(0);
        writer.setProgress([stopAt](int done, int) { return done < stopAt; });
        QVERIFY(!writer.write(path));
        QVERIFY(writer.cancelled());
        QVERIFY(writer.errorString().contains(QStringLiteral("cancelled")));
        QCOMPARE(fileBytes(path), QByteArray("earlier"));
    }
}

void tst_ReportParts::partsListWhatTheyCite()
{
    // The sources part, built after the schemes, lists what they cited, as the whole report does.
    const ReportRequest request = everyScheme(false);
    ReportParts parts(m_shipped.db, request);
    QVERIFY(parts.open());
    for (int i = 0; i < parts.count() - 1; ++i)
        QVERIFY(parts.part(i));
    const QString sources = parts.part(parts.count() - 1)->toPlainText();
    ReportContentReader reader(m_shipped.db);
    const auto content = reader.read(request);
    QVERIFY(content);
    QVERIFY(!content->sources.isEmpty());
    for (const SourceDocument &document : content->sources)
        QVERIFY2(sources.contains(document.title), qPrintable(document.title));
}

void tst_ReportParts::htmlWrittenPartByPartSaysTheSame()
{
    // An HTML report is written a part at a time, never held whole: read back, it says what the
    // whole document says, with the chart inside the file.
    ReportRequest request = everyScheme(true);
    request.chart = QImage(40, 30, QImage::Format_RGB32);
    request.chart.fill(Qt::darkBlue);
    ReportParts parts(m_shipped.db, request);
    QVERIFY(parts.open());
    ReportWriter writer(parts, { request.title, QStringLiteral("OFFICIAL"), request.printed });
    QList<int> steps;
    writer.setProgress([&steps](int done, int) {
        steps.append(done);
        return true;
    });
    const QString path = m_shipped.dir.filePath(QStringLiteral("report.html"));
    QVERIFY2(writer.write(path), qPrintable(writer.errorString()));
    QCOMPARE(steps.size(), parts.count());
    const QString html = QString::fromUtf8(fileBytes(path));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE HTML>")));
    QVERIFY(html.contains(QLatin1String("src=\"data:image/png;base64,")));
    QCOMPARE(html.count(QLatin1String("<div class=\"part\">")), parts.count() - 1);
    QTextDocument read;
    read.setHtml(html);
    ReportBuilder builder(m_shipped.db);
    const auto whole = builder.build(request);
    QVERIFY(whole);
    QCOMPARE(read.toPlainText().simplified(), whole->toPlainText().simplified());
}

void tst_ReportParts::odtBeyondItsLimitIsRefused()
{
    // An ODT file is built whole in memory: beyond its limit the report is refused, saying
    // what to do, and nothing is written.
    const QString path = m_shipped.dir.filePath(QStringLiteral("long.odt"));
    QVERIFY(writeFile(path, "earlier"));
    const ReportRequest request = everyScheme(false);
    ReportParts parts(m_shipped.db, request);
    QVERIFY(parts.open());
    ReportWriter writer(parts, { request.title, QStringLiteral("OFFICIAL"), request.printed });
    writer.setOdtLimit(parts.schemeCount() - 1);
    QVERIFY(!writer.write(path));
    QVERIFY2(writer.errorString().contains(QStringLiteral("Save it as PDF or HTML")),
        qPrintable(writer.errorString()));
    QCOMPARE(fileBytes(path), QByteArray("earlier"));
    writer.setOdtLimit(parts.schemeCount());
    QVERIFY2(writer.write(path), qPrintable(writer.errorString()));
    QCOMPARE(fileBytes(path).left(2), QByteArray("PK")); // a zipped OpenDocument
}

QTEST_MAIN(tst_ReportParts)
#include "tst_reportparts.moc"
