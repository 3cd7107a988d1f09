// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace opcc {

// "People through the scheme": the measures that count the people a scheme takes in (referrals,
// participants, people diverted, supported, enrolled, in treatment), charted together as one, so
// that schemes that each count their own way can be set side by side, with each scheme's own
// measure named on its bar. They are a subset of the catalogue's "people through the scheme"
// heading: counts of people entering or in a scheme, not of those who left it or were paused.
class MeasureSet final
{
    Q_DECLARE_TR_FUNCTIONS(MeasureSet)

public:
    static QString peopleKey() { return QStringLiteral("people_through_scheme"); }
    static bool isSet(const QString &key) { return key == peopleKey(); }
    // The member measures, the one a scheme is charted by first: a scheme with participants and
    // referrals shows its participants.
    static QStringList members(const QString &key);
    static QString label(const QString &key);
    // What the reader must know about a chart of the set.
    static QString note(const QString &key);
};

} // namespace opcc
