// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/reportparts.h"

#include "reports/reportdocument.h"

#include <QTextDocument>

namespace opcc {

ReportParts::ReportParts(const Database &db, ReportRequest request)
    : m_db(db)
    , m_request(std::move(request))
    , m_reader(db)
{ }

ReportParts::~ReportParts() = default;

bool ReportParts::open()
{
    const auto schemes = m_reader.readSchemes(m_request);
    if (!schemes) {
        m_error = m_reader.errorString();
        return false;
    }
    m_schemes = *schemes;
    m_cover = ReportContent();
    for (const Scheme &scheme : std::as_const(m_schemes))
        m_cover.schemes.append(ReportScheme { scheme, {}, 0, {} });
    m_cited.clear();
    m_citedFrom.clear();
    return true;
}

std::optional<QString> ReportParts::partHtml(int index)
{
    if (index == 0)
        return ReportBuilder::coverHtml(m_request, m_cover);
    if (index == count() - 1) {
        ReportContent sources;
        sources.sources = m_reader.sources(m_cited.values());
        return ReportBuilder::sourcesHtml(m_request, sources);
    }
    const std::optional<ReportScheme> scheme
        = m_reader.readScheme(m_schemes.at(index - 1), m_request);
    if (!scheme) {
        m_error = m_reader.errorString();
        return std::nullopt;
    }
    if (!m_citedFrom.contains(index)) {
        m_citedFrom.insert(index);
        for (const QString &title : ReportContentReader::cited(*scheme))
            m_cited.insert(title);
    }
    return ReportBuilder::schemeHtml(m_request, *scheme);
}

std::unique_ptr<QTextDocument> ReportParts::part(int index, const ReportBuilder::Page &page)
{
    const std::optional<QString> html = partHtml(index);
    if (!html)
        return nullptr;
    // The chart belongs to the cover: the other parts do without the image.
    ReportRequest plain = m_request;
    if (index != 0)
        plain.chart = QImage();
    return ReportBuilder::document(plain, *html, page);
}

std::unique_ptr<QTextDocument> ReportParts::wholeDocument(const ReportPage &page)
{
    ReportBuilder builder(m_db);
    std::unique_ptr<QTextDocument> document = builder.build(m_request, page);
    if (!document)
        m_error = builder.errorString();
    return document;
}

} // namespace opcc
