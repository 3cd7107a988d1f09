// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace opcc {

class Database;

// The FOI requests register in the full CSV export: foi_requests.csv (one row per request,
// sorted by date received then reference) and foi_time.csv (the time log, one row per entry).
// Its own writer, so that the workbook export can take the same rows as sheets.
class FoiRequestsCsv final
{
    Q_DECLARE_TR_FUNCTIONS(FoiRequestsCsv)

public:
    explicit FoiRequestsCsv(const Database &db);

    static QString requestsFileName() { return QStringLiteral("foi_requests.csv"); }
    static QString timeFileName() { return QStringLiteral("foi_time.csv"); }
    static QStringList requestColumns();
    static QStringList timeColumns();

    // Header first; nothing at all when the database cannot be read (errorString() says why).
    QList<QStringList> requestRows();
    QList<QStringList> timeRows();

    // Writes both files into dir (each to a temporary name, then renamed).
    bool writeTo(const QString &directory);
    // Writes rows (header first) to path through a temporary name.
    bool writeRows(const QString &path, const QList<QStringList> &rows);
    QString errorString() const { return m_error; }
    int requestsWritten() const { return m_requests; }

private:
    const Database &m_db;
    QString m_error;
    int m_requests = 0;
};

} // namespace opcc
