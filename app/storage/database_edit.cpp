// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database: the statements that put back what an undo step removed, with the ids and row versions
// it had, and that tidy up names only a removed record used.

#include "storage/database.h"

#include <QSqlError>
#include <QVariant>

namespace opcc {

namespace {

QString text(const QString &value)
{
    return value.isNull() ? QString::fromLatin1("") : value;
}

} // namespace

bool Database::restoreScheme(const Scheme &scheme)
{
    Transaction transaction(*this);
    if (!transaction.isActive())
        return false;
    std::optional<qint64> source;
    if (!sourceIdOf(scheme.source, &source))
        return false;
    QSqlQuery &q = prepared(R"(
        INSERT INTO scheme (id, name, area_key, strand, status, start_date, end_date, summary,
                            description, eligibility, source_id, row_version, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
    q.bindValue(0, scheme.id);
    q.bindValue(1, text(scheme.name));
    q.bindValue(2, text(scheme.areaKey()));
    q.bindValue(3, text(Vocabulary<Strand>::key(scheme.strand)));
    q.bindValue(4, text(Vocabulary<Status>::key(scheme.status)));
    q.bindValue(5, text(scheme.start.toIsoString()));
    q.bindValue(6, text(scheme.end.toIsoString()));
    q.bindValue(7, text(scheme.summary));
    q.bindValue(8, text(scheme.description));
    q.bindValue(9, text(scheme.eligibility));
    q.bindValue(10, source ? QVariant(*source) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(11, qMax(1, scheme.rowVersion));
    q.bindValue(12, text(scheme.updatedAt));
    if (!execute(q))
        return false;
    m_wroteInTransaction = true;
    m_changes.schemesInserted.insert(scheme.id);
    return writeSchemeLinks(scheme.id, scheme, false) && transaction.commit();
}

bool Database::restoreFigure(const Figure &figure)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    QSqlQuery &q = prepared(R"(
        INSERT INTO figure (scheme_id, measure_id, value_x100, value_high_x100, qualifier, per,
                            baseline, period_start, period_end, period_label, note, source_id,
                            quote, id, row_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
    if (!transaction.isActive() || !bindFigure(q, figure))
        return false;
    q.bindValue(13, figure.id);
    q.bindValue(14, qMax(1, figure.rowVersion));
    if (!execute(q))
        return false;
    m_wroteInTransaction = true;
    m_changes.figuresOfSchemes.insert(figure.schemeId);
    return transaction.commit();
}

bool Database::deleteUnusedOrganisations(const QStringList &names)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    if (!transaction.isActive())
        return false;
    QSqlQuery &q = prepared(R"(
        DELETE FROM organisation WHERE name = ? AND NOT EXISTS (
            SELECT 1 FROM scheme_organisation so WHERE so.organisation_id = organisation.id))");
    for (const QString &name : names) {
        q.bindValue(0, text(name));
        if (!execute(q))
            return false;
        if (q.numRowsAffected() > 0) {
            m_wroteInTransaction = true;
            m_changes.lookups = true;
        }
    }
    m_organisationIds.clear();
    return transaction.commit();
}

bool Database::deleteUnusedSources(const QStringList &titles)
{
    Transaction transaction(*this, Transaction::Nesting::Join);
    if (!transaction.isActive())
        return false;
    QSqlQuery &q = prepared(R"(
        DELETE FROM source_document WHERE title = ?
            AND NOT EXISTS (SELECT 1 FROM scheme s WHERE s.source_id = source_document.id)
            AND NOT EXISTS (SELECT 1 FROM figure f WHERE f.source_id = source_document.id))");
    for (const QString &title : titles) {
        q.bindValue(0, text(title));
        if (!execute(q))
            return false;
        if (q.numRowsAffected() > 0) {
            m_wroteInTransaction = true;
            m_changes.lookups = true;
        }
    }
    m_sourceIds.clear();
    return transaction.commit();
}

} // namespace opcc
