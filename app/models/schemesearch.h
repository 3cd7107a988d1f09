// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
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
// Whether word occurs in text, byte for byte (a case-folded word in a case-folded UTF-8 text):
// the scheme list's filter asks this of 50,000 texts at every keystroke.
bool containsBytes(QByteArrayView text, QByteArrayView word);

} // namespace opcc
