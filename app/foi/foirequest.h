// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opcc {

// A Freedom of Information request in the register, with the schemes it asks about and the time
// spent on it. Dates are days; keys (status, requester kind, exemptions) are stable words kept in
// the database and files, labels are for people.

enum class FoiStatus { Open, Clarification, Replied, Refused, Withdrawn };
enum class RequesterKind { Public, Media, Researcher, Business, ElectedMember, Other };

struct FoiTimeEntry
{
    QDate on;
    int minutes = 0;
    QString note;

    friend bool operator==(const FoiTimeEntry &a, const FoiTimeEntry &b)
    {
        return a.on == b.on && a.minutes == b.minutes && a.note == b.note;
    }
};

struct FoiRequest
{
    qint64 id = 0;
    QString reference; // "FOI 2020-500"
    QDate received;
    QDate due; // null while the clock is stopped for clarification
    bool dueExtended = false; // due set by hand (a public interest extension), not computed
    RequesterKind requesterKind = RequesterKind::Public;
    QString subject; // a line for the disclosure log
    QString questions;
    QString period; // the financial year asked about ("2019/20"); empty: every period
    FoiStatus status = FoiStatus::Open;
    QDate clarificationSought;
    QDate clarificationReceived;
    QDate replied;
    QStringList exemptions; // keys of foi::exemptions(), in their order
    QList<qint64> schemeIds; // the schemes it concerns, in the order they were linked
    QString replyDocument; // the file the reply was saved as
    QString notes;
    QList<FoiTimeEntry> time;
    int rowVersion = 0;
    QString updatedAt;

    int minutesSpent() const;
    bool isClosed() const;
};

// Everything a request holds but its row version and update time: what undo compares.
bool sameContent(const FoiRequest &a, const FoiRequest &b);

namespace foi {

struct Exemption
{
    const char *key;
    const char *section; // "s40(2)", as officers write it
    const char *wording; // QT_TRANSLATE_NOOP("Foi", ...)
};
// The exemptions and provisions a reply cites, in the order of the Act.
const QList<Exemption> &exemptions();
std::optional<Exemption> exemption(const QString &key);
// "s40(2) Personal data of third parties"
QString exemptionText(const QString &key);

QString statusKey(FoiStatus status);
std::optional<FoiStatus> statusFromKey(const QString &key);
QString statusLabel(FoiStatus status);
QList<FoiStatus> statuses();
QString requesterKey(RequesterKind kind);
std::optional<RequesterKind> requesterFromKey(const QString &key);
QString requesterLabel(RequesterKind kind);
QList<RequesterKind> requesterKinds();

// What the disclosure log says came of it: "Information provided", "Provided in part"...
QString outcome(const FoiRequest &request);

// The reply due date the rules give: twenty working days after receipt, or after the answer to
// a clarification; null while a clarification is awaited (the clock is stopped).
QDate computedDue(const FoiRequest &request);

// Section 12: the appropriate limit for bodies outside central government is £450, reckoned at
// £25 an hour, so 18 hours. "Near" is from 80% of it.
constexpr int costLimitMinutes = 18 * 60;
constexpr int costPencePerHour = 2500;
constexpr int nearLimitMinutes = costLimitMinutes * 4 / 5;
enum class CostState { Within, Near, Over };
CostState costState(int minutes);
// "6 h 30 min (£162.50 of the £450 limit)"
QString costText(int minutes);

// Where a request stands against its deadline on a day.
enum class Deadline { Closed, OnHold, Overdue, DueSoon, Later };
Deadline deadline(const FoiRequest &request, QDate today);
// "Overdue by 3 working days", "Due in 2 working days", "Clock stopped"...
QString deadlineText(const FoiRequest &request, QDate today);
constexpr int dueSoonWorkingDays = 5;

// The audit log's copy of a request.
QString toJson(const FoiRequest &request);

} // namespace foi

} // namespace opcc
