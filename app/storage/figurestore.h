// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"
#include "storage/database.h"

#include <QList>
#include <QSqlQuery>
#include <functional>
#include <optional>

namespace opcc {

// One figure's row as stored, read in place from the query that walks them: the columns as
// Figure's are read, without building a Figure (nor parsing its dates and vocabulary keys), and
// the measure and source document by id (LookupStore has their keys and titles), for a writer
// that turns rows straight into text (the CSV export). Valid only inside the visit of
// FigureStore::forEachStored that gives it.
class StoredFigureRow final
{
public:
    explicit StoredFigureRow(const QSqlQuery &query)
        : m_query(query)
    { }
    qint64 schemeId() const;
    qint64 measureId() const;
    qint64 valueHundredths() const;
    std::optional<qint64> valueHighHundredths() const;
    QString qualifier() const;
    QString per() const;
    bool baseline() const;
    QString periodStart() const;
    QString periodEnd() const;
    QString periodLabel() const;
    QString note() const;
    std::optional<qint64> sourceId() const;
    QString quote() const;

private:
    const QSqlQuery &m_query;
};

// The figures of schemes, each with its measure, period and source document. Statements run on
// the Database's connection and inside its transactions; failures are recorded on the Database
// (errorString()), and writes name the figures' schemes in the running transaction's ChangeSet.
// Many figures at once (an import) go through FigureWriter, the bulk writer.
class FigureStore final
{
public:
    explicit FigureStore(Database &db);
    // A store for reading only, from a Database held const.
    static const FigureStore reader(const Database &db);

    // Of one scheme, sorted by measure and period.
    QList<Figure> ofScheme(qint64 schemeId) const;
    // Of every scheme, sorted by area, scheme, measure and period.
    QList<Figure> all() const;
    // Every figure in the order of all(), one at a time, so that an export of millions of figures
    // needs no more memory than one; stops early (returning false) when visit does.
    bool forEach(const std::function<bool(const Figure &)> &visit) const;
    // The same rows as stored (StoredFigureRow), for a writer that needs no Figure.
    bool forEachStored(const std::function<bool(const StoredFigureRow &)> &visit) const;
    // Every figure of one measure, of any scheme, sorted by scheme then period: what a chart of
    // that measure draws from.
    QList<Figure> ofMeasure(const QString &measureKey) const;
    // The same for these schemes only, read through the index of each scheme's figures.
    QList<Figure> ofMeasure(const QString &measureKey, const QList<qint64> &schemeIds) const;

    std::optional<qint64> insert(const Figure &figure);
    // Fails with Failure::Conflict when the row version moved on.
    bool update(const Figure &figure);
    bool remove(qint64 id);
    // Puts back a removed figure with the id and row version it had (undo).
    bool restore(const Figure &figure);
    // Inserts the figure, or replaces the one with the same identity (scheme, measure, period,
    // rate and baseline flag) when any of its other fields differ.
    std::optional<Database::Upsert> upsert(const Figure &figure);

private:
    bool walkAll(const QString &sql, const std::function<bool(const QSqlQuery &)> &visit) const;
    // Binds the figure's fields, its measure and source document resolved to ids (a new document
    // title is created); false, with the failure recorded, when the measure is unknown.
    bool bind(QSqlQuery &query, const Figure &figure);

    Database &m_db;
};

} // namespace opcc
