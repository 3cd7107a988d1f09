// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "interchange/recordsource.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace opcc {

// Streams RFC 4180 records out of UTF-8 text (a leading byte order mark is skipped), with LF or
// CRLF line ends and quoted fields holding commas, quotes and line breaks (CRLF inside a field
// becomes LF; a lone carriage return stays). Blank lines are skipped. Reading stops at the first
// malformed byte or quote, with the line it is on.
class CsvReader final : public RecordSource
{
public:
    explicit CsvReader(QIODevice *device);

    bool next(CsvRecord &record) override;
    bool hasError() const override { return !m_error.isEmpty(); }
    int errorLine() const override { return m_errorLine; }
    QString errorString() const override { return m_error; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 size() const override;

private:
    bool fill();
    bool nextChar(QChar &c);
    bool readQuoted(QString &field);
    void pushBack() { --m_pos; }
    bool setError(int line, const QString &message);

    QIODevice *m_device;
    QByteArray m_pending; // bytes of an incomplete UTF-8 sequence at a chunk's end
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    int m_line = 1;
    bool m_started = false;
    bool m_atEnd = false;
    QString m_error;
    int m_errorLine = 0;
    QString m_deferredError; // a bad byte further on, reported once the text before it is read
    int m_deferredLine = 0;
};

} // namespace opcc
