// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace opcc {

// The settings every report carries, remembered between runs (QSettings): the organisation on
// its cover and the protective marking on every page.
class ReportSettings final
{
    Q_DECLARE_TR_FUNCTIONS(ReportSettings)

public:
    static QString organisation();
    static void setOrganisation(const QString &organisation);
    // The Government Security Classifications marking; OFFICIAL unless set.
    static QString marking();
    static void setMarking(const QString &marking);
    static QString defaultMarking();
};

} // namespace opcc
