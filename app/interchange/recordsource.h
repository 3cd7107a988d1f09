// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace opcc {

struct CsvRecord
{
    int line = 0; // physical line (or sheet row) on which the record starts, from 1
    QStringList fields;
};

// Where an import's rows come from: a CSV file or one sheet of a workbook. Rows are read one at a
// time; a read that fails stops with an error and the line it is on, never as the end of the data.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    virtual bool next(CsvRecord &record) = 0;
    virtual bool hasError() const = 0;
    virtual int errorLine() const = 0;
    virtual QString errorString() const = 0;
    // Progress: bytes read so far, of size() in all.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 size() const = 0;
    // About how many bytes of size() a row of the figures file takes, to reserve room for its rows
    // from size(): about a hundred in a CSV file.
    virtual qint64 bytesPerFigureRow() const { return 100; }
};

} // namespace opcc
