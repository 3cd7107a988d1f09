// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "foi/foivalidator.h"

#include "reports/reportperiod.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace opcc::foi {

namespace {

FieldIssue issue(const char *field, const QString &message)
{
    return FieldIssue { QLatin1String(field), message, 0 };
}

// A date that must not come before another one.
void checkOrder(QList<FieldIssue> &issues, const char *field, QDate later, QDate earlier,
    const QString &message)
{
    if (later.isValid() && earlier.isValid() && later < earlier)
        issues.append(issue(field, message.arg(dayText(later), dayText(earlier))));
}

void checkDates(const FoiRequest &r, QList<FieldIssue> &issues)
{
    if (!r.received.isValid())
        issues.append(issue("received",
            QCoreApplication::translate(
                "FoiValidator", "Enter the date the request was received.")));
    checkOrder(issues, "due", r.due, r.received,
        QCoreApplication::translate(
            "FoiValidator", "The due date (%1) is before the date received (%2)."));
    checkOrder(issues, "replied", r.replied, r.received,
        QCoreApplication::translate(
            "FoiValidator", "The reply date (%1) is before the date received (%2)."));
    checkOrder(issues, "clarification_sought", r.clarificationSought, r.received,
        QCoreApplication::translate("FoiValidator",
            "Clarification cannot be sought (%1) before the request was received (%2)."));
    checkOrder(issues, "clarification_received", r.clarificationReceived, r.clarificationSought,
        QCoreApplication::translate(
            "FoiValidator", "The clarification cannot arrive (%1) before it was sought (%2)."));
    checkOrder(issues, "replied", r.replied, r.clarificationReceived,
        QCoreApplication::translate(
            "FoiValidator", "The reply date (%1) is before the clarification was received (%2)."));
    if (r.clarificationReceived.isValid() && !r.clarificationSought.isValid())
        issues.append(issue("clarification_sought",
            QCoreApplication::translate("FoiValidator",
                "Enter the date clarification was sought before the date it "
                "was received.")));
    if (r.dueExtended && !r.due.isValid())
        issues.append(issue("due",
            QCoreApplication::translate(
                "FoiValidator", "Enter the extended due date, or untick the extension.")));
}

void checkStatus(const FoiRequest &r, QList<FieldIssue> &issues)
{
    switch (r.status) {
    case FoiStatus::Replied:
    case FoiStatus::Refused:
        if (!r.replied.isValid())
            issues.append(issue("replied",
                QCoreApplication::translate("FoiValidator",
                    "A request that was replied to or refused needs "
                    "the date of the reply.")));
        break;
    case FoiStatus::Clarification:
        if (!r.clarificationSought.isValid())
            issues.append(issue("clarification_sought",
                QCoreApplication::translate(
                    "FoiValidator", "Enter the date clarification was sought.")));
        if (r.clarificationReceived.isValid())
            issues.append(issue("status",
                QCoreApplication::translate("FoiValidator",
                    "The clarification has been received: set the "
                    "status back to Open.")));
        [[fallthrough]];
    case FoiStatus::Open:
        if (r.replied.isValid())
            issues.append(issue("replied",
                QCoreApplication::translate("FoiValidator",
                    "An open request has no reply date: set the "
                    "status to Replied or Refused, or clear the "
                    "date.")));
        break;
    case FoiStatus::Withdrawn:
        break;
    }
    if (r.status == FoiStatus::Refused && r.exemptions.isEmpty())
        issues.append(issue("exemptions",
            QCoreApplication::translate("FoiValidator",
                "A refusal cites the exemption it relies on: tick "
                "at least one.")));
}

} // namespace

std::optional<QDate> parseDay(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression uk(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    QDate day;
    const auto isoMatch = iso.match(trimmed);
    const auto ukMatch = uk.match(trimmed);
    if (isoMatch.hasMatch())
        day = QDate(isoMatch.captured(1).toInt(), isoMatch.captured(2).toInt(),
            isoMatch.captured(3).toInt());
    else if (ukMatch.hasMatch())
        day = QDate(
            ukMatch.captured(3).toInt(), ukMatch.captured(2).toInt(), ukMatch.captured(1).toInt());
    if (!day.isValid())
        return std::nullopt;
    return day;
}

QString dayFormatMessage()
{
    return QCoreApplication::translate("FoiValidator",
        "Write the date as YYYY-MM-DD or DD/MM/YYYY, e.g. "
        "2020-04-20 or 20/04/2020.");
}

QString dayText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString shortDayText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QList<FieldIssue> checkRequest(const FoiRequest &r)
{
    QList<FieldIssue> issues;
    if (r.reference.trimmed().isEmpty())
        issues.append(issue("reference",
            QCoreApplication::translate(
                "FoiValidator", "Enter the request's reference, e.g. FOI 2020-500.")));
    else if (r.reference != r.reference.trimmed())
        issues.append(issue("reference",
            QCoreApplication::translate(
                "FoiValidator", "The reference starts or ends with a space.")));
    if (r.questions.trimmed().isEmpty())
        issues.append(issue("questions",
            QCoreApplication::translate(
                "FoiValidator", "Enter the questions the requester asked.")));
    checkDates(r, issues);
    QString periodError;
    if (!r.period.isEmpty() && !ReportPeriod::financialYear(r.period, &periodError))
        issues.append(issue("period", periodError));
    checkStatus(r, issues);
    for (const QString &key : r.exemptions) {
        if (!exemption(key))
            issues.append(issue("exemptions",
                QCoreApplication::translate(
                    "FoiValidator", "\"%1\" is not an exemption the register knows.")
                    .replace(QLatin1String("%1"), key)));
    }
    for (const FoiTimeEntry &entry : r.time) {
        if (entry.minutes <= 0)
            issues.append(issue("time",
                QCoreApplication::translate("FoiValidator",
                    "Time spent is logged in whole minutes, more than "
                    "none.")));
        if (!entry.on.isValid())
            issues.append(issue("time",
                QCoreApplication::translate("FoiValidator", "Each time entry needs its date.")));
        checkOrder(issues, "time", entry.on, r.received,
            QCoreApplication::translate("FoiValidator",
                "Time cannot be logged on %1, before the request was received (%2)."));
    }
    return issues;
}

std::optional<FieldIssue> checkReferenceFree(
    const FoiRequest &request, std::optional<qint64> existingId)
{
    if (!existingId || *existingId == request.id)
        return std::nullopt;
    return issue("reference",
        QCoreApplication::translate("FoiValidator",
            "%1 is already in the register: each request has its own "
            "reference.")
            .replace(QLatin1String("%1"), request.reference));
}

} // namespace opcc::foi
