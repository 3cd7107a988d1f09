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

// A readable label for a new key: "people_supported" -> "People supported".
QString labelFromKey(const QString &key);

} // namespace opcc
