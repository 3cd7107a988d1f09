// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/decimal.h"
#include "domain/partialdate.h"
#include "domain/vocabulary.h"

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opcc {

// Plain values passed between the database class, the models and the interchange code.

struct Area
{
    qint64 id = 0;
    QString name;
    Nation nation = Nation::Unknown;
    QString region;
};

struct SourceDocument
{
    qint64 id = 0;
    QString title; // what "source" columns hold
    SourceKind kind = SourceKind::Other;
    QString publisher;
    QString reference;
    PartialDate issued;
    QString file;
};

struct Measure
{
    qint64 id = 0;
    QString key; // lower case with underscores: "referrals"
    QString label;
    Unit unit = Unit::Count;
    bool higherIsBetter = true;
    QString description;
};

struct OrganisationLink
{
    QString name;
    Role role = Role::Provider;

    friend bool operator==(const OrganisationLink &a, const OrganisationLink &b)
    {
        return a.name == b.name && a.role == b.role;
    }
};

// The area list of a scheme in its canonical form: sorted, joined by "; ".
QString joinAreas(QStringList areas);
// Splits "A; B" (any spacing around ';'), drops empty parts; order is kept.
QStringList splitList(QStringView joined);

struct Scheme
{
    qint64 id = 0;
    QString name;
    QStringList areas; // sorted
    Strand strand = Strand::Supply;
    Status status = Status::Active;
    PartialDate start;
    PartialDate end;
    QString summary;
    QString description;
    QString eligibility;
    QString source; // title of the document the scheme is described in
    QList<OrganisationLink> organisations; // in order of entry within each role
    int rowVersion = 0;
    QString updatedAt;

    QString areaKey() const { return joinAreas(areas); }
    QStringList organisationsWithRole(Role role) const;
};

struct Figure
{
    qint64 id = 0;
    qint64 schemeId = 0;
    QString measure; // key
    Decimal value;
    std::optional<Decimal> valueHigh;
    Qualifier qualifier = Qualifier::Exact;
    Per per = Per::None;
    bool baseline = false;
    QString note;
    PartialDate periodStart;
    PartialDate periodEnd;
    QString periodLabel;
    QString source; // title of the source document
    QString quote;
    int rowVersion = 0;
};

// A figure's identity as a compact hash key: its scheme, its measure's id, its period (dates as
// numbers, yyyymmdd, 0 where not given), per and baseline. No two figures of a register share it.
struct FigureIdentity
{
    qint64 scheme = 0;
    qint64 measure = 0;
    qint32 periodStart = 0;
    qint32 periodEnd = 0;
    int per = 0;
    bool baseline = false;

    static FigureIdentity of(qint64 scheme, qint64 measure, const PartialDate &start,
        const PartialDate &end, Per per, bool baseline)
    {
        const auto number = [](const PartialDate &date) {
            return date.isNull() ? 0 : date.year() * 10000 + date.month() * 100 + date.day();
        };
        return { scheme, measure, number(start), number(end), int(per), baseline };
    }
    friend bool operator==(const FigureIdentity &a, const FigureIdentity &b)
    {
        return a.scheme == b.scheme && a.measure == b.measure && a.per == b.per
            && a.baseline == b.baseline && a.periodStart == b.periodStart
            && a.periodEnd == b.periodEnd;
    }
    friend size_t qHash(const FigureIdentity &k, size_t seed = 0)
    {
        return qHashMulti(seed, k.scheme, k.measure, k.periodStart, k.periodEnd, k.per, k.baseline);
    }
};

// One line of the scheme list: what browsing needs of a scheme, read for all schemes at once.
struct SchemeListing
{
    qint64 id = 0;
    QString name;
    QString areaKey;
    Strand strand = Strand::Supply;
    Status status = Status::Active;
    PartialDate start;
    PartialDate end;
    QString summary;
    QStringList providers;
    QStringList funders;
};

// Per-scheme figures for the list: how many, and the headline one (the largest count that is not
// a baseline, else the largest figure of any other unit).
struct SchemeStatistics
{
    qint64 schemeId = 0;
    int figureCount = 0;
    std::optional<Figure> headline;
    QString headlineMeasure; // key
    Unit headlineUnit = Unit::Count;
};

} // namespace opcc
