// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/foirequestscsv.h"

#include "interchange/csvwriter.h"
#include "interchange/interchangeformat.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/foistore.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <algorithm>

namespace opcc {

using interchange::neutraliseFormula;

namespace {

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Oldest first, so that a later export adds at the end and two exports diff cleanly.
QList<FoiRequest> sorted(QList<FoiRequest> requests)
{
    std::sort(requests.begin(), requests.end(), [](const FoiRequest &a, const FoiRequest &b) {
        return a.received != b.received ? a.received < b.received : a.reference < b.reference;
    });
    return requests;
}

} // namespace

FoiRequestsCsv::FoiRequestsCsv(const Database &db)
    : m_db(db)
{ }

QStringList FoiRequestsCsv::requestColumns()
{
    return interchange::columnNames(interchange::FileKind::FoiRequests);
}

QStringList FoiRequestsCsv::timeColumns()
{
    return interchange::columnNames(interchange::FileKind::FoiTime);
}

QList<QStringList> FoiRequestsCsv::requestRows()
{
    const QList<FoiRequest> requests = sorted(FoiStore::reader(m_db).requests());
    if (m_db.lastFailure() != Database::Failure::None) {
        m_error = m_db.errorString();
        return {};
    }
    // Every scheme's name is read only when a request names one: most registers have no
    // requests, and a national one has tens of thousands of schemes.
    QHash<qint64, QString> schemes; // "NAME@AREA", as --scheme takes it
    if (std::any_of(requests.cbegin(), requests.cend(),
            [](const FoiRequest &r) { return !r.schemeIds.isEmpty(); })) {
        for (const SchemeListing &s : BrowseStore(m_db).listings())
            schemes.insert(s.id, s.name + QLatin1Char('@') + s.areaKey);
        if (m_db.lastFailure() != Database::Failure::None) {
            m_error = m_db.errorString();
            return {};
        }
    }
    QList<QStringList> rows { requestColumns() };
    for (const FoiRequest &r : requests) {
        QStringList linked;
        for (qint64 id : r.schemeIds)
            linked.append(schemes.value(id));
        rows.append({ neutraliseFormula(r.reference), day(r.received), day(r.due),
            r.dueExtended ? QStringLiteral("yes") : QString(), foi::requesterKey(r.requesterKind),
            neutraliseFormula(r.subject), neutraliseFormula(r.questions), r.period,
            foi::statusKey(r.status), day(r.clarificationSought), day(r.clarificationReceived),
            day(r.replied), r.exemptions.join(QStringLiteral("; ")),
            neutraliseFormula(linked.join(QStringLiteral("; "))),
            neutraliseFormula(r.replyDocument), neutraliseFormula(r.notes) });
    }
    return rows;
}

QList<QStringList> FoiRequestsCsv::timeRows()
{
    const QList<FoiRequest> requests = sorted(FoiStore::reader(m_db).requests());
    if (m_db.lastFailure() != Database::Failure::None) {
        m_error = m_db.errorString();
        return {};
    }
    QList<QStringList> rows { timeColumns() };
    for (const FoiRequest &r : requests) {
        for (const FoiTimeEntry &entry : r.time)
            rows.append({ neutraliseFormula(r.reference), day(entry.on),
                QString::number(entry.minutes), neutraliseFormula(entry.note) });
    }
    return rows;
}

bool FoiRequestsCsv::writeRows(const QString &path, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    CsvWriter writer(&file);
    // Like every file of the export, with a byte order mark so that spreadsheets read UTF-8.
    if (!writer.writeByteOrderMark()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    for (const QStringList &row : rows) {
        if (!writer.writeRow(row)) {
            m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool FoiRequestsCsv::writeTo(const QString &directory)
{
    m_error.clear();
    const QList<QStringList> requests = requestRows();
    const QList<QStringList> time = requests.isEmpty() ? QList<QStringList>() : timeRows();
    if (requests.isEmpty() || time.isEmpty())
        return false;
    const QDir dir(directory);
    if (!writeRows(dir.filePath(requestsFileName()), requests)
        || !writeRows(dir.filePath(timeFileName()), time))
        return false;
    m_requests = int(requests.size()) - 1;
    return true;
}

} // namespace opcc
