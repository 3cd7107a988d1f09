// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QWidget;

namespace opcc {

class Database;

// "Open Source Document" on a figure: a web address recorded for the document opens in the
// browser; otherwise the document's details and the words quoted from it are shown, to find it
// by. (Documents attached to the register are not kept yet.)
void openSourceDocument(Database &db, const QString &title, const QString &quote, QWidget *parent);

} // namespace opcc
