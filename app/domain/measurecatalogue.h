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
    const char *label;       // QT_TRANSLATE_NOOP("Measure", ...)
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
    People,      // people through the scheme: referred, assessed, enrolled, supported, diverted
    Enforcement, // arrests, charges, seizures, lines and groups disrupted
    Money,       // funding, grants, costs and savings
    Outcomes,    // what changed: rates of reoffending, completion, reductions, lives saved
    About,       // the scheme itself and its cohort: length, sessions, staff, who takes part
};
QList<MeasureGroup> measureGroups();
// The catalogue's heading for a measure; one the catalogue does not know goes by its unit
// (money to Money, a percentage to Outcomes, anything else to About).
MeasureGroup measureGroup(const QString &key, Unit unit);
QString measureGroupLabel(MeasureGroup group);

// A readable label for a new key: "people_supported" -> "People supported".
QString labelFromKey(const QString &key);

} // namespace opcc
