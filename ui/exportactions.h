// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QWidget;

namespace opcc {

class Database;

namespace ui {

// File > Export CSV...: asks for a folder, writes schemes.csv and outcomes.csv there (asking
// before it replaces existing ones) and says what it wrote or why it could not.
bool exportCsvInteractively(const Database &db, QWidget *parent);
// File > Export Excel workbook...: asks for a .xlsx file name and writes the workbook.
bool exportXlsxInteractively(const Database &db, QWidget *parent);

// The same without asking for the destination (for tests and for callers that know it).
bool exportCsvTo(const Database &db, const QString &directory, QWidget *parent);
bool exportXlsxTo(const Database &db, const QString &path, QWidget *parent);

} // namespace ui
} // namespace opcc
