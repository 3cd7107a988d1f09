// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/records.h"

#include <QList>
#include <algorithm>

namespace opcc {

QString joinAreas(QStringList areas)
{
    std::sort(areas.begin(), areas.end(), [](const QString &a, const QString &b) {
        const int folded = QString::compare(a, b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return areas.join(QStringLiteral("; "));
}

QStringList splitList(QStringView joined)
{
    QStringList parts;
    for (QStringView part : joined.split(QLatin1Char(';'))) {
        part = part.trimmed();
        if (!part.isEmpty())
            parts.append(part.toString());
    }
    return parts;
}

QStringList Scheme::organisationsWithRole(Role role) const
{
    QStringList names;
    for (const auto &link : organisations) {
        if (link.role == role)
            names.append(link.name);
    }
    return names;
}

} // namespace opcc
