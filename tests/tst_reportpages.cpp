// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A report's pages (ReportPages): no figures-table row is cut across a page break, a heading is
// never left alone at the foot of a page, a page that continues a table repeats its heading row;
// checked on the layout itself, and on the PDF as pdftotext reads it.

#include "domain/language.h"
#include "reports/reportdocument.h"
#include "reports/reportpages.h"
#include "reports/reportwriter.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace opcc;
using namespace testsupport;

namespace {

// Filler words for notes and summaries, so that rows run to several lines.
QString words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("referral%1").arg(i % 7));
    return list.join(QLatin1Char(' '));
}

// One scheme with `figures` figures; figure i's note starts with S<i> and ends with E<i>, and
// holds up to `noteWords` words between them, so that rows differ in height.
ReportContent longTable(int figures, int noteWords, int summaryLines = 2)
{
    ReportScheme scheme;
    scheme.scheme.name = QStringLiteral("Long table scheme");
    scheme.scheme.areas = { QStringLiteral("Cleveland") };
    QStringList summary;
    for (int i = 0; i < summaryLines; ++i)
        summary.append(words(12));
    scheme.scheme.summary = summary.join(QLatin1Char('\n'));
    for (int i = 0; i < figures; ++i) {
        ReportFigure f;
        f.measureLabel = QStringLiteral("Referrals");
        f.figure.value = Decimal::fromInteger(100 + i);
        f.figure.periodLabel = QStringLiteral("2021/22");
        f.figure.note = QStringLiteral("S%1 %2 E%1")
                            .arg(i, 3, 10, QLatin1Char('0'))
                            .arg(words(noteWords > 0 ? (i * 7) % noteWords : 0));
        f.figure.source = QStringLiteral("FOI reply");
        scheme.figures.append(f);
    }
    ReportContent content;
    content.schemes.append(scheme);
    return content;
}

ReportRequest request()
{
    ReportRequest r;
    r.title = QStringLiteral("Pages");
    r.printed = QDate(2026, 12, 5);
    return r;
}

// The rows of every table in the document: the top of their highest text and the bottom of
// their lowest.
QList<QPair<qreal, qreal>> tableRows(const QTextDocument &document)
{
    QList<QPair<qreal, qreal>> rows;
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        const auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int r = 0; r < table->rows(); ++r) {
            qreal top = 1e12;
            qreal bottom = -1e12;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                top = qMin(
                    top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = qMax(
                    bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            rows.append({ top, bottom });
        }
    }
    return rows;
}

int sliceHolding(const QList<PageSlice> &slices, qreal top, qreal bottom)
{
    for (int i = 0; i < slices.size(); ++i) {
        if (slices.at(i).top <= top + 0.5 && bottom <= slices.at(i).bottom + 0.5)
            return i;
    }
    return -1;
}

} // namespace

class tst_ReportPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsAndHeadingsStayWhole_data();
    void rowsAndHeadingsStayWhole();
    void pdfRowsOnOnePage_data();
    void pdfRowsOnOnePage();
    void rowTallerThanPageIsCut();

private:
    QStringList pagesOf(const QString &pdf) const;
    QTemporaryDir m_dir;
};

void tst_ReportPages::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("en")));
    QVERIFY(m_dir.isValid());
}

QStringList tst_ReportPages::pagesOf(const QString &pdf) const
{
    const ProcessRun text = runProgram(testsupport::pdftotextPath(), { pdf, QStringLiteral("-") });
    if (text.exitCode != 0)
        return { QStringLiteral("pdftotext failed: %1").arg(text.err) };
    QStringList pages = text.out.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

void tst_ReportPages::rowsAndHeadingsStayWhole_data()
{
    QTest::addColumn<int>("figures");
    QTest::addColumn<int>("noteWords");
    QTest::addColumn<qreal>("pageHeight"); // device pixels at 300 dpi
    QTest::newRow("oneLineRowsA4") << 200 << 0 << 3100.0;
    QTest::newRow("longNotesA4") << 120 << 40 << 3100.0;
    QTest::newRow("longNotesShortPages") << 80 << 40 << 1200.0;
}

void tst_ReportPages::rowsAndHeadingsStayWhole()
{
    QFETCH(int, figures);
    QFETCH(int, noteWords);
    QFETCH(qreal, pageHeight);
    QPdfWriter device(m_dir.filePath(QStringLiteral("layout.pdf")));
    device.setResolution(300);
    // Summaries of every length move the headings over every point of a page.
    for (int summaryLines = 0; summaryLines < 24; summaryLines += 3) {
        const auto document
            = ReportBuilder::build(request(), longTable(figures, noteWords, summaryLines),
                { &device, ReportWriter::layoutSize(QSizeF(2000, pageHeight)) });
        const QList<PageSlice> slices = ReportPages::paginate(*document, pageHeight);
        QVERIFY(slices.size() > 2);
        for (int i = 0; i < slices.size(); ++i) {
            const PageSlice &s = slices.at(i);
            QVERIFY2(s.bottom - s.top + s.headerHeight() <= pageHeight + 0.5,
                qPrintable(QStringLiteral("page %1 too tall").arg(i)));
            if (i > 0)
                QVERIFY(s.top >= slices.at(i - 1).top);
        }
        const auto rows = tableRows(*document);
        for (int r = 0; r < rows.size(); ++r)
            QVERIFY2(sliceHolding(slices, rows.at(r).first, rows.at(r).second) >= 0,
                qPrintable(QStringLiteral("row %1 (%2 to %3) cut, summary of %4 lines")
                               .arg(r)
                               .arg(rows.at(r).first)
                               .arg(rows.at(r).second)
                               .arg(summaryLines)));
        // A heading shares its page with the line after it.
        const QAbstractTextDocumentLayout *layout = document->documentLayout();
        for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 || !b.next().isValid())
                continue;
            const QRectF heading = layout->blockBoundingRect(b);
            const QRectF next = layout->blockBoundingRect(b.next());
            const qreal nextLine = next.top() + b.next().layout()->lineAt(0).height();
            QVERIFY2(sliceHolding(slices, heading.top(), nextLine) >= 0, qPrintable(b.text()));
        }
        // Every page that continues the figures table repeats its heading row.
        int continued = 0;
        for (const PageSlice &s : slices)
            continued += s.headerHeight() > 0 ? 1 : 0;
        QVERIFY(continued > 0);
    }
}

void tst_ReportPages::pdfRowsOnOnePage_data()
{
    QTest::addColumn<int>("figures");
    QTest::addColumn<int>("noteWords");
    QTest::newRow("oneLineRows") << 150 << 0;
    QTest::newRow("longNotes") << 120 << 40;
}

void tst_ReportPages::pdfRowsOnOnePage()
{
    QFETCH(int, figures);
    QFETCH(int, noteWords);
    const auto document = ReportBuilder::build(request(), longTable(figures, noteWords));
    ReportWriter writer(*document, { QStringLiteral("Pages"), QStringLiteral("OFFICIAL"), {} });
    const QString path = m_dir.filePath(QStringLiteral("rows.pdf"));
    QVERIFY2(writer.write(path), qPrintable(writer.errorString()));
    const QStringList pages = pagesOf(path);
    QVERIFY2(pages.size() >= 3, qPrintable(pages.join(QLatin1Char('\n'))));
    const auto pageOf = [&](const QString &word) {
        const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(word));
        for (int p = 0; p < pages.size(); ++p) {
            if (re.match(pages.at(p)).hasMatch())
                return p;
        }
        return -1;
    };
    for (int i = 0; i < figures; ++i) {
        const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        const int start = pageOf(QLatin1Char('S') + n);
        QVERIFY2(start >= 0, qPrintable(n));
        QCOMPARE(pageOf(QLatin1Char('E') + n), start);
    }
    // Each page after the first of the table starts with the table's heading row.
    const int last = pageOf(QStringLiteral("E%1").arg(figures - 1, 3, 10, QLatin1Char('0')));
    QVERIFY(last > pageOf(QStringLiteral("S000")));
    for (int p = pageOf(QStringLiteral("S000")) + 1; p <= last; ++p)
        QVERIFY2(pages.at(p).contains(QStringLiteral("Source and quote")), qPrintable(pages.at(p)));
}

void tst_ReportPages::rowTallerThanPageIsCut()
{
    // A row taller than a page cannot be kept whole: it is cut where each page ends, and
    // nothing of it is lost or repeated.
    QPdfWriter device(m_dir.filePath(QStringLiteral("tall.pdf")));
    device.setResolution(300);
    const qreal pageHeight = 600;
    ReportContent content = longTable(3, 0);
    content.schemes[0].figures[1].figure.note = QStringLiteral("S001 %1 E001").arg(words(300));
    const auto document = ReportBuilder::build(
        request(), content, { &device, ReportWriter::layoutSize(QSizeF(2000, pageHeight)) });
    const auto rows = tableRows(*document);
    const QPair<qreal, qreal> tall = rows.at(rows.size() - 2); // the figure of the long note
    QVERIFY(tall.second - tall.first > 2 * pageHeight);
    const QList<PageSlice> slices = ReportPages::paginate(*document, pageHeight);
    int cuts = 0;
    for (int i = 1; i < slices.size(); ++i) {
        const PageSlice &s = slices.at(i);
        QVERIFY2(s.bottom - s.top + s.headerHeight() <= pageHeight + 0.5,
            qPrintable(QStringLiteral("page %1: %2 to %3, heading %4")
                           .arg(i)
                           .arg(s.top)
                           .arg(s.bottom)
                           .arg(s.headerHeight())));
        if (s.top > tall.first + 1 && s.top < tall.second) {
            QCOMPARE(s.top, slices.at(i - 1).bottom); // cut, not skipped
            ++cuts;
        }
    }
    QVERIFY(cuts >= 2);
    QCOMPARE(slices.last().bottom, document->documentLayout()->documentSize().height());
}

QTEST_MAIN(tst_ReportPages)
#include "tst_reportpages.moc"
