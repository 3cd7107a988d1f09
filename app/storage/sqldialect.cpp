// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sqldialect.h"

#include <QRegularExpression>

namespace opcc::sqldialect {

QString postgres(const QString &sqliteSql)
{
    static const QRegularExpression idList(
        QStringLiteral(R"(SELECT\s+value\s+FROM\s+json_each\(\s*([^)\s]+)\s*\))"));
    static const QRegularExpression equalIgnoringCase(
        QStringLiteral(R"(([\w.]+)\s*=\s*(\?|:\w+)\s+COLLATE\s+NOCASE)"));
    static const QRegularExpression ignoringCase(
        QStringLiteral(R"(([\w.]+|\?|:\w+)\s+COLLATE\s+NOCASE)"));
    QString sql = sqliteSql;
    sql.replace(idList,
        QStringLiteral("SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(\\1 AS "
                       "json))"));
    sql.replace(equalIgnoringCase, QStringLiteral("opcc_nocase(\\1) = opcc_nocase(\\2)"));
    sql.replace(ignoringCase, QStringLiteral("opcc_nocase(\\1)"));
    return sql;
}

} // namespace opcc::sqldialect
