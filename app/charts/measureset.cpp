// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/measureset.h"

namespace opcc {

QStringList MeasureSet::members(const QString &key)
{
    if (!isSet(key))
        return {};
    return { QStringLiteral("participants"), QStringLiteral("people_supported"),
        QStringLiteral("people_enrolled"), QStringLiteral("people_started_treatment"),
        QStringLiteral("people_in_treatment"), QStringLiteral("people_diverted"),
        QStringLiteral("referrals") };
}

QString MeasureSet::label(const QString &key)
{
    return isSet(key) ? tr("People through the scheme") : key;
}

QString MeasureSet::note(const QString &key)
{
    if (!isSet(key))
        return {};
    return tr("People through the scheme: each bar is the scheme's own measure, named under it "
              "(participants, people supported, people diverted, referrals...). They count "
              "different steps, so the bars show scale, not like-for-like numbers; a scheme "
              "with several is drawn by the first in that order.");
}

} // namespace opcc
