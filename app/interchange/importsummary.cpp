// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/importsummary.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opcc {

QString ImportMessage::toString() const
{
    // A failure of the database rather than of a line of the input names no line.
    if (line <= 0 && column.isEmpty())
        return file.isEmpty() ? message : file + QStringLiteral(": ") + message;
    // One message, one line: a column name read from a quoted header cell may hold a line
    // break, which is written as \n (and \r) as in a C string.
    QString oneLine = column;
    oneLine.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(oneLine, message);
}

QString ImportSummary::errorText() const
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const ImportMessage &message : errors)
        lines.append(message.toString());
    return lines.join(QLatin1Char('\n'));
}

bool ImportSummary::changesSomething() const
{
    return schemesAdded + schemesUpdated + figuresAdded + figuresUpdated + sourcesAdded
            + sourcesUpdated + attachmentsAdded + attachmentsUpdated
        > 0
        || !areasCreated.isEmpty() || !measuresCreated.isEmpty() || organisationsAdded > 0
        || !areasUpdated.isEmpty() || !measuresUpdated.isEmpty()
        || foiRequestsAdded + foiRequestsUpdated + foiTimeLogsUpdated > 0;
}

QString ImportSummary::describe() const
{
    if (hasErrors())
        return tr("Nothing was imported: %n error(s) found.", nullptr, int(errors.size()));
    if (cancelled)
        return tr("The import was cancelled; nothing was written.");
    QStringList lines;
    if (!changesSomething()) {
        lines << tr("Nothing to change: the database already holds these schemes (%1) and "
                    "figures (%2) exactly.")
                     .arg(schemesUnchanged)
                     .arg(figuresUnchanged);
        return lines.join(QLatin1Char('\n'));
    }
    lines << tr("Schemes: %1 added, %2 updated, %3 unchanged.")
                 .arg(schemesAdded)
                 .arg(schemesUpdated)
                 .arg(schemesUnchanged);
    lines << tr("Figures: %1 added, %2 updated, %3 unchanged.")
                 .arg(figuresAdded)
                 .arg(figuresUpdated)
                 .arg(figuresUnchanged);
    if (sourcesAdded + sourcesUpdated > 0)
        lines
            << tr("Source documents: %1 added, %2 updated.").arg(sourcesAdded).arg(sourcesUpdated);
    if (attachmentsAdded + attachmentsUpdated > 0)
        lines << tr("Attached copies of source documents: %1 added, %2 updated.")
                     .arg(attachmentsAdded)
                     .arg(attachmentsUpdated);
    if (!areasCreated.isEmpty())
        lines << tr("New areas: %1.").arg(areasCreated.join(QStringLiteral(", ")));
    if (!measuresCreated.isEmpty())
        lines << tr("New measures: %1.").arg(measuresCreated.join(QStringLiteral(", ")));
    if (!areasUpdated.isEmpty())
        lines << tr("Areas updated: %1.").arg(areasUpdated.join(QStringLiteral(", ")));
    if (!measuresUpdated.isEmpty())
        lines << tr("Measures updated: %1.").arg(measuresUpdated.join(QStringLiteral(", ")));
    if (organisationsAdded > 0)
        lines << tr("New organisations: %n.", nullptr, organisationsAdded);
    if (foiRequestsAdded + foiRequestsUpdated + foiTimeLogsUpdated > 0)
        lines << tr("FOI requests: %1 added, %2 updated; time logs of %3 replaced.")
                     .arg(foiRequestsAdded)
                     .arg(foiRequestsUpdated)
                     .arg(foiTimeLogsUpdated);
    return lines.join(QLatin1Char('\n'));
}

QString ImportSummary::stepName(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names.append(QFileInfo(path).fileName());
    return tr("Import of %1").arg(names.join(QStringLiteral(", ")));
}

QString ImportSummary::filesJson(const QStringList &paths)
{
    QJsonArray files;
    for (const QString &path : paths)
        files.append(path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath());
    return QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("files"),
            files } }).toJson(QJsonDocument::Compact));
}

} // namespace opcc
