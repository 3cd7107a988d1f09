// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reports/smallnumbers.h"

#include "charts/chartdata.h"
#include "domain/measurecatalogue.h"

#include <QRegularExpression>
#include <QStringList>

namespace opcc {

namespace {

constexpr qint64 releaseThreshold = 5 * 100; // in hundredths

bool inSmallRange(const Decimal &value)
{
    return value.hundredths() > 0 && value.hundredths() < releaseThreshold;
}

// Whether two figures of one table speak of overlapping times: an undated figure may be of any.
bool shareTime(const Figure &a, const Figure &b)
{
    const QDate aStart = a.periodStart.firstDay();
    const QDate aEnd = a.periodEnd.lastDay();
    const QDate bStart = b.periodStart.firstDay();
    const QDate bEnd = b.periodEnd.lastDay();
    if (aEnd.isValid() && bStart.isValid() && aEnd < bStart)
        return false;
    if (bEnd.isValid() && aStart.isValid() && bEnd < aStart)
        return false;
    return true;
}

// Whether a text states the number: as digits or, for 1 to 4, in words ("three clients").
bool mentions(const QString &text, const Decimal &value)
{
    if (text.isEmpty() || !value.isWhole())
        return false;
    const qint64 whole = value.hundredths() / 100;
    static const char *const words[] = { "zero", "one", "two", "three", "four" };
    QString pattern = QStringLiteral("\\b(%1").arg(whole);
    if (whole >= 0 && whole < 5)
        pattern += QLatin1Char('|') + QLatin1String(words[whole]);
    pattern += QStringLiteral(")\\b");
    const QRegularExpression number(pattern, QRegularExpression::CaseInsensitiveOption);
    return number.match(text).hasMatch();
}

} // namespace

bool SmallNumbers::isSmallCount(const Figure &figure)
{
    if (!measureCountsPeople(figure.measure))
        return false;
    if (inSmallRange(figure.value))
        return true;
    if (figure.valueHigh && inSmallRange(*figure.valueHigh))
        return true;
    // "fewer than 5", "at most 3": the true count is 1 to 4 when it is not nought.
    const bool upperBound
        = figure.qualifier == Qualifier::LessThan || figure.qualifier == Qualifier::AtMost;
    return upperBound && figure.value.hundredths() > 0
        && figure.value.hundredths() <= releaseThreshold;
}

namespace {

// A share of a group shown in the same table gives the count away when it, or the rest of the
// group, works out at 1 to 4 people: 10% of 20 is 2, and 95% of 20 leaves 1.
bool revealsSmallCount(const Figure &share, const Figure &base)
{
    if (share.valueHigh || base.valueHigh || base.qualifier != Qualifier::Exact)
        return false;
    const double group = base.value.toDouble();
    const double part = group * share.value.toDouble() / 100.0;
    const auto small = [](double people) { return people >= 0.5 && people < 4.5; };
    return small(part) || small(group - part);
}

FigureRelease withheld(const Figure &figure, FigureRelease::Reason reason)
{
    FigureRelease r;
    r.value = FigureRelease::Value::Withheld;
    r.reason = reason;
    r.quoteWithheld = !figure.quote.isEmpty();
    r.noteWithheld = mentions(figure.note, figure.value);
    return r;
}

} // namespace

QList<FigureRelease> SmallNumbers::apply(const QList<Figure> &table)
{
    QList<FigureRelease> release(table.size());
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (!isSmallCount(table.at(i)))
            continue;
        FigureRelease &r = release[i];
        r.value = FigureRelease::Value::FewerThanFive;
        r.reason = FigureRelease::Reason::SmallCount;
        r.quoteWithheld = !table.at(i).quote.isEmpty();
        r.noteWithheld = mentions(table.at(i).note, table.at(i).value);
    }
    // A hidden figure hides the totals it is part of and the shares worked out from it, and a
    // hidden total hides its own totals in turn: repeat until nothing more changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype i = 0; i < table.size(); ++i) {
            if (!release.at(i).isHidden())
                continue;
            const Figure &hidden = table.at(i);
            const QStringList totals = measureTotalsOf(hidden.measure);
            for (qsizetype j = 0; j < table.size(); ++j) {
                const Figure &other = table.at(j);
                if (release.at(j).isHidden() || !shareTime(hidden, other))
                    continue;
                const ShareBasis basis = measureShareBasis(other.measure);
                FigureRelease::Reason reason = FigureRelease::Reason::None;
                if (totals.contains(other.measure))
                    reason = FigureRelease::Reason::TotalOfSmallCounts;
                else if (basis.numerators.contains(hidden.measure)
                    || basis.bases.contains(hidden.measure))
                    reason = FigureRelease::Reason::RateOfSmallCounts;
                if (reason == FigureRelease::Reason::None)
                    continue;
                release[j] = withheld(other, reason);
                changed = true;
            }
        }
    }
    // Shares of a group shown beside them, that give a small count away.
    for (qsizetype i = 0; i < table.size(); ++i) {
        const ShareBasis basis = measureShareBasis(table.at(i).measure);
        for (qsizetype j = 0; j < table.size() && !release.at(i).isHidden(); ++j) {
            const Figure &base = table.at(j);
            if (!release.at(j).isHidden() && basis.bases.contains(base.measure)
                && shareTime(table.at(i), base) && revealsSmallCount(table.at(i), base))
                release[i] = withheld(table.at(i), FigureRelease::Reason::RateRevealsSmallCount);
        }
    }
    return release;
}

QString SmallNumbers::note(const QList<Figure> &table, const QList<FigureRelease> &release,
    const std::function<QString(const QString &key)> &label)
{
    int small = 0;
    QStringList totals;
    QStringList rates;
    QStringList shares;
    for (qsizetype i = 0; i < table.size() && i < release.size(); ++i) {
        const QString name = label(table.at(i).measure);
        switch (release.at(i).reason) {
        case FigureRelease::Reason::None:
            break;
        case FigureRelease::Reason::SmallCount:
            ++small;
            break;
        case FigureRelease::Reason::TotalOfSmallCounts:
            if (!totals.contains(name))
                totals.append(name);
            break;
        case FigureRelease::Reason::RateOfSmallCounts:
            if (!rates.contains(name))
                rates.append(name);
            break;
        case FigureRelease::Reason::RateRevealsSmallCount:
            if (!shares.contains(name))
                shares.append(name);
            break;
        }
    }
    if (small == 0 && totals.isEmpty() && rates.isEmpty() && shares.isEmpty())
        return {};
    QStringList sentences;
    if (small > 0)
        sentences.append(tr("Suppressed for release: %n count(s) of 1 to 4 people shown as "
                            "\"fewer than 5\", with the source's words that state them, so that "
                            "no one can be identified (Freedom of Information Act 2000, section "
                            "40(2)).",
            nullptr, small));
    if (!totals.isEmpty())
        sentences.append(tr("Withheld because the small counts could be worked out from them by "
                            "subtraction: %1.")
                             .arg(totals.join(QStringLiteral("; "))));
    if (!rates.isEmpty())
        sentences.append(tr("Withheld because they are computed from counts of people that "
                            "include small numbers: %1.")
                             .arg(rates.join(QStringLiteral("; "))));
    if (!shares.isEmpty())
        sentences.append(tr("Withheld because, as a share of the group counted beside them, they "
                            "work out at 1 to 4 people: %1.")
                             .arg(shares.join(QStringLiteral("; "))));
    return sentences.join(QLatin1Char(' '));
}

int SmallNumbers::applyToChart(ChartData &chart)
{
    if (!measureCountsPeople(chart.measure))
        return 0;
    const auto small = [&](const ChartFigure &f) {
        Figure figure;
        figure.measure = chart.measure;
        figure.value = f.value;
        figure.valueHigh = f.valueHigh;
        figure.qualifier = f.qualifier;
        return isSmallCount(figure);
    };
    int removed = 0;
    for (qsizetype i = chart.rows.size() - 1; i >= 0; --i) {
        const ChartRow &row = chart.rows.at(i);
        // A normalised bar is worked out from the count the source states.
        const ChartFigure &stated = row.stated ? *row.stated : row.figure;
        if (!small(stated) && !(row.before && small(*row.before)))
            continue;
        for (const ChartFigure *f : { &row.figure, row.before ? &*row.before : nullptr }) {
            if (!f)
                continue;
            for (Footnote &note : chart.footnotes) {
                if (note.number == f->footnote && !note.quote.isEmpty())
                    note.quote = withheldQuote();
            }
        }
        OmittedFigure omitted;
        omitted.scheme = row.scheme;
        omitted.area = row.area;
        omitted.label = fewerThanFive();
        omitted.period = row.figure.period;
        omitted.reason = tr("not drawn for release: a count of 1 to 4 people");
        omitted.footnote = row.figure.footnote;
        chart.omitted.append(omitted);
        chart.rows.removeAt(i);
        ++removed;
    }
    if (removed > 0)
        chart.notes.append(
            tr("For release, %n bar(s) of fewer than 5 people are not drawn.", nullptr, removed));
    return removed;
}

QString SmallNumbers::fewerThanFive()
{
    return tr("fewer than 5");
}

QString SmallNumbers::withheldValue()
{
    return tr("withheld (see note)");
}

QString SmallNumbers::withheldQuote()
{
    return tr("[withheld: states a small number]");
}

} // namespace opcc

namespace opcc {

QString SmallNumbers::withheldWords()
{
    return tr("[withheld with the figure]");
}

} // namespace opcc
