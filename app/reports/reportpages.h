// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QtGlobal>

class QTextDocument;

namespace opcc {

// One printed page of a report document laid out as a single long page: the band of the
// document it shows, and the heading row of the table it continues, repeated above it.
struct PageSlice
{
    qreal top = 0; // where the page's content begins, in document coordinates
    qreal bottom = 0; // and where it ends
    qreal headerTop = 0; // the table heading row repeated at the top (none when equal)
    qreal headerBottom = 0;

    qreal headerHeight() const { return headerBottom - headerTop; }
};

// Breaks a report document into pages itself, rather than leaving it to Qt's paged layout,
// which cuts a table row whose cells run to several lines across two pages and leaves a
// heading alone at the foot of a page; its paged layout of long tables is also slow. The
// document is laid out once, without a page height (QTextDocument::setTextWidth or a page
// size whose height is -1); a page then ends before any line or table row that would cross
// its foot, before a "page-break-before" block, and before a heading that its next line
// would not follow onto the same page. A page that starts inside a table repeats the table's
// heading row. Only a row taller than a whole page is cut, at the page's foot.
class ReportPages final
{
public:
    static QList<PageSlice> paginate(const QTextDocument &document, qreal pageHeight);
};

} // namespace opcc
