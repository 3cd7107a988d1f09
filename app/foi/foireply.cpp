// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "foi/foireply.h"

#include "reports/reportdocument.h"
#include "reports/reportwriter.h"
#include "storage/database.h"

#include <QTextDocument>

namespace opcc {

FoiReply::FoiReply(const Database &db)
    : m_db(db)
{ }

ReportRequest FoiReply::reportFor(const FoiRequest &request)
{
    ReportRequest report;
    report.title = tr("Freedom of Information request %1: reply").arg(request.reference);
    report.schemeIds = request.schemeIds;
    report.selection = tr("The schemes this request concerns");
    report.forRelease = true;
    report.leading.heading = tr("Your request");
    report.leading.text = request.questions;
    // The figures of the year the request asks about (checked when the request was saved).
    QString ignored;
    if (const auto year = ReportPeriod::financialYear(request.period, &ignored))
        report.period = *year;
    return report;
}

bool FoiReply::write(const FoiRequest &request, const QString &path)
{
    m_error.clear();
    if (!ReportWriter::formatOf(path)) {
        m_error = tr("A reply is saved as .pdf, .odt or .html, not \"%1\".").arg(path);
        return false;
    }
    const ReportRequest report = reportFor(request);
    ReportBuilder builder(m_db);
    const auto document = builder.build(report);
    if (!document) {
        m_error = builder.errorString();
        return false;
    }
    ReportWriter writer(*document,
        PageDecoration {
            ReportBuilder::titleOf(report), ReportBuilder::markingOf(report), QDate() });
    if (!writer.write(path)) {
        m_error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace opcc
