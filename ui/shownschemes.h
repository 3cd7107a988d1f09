// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QWidget;

namespace opcc {

class SchemeBrowser;

// File > Export Shown Schemes... and Edit > Copy Shown Schemes: the rows the list shows now
// (filtered and sorted as on screen), under the column headings as displayed, with the headline
// figure's period and source beside it. A table for people, not an interchange file.
class ShownSchemes final
{
    Q_DECLARE_TR_FUNCTIONS(ShownSchemes)

public:
    static QList<QStringList> table(const SchemeBrowser &browser);
    // Asks for a .csv or .xlsx file name (the dialog says how many are shown of how many) and
    // writes the table there; false if cancelled or failed (after saying why).
    static bool exportInteractively(const SchemeBrowser &browser, QWidget *parent);
    static bool exportTo(const SchemeBrowser &browser, const QString &path, QString *error);
    // Tab-separated text (what spreadsheets paste) and CSV on the clipboard.
    static void copy(const SchemeBrowser &browser);
};

} // namespace opcc
