// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QList>

namespace opcc {

// The measures the application knows from the start, with translated labels. A database gets
// them all when it is created; an import may add more (their labels are then the users' words).
struct CatalogueMeasure
{
    const char *key;
    Unit unit;
    bool higherIsBetter;
    const char *label; // QT_TRANSLATE_NOOP("Measure", ...)
    const char *description; // QT_TRANSLATE_NOOP("Measure", ...)
};

const QList<CatalogueMeasure> &measureCatalogue();

// The measures of the catalogue as records with English labels, for a new database.
QList<Measure> catalogueMeasures();

// The label to show for a measure: the translation of the catalogue's label when the stored label
// is still the catalogue's own, otherwise the stored label as typed.
QString measureLabel(const Measure &measure);
QString measureDescription(const Measure &measure);

// The headings the measures are grouped under, in the order they are shown: so that a chart can
// put "people through the scheme" side by side whatever each scheme counted (referrals,
// participants, people diverted), and a long list of measures can be read by heading.
enum class MeasureGroup {
    People, // people through the scheme: referred, assessed, enrolled, supported, diverted
    Enforcement, // arrests, charges, seizures, lines and groups disrupted
    Money, // funding, grants, costs and savings
    Outcomes, // what changed: rates of reoffending, completion, reductions, lives saved
    About, // the scheme itself and its cohort: length, sessions, staff, who takes part
};
QList<MeasureGroup> measureGroups();
// The catalogue's heading for a measure; one the catalogue does not know goes by its unit
// (money to Money, a percentage to Outcomes, anything else to About).
MeasureGroup measureGroup(const QString &key, Unit unit);
QString measureGroupLabel(MeasureGroup group);
// What release rules need to know of a measure (FOIA section 40(2): counts of 1 to 4 people are
// shown as "fewer than 5" in what is published, with whatever would reveal them).
// Whether the measure counts people: participants, referrals, people_* and the like. Measures
// not in the catalogue count people when their key says so (people_*, *participants*,
// *referrals*, *clients*, *residents*).
bool measureCountsPeople(const QString &key);
// Whether the measure is a share of people (a percentage of a cohort, a take-up rate): computed
// from people counts, so it reveals them when they are small.
bool measureIsShareOfPeople(const QString &key);
// The people counts a share is worked out from: the counts it is a share of (its base: referrals
// for an assessment rate, the cohort for a cohort share) and the counts it divides (assessments).
struct ShareBasis
{
    QStringList numerators;
    QStringList bases;
};
ShareBasis measureShareBasis(const QString &key);
// The totals a people count is a part of ("left_voluntarily" is part of
// "people_started_treatment"): a total shown beside its parts lets a reader subtract.
QStringList measureTotalsOf(const QString &key);

// A readable label for a new key: "people_supported" -> "People supported".
QString labelFromKey(const QString &key);

} // namespace opcc
