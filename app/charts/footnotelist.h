// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"

#include <QHash>
#include <QList>
#include <QString>

namespace opcc {

class Database;

// Numbers the citations of a chart: one footnote per distinct source document and quote, in the
// order they are first cited, each listing the schemes it is cited for.
class FootnoteList final
{
public:
    // Reads the publisher references and issue dates of the source documents.
    explicit FootnoteList(const Database &db);

    // The footnote number for this source and quote, adding it when new.
    int cite(const QString &source, const QString &quote, const QString &citedFor);
    QList<Footnote> footnotes() const { return m_notes; }
    // Gives the notes new numbers (old -> new; notes not in the map follow in their order) and
    // returns the complete map.
    QHash<int, int> renumber(QHash<int, int> order);

private:
    QHash<QString, QString> m_references; // source title -> "reference, issued"
    QList<Footnote> m_notes;
};

} // namespace opcc
