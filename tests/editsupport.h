// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers for the editing tests: the whole content of a database as text, to compare before a
// change with after its undo, and a second connection to play another running copy.

#include "editing/schemerecord.h"
#include "interchange/csvexporter.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace editsupport {

enum class Versions { Compared, Ignored };

// Every row of every table but the audit log, ids included, sorted. With Versions::Ignored the
// row_version and updated_at columns are left out (an undone edit is a new write).
inline QStringList databaseDump(const QString &path, Versions versions = Versions::Compared)
{
    const QString name = QStringLiteral("dump-") + path;
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return { QStringLiteral("cannot open ") + path };
        for (const char *table : { "area", "organisation", "source_document", "measure", "scheme",
                 "scheme_area", "scheme_organisation", "figure" }) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)))) {
                lines.append(QStringLiteral("cannot read ") + QLatin1String(table));
                continue;
            }
            QStringList rows;
            while (q.next()) {
                QStringList cells;
                const QSqlRecord record = q.record();
                for (int column = 0; column < record.count(); ++column) {
                    const QString field = record.fieldName(column);
                    if (versions == Versions::Ignored
                        && (field == QLatin1String("row_version")
                            || field == QLatin1String("updated_at")))
                        continue;
                    cells.append(field + QLatin1Char('=')
                        + (q.value(column).isNull() ? QStringLiteral("NULL")
                                                    : q.value(column).toString()));
                }
                rows.append(QLatin1String(table) + QLatin1Char(':') + cells.join(QLatin1Char('|')));
            }
            rows.sort();
            lines.append(rows);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

// The interchange export as text: what a user would see of the database in a spreadsheet.
inline QStringList exportRows(const opcc::Database &db)
{
    const opcc::CsvExporter exporter(db);
    QStringList lines;
    for (const QStringList &row : exporter.schemeRows())
        lines.append(row.join(QLatin1Char('\t')));
    exporter.forEachOutcomeRow([&lines](const QStringList &row) {
        lines.append(row.join(QLatin1Char('\t')));
        return true;
    });
    return lines;
}

// Who the audit log should name: the login name as the environment or the home folder gives it.
inline QString osUser()
{
    for (const char *name : { "USER", "USERNAME", "LOGNAME" }) {
        if (!qEnvironmentVariableIsEmpty(name))
            return qEnvironmentVariable(name);
    }
    return QFileInfo(QDir::homePath()).fileName();
}

inline opcc::Figure figure(
    const QString &measure, qint64 whole, const QString &start = {}, const QString &end = {})
{
    opcc::Figure f;
    f.measure = measure;
    f.value = opcc::Decimal::fromInteger(whole);
    f.periodStart = opcc::PartialDate::parse(start).value_or(opcc::PartialDate());
    f.periodEnd = opcc::PartialDate::parse(end).value_or(opcc::PartialDate());
    return f;
}

// "Offender to Rehab" (West Midlands) as the shipped dataset has it, typed in afresh.
inline opcc::SchemeRecord offenderToRehab()
{
    opcc::SchemeRecord record;
    opcc::Scheme &s = record.scheme;
    s.name = QStringLiteral("Offender to Rehab");
    s.areas = { QStringLiteral("West Midlands") };
    s.strand = opcc::Strand::Treatment;
    s.status = opcc::Status::Active;
    s.summary = QStringLiteral("PCC-funded scheme in Birmingham that identifies prolific "
                               "shoplifters stealing to fund Class A drug addiction and refers "
                               "them to residential rehab instead of short prison sentences; it "
                               "won a Howard League for Penal Reform award.");
    s.description = QStringLiteral(
        "People with substance misuse problems who shoplift prolifically to pay for Class A "
        "drugs are identified and referred to residential rehab facilities, on the basis that "
        "once the addiction is treated they are highly likely to stop stealing. It has so far "
        "focused on Birmingham; the PCC would like it rolled out across the region.");
    s.eligibility
        = QStringLiteral("Prolific shoplifters stealing to fund addiction to Class A drugs");
    s.source = QStringLiteral("APCC, Tackling Addictions In Focus");
    s.organisations = { { QStringLiteral("PCC"), opcc::Role::Funder } };
    opcc::Figure enrolled = figure(QStringLiteral("people_enrolled"), 27, QStringLiteral("2021-07"),
        QStringLiteral("2022-07"));
    enrolled.note = QStringLiteral("prolific shoplifters enrolled");
    enrolled.periodLabel = QStringLiteral("Between July 2021 and July 2022");
    enrolled.source = s.source;
    enrolled.quote = QStringLiteral("27 prolific shoplifters were enrolled");
    opcc::Figure savings = figure(QStringLiteral("retailer_savings"), 800000,
        QStringLiteral("2021-07"), QStringLiteral("2022-07"));
    savings.qualifier = opcc::Qualifier::Approx;
    savings.note = QStringLiteral("estimated savings to retailers");
    savings.periodLabel = enrolled.periodLabel;
    savings.source = s.source;
    savings.quote = QStringLiteral("saved retailers in the region of £800,000");
    record.figures = { enrolled, savings };
    return record;
}

} // namespace editsupport
