// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace opcc {

// Writes RFC 4180 rows: UTF-8, LF line ends, a field quoted only when it holds a comma, a quote or
// a line break. A byte order mark, written first, tells spreadsheets that the text is UTF-8.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device);
    bool writeByteOrderMark();
    bool writeRow(const QStringList &fields);
    static QString quoted(const QString &field);

    // For a writer that builds its rows itself: appends one field to line as writeRow writes it
    // (UTF-8, quoted when needed); then writeLine() writes the row, which the caller ends with
    // '\n'.
    static void appendField(QByteArray &line, const QString &field);
    bool writeLine(const QByteArray &line);

private:
    QIODevice *m_device;
    QByteArray m_line;
};

} // namespace opcc
