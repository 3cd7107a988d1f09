// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/interchangeformat.h"

#include <QSet>

namespace opcc::interchange {

const QList<Column> &columns(FileKind kind)
{
    static const QList<Column> schemes {
        { "name", true, true },
        { "area", true, true },
        { "strand", true, false },
        { "status", false, false },
        { "start", false, false },
        { "end", false, false },
        { "providers", false, true },
        { "funders", false, true },
        { "summary", false, true },
        { "source", false, true },
    };
    static const QList<Column> outcomes {
        { "scheme", true, true },
        { "area", true, true },
        { "measure", true, false },
        { "value", true, false },
        { "value_high", false, false },
        { "unit", false, false },
        { "qualifier", false, false },
        { "per", false, false },
        { "baseline", false, false },
        { "note", false, true },
        { "period_start", false, false },
        { "period_end", false, false },
        { "period_label", false, true },
        { "source", false, true },
        { "quote", false, true },
    };
    static const QList<Column> sources {
        { "source", true, true },
        { "kind", false, false },
        { "publisher", false, true },
        { "reference", false, true },
        { "issued", false, false },
        { "file", false, true },
    };
    // A copy's bytes are the file at path, relative to the folder of the file naming it.
    static const QList<Column> attachments {
        { "source", true, true },
        { "file", true, true },
        { "path", true, true },
        { "media_type", false, false },
        { "attached", false, false },
    };
    static const QList<Column> details {
        { "name", true, true },
        { "area", true, true },
        { "description", false, true },
        { "eligibility", false, true },
        { "commissioners", false, true },
        { "partners", false, true },
    };
    static const QList<Column> areas {
        { "area", true, true },
        { "nation", false, false },
        { "region", false, true },
    };
    static const QList<Column> measures {
        { "measure", true, false },
        { "label", false, true },
        { "unit", true, false },
        { "higher_is_better", false, false },
        { "description", false, true },
    };
    static const QList<Column> organisations { { "organisation", true, true } };
    static const QList<Column> foiRequests {
        { "reference", true, true },
        { "received", true, false },
        { "due", false, false },
        { "due_extended", false, false },
        { "requester_kind", false, false },
        { "subject", false, true },
        { "questions", false, true },
        { "period", false, false },
        { "status", false, false },
        { "clarification_sought", false, false },
        { "clarification_received", false, false },
        { "replied", false, false },
        { "exemptions", false, false },
        { "schemes", false, true },
        { "reply_document", false, true },
        { "notes", false, true },
    };
    static const QList<Column> foiTime {
        { "reference", true, true },
        { "date", true, false },
        { "minutes", true, false },
        { "note", false, true },
    };
    switch (kind) {
    case FileKind::Areas:
        return areas;
    case FileKind::Measures:
        return measures;
    case FileKind::Organisations:
        return organisations;
    case FileKind::Schemes:
        return schemes;
    case FileKind::Outcomes:
        return outcomes;
    case FileKind::Sources:
        return sources;
    case FileKind::Attachments:
        return attachments;
    case FileKind::Details:
        return details;
    case FileKind::FoiRequests:
        return foiRequests;
    case FileKind::FoiTime:
        return foiTime;
    }
    return schemes;
}

QStringList columnNames(FileKind kind)
{
    QStringList names;
    for (const Column &column : columns(kind))
        names.append(QString::fromLatin1(column.name));
    return names;
}

QString fileName(FileKind kind)
{
    switch (kind) {
    case FileKind::Schemes:
        return QStringLiteral("schemes.csv");
    case FileKind::Outcomes:
        return QStringLiteral("outcomes.csv");
    case FileKind::Sources:
        return QStringLiteral("sources.csv");
    case FileKind::Attachments:
        return QStringLiteral("attachments.csv");
    case FileKind::Details:
        return QStringLiteral("details.csv");
    case FileKind::Areas:
        return QStringLiteral("areas.csv");
    case FileKind::Measures:
        return QStringLiteral("measures.csv");
    case FileKind::Organisations:
        return QStringLiteral("organisations.csv");
    case FileKind::FoiRequests:
        return QStringLiteral("foi_requests.csv");
    case FileKind::FoiTime:
        return QStringLiteral("foi_time.csv");
    }
    return {};
}

const QList<FileKind> &allKinds()
{
    static const QList<FileKind> kinds { FileKind::Areas, FileKind::Measures,
        FileKind::Organisations, FileKind::Sources, FileKind::Attachments, FileKind::Schemes,
        FileKind::Details, FileKind::Outcomes, FileKind::FoiRequests, FileKind::FoiTime };
    return kinds;
}

QString kindName(FileKind kind)
{
    return fileName(kind);
}

std::optional<FileKind> kindFromHeader(const QStringList &header)
{
    const QSet<QString> names(header.cbegin(), header.cend());
    // The FOI register's files: a request is known by its reference.
    if (names.contains(QStringLiteral("reference")) && names.contains(QStringLiteral("minutes")))
        return FileKind::FoiTime;
    if (names.contains(QStringLiteral("reference"))
        && (names.contains(QStringLiteral("received")) || names.contains(QStringLiteral("status"))
            || names.contains(QStringLiteral("requester_kind"))))
        return FileKind::FoiRequests;
    const bool refersToSchemes
        = names.contains(QStringLiteral("scheme")) || names.contains(QStringLiteral("name"));
    if (!refersToSchemes && names.contains(QStringLiteral("area"))
        && (names.contains(QStringLiteral("nation")) || names.contains(QStringLiteral("region"))))
        return FileKind::Areas;
    if (!refersToSchemes && names.contains(QStringLiteral("measure"))
        && !names.contains(QStringLiteral("value")))
        return FileKind::Measures;
    if (names.contains(QStringLiteral("organisation")) && !refersToSchemes)
        return FileKind::Organisations;
    if (names.contains(QStringLiteral("scheme")) && names.contains(QStringLiteral("measure")))
        return FileKind::Outcomes;
    if (names.contains(QStringLiteral("name")) && names.contains(QStringLiteral("strand")))
        return FileKind::Schemes;
    if (names.contains(QStringLiteral("name"))
        && (names.contains(QStringLiteral("description"))
            || names.contains(QStringLiteral("eligibility"))
            || names.contains(QStringLiteral("commissioners"))
            || names.contains(QStringLiteral("partners"))))
        return FileKind::Details;
    if (names.contains(QStringLiteral("source")) && names.contains(QStringLiteral("path"))
        && !names.contains(QStringLiteral("scheme")))
        return FileKind::Attachments;
    if (names.contains(QStringLiteral("source")) && names.contains(QStringLiteral("kind"))
        && !names.contains(QStringLiteral("scheme")))
        return FileKind::Sources;
    // Guess from the most telling column, so that a missing required column is reported as such.
    if (names.contains(QStringLiteral("measure")) || names.contains(QStringLiteral("scheme")))
        return FileKind::Outcomes;
    if (names.contains(QStringLiteral("strand")) || names.contains(QStringLiteral("name")))
        return FileKind::Schemes;
    return std::nullopt;
}

namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// True when, past any leading apostrophes, the text starts like a formula.
bool looksLikeFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && isFormulaStart(text.at(i));
}

} // namespace

QString neutraliseFormula(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString restoreFormula(const QString &text)
{
    if (text.startsWith(QLatin1Char('\'')) && looksLikeFormula(text))
        return text.mid(1);
    return text;
}

} // namespace opcc::interchange
