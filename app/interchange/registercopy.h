// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace opcc {

class Database;

// File > Copy Register to Server: a register file copied up to a new shared register. The file's
// full export (every file, the FOI requests and document copies included) is imported into the
// server's empty database in the transaction that sets the register up, so that the server holds
// all of it or nothing; a database that holds a register already is refused and left as it was,
// and the file is only read.
class RegisterCopy final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCopy)

public:
    explicit RegisterCopy(Database &from);

    // Copies to the server register at uri (postgresql://...); false with errorString().
    bool toServer(const QString &uri);
    QString errorString() const { return m_error; }
    int schemesCopied() const { return m_schemes; }
    int figuresCopied() const { return m_figures; }

private:
    Database &m_from;
    QString m_error;
    int m_schemes = 0;
    int m_figures = 0;
};

} // namespace opcc
