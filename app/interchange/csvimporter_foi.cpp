// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CsvImporter: rows of foi_requests.csv and foi_time.csv, the FOI requests register. A request is
// known by its reference; its row is checked by the same rules as the form (foi/foivalidator).
// The rows of foi_time.csv for a reference are that request's whole time log: the entries have
// no identity of their own, so importing the same file again changes nothing.

#include "foi/foicalendar.h"
#include "foi/foivalidator.h"
#include "interchange/csvimporter.h"
#include "interchange/importrow.h"
#include "storage/foistore.h"
#include "storage/schemestore.h"

namespace opcc {

namespace {

// A day as the export writes it (2020-04-20) or as a spreadsheet writes it back (20/04/2020, or
// a date cell): nullopt when the text is not a whole day.
std::optional<QDate> dayCell(const QString &text)
{
    if (text.isEmpty())
        return QDate();
    const auto cell = spreadsheet::parseDate(text);
    if (!cell || cell->date.precision() != PartialDate::Precision::Day)
        return std::nullopt;
    return cell->date.firstDay();
}

} // namespace

void CsvImporter::loadFoiRequests()
{
    if (m_foiLoaded)
        return;
    m_foiLoaded = true;
    for (const FoiRequest &request : FoiStore(m_db).requests())
        m_foiRequests.insert(request.reference.toCaseFolded(), request);
}

bool CsvImporter::foiDay(const Row &row, const char *column, QDate *day)
{
    if (!row.has(column))
        return true;
    const QString text = row.value(column);
    const auto parsed = dayCell(text);
    if (!parsed)
        return addError(row.file(), row.line(), QString::fromLatin1(column),
            tr("\"%1\" is not a day: write it as YYYY-MM-DD, e.g. 2020-04-20").arg(text));
    *day = *parsed;
    return true;
}

bool CsvImporter::foiKeys(const Row &row, FoiRequest &request)
{
    bool ok = true;
    if (row.has("requester_kind")) {
        const QString key = row.value("requester_kind").toLower();
        const auto kind = key.isEmpty() ? RequesterKind::Public : foi::requesterFromKey(key);
        QStringList keys;
        for (RequesterKind k : foi::requesterKinds())
            keys.append(foi::requesterKey(k));
        if (kind)
            request.requesterKind = *kind;
        else
            ok = addError(row.file(), row.line(), QStringLiteral("requester_kind"),
                tr("\"%1\" is not a kind of requester; use one of: %2")
                    .arg(key, keys.join(QStringLiteral(", "))));
    }
    if (row.has("status")) {
        const QString key = row.value("status").toLower();
        const auto status = key.isEmpty() ? FoiStatus::Open : foi::statusFromKey(key);
        QStringList keys;
        for (FoiStatus s : foi::statuses())
            keys.append(foi::statusKey(s));
        if (status)
            request.status = *status;
        else
            ok = addError(row.file(), row.line(), QStringLiteral("status"),
                tr("\"%1\" is not a status; use one of: %2")
                    .arg(key, keys.join(QStringLiteral(", "))));
    }
    if (row.has("exemptions")) {
        request.exemptions.clear();
        for (const QString &key : splitList(row.value("exemptions"))) {
            if (foi::exemption(key)) {
                request.exemptions.append(key);
                continue;
            }
            QStringList keys;
            for (const foi::Exemption &e : foi::exemptions())
                keys.append(QString::fromLatin1(e.key));
            ok = addError(row.file(), row.line(), QStringLiteral("exemptions"),
                tr("\"%1\" is not an exemption; use keys joined by \"; \" from: %2")
                    .arg(key, keys.join(QStringLiteral(", "))));
        }
    }
    return ok;
}

bool CsvImporter::foiSchemes(const Row &row, FoiRequest &request)
{
    if (!row.has("schemes"))
        return true;
    request.schemeIds.clear();
    // Schemes are joined by "; ", and so are the areas of a scheme in more than one: a part
    // without "@" is one more area of the scheme before it.
    QStringList schemes;
    for (const QString &part : splitList(row.value("schemes"))) {
        if (part.contains(QLatin1Char('@')) || schemes.isEmpty())
            schemes.append(part);
        else
            schemes.last() += QStringLiteral("; ") + part;
    }
    bool ok = true;
    for (const QString &named : std::as_const(schemes)) {
        const qsizetype at = named.lastIndexOf(QLatin1Char('@'));
        const QString name = at > 0 ? named.left(at).trimmed() : QString();
        QStringList areas;
        for (const QString &area : splitList(at > 0 ? named.mid(at + 1) : QString()))
            areas.append(m_areaNames.value(area.toCaseFolded(), area));
        const auto id = m_schemeIds.constFind(SchemeStore::indexKey(name, joinAreas(areas)));
        if (name.isEmpty() || areas.isEmpty()) {
            ok = addError(row.file(), row.line(), QStringLiteral("schemes"),
                tr("\"%1\" does not name a scheme as NAME@AREA, e.g. DIVERT@West Mercia")
                    .arg(named));
        } else if (id == m_schemeIds.cend()) {
            ok = addError(row.file(), row.line(), QStringLiteral("schemes"),
                tr("there is no scheme \"%1\" in \"%2\", neither in the database nor in this "
                   "import")
                    .arg(name, joinAreas(areas)));
        } else if (!request.schemeIds.contains(*id)) {
            request.schemeIds.append(*id);
        }
    }
    return ok;
}

bool CsvImporter::importFoiRequest(const Row &row)
{
    loadFoiRequests();
    const QString reference = row.value("reference");
    const QString folded = reference.toCaseFolded();
    if (m_foiLines.contains(folded))
        return addError(row.file(), row.line(), QStringLiteral("reference"),
            tr("the request %1 is also on line %2").arg(reference).arg(m_foiLines.value(folded)));
    m_foiLines.insert(folded, row.line());
    const auto stored = m_foiRequests.constFind(folded);
    FoiRequest request = stored != m_foiRequests.cend() ? *stored : FoiRequest();
    request.reference = reference;
    // Every column is checked, so that one line's errors are all reported at once.
    bool ok = foiDay(row, "received", &request.received);
    ok &= foiDay(row, "due", &request.due);
    ok &= foiDay(row, "clarification_sought", &request.clarificationSought);
    ok &= foiDay(row, "clarification_received", &request.clarificationReceived);
    ok &= foiDay(row, "replied", &request.replied);
    ok &= foiKeys(row, request);
    ok &= foiSchemes(row, request);
    if (row.has("due_extended")) {
        const QString extended = row.value("due_extended").toLower();
        if (extended != QLatin1String("yes") && !extended.isEmpty())
            ok = addError(row.file(), row.line(), QStringLiteral("due_extended"),
                tr("\"%1\" is not yes or empty").arg(extended));
        request.dueExtended = extended == QLatin1String("yes");
    }
    for (const auto &[column, field] : { std::pair { "subject", &request.subject },
             { "questions", &request.questions }, { "period", &request.period },
             { "reply_document", &request.replyDocument }, { "notes", &request.notes } }) {
        if (row.has(column))
            *field = row.value(column);
    }
    // A due date the file leaves out is worked out, as the form does.
    if (!request.dueExtended && (!row.has("due") || row.value("due").isEmpty()))
        request.due = foi::computedDue(request);
    if (!ok)
        return false;
    for (const FieldIssue &issue : foi::checkRequest(request))
        ok = addError(row.file(), row.line(), issue.field, issue.message);
    if (!ok)
        return false;
    if (stored != m_foiRequests.cend() && sameContent(*stored, request))
        return true;
    FoiStore store(m_db);
    if (stored == m_foiRequests.cend()) {
        const auto id = store.insert(request);
        if (!id)
            return databaseError(row);
        request.id = *id;
        ++m_summary.foiRequestsAdded;
    } else {
        if (!store.update(request))
            return databaseError(row);
        ++m_summary.foiRequestsUpdated;
    }
    m_foiRequests.insert(folded, request);
    return true;
}

bool CsvImporter::importFoiTime(const Row &row)
{
    loadFoiRequests();
    const QString reference = row.value("reference");
    const auto request = m_foiRequests.constFind(reference.toCaseFolded());
    if (request == m_foiRequests.cend())
        return addError(row.file(), row.line(), QStringLiteral("reference"),
            tr("there is no request \"%1\", neither in the database nor in this import")
                .arg(reference));
    FoiTimeEntry entry;
    bool ok = foiDay(row, "date", &entry.on);
    if (ok && !entry.on.isValid())
        ok = addError(row.file(), row.line(), QStringLiteral("date"),
            tr("a time entry needs the day the time was spent"));
    bool number = false;
    entry.minutes = row.value("minutes").toInt(&number);
    if (!number || entry.minutes <= 0)
        ok = addError(row.file(), row.line(), QStringLiteral("minutes"),
            tr("\"%1\" is not a number of minutes above 0").arg(row.value("minutes")));
    entry.note = row.value("note");
    if (ok)
        m_foiTime[request->reference.toCaseFolded()].append(entry);
    return ok;
}

// The time log of every request the file named replaces the stored one, once the whole file
// is read.
void CsvImporter::finishFoiTime(const QString &file)
{
    if (m_summary.hasErrors() || m_stopped) {
        m_foiTime.clear();
        return;
    }
    FoiStore store(m_db);
    for (auto it = m_foiTime.cbegin(); it != m_foiTime.cend(); ++it) {
        FoiRequest request = m_foiRequests.value(it.key());
        if (request.time == it.value())
            continue;
        request.time = it.value();
        if (!store.update(request)) {
            addError(file, 0, QStringLiteral("-"),
                tr("the database refused the time log of %1: %2")
                    .arg(request.reference, m_db.errorString()));
            m_stopped = true;
            noteDatabaseFault();
            return;
        }
        m_foiRequests.insert(it.key(), request);
        ++m_summary.foiTimeLogsUpdated;
    }
    m_foiTime.clear();
}

} // namespace opcc
