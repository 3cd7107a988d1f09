// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opcc::interchange {

// The files of the interchange format (shared/docs/interchange.md). Sources and details are
// additions of this application: the shipped dataset uses them for document metadata and for
// the fields of a scheme that schemes.csv does not carry.
// Areas, measures and organisations carry what the others cannot (an area's nation and region,
// a measure's label and description, an organisation no scheme names yet), so that an export
// holds every field of the database. The FOI requests register travels in foi_requests.csv
// (one row per request) and foi_time.csv (its time log). Attached copies of source documents
// travel in attachments.csv, which names each copy's file in a folder beside it.
enum class FileKind {
    Schemes,
    Outcomes,
    Sources,
    Attachments,
    Details,
    Areas,
    Measures,
    Organisations,
    FoiRequests,
    FoiTime
};

// Every kind, in the order an import reads them: what a row refers to comes first.
const QList<FileKind> &allKinds();

struct Column
{
    const char *name;
    bool required;
    bool text; // free text: neutralised against formulas on export
};

const QList<Column> &columns(FileKind kind);
QStringList columnNames(FileKind kind);
QString fileName(FileKind kind); // "schemes.csv"...
QString kindName(FileKind kind); // for messages

// Tells the kind of a file from its header; nothing if the header fits no kind.
std::optional<FileKind> kindFromHeader(const QStringList &header);

// OWASP's advice against CSV injection: a text cell that a spreadsheet would run as a formula
// (starting with =, +, -, @, a tab or a carriage return, possibly behind apostrophes) gets a
// leading apostrophe on export; import removes exactly that one apostrophe again.
QString neutraliseFormula(const QString &text);
QString restoreFormula(const QString &text);

} // namespace opcc::interchange
