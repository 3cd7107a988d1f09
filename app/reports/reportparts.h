// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "reports/reportcontent.h"
#include "reports/reportdocument.h"
#include "reports/reportrequest.h"

#include <QCoreApplication>
#include <QSet>
#include <memory>
#include <optional>

class QTextDocument;

namespace opcc {

class Database;

// A report as a run of parts, each a document of its own that starts on a new page: the cover
// (with the leading section and chart), one part per scheme, and the source documents. A report
// of a whole register (10,000 schemes, half a million figures, tens of thousands of pages) is
// laid out and painted a part at a time, so that its memory stays that of its longest part
// instead of growing with the register (ReportWriter::paintParts). Each part is read and built
// when asked for; the sources part lists what the scheme parts built before it cited.
class ReportParts final
{
    Q_DECLARE_TR_FUNCTIONS(ReportParts)

public:
    ReportParts(const Database &db, ReportRequest request);
    ~ReportParts();

    // Reads the schemes (without their figures); false when the register cannot be read.
    bool open();
    QString errorString() const { return m_error; }
    const ReportRequest &request() const { return m_request; }

    int count() const { return int(m_schemes.size()) + 2; }
    int schemeCount() const { return int(m_schemes.size()); }
    // The document of part `index` (0: the cover; then the schemes; last: the sources), laid
    // out by the caller; nullptr when the register could not be read. Parts are asked for in
    // order at least once before the sources part, which lists what they cited.
    std::unique_ptr<QTextDocument> part(int index, const ReportBuilder::Page &page = {});

    // The HTML a part is built from (a page of its own, in the report's HTML), for writing an
    // HTML file a part at a time; nullopt when the register could not be read.
    std::optional<QString> partHtml(int index);

    // The whole report as one document (ODT is written whole).
    std::unique_ptr<QTextDocument> wholeDocument(const ReportPage &page = {});

private:
    const Database &m_db;
    ReportRequest m_request;
    ReportContentReader m_reader;
    QList<Scheme> m_schemes;
    ReportContent m_cover; // the schemes without figures, for the cover's list
    QSet<QString> m_cited;
    QSet<int> m_citedFrom; // scheme parts already counted in m_cited
    QString m_error;
};

} // namespace opcc
