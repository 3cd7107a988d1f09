// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "reports/reportperiod.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

namespace opcc {

// A section put before the schemes: a Freedom of Information request's questions, a briefing's
// introduction. Plain text; a blank line starts a new paragraph.
struct ReportSection
{
    QString heading;
    QString text;

    bool isEmpty() const { return heading.isEmpty() && text.trimmed().isEmpty(); }
};

// Everything a report is made from, besides the register itself: what ReportBuilder turns into
// a document, and ReportWriter into PDF, ODT or HTML.
struct ReportRequest
{
    QString title;
    QList<qint64> schemeIds; // reported in this order
    QString selection; // the selection in words for the cover: "Demand strand", ...
    ReportPeriod period; // default: every period
    bool forRelease = false; // small numbers suppressed (see SmallNumbers)
    ReportSection leading; // optional, first after the cover
    QString organisation; // empty: ReportSettings::organisation()
    QString marking; // protective marking; empty: ReportSettings::marking()
    QDate printed; // invalid: today
    QImage chart; // optional: the comparison chart of the selection
};

} // namespace opcc
