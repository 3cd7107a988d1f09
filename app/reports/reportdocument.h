// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "reports/reportcontent.h"
#include "reports/reportrequest.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <memory>

class QPaintDevice;
class QTextDocument;

namespace opcc {

class Database;

// The page a report document is laid out for: given before its content, it is laid out once.
struct ReportPage
{
    QPaintDevice *device = nullptr;
    QSizeF size;
};

// Builds the one document every report format is written from: a cover (title, organisation,
// date, period, the schemes), the optional leading section and chart, a part per scheme (its
// particulars, summary, how it works and a table of its figures for the period) and the source
// documents. Pages are painted with their header and footer by ReportWriter.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportBuilder(const Database &db);

    // nullptr when the register could not be read (errorString() says why).
    std::unique_ptr<QTextDocument> build(const ReportRequest &request, const ReportPage &page = {});
    // The document of content already read (for tests and for callers that read it themselves).
    static std::unique_ptr<QTextDocument> build(
        const ReportRequest &request, const ReportContent &content, const ReportPage &page = {});
    QString errorString() const { return m_error; }

    // The parts of the same document, each to be laid out as a document of its own (see
    // ReportParts): the cover (with the leading section and chart), one scheme, the sources.
    static QString coverHtml(const ReportRequest &request, const ReportContent &content);
    static QString schemeHtml(const ReportRequest &request, const ReportScheme &scheme);
    static QString sourcesHtml(const ReportRequest &request, const ReportContent &content);
    using Page = ReportPage;
    // A report document of that HTML, in the report's type and with its chart.
    static std::unique_ptr<QTextDocument> document(
        const ReportRequest &request, const QString &html, const Page &page = {});

    // The request's title, or the default one.
    static QString titleOf(const ReportRequest &request);
    static QString markingOf(const ReportRequest &request);
    // The resource name of the chart image inside the document.
    static QString chartResourceName();

private:
    const Database &m_db;
    QString m_error;
};

} // namespace opcc
