// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: what the stores' reads share.

#include "storage/database.h"

#include <QSqlError>
#include <QVariant>

namespace opcc {

QString Database::idListJson(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids.at(i));
    }
    return json + QLatin1Char(']');
}

int Database::countRows(QSqlQuery &query) const
{
    if (!execute(query))
        return 0;
    const int count = query.next() ? query.value(0).toInt() : 0;
    if (!finishRead(query))
        return 0;
    return count;
}

} // namespace opcc
