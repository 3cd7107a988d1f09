// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"
#include "charts/footnotelist.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <optional>

namespace opcc {

class Database;

// What every kind of chart needs while it is being built: the measure, the schemes that have it
// and their figures, how to label a figure, and the footnotes cited so far.
class ChartContext final
{
    Q_DECLARE_TR_FUNCTIONS(ChartContext)

public:
    ChartContext(const Database &db, const QLocale &locale, const ChartSpec &spec,
        const QList<Scheme> &schemes);

    bool hasMeasure() const { return m_measure.has_value(); }
    const Measure &measure() const { return *m_measure; }
    QString measureLabel() const;
    const ChartSpec &spec() const { return m_spec; }
    const QLocale &locale() const { return m_locale; }
    const Database &database() const { return m_db; }

    // Every scheme of the scope, with or without the measure.
    const QList<Scheme> &scopeSchemes() const { return m_scopeSchemes; }
    // The schemes of the scope that have at least one figure of the measure, in scope order.
    const QList<Scheme> &schemes() const { return m_schemes; }
    // A chart of a set of measures: the label of the member measure a figure is of; else empty.
    QString figureMeasureLabel(const Figure &figure) const;
    // The scheme's figures of the measure, in period order.
    QList<Figure> figuresOf(qint64 schemeId) const { return m_figures.value(schemeId); }

    // The figure a scheme shows: the user's pick, else the latest that is not a baseline.
    std::optional<Figure> chosen(const Scheme &scheme, bool *picked = nullptr) const;
    // The latest period: one with an end date ends then; one without (open, "since 2021", or
    // undated, "currently") stands as at its source document, so counts as later than any
    // ended period. Baselines only when there is nothing else.
    static std::optional<Figure> latest(const QList<Figure> &figures);
    // True when a comes after b in the order latest() uses.
    static bool isLater(const Figure &a, const Figure &b);

    // A stored figure as drawn, cited in the footnotes.
    ChartFigure present(const Figure &figure, const Scheme &scheme, Unit unit);
    ChartFigure present(const Figure &figure, const Scheme &scheme)
    {
        return present(figure, scheme, m_measure->unit);
    }
    // A derived value (a total, a normalised value), labelled but not cited.
    ChartFigure derived(Decimal value, std::optional<Decimal> valueHigh, Qualifier qualifier,
        Per per, Unit unit) const;
    OmittedFigure omit(
        const Figure &figure, const Scheme &scheme, Unit unit, const QString &reason);

    // The period as worded, or "period not stated".
    static QString periodText(const Figure &figure);
    static QString schemeTitle(const Scheme &scheme);

    // A chart of the kind with the measure filled in.
    ChartData start(ChartKind kind) const;
    // Flags periods that differ, and fills the footnotes, title and subtitle.
    void finish(ChartData &data, const QString &scopeDescription);

private:
    static std::optional<Measure> setMeasure(const QString &key);
    void loadSet(const QList<qint64> &inScope);
    void numberFootnotesInReadingOrder(ChartData &data);
    QString title(const ChartData &data, const QString &scopeDescription) const;
    QString subtitle(const ChartData &data) const;

    const Database &m_db;
    QLocale m_locale;
    ChartSpec m_spec;
    std::optional<Measure> m_measure;
    QList<Scheme> m_scopeSchemes;
    QList<Scheme> m_schemes;
    QHash<qint64, QList<Figure>> m_figures;
    QHash<QString, QString> m_memberLabels; // a set's member measures drawn: key -> label
    FootnoteList m_footnotes;
};

} // namespace opcc
