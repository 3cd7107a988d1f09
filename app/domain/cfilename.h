// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace opcc {

// A file name for a C library that takes UTF-8 names on Windows and opens them as wide
// characters itself (SQLite's sqlite3_open_v2(), libxlsxwriter's workbook_new() with _wfopen()),
// while on POSIX it passes the bytes to open() or fopen() as they are: there the name is in the
// file system's 8-bit encoding (QFile::encodeName). QFile::encodeName on Windows gives the ANSI
// code page, which loses every character outside it ("Ynys Môn", "Gwasanaeth Cymru ŵ").
QByteArray cFileName(const QString &path);

} // namespace opcc
