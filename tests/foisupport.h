// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers for the FOI register tests: a request as an officer would file it.

#include "foi/foirequest.h"
#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace foisupport {

inline opcc::FoiRequest request(
    const QString &reference, QDate received, const QList<qint64> &schemes = {})
{
    opcc::FoiRequest r;
    r.reference = reference;
    r.received = received;
    r.requesterKind = opcc::RequesterKind::Researcher;
    r.questions = QStringLiteral("1. A list of all drug-related diversion schemes.\n"
                                 "2. The number of people going through each in the last year.");
    r.schemeIds = schemes;
    return r;
}

// Every row of the register's tables, ids included, for comparing before and after an undo.
inline QStringList registerDump(const QString &path)
{
    const QString name = QStringLiteral("foidump-") + path;
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return { QStringLiteral("cannot open") };
        for (const char *sql :
            { "SELECT id, reference, received, due, status, replied, exemptions, "
              "questions, reply_document FROM foi_request ORDER BY id",
                "SELECT * FROM foi_request_scheme ORDER BY request_id, position",
                "SELECT request_id, on_date, minutes, note FROM foi_time "
                "ORDER BY request_id, id" }) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(sql)))
                lines.append(QStringLiteral("cannot read"));
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < 10 && q.value(c).isValid(); ++c)
                    cells.append(q.value(c).toString());
                lines.append(cells.join(QLatin1Char('|')));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

} // namespace foisupport
