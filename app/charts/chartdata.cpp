// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/chartdata.h"

#include <QCoreApplication>

namespace opcc {

QString ChartRow::title() const
{
    if (area.isEmpty())
        return scheme;
    return QCoreApplication::translate("ChartData", "%1 (%2)", "scheme (area)").arg(scheme, area);
}

QString Footnote::text() const
{
    QString text = source;
    if (!reference.isEmpty())
        text = QCoreApplication::translate("ChartData", "%1 (%2)", "source (reference)")
                   .arg(text, reference);
    if (!quote.isEmpty())
        text = QCoreApplication::translate("ChartData", "%1: \u201C%2\u201D", "source: quote")
                   .arg(text, quote);
    if (!citedFor.isEmpty())
        text = QCoreApplication::translate("ChartData", "%1 [%2]", "citation [schemes]")
                   .arg(text, citedFor.join(QStringLiteral("; ")));
    return text;
}

const Footnote *ChartData::footnote(int number) const
{
    for (const Footnote &note : footnotes) {
        if (note.number == number)
            return &note;
    }
    return nullptr;
}

} // namespace opcc
