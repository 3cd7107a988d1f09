// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/foistore.h"

#include "storage/columnvalues.h"
#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QVariant>

namespace opcc {

namespace {

using columnvalues::text;

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString::fromLatin1("");
}

QDate dayFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

const char *const requestColumns = R"(
    SELECT id, reference, received, due, due_extended, requester_kind, subject, questions, status,
           clarification_sought, clarification_received, replied, exemptions, reply_document,
           notes, row_version, updated_at, period
    FROM foi_request)";

FoiRequest requestFrom(const QSqlQuery &q)
{
    FoiRequest r;
    r.id = q.value(0).toLongLong();
    r.reference = q.value(1).toString();
    r.received = dayFrom(q.value(2));
    r.due = dayFrom(q.value(3));
    r.dueExtended = q.value(4).toInt() != 0;
    r.requesterKind = foi::requesterFromKey(q.value(5).toString()).value_or(RequesterKind::Other);
    r.subject = q.value(6).toString();
    r.questions = q.value(7).toString();
    r.status = foi::statusFromKey(q.value(8).toString()).value_or(FoiStatus::Open);
    r.clarificationSought = dayFrom(q.value(9));
    r.clarificationReceived = dayFrom(q.value(10));
    r.replied = dayFrom(q.value(11));
    const QString exemptions = q.value(12).toString();
    if (!exemptions.isEmpty())
        r.exemptions = exemptions.split(QStringLiteral("; "));
    r.replyDocument = q.value(13).toString();
    r.notes = q.value(14).toString();
    r.rowVersion = q.value(15).toInt();
    r.updatedAt = q.value(16).toString();
    r.period = q.value(17).toString();
    return r;
}

void bindRequest(QSqlQuery &q, const FoiRequest &r)
{
    q.bindValue(0, text(r.reference));
    q.bindValue(1, day(r.received));
    q.bindValue(2, day(r.due));
    q.bindValue(3, r.dueExtended ? 1 : 0);
    q.bindValue(4, foi::requesterKey(r.requesterKind));
    q.bindValue(5, text(r.subject));
    q.bindValue(6, text(r.questions));
    q.bindValue(7, foi::statusKey(r.status));
    q.bindValue(8, day(r.clarificationSought));
    q.bindValue(9, day(r.clarificationReceived));
    q.bindValue(10, day(r.replied));
    q.bindValue(11, text(r.exemptions.join(QStringLiteral("; "))));
    q.bindValue(12, text(r.replyDocument));
    q.bindValue(13, text(r.notes));
}

// The last column of both statements, after their own.
void bindPeriod(QSqlQuery &q, int index, const FoiRequest &r)
{
    q.bindValue(index, text(r.period));
}

} // namespace

FoiStore::FoiStore(Database &db)
    : m_db(db)
{ }

const FoiStore FoiStore::reader(const Database &db)
{
    // Only the const reading methods can be called on the store returned.
    return FoiStore(const_cast<Database &>(db));
}

QList<FoiRequest> FoiStore::read(const char *sql, const QVariantList &values) const
{
    QSqlQuery &q = m_db.prepared(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QList<FoiRequest> requests;
    if (!m_db.readRows(q, &requests, requestFrom) || !readLinks(requests))
        return {};
    return requests;
}

// The scheme links and time entries of the requests read, in one query each.
bool FoiStore::readLinks(QList<FoiRequest> &requests) const
{
    if (requests.isEmpty())
        return true;
    QHash<qint64, qsizetype> rows;
    QList<qint64> ids;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        rows.insert(requests.at(i).id, i);
        ids.append(requests.at(i).id);
    }
    QSqlQuery &links = m_db.prepared(R"(
        SELECT request_id, scheme_id FROM foi_request_scheme
        WHERE request_id IN (SELECT value FROM json_each(?)) ORDER BY request_id, position)");
    links.bindValue(0, Database::idListJson(ids));
    if (!m_db.execute(links))
        return false;
    while (links.next())
        requests[rows.value(links.value(0).toLongLong())].schemeIds.append(
            links.value(1).toLongLong());
    links.finish();
    QSqlQuery &time = m_db.prepared(R"(
        SELECT request_id, on_date, minutes, note FROM foi_time
        WHERE request_id IN (SELECT value FROM json_each(?)) ORDER BY request_id, id)");
    time.bindValue(0, Database::idListJson(ids));
    if (!m_db.execute(time))
        return false;
    while (time.next()) {
        FoiTimeEntry entry { dayFrom(time.value(1)), time.value(2).toInt(),
            time.value(3).toString() };
        requests[rows.value(time.value(0).toLongLong())].time.append(entry);
    }
    time.finish();
    return true;
}

QList<FoiRequest> FoiStore::requests() const
{
    static const QByteArray sql = QByteArray(requestColumns) + " ORDER BY received DESC, reference";
    return read(sql.constData(), {});
}

std::optional<FoiRequest> FoiStore::request(qint64 id) const
{
    static const QByteArray sql = QByteArray(requestColumns) + " WHERE id = ?";
    const QList<FoiRequest> found = read(sql.constData(), { id });
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<qint64> FoiStore::idOfReference(const QString &reference) const
{
    QSqlQuery &q = m_db.prepared("SELECT id FROM foi_request WHERE reference = ?");
    q.bindValue(0, text(reference));
    if (!m_db.execute(q))
        return std::nullopt;
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QList<FoiRequest> FoiStore::requestsAboutSchemes(
    const QList<qint64> &schemeIds, qint64 excludingId) const
{
    if (schemeIds.isEmpty())
        return {};
    static const QByteArray sql = QByteArray(requestColumns) + R"(
        WHERE id <> ? AND id IN (SELECT request_id FROM foi_request_scheme
                                 WHERE scheme_id IN (SELECT value FROM json_each(?)))
        ORDER BY received DESC, reference)";
    return read(sql.constData(), { excludingId, Database::idListJson(schemeIds) });
}

int FoiStore::count() const
{
    return m_db.countRows(m_db.prepared("SELECT COUNT(*) FROM foi_request"));
}

std::optional<QList<FoiSchemeLink>> FoiStore::linksOfScheme(qint64 schemeId) const
{
    QSqlQuery &q
        = m_db.prepared("SELECT request_id, position FROM foi_request_scheme WHERE scheme_id = ? "
                        "ORDER BY request_id");
    q.bindValue(0, schemeId);
    if (!m_db.execute(q))
        return std::nullopt;
    QList<FoiSchemeLink> links;
    while (q.next())
        links.append({ q.value(0).toLongLong(), q.value(1).toInt() });
    const bool complete = !q.lastError().isValid();
    q.finish();
    if (!complete)
        return std::nullopt;
    return links;
}

bool FoiStore::restoreLinks(qint64 schemeId, const QList<FoiSchemeLink> &links)
{
    QSqlQuery &q = m_db.prepared(R"(
        INSERT INTO foi_request_scheme (request_id, scheme_id, position)
        SELECT id, ?, ? FROM foi_request WHERE id = ?
        ON CONFLICT (request_id, scheme_id) DO NOTHING)");
    for (const FoiSchemeLink &link : links) {
        q.bindValue(0, schemeId);
        q.bindValue(1, link.position);
        q.bindValue(2, link.requestId);
        if (!m_db.execute(q))
            return false;
        if (q.numRowsAffected() > 0)
            m_db.m_wroteInTransaction = true;
    }
    return true;
}

std::optional<qint64> FoiStore::insert(const FoiRequest &request)
{
    // A new request leaves its id to the database: PostgreSQL, unlike SQLite, takes a NULL id
    // for a NULL, not for "the next one". A restored one (an undone deletion) keeps its id.
    const bool restoring = request.id != 0;
    QSqlQuery &q = restoring ? m_db.prepared(R"(
        INSERT INTO foi_request (reference, received, due, due_extended, requester_kind, subject,
            questions, status, clarification_sought, clarification_received, replied, exemptions,
            reply_document, notes, row_version, updated_at, period, id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))")
                             : m_db.prepared(R"(
        INSERT INTO foi_request (reference, received, due, due_extended, requester_kind, subject,
            questions, status, clarification_sought, clarification_received, replied, exemptions,
            reply_document, notes, row_version, updated_at, period)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
    bindRequest(q, request);
    q.bindValue(14, qMax(1, request.rowVersion));
    q.bindValue(15,
        restoring ? text(request.updatedAt)
                  : QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    bindPeriod(q, 16, request);
    if (restoring)
        q.bindValue(17, request.id);
    if (!m_db.execute(q))
        return std::nullopt;
    FoiRequest stored = request;
    stored.id = restoring ? request.id : q.lastInsertId().toLongLong();
    m_db.m_wroteInTransaction = true;
    if (!writeLinks(stored))
        return std::nullopt;
    return stored.id;
}

bool FoiStore::update(const FoiRequest &request)
{
    QSqlQuery &q = m_db.prepared(R"(
        UPDATE foi_request SET reference = ?, received = ?, due = ?, due_extended = ?,
            requester_kind = ?, subject = ?, questions = ?, status = ?, clarification_sought = ?,
            clarification_received = ?, replied = ?, exemptions = ?, reply_document = ?,
            notes = ?, row_version = row_version + 1, updated_at = ?, period = ?
        WHERE id = ?)");
    bindRequest(q, request);
    q.bindValue(14, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    bindPeriod(q, 15, request);
    q.bindValue(16, request.id);
    if (!m_db.execute(q))
        return false;
    if (q.numRowsAffected() != 1)
        return m_db.fail(Database::Failure::NotFound,
            Database::tr("The request %1 is no longer in the register.").arg(request.reference));
    m_db.m_wroteInTransaction = true;
    return writeLinks(request);
}

bool FoiStore::remove(qint64 id)
{
    QSqlQuery &q = m_db.prepared("DELETE FROM foi_request WHERE id = ?");
    q.bindValue(0, id);
    if (!m_db.execute(q))
        return false;
    m_db.m_wroteInTransaction = true;
    return true;
}

// Links and time entries are replaced as a whole: they have no identity of their own.
bool FoiStore::writeLinks(const FoiRequest &request)
{
    QSqlQuery &clearLinks = m_db.prepared("DELETE FROM foi_request_scheme WHERE request_id = ?");
    clearLinks.bindValue(0, request.id);
    QSqlQuery &clearTime = m_db.prepared("DELETE FROM foi_time WHERE request_id = ?");
    clearTime.bindValue(0, request.id);
    if (!m_db.execute(clearLinks) || !m_db.execute(clearTime))
        return false;
    QSqlQuery &link = m_db.prepared(
        "INSERT INTO foi_request_scheme (request_id, scheme_id, position) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < request.schemeIds.size(); ++i) {
        link.bindValue(0, request.id);
        link.bindValue(1, request.schemeIds.at(i));
        link.bindValue(2, int(i));
        if (!m_db.execute(link))
            return false;
    }
    QSqlQuery &time = m_db.prepared(
        "INSERT INTO foi_time (request_id, on_date, minutes, note) VALUES (?, ?, ?, ?)");
    for (const FoiTimeEntry &entry : request.time) {
        time.bindValue(0, request.id);
        time.bindValue(1, day(entry.on));
        time.bindValue(2, entry.minutes);
        time.bindValue(3, text(entry.note));
        if (!m_db.execute(time))
            return false;
    }
    return true;
}

} // namespace opcc
