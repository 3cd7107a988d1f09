// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: what the interchange files need beyond schemes and figures: areas' details, bare
// organisations, and one read snapshot for an export.

#include "storage/database.h"

#include <QSqlError>

namespace opcc {

namespace {

// Text columns are NOT NULL: an empty QString must bind as '' rather than NULL.
QString nonNull(const QString &value)
{
    return value.isNull() ? QString::fromLatin1("") : value;
}

} // namespace

bool Database::updateArea(const Area &area)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    QSqlQuery &q = prepared("UPDATE area SET nation = ?, region = ? WHERE name = ? COLLATE NOCASE");
    q.bindValue(0, nonNull(Vocabulary<Nation>::key(area.nation)));
    q.bindValue(1, nonNull(area.region));
    q.bindValue(2, area.name);
    if (!transaction.isActive() || !execute(q))
        return false;
    m_wroteInTransaction = true;
    return transaction.commit();
}

bool Database::addOrganisation(const QString &name)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    return transaction.isActive() && organisationId(name).has_value() && transaction.commit();
}

bool Database::beginSnapshot()
{
    if (m_transactionDepth > 0)
        return fail(Failure::QueryFailed, tr("A snapshot cannot start inside a transaction."));
    // BEGIN defers taking the snapshot to the first read: read at once, so that it is now.
    if (!executeSql(QStringLiteral("BEGIN")))
        return false;
    QSqlQuery &pin = prepared("SELECT count(*) FROM sqlite_master");
    if (!execute(pin)) {
        executeSql(QStringLiteral("ROLLBACK"));
        return false;
    }
    pin.next();
    pin.finish();
    return true;
}

void Database::endSnapshot()
{
    executeSql(QStringLiteral("COMMIT"));
}

} // namespace opcc
