// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"
#include "charts/chartscope.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QLocale>

namespace opcc {

class Database;

// Builds what a chart shows from the database: see ChartData. No drawing, so tests can check
// which schemes, values, order, labels and flags a chart has.
class ChartDataBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ChartDataBuilder)

public:
    explicit ChartDataBuilder(const Database &db, const QLocale &locale = QLocale());

    // schemes: the scope (ChartScopeResolver); those without the measure are left out, except
    // from a strand summary's scheme counts. scopeDescription goes into the title.
    ChartData build(const ChartSpec &spec, const QList<Scheme> &schemes,
        const QString &scopeDescription = {}) const;
    // The same for a resolved scope: a scope that names schemes is titled by the schemes the
    // chart draws, and the named schemes without a figure of the measure are said in a note.
    ChartData build(const ChartSpec &spec, const ResolvedScope &scope) const;

    // The kind that suits the figures: before/after when every scheme with the measure has a
    // baseline and a later figure, a trend when one scheme has it over several periods, else a
    // comparison.
    ChartKind suggestedKind(const QString &measure, const QList<Scheme> &schemes) const;

private:
    ChartData build(const ChartSpec &spec, const QList<Scheme> &schemes, const ResolvedScope *scope,
        QString scopeDescription) const;

    const Database &m_db;
    QLocale m_locale;
};

} // namespace opcc
