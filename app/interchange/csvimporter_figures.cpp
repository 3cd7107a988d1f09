// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CsvImporter: rows of outcomes.csv, one figure each.

#include "domain/measurecatalogue.h"
#include "domain/validator.h"
#include "interchange/csvimporter.h"
#include "interchange/importhints.h"
#include "interchange/importrow.h"
#include "interchange/spreadsheetvalues.h"
#include "storage/database.h"
#include "storage/figurestore.h"

#include <algorithm>
#include <iterator>

namespace opcc {

// The amount in a value column, or nothing when it is empty or wrong (*ok is then cleared and the
// error recorded).
std::optional<Decimal> CsvImporter::parseAmount(
    const Row &row, const char *column, std::optional<Unit> unit, bool *ok)
{
    const QString text = spreadsheet::plainNumber(row.value(column));
    if (text.isEmpty())
        return std::nullopt;
    Decimal::Syntax syntax;
    const auto amount = Decimal::parse(text, &syntax);
    const QString name = QString::fromLatin1(column);
    if (!amount) {
        if (text.startsWith(QLatin1Char('=')))
            *ok = addError(row.file(), row.line(), name,
                tr("\"%1\" is a spreadsheet formula, not a number; save the sheet "
                   "with its values")
                    .arg(text));
        else if (const QString hint = importhints::value(text); !hint.isEmpty())
            *ok = addError(
                row.file(), row.line(), name, tr("\"%1\" is not a number: %2").arg(text, hint));
        else
            *ok = addError(row.file(), row.line(), name,
                tr("\"%1\" is not a number (at most two decimal places)").arg(text));
        return std::nullopt;
    }
    if (unit && (syntax.pound || syntax.multiplier) && *unit != Unit::Gbp) {
        *ok = addError(row.file(), row.line(), name,
            tr("\"%1\" is written as money but the measure is counted in %2")
                .arg(text, Vocabulary<Unit>::key(*unit)));
    } else if (unit && syntax.percent && *unit != Unit::Percent) {
        *ok = addError(row.file(), row.line(), name,
            tr("\"%1\" is written as a percentage but the measure is counted in %2")
                .arg(text, Vocabulary<Unit>::key(*unit)));
    }
    return amount;
}

bool CsvImporter::importFigure(const Row &row)
{
    bool ok = true;
    Figure figure;
    const auto schemeId = schemeFor(row, "scheme");
    ok = schemeId.has_value();

    figure.measure = row.value("measure");
    const QString unitText = row.value("unit").toLower();
    std::optional<Unit> unit;
    if (!unitText.isEmpty()) {
        unit = Vocabulary<Unit>::fromKey(unitText);
        if (!unit)
            ok = addError(row.file(), row.line(), QStringLiteral("unit"),
                tr("\"%1\" is not a unit; use one of: %2")
                    .arg(unitText, Vocabulary<Unit>::keys().join(QStringLiteral(", "))));
    }
    const auto known = m_measures.constFind(figure.measure);
    if (!validation::isValidMeasureKey(figure.measure)) {
        ok = addError(row.file(), row.line(), QStringLiteral("measure"),
            tr("\"%1\" is not a measure key: lower case letters, digits and underscores, "
               "starting with a letter")
                .arg(figure.measure));
    } else if (known != m_measures.cend()) {
        if (unit && *unit != known->unit)
            ok = addError(row.file(), row.line(), QStringLiteral("unit"),
                tr("measure \"%1\" is counted in %2, not %3")
                    .arg(figure.measure, Vocabulary<Unit>::key(known->unit), unitText));
        unit = known->unit;
    } else if (m_lookupsLocked) {
        ok = refuseNewLookup(row, "measure", figure.measure);
    } else if (!unit && unitText.isEmpty()) {
        ok = addError(row.file(), row.line(), QStringLiteral("unit"),
            tr("\"%1\" is a new measure, so its unit is required (%2)")
                .arg(figure.measure, Vocabulary<Unit>::keys().join(QStringLiteral(", "))));
    }

    if (row.value("value").isEmpty())
        ok = addError(
            row.file(), row.line(), QStringLiteral("value"), tr("a figure needs a value"));
    else if (const auto value = parseAmount(row, "value", unit, &ok))
        figure.value = *value;
    figure.valueHigh = parseAmount(row, "value_high", unit, &ok);

    const QString qualifier = row.value("qualifier").toLower();
    if (!row.has("qualifier")) {
        figure.qualifier = figure.valueHigh ? Qualifier::Range : Qualifier::Exact; // or as stored
    } else if (qualifier.isEmpty()) {
        figure.qualifier = figure.valueHigh ? Qualifier::Range : Qualifier::Exact;
    } else if (const auto parsed = Vocabulary<Qualifier>::fromKey(qualifier)) {
        figure.qualifier = *parsed;
    } else {
        ok = addError(row.file(), row.line(), QStringLiteral("qualifier"),
            tr("\"%1\" is not a qualifier; use one of: %2")
                .arg(qualifier, Vocabulary<Qualifier>::keys().join(QStringLiteral(", "))));
    }
    const QString per = row.value("per").toLower();
    if (const auto parsed = Vocabulary<Per>::fromKey(per))
        figure.per = *parsed;
    else
        ok = addError(row.file(), row.line(), QStringLiteral("per"),
            tr("\"%1\" is not a rate; use week, month or year, or leave it empty").arg(per));
    const QString baseline = row.value("baseline").toLower();
    if (baseline == QLatin1String("yes") || baseline == QLatin1String("true")
        || baseline == QLatin1String("1")) {
        figure.baseline = true;
    } else if (!baseline.isEmpty() && baseline != QLatin1String("no")
        && baseline != QLatin1String("false") && baseline != QLatin1String("0")) {
        ok = addError(row.file(), row.line(), QStringLiteral("baseline"),
            tr("\"%1\" is not yes or no").arg(baseline));
    }
    spreadsheet::DateCell period[2];
    for (int i = 0; i < 2; ++i) {
        const char *column = i == 0 ? "period_start" : "period_end";
        const QString text = row.value(column);
        const auto date = spreadsheet::parseDate(text);
        if (!date)
            ok = addError(
                row.file(), row.line(), QString::fromLatin1(column), spreadsheet::dateError(text));
        else
            period[i] = *date;
    }
    figure.periodStart = period[0].date;
    figure.periodEnd = period[1].date;
    figure.periodLabel = row.value("period_label");
    figure.note = row.value("note");
    figure.source = row.value("source");
    figure.quote = row.value("quote");
    if (ok && known != m_measures.cend())
        mergeStoredFigure(row, *schemeId, known->id, period, figure);
    if (unit) {
        // The context outlives the row: a hash made and freed for every figure cost 1.4% of an
        // import's instructions.
        m_figureContext.units.insert(figure.measure, *unit);
        for (const RecordIssue &found : validation::checkFigures({ figure }, m_figureContext)) {
            if (found.issue.field != QLatin1String("measure")) // reported above
                ok = addError(row.file(), row.line(), found.issue.field, found.issue.message);
        }
    }
    if (!ok)
        return false;

    if (known == m_measures.cend()) {
        // Created by the figure writer before the figures that use it; until then a number of
        // this import's own (below zero) stands for its id in the duplicate check.
        Measure measure;
        measure.key = figure.measure;
        measure.unit = *unit;
        measure.label = labelFromKey(figure.measure);
        measure.id = -1 - qint64(m_summary.measuresCreated.size());
        m_writer->addMeasure(measure);
        m_measures.insert(measure.key, measure);
        m_summary.measuresCreated.append(measure.key);
    }
    figure.schemeId = *schemeId;
    // A figure whose identity an earlier row had is found by the writer (finishFigures()).
    noteSource(figure.source);
    m_writer->addFigure(figure, row.line());
    if (m_writer->failed())
        m_stopped = true; // finishFigures() reports it
    return true;
}

const Figure *CsvImporter::storedFigure(qint64 scheme, qint64 measure, const PartialDate &start,
    const PartialDate &end, Per per, bool baseline)
{
    if (!m_storedFiguresLoaded) {
        // Read once, and only for files that need it: the writer leaves the connection alone
        // meanwhile.
        m_storedFiguresLoaded = true;
        if (m_writer)
            m_writer->pause();
        const QList<Figure> figures = FigureStore::reader(m_db).all();
        if (m_writer)
            m_writer->resume();
        m_storedFigures.reserve(figures.size());
        for (const Figure &f : figures) {
            const auto known = m_measures.constFind(f.measure);
            if (known == m_measures.cend())
                continue;
            m_storedFigures.insert(FigureIdentity::of(f.schemeId, known->id, f.periodStart,
                                       f.periodEnd, f.per, f.baseline),
                f);
        }
    }
    const auto it
        = m_storedFigures.constFind(FigureIdentity::of(scheme, measure, start, end, per, baseline));
    return it == m_storedFigures.cend() ? nullptr : &*it;
}

// A figure row read against the figure it replaces. A spreadsheet writes a month period
// ("2022-03") back as its first day ("01/03/2022"): such a date stands for the month when the
// stored figure has that month. And a column the file lacks keeps the stored value, while a
// present but empty cell clears it.
void CsvImporter::mergeStoredFigure(const Row &row, qint64 scheme, qint64 measure,
    const spreadsheet::DateCell period[2], Figure &figure)
{
    const bool lacksColumns = !row.has("value_high") || !row.has("qualifier") || !row.has("note")
        || !row.has("period_label") || !row.has("source") || !row.has("quote");
    if (!lacksColumns && !period[0].firstOfMonth && !period[1].firstOfMonth)
        return;
    const Figure *stored = nullptr;
    for (int variant = 0; variant < 4 && !stored; ++variant) {
        const bool startAsMonth = variant & 1;
        const bool endAsMonth = variant & 2;
        if ((startAsMonth && !period[0].firstOfMonth) || (endAsMonth && !period[1].firstOfMonth))
            continue;
        const PartialDate start = startAsMonth ? period[0].asMonth() : period[0].date;
        const PartialDate end = endAsMonth ? period[1].asMonth() : period[1].date;
        stored = storedFigure(scheme, measure, start, end, figure.per, figure.baseline);
    }
    if (!stored)
        return;
    figure.periodStart = stored->periodStart;
    figure.periodEnd = stored->periodEnd;
    if (!row.has("value_high"))
        figure.valueHigh = stored->valueHigh;
    if (!row.has("qualifier"))
        figure.qualifier = stored->qualifier;
    if (!row.has("note"))
        figure.note = stored->note;
    if (!row.has("period_label"))
        figure.periodLabel = stored->periodLabel;
    if (!row.has("source"))
        figure.source = stored->source;
    if (!row.has("quote"))
        figure.quote = stored->quote;
}

void CsvImporter::finishFigures(const QString &file)
{
    if (!m_writer)
        return;
    if (m_summary.cancelled)
        m_writer->abandon();
    if (!m_writer->finish())
        refusedRow(file, m_writer->failedTag());
    addDuplicateErrors(file, m_writer->duplicates());
    m_summary.figuresAdded += m_writer->inserted();
    m_summary.figuresUpdated += m_writer->updated();
    m_summary.figuresUnchanged += m_writer->unchanged();
    m_writer.reset();
}

} // namespace opcc

namespace opcc {

// The writer's duplicates among the errors of the file's other rows, in the order of their lines,
// as if each had been found when its row was read.
void CsvImporter::addDuplicateErrors(
    const QString &file, const std::vector<FigureWriter::Duplicate> &duplicates)
{
    if (duplicates.empty())
        return;
    QList<ImportMessage> found;
    found.reserve(qsizetype(duplicates.size()));
    for (const FigureWriter::Duplicate &duplicate : duplicates)
        found.append({ file, duplicate.tag, QStringLiteral("measure"),
            tr("the same figure (scheme, measure, period, per and baseline) is "
               "already on line %1")
                .arg(duplicate.earlierTag) });
    QList<ImportMessage> &errors = m_summary.errors;
    // The file's own errors are the last ones (the database's, with no line, stay after them).
    qsizetype first = errors.size();
    while (first > 0 && errors.at(first - 1).file == file)
        --first;
    QList<ImportMessage> merged = errors.mid(first);
    const auto byLine
        = [](const ImportMessage &a, const ImportMessage &b) { return a.line < b.line; };
    QList<ImportMessage> sorted;
    sorted.reserve(merged.size() + found.size());
    std::merge(merged.cbegin(), merged.cend(), found.cbegin(), found.cend(),
        std::back_inserter(sorted), byLine);
    errors.resize(first);
    errors.append(sorted);
    if (errors.size() > maxErrors) {
        errors.resize(maxErrors);
        m_summary.errorsTruncated = true;
    }
}

} // namespace opcc
