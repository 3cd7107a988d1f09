// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Small hand-made databases for the chart tests: a few schemes and figures chosen to make one
// rule visible (latest period, rates beside totals, picks), in a temporary folder of their own.

#include "domain/measurecatalogue.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QTemporaryDir>

namespace chartfixtures {

struct FigureSpec
{
    QString measure;
    qint64 value = 0; // whole units
    opcc::Per per = opcc::Per::None;
    QString start;
    QString end;
    bool baseline = false;
    opcc::Qualifier qualifier = opcc::Qualifier::Exact;
    QString quote;
    QString source = QStringLiteral("Test report");
};

inline FigureSpec figure(const char *measure, qint64 value, opcc::Per per = opcc::Per::None,
    const char *start = "", const char *end = "", bool baseline = false)
{
    FigureSpec spec;
    spec.measure = QString::fromUtf8(measure);
    spec.value = value;
    spec.per = per;
    spec.start = QString::fromUtf8(start);
    spec.end = QString::fromUtf8(end);
    spec.baseline = baseline;
    return spec;
}

struct SmallDatabase
{
    QTemporaryDir dir;
    opcc::Database db;

    bool create()
    {
        if (!db.create(dir.filePath(QStringLiteral("small.sqlite"))).ok())
            return false;
        for (const opcc::Measure &m : opcc::catalogueMeasures()) {
            if (!opcc::LookupStore(db).insertMeasure(m))
                return false;
        }
        return true;
    }

    qint64 addScheme(const QString &name, const QString &area, opcc::Strand strand)
    {
        opcc::Scheme s;
        s.name = name;
        s.areas = { area };
        s.strand = strand;
        return opcc::SchemeStore(db).insert(s).value_or(0);
    }

    qint64 addFigure(qint64 schemeId, const FigureSpec &spec)
    {
        opcc::Figure f;
        f.schemeId = schemeId;
        f.measure = spec.measure;
        f.value = opcc::Decimal::fromInteger(spec.value);
        f.per = spec.per;
        f.periodStart = opcc::PartialDate::parse(spec.start).value_or(opcc::PartialDate());
        f.periodEnd = opcc::PartialDate::parse(spec.end).value_or(opcc::PartialDate());
        f.baseline = spec.baseline;
        f.qualifier = spec.qualifier;
        f.source = spec.source;
        f.quote = spec.quote.isEmpty() ? QStringLiteral("%1 %2").arg(spec.value).arg(spec.measure)
                                       : spec.quote;
        return opcc::FigureStore(db).insert(f).value_or(0);
    }
};

} // namespace chartfixtures
