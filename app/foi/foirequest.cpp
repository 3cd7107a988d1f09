// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "foi/foirequest.h"

#include "foi/foicalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace opcc {

int FoiRequest::minutesSpent() const
{
    int total = 0;
    for (const FoiTimeEntry &entry : time)
        total += entry.minutes;
    return total;
}

bool FoiRequest::isClosed() const
{
    return status == FoiStatus::Replied || status == FoiStatus::Refused
        || status == FoiStatus::Withdrawn;
}

bool sameContent(const FoiRequest &a, const FoiRequest &b)
{
    return a.id == b.id && a.reference == b.reference && a.received == b.received && a.due == b.due
        && a.dueExtended == b.dueExtended && a.requesterKind == b.requesterKind
        && a.subject == b.subject && a.questions == b.questions && a.period == b.period
        && a.status == b.status && a.clarificationSought == b.clarificationSought
        && a.clarificationReceived == b.clarificationReceived && a.replied == b.replied
        && a.exemptions == b.exemptions && a.schemeIds == b.schemeIds
        && a.replyDocument == b.replyDocument && a.notes == b.notes && a.time == b.time;
}

namespace foi {

namespace {

struct StatusTerm
{
    FoiStatus status;
    const char *key;
    const char *label;
};

const QList<StatusTerm> &statusTerms()
{
    static const QList<StatusTerm> terms {
        { FoiStatus::Open, "open", QT_TRANSLATE_NOOP("Foi", "Open") },
        { FoiStatus::Clarification, "clarification",
            QT_TRANSLATE_NOOP("Foi", "Clarification sought") },
        { FoiStatus::Replied, "replied", QT_TRANSLATE_NOOP("Foi", "Replied") },
        { FoiStatus::Refused, "refused", QT_TRANSLATE_NOOP("Foi", "Refused") },
        { FoiStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Foi", "Withdrawn") },
    };
    return terms;
}

struct RequesterTerm
{
    RequesterKind kind;
    const char *key;
    const char *label;
};

const QList<RequesterTerm> &requesterTerms()
{
    static const QList<RequesterTerm> terms {
        { RequesterKind::Public, "public", QT_TRANSLATE_NOOP("Foi", "Member of the public") },
        { RequesterKind::Media, "media", QT_TRANSLATE_NOOP("Foi", "Media") },
        { RequesterKind::Researcher, "researcher", QT_TRANSLATE_NOOP("Foi", "Researcher") },
        { RequesterKind::Business, "business", QT_TRANSLATE_NOOP("Foi", "Business") },
        { RequesterKind::ElectedMember, "elected_member",
            QT_TRANSLATE_NOOP("Foi", "MP or councillor") },
        { RequesterKind::Other, "other", QT_TRANSLATE_NOOP("Foi", "Other") },
    };
    return terms;
}

// A label marked with QT_TRANSLATE_NOOP("Foi", ...), in the current language.
QString label(const char *text)
{
    return QCoreApplication::translate("Foi", text);
}

} // namespace

const QList<Exemption> &exemptions()
{
    static const QList<Exemption> list {
        { "s12", "s12",
            QT_TRANSLATE_NOOP("Foi", "Cost of compliance exceeds the appropriate limit") },
        { "s14", "s14", QT_TRANSLATE_NOOP("Foi", "Vexatious or repeated request") },
        { "s16", "s16", QT_TRANSLATE_NOOP("Foi", "Advice and assistance given") },
        { "s21", "s21",
            QT_TRANSLATE_NOOP("Foi", "Information reasonably accessible by other means") },
        { "s22", "s22", QT_TRANSLATE_NOOP("Foi", "Information intended for future publication") },
        { "s23", "s23",
            QT_TRANSLATE_NOOP("Foi", "Information supplied by, or concerning, security bodies") },
        { "s24", "s24", QT_TRANSLATE_NOOP("Foi", "National security") },
        { "s30", "s30", QT_TRANSLATE_NOOP("Foi", "Investigations and proceedings") },
        { "s31", "s31", QT_TRANSLATE_NOOP("Foi", "Law enforcement") },
        { "s36", "s36",
            QT_TRANSLATE_NOOP("Foi", "Prejudice to the effective conduct of public affairs") },
        { "s38", "s38", QT_TRANSLATE_NOOP("Foi", "Health and safety") },
        { "s40_2", "s40(2)", QT_TRANSLATE_NOOP("Foi", "Personal data of third parties") },
        { "s41", "s41", QT_TRANSLATE_NOOP("Foi", "Information provided in confidence") },
        { "s42", "s42", QT_TRANSLATE_NOOP("Foi", "Legal professional privilege") },
        { "s43", "s43", QT_TRANSLATE_NOOP("Foi", "Commercial interests") },
    };
    return list;
}

std::optional<Exemption> exemption(const QString &key)
{
    for (const Exemption &e : exemptions()) {
        if (key == QLatin1String(e.key))
            return e;
    }
    return std::nullopt;
}

QString exemptionText(const QString &key)
{
    const auto e = exemption(key);
    if (!e)
        return key;
    return QStringLiteral("%1 %2").arg(QLatin1String(e->section), label(e->wording));
}

QString statusKey(FoiStatus status)
{
    for (const StatusTerm &term : statusTerms()) {
        if (term.status == status)
            return QLatin1String(term.key);
    }
    return {};
}

std::optional<FoiStatus> statusFromKey(const QString &key)
{
    for (const StatusTerm &term : statusTerms()) {
        if (key == QLatin1String(term.key))
            return term.status;
    }
    return std::nullopt;
}

QString statusLabel(FoiStatus status)
{
    for (const StatusTerm &term : statusTerms()) {
        if (term.status == status)
            return label(term.label);
    }
    return {};
}

QList<FoiStatus> statuses()
{
    QList<FoiStatus> list;
    for (const StatusTerm &term : statusTerms())
        list.append(term.status);
    return list;
}

QString requesterKey(RequesterKind kind)
{
    for (const RequesterTerm &term : requesterTerms()) {
        if (term.kind == kind)
            return QLatin1String(term.key);
    }
    return {};
}

std::optional<RequesterKind> requesterFromKey(const QString &key)
{
    for (const RequesterTerm &term : requesterTerms()) {
        if (key == QLatin1String(term.key))
            return term.kind;
    }
    return std::nullopt;
}

QString requesterLabel(RequesterKind kind)
{
    for (const RequesterTerm &term : requesterTerms()) {
        if (term.kind == kind)
            return label(term.label);
    }
    return {};
}

QList<RequesterKind> requesterKinds()
{
    QList<RequesterKind> list;
    for (const RequesterTerm &term : requesterTerms())
        list.append(term.kind);
    return list;
}

QString outcome(const FoiRequest &request)
{
    switch (request.status) {
    case FoiStatus::Open:
        return QCoreApplication::translate("Foi", "Open");
    case FoiStatus::Clarification:
        return QCoreApplication::translate("Foi", "Awaiting clarification");
    case FoiStatus::Withdrawn:
        return QCoreApplication::translate("Foi", "Withdrawn");
    case FoiStatus::Refused:
        return QCoreApplication::translate("Foi", "Refused");
    case FoiStatus::Replied:
        break;
    }
    for (const QString &key : request.exemptions) {
        if (key != QLatin1String("s16"))
            return QCoreApplication::translate("Foi", "Provided in part");
    }
    return QCoreApplication::translate("Foi", "Information provided");
}

QDate computedDue(const FoiRequest &request)
{
    if (request.clarificationReceived.isValid())
        return foicalendar::replyDue(request.clarificationReceived);
    if (request.clarificationSought.isValid())
        return {};
    return foicalendar::replyDue(request.received);
}

CostState costState(int minutes)
{
    if (minutes > costLimitMinutes)
        return CostState::Over;
    if (minutes >= nearLimitMinutes)
        return CostState::Near;
    return CostState::Within;
}

QString costText(int minutes)
{
    // Pounds always before the amount, as the cost limit is written in the regulations.
    const QLocale locale;
    const QString spent = QStringLiteral("\u00A3")
        + locale.toString(double(minutes) * costPencePerHour / 6000.0, 'f', 2);
    const QString limit
        = QStringLiteral("\u00A3") + locale.toString(costLimitMinutes * costPencePerHour / 6000);
    return QCoreApplication::translate("Foi", "%1 h %2 min (%3 of the %4 limit)")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'))
        .arg(spent, limit);
}

Deadline deadline(const FoiRequest &request, QDate today)
{
    if (request.isClosed())
        return Deadline::Closed;
    if (!request.due.isValid())
        return Deadline::OnHold;
    if (request.due < today)
        return Deadline::Overdue;
    if (foicalendar::workingDaysBetween(today, request.due) <= dueSoonWorkingDays)
        return Deadline::DueSoon;
    return Deadline::Later;
}

QString deadlineText(const FoiRequest &request, QDate today)
{
    switch (deadline(request, today)) {
    case Deadline::Closed:
        return {};
    case Deadline::OnHold:
        return QCoreApplication::translate("Foi", "Clock stopped: awaiting clarification");
    case Deadline::Overdue: {
        const int late = foicalendar::workingDaysBetween(request.due, today);
        return late == 0
            ? QCoreApplication::translate("Foi", "Overdue")
            : QCoreApplication::translate("Foi", "Overdue by %n working day(s)", nullptr, late);
    }
    case Deadline::DueSoon:
    case Deadline::Later: {
        const int left = foicalendar::workingDaysBetween(today, request.due);
        return left == 0
            ? QCoreApplication::translate("Foi", "Due today")
            : QCoreApplication::translate("Foi", "Due in %n working day(s)", nullptr, left);
    }
    }
    return {};
}

QString toJson(const FoiRequest &r)
{
    const auto day
        = [](QDate date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); };
    QJsonArray schemes;
    for (qint64 id : r.schemeIds)
        schemes.append(id);
    QJsonArray time;
    for (const FoiTimeEntry &entry : r.time)
        time.append(QJsonObject { { QStringLiteral("on"), day(entry.on) },
            { QStringLiteral("minutes"), entry.minutes }, { QStringLiteral("note"), entry.note } });
    const QJsonObject object {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("reference"), r.reference },
        { QStringLiteral("received"), day(r.received) },
        { QStringLiteral("due"), day(r.due) },
        { QStringLiteral("due_extended"), r.dueExtended },
        { QStringLiteral("requester_kind"), requesterKey(r.requesterKind) },
        { QStringLiteral("subject"), r.subject },
        { QStringLiteral("questions"), r.questions },
        { QStringLiteral("period"), r.period },
        { QStringLiteral("status"), statusKey(r.status) },
        { QStringLiteral("clarification_sought"), day(r.clarificationSought) },
        { QStringLiteral("clarification_received"), day(r.clarificationReceived) },
        { QStringLiteral("replied"), day(r.replied) },
        { QStringLiteral("exemptions"), QJsonArray::fromStringList(r.exemptions) },
        { QStringLiteral("schemes"), schemes },
        { QStringLiteral("reply_document"), r.replyDocument },
        { QStringLiteral("notes"), r.notes },
        { QStringLiteral("time"), time },
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace foi

} // namespace opcc
