// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/footnotelist.h"

#include "storage/database.h"
#include "storage/lookupstore.h"

#include <QCoreApplication>
#include <algorithm>

namespace opcc {

FootnoteList::FootnoteList(const Database &db)
{
    for (const SourceDocument &doc : LookupStore::reader(db).sources()) {
        QStringList parts;
        if (!doc.reference.isEmpty() && !doc.title.contains(doc.reference))
            parts.append(doc.reference);
        if (!doc.issued.isNull())
            parts.append(QCoreApplication::translate("ChartData", "issued %1")
                             .arg(doc.issued.toIsoString()));
        if (!parts.isEmpty())
            m_references.insert(doc.title, parts.join(QStringLiteral(", ")));
    }
}

int FootnoteList::cite(const QString &source, const QString &quote, const QString &citedFor)
{
    const QString title = source.isEmpty()
        ? QCoreApplication::translate("ChartData", "Source not recorded")
        : source;
    for (Footnote &note : m_notes) {
        if (note.source == title && note.quote == quote) {
            if (!note.citedFor.contains(citedFor))
                note.citedFor.append(citedFor);
            return note.number;
        }
    }
    Footnote note;
    note.number = int(m_notes.size()) + 1;
    note.source = title;
    note.quote = quote;
    note.reference = m_references.value(source);
    note.citedFor = { citedFor };
    m_notes.append(note);
    return note.number;
}

QHash<int, int> FootnoteList::renumber(QHash<int, int> order)
{
    int next = int(order.size()) + 1;
    for (const Footnote &note : std::as_const(m_notes)) {
        if (!order.contains(note.number))
            order.insert(note.number, next++);
    }
    for (Footnote &note : m_notes)
        note.number = order.value(note.number);
    std::sort(m_notes.begin(), m_notes.end(),
        [](const Footnote &a, const Footnote &b) { return a.number < b.number; });
    return order;
}

} // namespace opcc
