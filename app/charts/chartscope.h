// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace opcc {

class Database;

// Which schemes a chart compares: an explicit selection (the main window's), a strand, an area,
// scheme names ("DIVERT" for every scheme of that name, "DIVERT@West Mercia" for one). Every
// criterion given narrows the set; several names add up. With none, every scheme.
struct ChartScope
{
    QList<qint64> schemeIds; // empty: no explicit selection
    QString strand; // key ("demand") or label ("Demand")
    QString area; // a police force area; matches schemes that cover it
    QStringList schemes; // "NAME" or "NAME@AREA"

    bool isEverything() const
    {
        return schemeIds.isEmpty() && strand.isEmpty() && area.isEmpty() && schemes.isEmpty();
    }
};

// The schemes of a scope, or the usage error that names the valid choices (exit code 2 on the
// command line).
struct ResolvedScope
{
    QList<Scheme> schemes; // sorted by area then name
    QString description; // for titles: "Demand strand", "West Mercia", "selected schemes"
    QStringList criteria; // the description's parts other than scheme names
    bool byName = false; // the scope names schemes (--scheme)
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class ChartScopeResolver final
{
    Q_DECLARE_TR_FUNCTIONS(ChartScopeResolver)

public:
    explicit ChartScopeResolver(const Database &db);

    ResolvedScope resolve(const ChartScope &scope) const;

    // Empty when the measure is known and at least one of the schemes has a figure of it;
    // otherwise the message, listing the measures that can be charted or the schemes that have
    // this one.
    QString checkMeasure(const QString &measureKey, const QList<Scheme> &schemes) const;

    // Only the schemes that have at least one figure of the measure.
    QList<Scheme> withMeasure(const QString &measureKey, const QList<Scheme> &schemes) const;

private:
    static bool coversArea(const Scheme &scheme, const QString &area);
    static bool matchesName(const Scheme &scheme, const QString &pattern);

    const Database &m_db;
};

} // namespace opcc
