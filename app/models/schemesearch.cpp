// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/schemesearch.h"

namespace opcc {

QString schemeSearchText(const QString &name, const QString &areaKey, const QStringList &providers,
    const QString &summary)
{
    return (name + QLatin1Char('\n') + areaKey + QLatin1Char('\n')
        + providers.join(QLatin1Char('\n')) + QLatin1Char('\n') + summary)
        .toCaseFolded();
}

QStringList searchWords(const QString &text)
{
    return text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool matchesSearch(const QString &searchText, const QStringList &words)
{
    for (const QString &word : words) {
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

} // namespace opcc
