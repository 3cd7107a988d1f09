// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "foi/foirequest.h"

#include <QCoreApplication>
#include <QString>

namespace opcc {

class Database;
struct ReportRequest;

// The reply to an FOI request, produced from it: a report whose first section is the request's
// questions, then the schemes it concerns, fit for release (counts of people from 1 to 4 shown
// as "fewer than 5", and whatever would reveal them suppressed). Written as PDF, ODT or HTML by
// the file's suffix, through a temporary file.
class FoiReply final
{
    Q_DECLARE_TR_FUNCTIONS(FoiReply)

public:
    explicit FoiReply(const Database &db);

    static ReportRequest reportFor(const FoiRequest &request);
    bool write(const FoiRequest &request, const QString &path);
    QString errorString() const { return m_error; }

private:
    const Database &m_db;
    QString m_error;
};

} // namespace opcc
