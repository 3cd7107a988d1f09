// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace opcc {

// The words of the audit history for people: the fields of a scheme and of a figure by the names
// the forms give them, vocabulary values by their labels, a figure as "measure value (period)".
// The audit log itself keeps the interchange field names and keys.
class AuditWording final
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)

public:
    static QString schemeField(const QString &key);
    static QString figureField(const QString &key);
    // A stored value as shown: vocabulary keys by their labels, the rest as stored.
    static QString value(const QString &key, const QString &stored);
    static QString figure(const QJsonObject &figure);
};

} // namespace opcc
