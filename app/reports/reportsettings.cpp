// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/reportsettings.h"

#include <QSettings>

namespace opcc {

namespace {
const QString organisationKey = QStringLiteral("reports/organisation");
const QString markingKey = QStringLiteral("reports/marking");
} // namespace

QString ReportSettings::organisation()
{
    return QSettings().value(organisationKey).toString();
}

void ReportSettings::setOrganisation(const QString &organisation)
{
    QSettings().setValue(organisationKey, organisation.trimmed());
}

QString ReportSettings::marking()
{
    const QString marking = QSettings().value(markingKey).toString().trimmed();
    return marking.isEmpty() ? defaultMarking() : marking;
}

void ReportSettings::setMarking(const QString &marking)
{
    QSettings().setValue(markingKey, marking.trimmed());
}

QString ReportSettings::defaultMarking()
{
    // The classification's own name, as printed on UK government documents: not translated.
    return QStringLiteral("OFFICIAL");
}

} // namespace opcc
