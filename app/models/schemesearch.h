// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace opcc {

// The filter box's text search, in one place for the scheme list and the command line's
// --search: the words of the text, separated by spaces, must each appear (ignoring case) in the
// scheme's name, areas, providers or summary.
QString schemeSearchText(const QString &name, const QString &areaKey, const QStringList &providers,
    const QString &summary);
QStringList searchWords(const QString &text);
bool matchesSearch(const QString &searchText, const QStringList &words);

} // namespace opcc
