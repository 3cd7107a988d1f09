// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace opcc {

// One problem of an import, reported as "FILE:LINE: column: message".
struct ImportMessage
{
    QString file;
    int line = 0;
    QString column;
    QString message;

    QString toString() const;
};

// What an import did, or (in preview) would do.
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    int schemesAdded = 0;
    int schemesUpdated = 0;
    int schemesUnchanged = 0;
    int figuresAdded = 0;
    int figuresUpdated = 0;
    int figuresUnchanged = 0;
    int sourcesAdded = 0;
    int sourcesUpdated = 0;
    int sourcesUnchanged = 0;
    int attachmentsAdded = 0; // attached copies of source documents
    int attachmentsUpdated = 0;
    int attachmentsUnchanged = 0;
    // The first namesKept schemes added and updated, in the order the files give them:
    // "DIVERT (West Midlands)". The counts above say how many there are in all.
    static constexpr int namesKept = 50;
    QStringList schemesAddedNames;
    QStringList schemesUpdatedNames;
    int organisationsAdded = 0;
    int foiRequestsAdded = 0;
    int foiRequestsUpdated = 0;
    int foiTimeLogsUpdated = 0; // requests whose time log foi_time.csv replaced
    // Areas and measures whose details (nation, region; label, description) changed.
    QStringList areasUpdated;
    QStringList measuresUpdated;
    QStringList areasCreated;
    QStringList measuresCreated;
    QList<ImportMessage> errors;
    bool errorsTruncated = false; // stopped after the maximum number of errors
    bool cancelled = false;
    bool written = false; // committed to the database
    // The database failed (locked, read-only, damaged, full), not the files: exit code 4.
    bool databaseFault = false;
    // What the import wrote, as a journal (ChangeRecorder), when it was asked to record it:
    // for undoing it as one step.
    QByteArray changes;

    bool hasErrors() const { return !errors.isEmpty(); }
    // The errors, one a line (ImportMessage::toString()), without a line break after the last.
    QString errorText() const;
    bool changesSomething() const;
    // A few lines for people: what was (or would be) added, updated and left unchanged.
    QString describe() const;
    // The name of an import of these files in the undo history: "Import of outcomes.xlsx".
    static QString stepName(const QStringList &paths);
    // The audit entry's record of the files: {"files": [absolute paths]}.
    static QString filesJson(const QStringList &paths);
};

} // namespace opcc
