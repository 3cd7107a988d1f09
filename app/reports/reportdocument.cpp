// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/reportdocument.h"

#include "domain/valueformat.h"
#include "reports/reportsettings.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QTextDocument>
#include <QUrl>

namespace opcc {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Plain text as paragraphs: a blank line starts a new one, a line break stays one.
QString paragraphs(const QString &text)
{
    QString html;
    const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<p>")
            + esc(part.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"))
            + QStringLiteral("</p>");
    }
    return html;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\" width=\"22%\" bgcolor=\"#eeeeee\">%1</th>"
                          "<td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

const QString tableStart
    = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                     "style=\"border-style: solid; border-color: #888888;\">");

const QString pageBreak = QStringLiteral(" style=\"page-break-before: always;\"");

QString page(const ReportRequest &request, const QString &body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head>"
                          "<body>%2</body></html>")
        .arg(esc(ReportBuilder::titleOf(request)), body);
}

// Builds the HTML of one report; the parts are the sections of the document. In a part built
// alone (Part) a section starts its own document, so it needs no page break before it.
class Html
{
public:
    enum class Breaks { Between, Part };
    Html(
        const ReportRequest &request, const ReportContent &content, Breaks breaks = Breaks::Between)
        : m_request(request)
        , m_content(content)
        , m_pageBreak(breaks == Breaks::Between ? pageBreak : QString())
    { }

    QString build()
    {
        cover();
        leading();
        chart();
        for (const ReportScheme &scheme : m_content.schemes)
            schemePart(scheme);
        sources();
        m_html += QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                      .arg(esc(ReportBuilder::markingOf(m_request)));
        return page(m_request, m_html);
    }

    // The parts of a report built one at a time (ReportParts).
    QString coverPart()
    {
        cover();
        m_pageBreak = pageBreak;
        leading();
        chart();
        return page(m_request, m_html);
    }
    QString schemeOnly(const ReportScheme &scheme)
    {
        schemePart(scheme);
        return page(m_request, m_html);
    }
    QString sourcesPart()
    {
        sources();
        m_html += QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                      .arg(esc(ReportBuilder::markingOf(m_request)));
        return page(m_request, m_html);
    }

private:
    void cover();
    void leading();
    void chart();
    void schemePart(const ReportScheme &scheme);
    void particulars(const Scheme &scheme);
    void figureTable(const ReportScheme &scheme);
    QString figureRow(const ReportFigure &f) const;
    void sources();

    const ReportRequest &m_request;
    const ReportContent &m_content;
    QString m_pageBreak;
    QString m_html;
};

void Html::cover()
{
    const QString organisation = m_request.organisation.isEmpty() ? ReportSettings::organisation()
                                                                  : m_request.organisation;
    const QDate printed = m_request.printed.isValid() ? m_request.printed : QDate::currentDate();
    m_html += QStringLiteral("<p align=\"center\"><b>%1</b></p>")
                  .arg(esc(ReportBuilder::markingOf(m_request)));
    m_html += QStringLiteral("<h1>%1</h1>").arg(esc(ReportBuilder::titleOf(m_request)));
    if (!organisation.isEmpty())
        m_html += QStringLiteral("<p><b>%1</b></p>").arg(esc(organisation));
    m_html += QStringLiteral("<p>%1</p>")
                  .arg(esc(ReportBuilder::tr("Date: %1")
                               .arg(formatPartialDate(PartialDate::fromDate(printed)))));
    m_html += QStringLiteral("<p>%1</p>")
                  .arg(esc(ReportBuilder::tr("Period: %1").arg(m_request.period.label())));
    if (!m_request.selection.isEmpty())
        m_html += QStringLiteral("<p>%1</p>")
                      .arg(esc(ReportBuilder::tr("Schemes: %1").arg(m_request.selection)));
    m_html += QStringLiteral("<p><i>%1</i></p>")
                  .arg(esc(m_request.forRelease
                          ? ReportBuilder::tr(
                              "Prepared for release: counts of 1 to 4 people are shown as "
                              "\"fewer than 5\", and what would reveal them is withheld.")
                          : ReportBuilder::tr(
                              "Internal: exact figures, including small numbers of people. "
                              "Not for release as it stands.")));
    m_html += QStringLiteral("<h3>%1</h3><ol>")
                  .arg(esc(ReportBuilder::tr(
                      "%n scheme(s) in this report", nullptr, int(m_content.schemes.size()))));
    for (const ReportScheme &s : m_content.schemes)
        m_html += QStringLiteral("<li>%1 (%2)</li>")
                      .arg(esc(s.scheme.name), esc(s.scheme.areas.join(QStringLiteral(", "))));
    m_html += QStringLiteral("</ol>");
}

void Html::leading()
{
    if (m_request.leading.isEmpty())
        return;
    m_html += QStringLiteral("<h2%1>%2</h2>")
                  .arg(m_pageBreak,
                      esc(m_request.leading.heading.isEmpty() ? ReportBuilder::tr("The request")
                                                              : m_request.leading.heading));
    m_html += paragraphs(m_request.leading.text);
}

void Html::chart()
{
    if (m_request.chart.isNull())
        return;
    m_html += QStringLiteral("<h2%1>%2</h2>")
                  .arg(m_pageBreak, esc(ReportBuilder::tr("Comparison of the schemes")));
    // 640 pixels at 96 dpi: the width of an A4 page inside its margins.
    const int width = 640;
    const int height = m_request.chart.width() > 0
        ? m_request.chart.height() * width / m_request.chart.width()
        : width;
    m_html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                  .arg(ReportBuilder::chartResourceName())
                  .arg(width)
                  .arg(height);
}

void Html::schemePart(const ReportScheme &scheme)
{
    const Scheme &s = scheme.scheme;
    m_html += QStringLiteral("<h2%1>%2</h2>").arg(m_pageBreak, esc(s.name));
    particulars(s);
    if (!s.summary.isEmpty())
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportBuilder::tr("Summary")))
            + paragraphs(s.summary);
    if (!s.description.isEmpty())
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportBuilder::tr("How it works")))
            + paragraphs(s.description);
    if (!s.eligibility.isEmpty())
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(ReportBuilder::tr("Who it is for")))
            + paragraphs(s.eligibility);
    figureTable(scheme);
}

void Html::particulars(const Scheme &s)
{
    QString dates;
    const QString start = formatPartialDate(s.start);
    const QString end = formatPartialDate(s.end);
    if (!start.isEmpty() && !end.isEmpty())
        dates = ReportBuilder::tr("%1 to %2", "scheme dates").arg(start, end);
    else if (!start.isEmpty())
        dates = ReportBuilder::tr("from %1").arg(start);
    else if (!end.isEmpty())
        dates = ReportBuilder::tr("until %1").arg(end);
    else
        dates = ReportBuilder::tr("not stated");
    const auto names = [&](Role role) {
        const QStringList list = s.organisationsWithRole(role);
        return list.isEmpty() ? ReportBuilder::tr("none recorded")
                              : list.join(QStringLiteral("; "));
    };
    m_html += tableStart;
    m_html += row(ReportBuilder::tr("Area"), s.areas.join(QStringLiteral("; ")));
    m_html += row(ReportBuilder::tr("Strand"), Vocabulary<Strand>::label(s.strand));
    m_html += row(ReportBuilder::tr("Status"), Vocabulary<Status>::label(s.status));
    m_html += row(ReportBuilder::tr("Dates"), dates);
    m_html += row(ReportBuilder::tr("Providers"), names(Role::Provider));
    m_html += row(ReportBuilder::tr("Funders"), names(Role::Funder));
    if (!s.organisationsWithRole(Role::Commissioner).isEmpty())
        m_html += row(ReportBuilder::tr("Commissioners"), names(Role::Commissioner));
    if (!s.organisationsWithRole(Role::Partner).isEmpty())
        m_html += row(ReportBuilder::tr("Partners"), names(Role::Partner));
    if (!s.source.isEmpty())
        m_html += row(ReportBuilder::tr("Described in"), s.source);
    m_html += QStringLiteral("</table>");
}

void Html::figureTable(const ReportScheme &scheme)
{
    m_html += QStringLiteral("<h3>%1</h3>")
                  .arg(esc(m_request.period.isAll()
                          ? ReportBuilder::tr("Figures")
                          : ReportBuilder::tr("Figures for %1").arg(m_request.period.label())));
    if (!scheme.hasFigureForPeriod())
        m_html += QStringLiteral("<p><i>%1</i></p>")
                      .arg(esc(ReportBuilder::tr("No figure held for this period.")));
    if (!scheme.figures.isEmpty()) {
        m_html += tableStart;
        m_html += QStringLiteral("<thead><tr bgcolor=\"#dddddd\"><th align=\"left\">%1</th>"
                                 "<th align=\"left\">%2</th><th align=\"left\">%3</th>"
                                 "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr>"
                                 "</thead>")
                      .arg(esc(ReportBuilder::tr("Measure")), esc(ReportBuilder::tr("Figure")),
                          esc(ReportBuilder::tr("Period")), esc(ReportBuilder::tr("Note")),
                          esc(ReportBuilder::tr("Source and quote")));
        for (const ReportFigure &f : scheme.figures)
            m_html += figureRow(f);
        m_html += QStringLiteral("</table>");
    }
    if (!scheme.releaseNote.isEmpty())
        m_html += QStringLiteral("<p><small>%1</small></p>").arg(esc(scheme.releaseNote));
    if (scheme.outsideCount > 0)
        m_html += QStringLiteral("<p><small>%1</small></p>")
                      .arg(esc(ReportBuilder::tr("%n figure(s) held for other periods not shown.",
                          nullptr, scheme.outsideCount)));
}

QString Html::figureRow(const ReportFigure &f) const
{
    QString value;
    switch (f.release.value) {
    case FigureRelease::Value::Shown:
        value = formatFigureValue(f.figure, f.unit);
        break;
    case FigureRelease::Value::FewerThanFive:
        value = SmallNumbers::fewerThanFive();
        break;
    case FigureRelease::Value::Withheld:
        value = SmallNumbers::withheldValue();
        break;
    }
    if (f.figure.baseline)
        value = ReportBuilder::tr("%1 (before)", "a baseline figure").arg(value);

    QString period = esc(formatPeriod(f.figure));
    if (f.fit == ReportPeriod::Fit::Overlaps) {
        period += QStringLiteral("<br/><i>%1</i>")
                      .arg(esc(ReportBuilder::tr("only partly in this period: %1")
                                   .arg(ReportPeriod::overlapText(f.figure))));
    } else if (f.fit == ReportPeriod::Fit::NotStated) {
        const QString notStated = esc(ReportBuilder::tr("period not stated"));
        period = f.figure.periodLabel.isEmpty()
            ? QStringLiteral("<i>%1</i>").arg(notStated)
            : QStringLiteral("<i>%1</i><br/>(\u201c%2\u201d)").arg(notStated, period);
    }

    const QString note = f.release.noteWithheld ? SmallNumbers::withheldWords() : f.figure.note;
    QString source = esc(f.figure.source);
    if (!f.figure.quote.isEmpty()) {
        QString quote = QStringLiteral("\u201c%1\u201d").arg(f.figure.quote);
        if (f.release.quoteWithheld)
            quote = f.release.value == FigureRelease::Value::FewerThanFive
                ? SmallNumbers::withheldQuote()
                : SmallNumbers::withheldWords();
        source += (source.isEmpty() ? QString() : QStringLiteral("<br/>"))
            + QStringLiteral("<i>%1</i>").arg(esc(quote));
    }
    return QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
        .arg(esc(f.measureLabel), esc(value), period, esc(note), source);
}

void Html::sources()
{
    m_html += QStringLiteral("<h2%1>%2</h2>")
                  .arg(m_pageBreak, esc(ReportBuilder::tr("Source documents")));
    if (m_content.sources.isEmpty()) {
        m_html += QStringLiteral("<p>%1</p>").arg(esc(ReportBuilder::tr("None cited.")));
        return;
    }
    m_html += tableStart;
    m_html += QStringLiteral("<thead><tr bgcolor=\"#dddddd\"><th align=\"left\">%1</th>"
                             "<th align=\"left\">%2</th><th align=\"left\">%3</th>"
                             "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr></thead>")
                  .arg(esc(ReportBuilder::tr("Document")), esc(ReportBuilder::tr("Kind")),
                      esc(ReportBuilder::tr("Publisher")), esc(ReportBuilder::tr("Reference")),
                      esc(ReportBuilder::tr("Issued")));
    for (const SourceDocument &d : m_content.sources) {
        QString title = esc(d.title);
        if (!d.file.isEmpty())
            title += QStringLiteral("<br/><small>%1</small>")
                         .arg(esc(ReportBuilder::tr("File: %1").arg(d.file)));
        m_html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                      .arg(title, esc(Vocabulary<SourceKind>::label(d.kind)), esc(d.publisher),
                          esc(d.reference), esc(formatPartialDate(d.issued)));
    }
    m_html += QStringLiteral("</table>");
}

} // namespace

ReportBuilder::ReportBuilder(const Database &db)
    : m_db(db)
{ }

std::unique_ptr<QTextDocument> ReportBuilder::build(
    const ReportRequest &request, const ReportPage &page)
{
    ReportContentReader reader(m_db);
    const std::optional<ReportContent> content = reader.read(request);
    if (!content) {
        m_error = reader.errorString();
        return nullptr;
    }
    m_error.clear();
    return build(request, *content, page);
}

std::unique_ptr<QTextDocument> ReportBuilder::build(
    const ReportRequest &request, const ReportContent &content, const ReportPage &page)
{
    return document(request, Html(request, content).build(), page);
}

std::unique_ptr<QTextDocument> ReportBuilder::document(
    const ReportRequest &request, const QString &html, const Page &page)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, titleOf(request));
    QFont font = document->defaultFont();
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    if (page.device) {
        // Laid out once, when the content arrives, rather than once for the screen and again
        // for the page.
        document->documentLayout()->setPaintDevice(page.device);
        document->setPageSize(page.size);
    }
    document->setHtml(html);
    if (!request.chart.isNull()) // after setHtml, which starts the document afresh
        document->addResource(
            QTextDocument::ImageResource, QUrl(chartResourceName()), request.chart);
    return document;
}

QString ReportBuilder::coverHtml(const ReportRequest &request, const ReportContent &content)
{
    return Html(request, content, Html::Breaks::Part).coverPart();
}

QString ReportBuilder::schemeHtml(const ReportRequest &request, const ReportScheme &scheme)
{
    const ReportContent none;
    return Html(request, none, Html::Breaks::Part).schemeOnly(scheme);
}

QString ReportBuilder::sourcesHtml(const ReportRequest &request, const ReportContent &content)
{
    return Html(request, content, Html::Breaks::Part).sourcesPart();
}

QString ReportBuilder::titleOf(const ReportRequest &request)
{
    return request.title.trimmed().isEmpty() ? tr("Schemes report") : request.title.trimmed();
}

QString ReportBuilder::markingOf(const ReportRequest &request)
{
    return request.marking.trimmed().isEmpty() ? ReportSettings::marking()
                                               : request.marking.trimmed();
}

QString ReportBuilder::chartResourceName()
{
    return QStringLiteral("opcc-report-chart.png");
}

} // namespace opcc
