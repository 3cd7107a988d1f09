// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QWidget;

namespace opcc {

class Database;

// "Open Source Document" on a figure or in the source-document manager. In this order: a copy
// attached to the register is shown (a PDF at the page holding the quote, with Qt PDF; text with
// the quote selected); a file path kept for the document is shown the same way (or opened by the
// desktop when it is neither PDF nor text); a web address opens in the browser. Without any of
// them, or when the copy cannot be read, the document's details and the quoted words are shown,
// to find it by.
void openSourceDocument(Database &db, const QString &title, const QString &quote, QWidget *parent);

// The file a kept path names: as written when absolute, else beside the database.
QString sourceFilePath(const Database &db, const QString &location);

} // namespace opcc
