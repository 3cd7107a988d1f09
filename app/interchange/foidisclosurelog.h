// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace opcc {

class Database;

// The disclosure log an authority publishes: every request replied to or refused, newest
// first, with its reference, dates received and replied, subject, outcome and the exemptions
// applied (worded). As CSV (UTF-8 with a byte order mark so that Excel reads it as UTF-8,
// RFC 4180 with CRLF line ends) or as an Excel workbook with real dates. Each file is written to
// a temporary name and renamed when complete.
class FoiDisclosureLog final
{
    Q_DECLARE_TR_FUNCTIONS(FoiDisclosureLog)

public:
    explicit FoiDisclosureLog(const Database &db);

    QStringList header() const;
    // One row per request in the log; dates ISO (YYYY-MM-DD). Fails (errorString()) when the
    // database cannot be read.
    bool readRows(QList<QStringList> *rows);

    bool writeCsv(const QString &path);
    bool writeXlsx(const QString &path);
    QString errorString() const { return m_error; }
    int rowsWritten() const { return m_rows; }

private:
    const Database &m_db;
    QString m_error;
    int m_rows = 0;
};

} // namespace opcc
