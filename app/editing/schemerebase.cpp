// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/schemerebase.h"

#include <QHash>

namespace opcc {

namespace {

template<typename T>
void takeIfChanged(T Scheme::*field, const Scheme &original, const Scheme &mine, Scheme &result)
{
    if (!(mine.*field == original.*field))
        result.*field = mine.*field;
}

template<typename T>
void takeFigureField(T Figure::*field, const Figure &original, const Figure &mine, Figure &result)
{
    if (!(mine.*field == original.*field))
        result.*field = mine.*field;
}

// Their figure with the fields this person changed in it taken from theirs. The value, its
// upper end and its qualifier say one amount together ("about 40", "40 to 50"): changed in any
// part, the three are taken as one, never half of each.
Figure mergedFigure(const Figure &original, const Figure &mine, const Figure &theirs)
{
    Figure result = theirs;
    if (!(mine.value == original.value && mine.valueHigh == original.valueHigh
            && mine.qualifier == original.qualifier)) {
        result.value = mine.value;
        result.valueHigh = mine.valueHigh;
        result.qualifier = mine.qualifier;
    }
    takeFigureField(&Figure::measure, original, mine, result);
    takeFigureField(&Figure::per, original, mine, result);
    takeFigureField(&Figure::baseline, original, mine, result);
    takeFigureField(&Figure::note, original, mine, result);
    takeFigureField(&Figure::periodStart, original, mine, result);
    takeFigureField(&Figure::periodEnd, original, mine, result);
    takeFigureField(&Figure::periodLabel, original, mine, result);
    takeFigureField(&Figure::source, original, mine, result);
    takeFigureField(&Figure::quote, original, mine, result);
    return result;
}

} // namespace

SchemeRecord reapplyChanges(
    const SchemeRecord &original, const SchemeRecord &mine, const SchemeRecord &theirs)
{
    SchemeRecord result = theirs;
    const Scheme &o = original.scheme;
    const Scheme &m = mine.scheme;
    Scheme &r = result.scheme;
    takeIfChanged(&Scheme::name, o, m, r);
    takeIfChanged(&Scheme::areas, o, m, r);
    takeIfChanged(&Scheme::strand, o, m, r);
    takeIfChanged(&Scheme::status, o, m, r);
    takeIfChanged(&Scheme::start, o, m, r);
    takeIfChanged(&Scheme::end, o, m, r);
    takeIfChanged(&Scheme::summary, o, m, r);
    takeIfChanged(&Scheme::description, o, m, r);
    takeIfChanged(&Scheme::eligibility, o, m, r);
    takeIfChanged(&Scheme::source, o, m, r);
    takeIfChanged(&Scheme::organisations, o, m, r);

    QHash<qint64, Figure> originalFigures;
    for (const Figure &figure : original.figures)
        originalFigures.insert(figure.id, figure);
    QHash<qint64, qsizetype> kept;
    for (const Figure &figure : mine.figures)
        kept.insert(figure.id, 0);
    // Figures this person removed go.
    for (qsizetype i = result.figures.size() - 1; i >= 0; --i) {
        const qint64 id = result.figures.at(i).id;
        if (originalFigures.contains(id) && !kept.contains(id))
            result.figures.removeAt(i);
    }
    for (const Figure &figure : mine.figures) {
        const auto was = originalFigures.constFind(figure.id);
        if (figure.id != 0 && was != originalFigures.cend() && sameContent(figure, *was))
            continue; // untouched: theirs stands
        qsizetype at = -1;
        for (qsizetype i = 0; i < result.figures.size() && figure.id != 0; ++i) {
            if (result.figures.at(i).id == figure.id)
                at = i;
        }
        if (at >= 0 && was != originalFigures.cend()) {
            // Both have it: their changes to the fields this person left stay.
            result.figures[at] = mergedFigure(*was, figure, result.figures.at(at));
        } else if (at >= 0) {
            const int version = result.figures.at(at).rowVersion;
            result.figures[at] = figure;
            result.figures[at].rowVersion = version;
        } else {
            Figure added = figure;
            added.id = 0;
            added.rowVersion = 0;
            result.figures.append(added);
        }
    }
    return result;
}

} // namespace opcc
