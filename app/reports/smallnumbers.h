// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace opcc {

struct ChartData;

// How a figure may appear in a report for release.
struct FigureRelease
{
    enum class Value {
        Shown, // as held
        FewerThanFive, // a count of 1 to 4 people
        Withheld, // would reveal one: a total of such counts, a rate computed from them
    };
    enum class Reason {
        None,
        SmallCount,
        TotalOfSmallCounts,
        RateOfSmallCounts, // worked out from a count that is hidden
        RateRevealsSmallCount, // a share of a group shown beside it: 10% of 20 is 2 people
    };

    Value value = Value::Shown;
    Reason reason = Reason::None;
    bool quoteWithheld = false; // the source's words state the number
    bool noteWithheld = false; // the note states it too

    bool isHidden() const { return value != Value::Shown; }
};

// Small-number suppression for release (FOIA section 40(2)): police forces and OPCCs publish a
// count of 1 to 4 people as "fewer than 5" so that no one can be identified, and withhold what
// would let a reader work it out again. Applied to one table, the figures of one scheme that a
// report shows: a total is only a risk beside its parts, a rate beside its counts. Which
// measures count people, which are rates and which are parts of which totals is the measure
// catalogue's to say.
class SmallNumbers final
{
    Q_DECLARE_TR_FUNCTIONS(SmallNumbers)

public:
    // A count of people the release rules hide: 1 to 4 (or a range, "at most" or "fewer than"
    // figure that pins it there). Zero is shown.
    static bool isSmallCount(const Figure &figure);

    // One entry per figure, in the same order.
    static QList<FigureRelease> apply(const QList<Figure> &table);

    // The note under a table for release: what was hidden and why; empty when nothing was.
    // label gives a figure's measure in words.
    static QString note(const QList<Figure> &table, const QList<FigureRelease> &release,
        const std::function<QString(const QString &key)> &label);

    // A chart for release: bars of counts of 1 to 4 people are not drawn (each listed as a
    // figure not drawn, "fewer than 5") and the quotes citing them are withheld. Returns how
    // many bars were taken out.
    static int applyToChart(ChartData &chart);

    // The words shown instead of a hidden value or quote.
    static QString fewerThanFive();
    static QString withheldValue();
    static QString withheldQuote();
    static QString withheldWords(); // a quote or note withheld with its figure
};

} // namespace opcc
