// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/figureeditmodel.h"

#include "domain/languagenotifier.h"
#include "domain/measurecatalogue.h"
#include "domain/valueformat.h"

#include <QColor>

namespace opcc {

FigureEditModel::FigureEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // What is wrong with a row is worded when it is checked: check again in the new language.
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, [this] {
        updateIssues();
        LanguageNotifier::announce(this);
    });
}

bool FigureEditModel::isFundingMeasure(const QString &key)
{
    return key == QLatin1String("funding") || key.endsWith(QLatin1String("_funding"));
}

int FigureEditModel::columnOfField(const QString &field)
{
    static const QHash<QString, int> columns {
        { QStringLiteral("measure"), Measure },
        { QStringLiteral("unit"), Measure },
        { QStringLiteral("value"), Value },
        { QStringLiteral("value_high"), ValueHigh },
        { QStringLiteral("qualifier"), Qualifier },
        { QStringLiteral("per"), Per },
        { QStringLiteral("baseline"), Baseline },
        { QStringLiteral("period_start"), PeriodStart },
        { QStringLiteral("period_end"), PeriodEnd },
        { QStringLiteral("period_label"), PeriodLabel },
        { QStringLiteral("note"), Note },
        { QStringLiteral("source"), Source },
        { QStringLiteral("quote"), Quote },
    };
    return columns.value(field, Measure);
}

void FigureEditModel::setMeasures(const QList<opcc::Measure> &measures)
{
    m_measureList = measures;
    m_measures.clear();
    for (const opcc::Measure &measure : measures)
        m_measures.insert(measure.key, measure);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    updateIssues();
}

FigureEditModel::Entry FigureEditModel::entryFor(const Figure &figure)
{
    Entry entry;
    entry.figure = figure;
    entry.value = figure.measure.isEmpty() && figure.value == Decimal()
        ? QString()
        : figure.value.toPlainString();
    entry.valueHigh = figure.valueHigh ? figure.valueHigh->toPlainString() : QString();
    entry.periodStart = figure.periodStart.toIsoString();
    entry.periodEnd = figure.periodEnd.toIsoString();
    return entry;
}

void FigureEditModel::setFigures(const QList<Figure> &figures)
{
    beginResetModel();
    m_entries.clear();
    for (const Figure &figure : figures)
        m_entries.append(entryFor(figure));
    endResetModel();
    updateIssues();
}

std::optional<Unit> FigureEditModel::unitOf(const QString &key) const
{
    const auto it = m_measures.constFind(key);
    return it != m_measures.cend() ? std::optional<Unit>(it->unit) : std::nullopt;
}

Figure FigureEditModel::figureOf(const Entry &entry) const
{
    Figure figure = entry.figure;
    figure.value = Decimal::parse(entry.value).value_or(Decimal());
    figure.valueHigh
        = entry.valueHigh.trimmed().isEmpty() ? std::nullopt : Decimal::parse(entry.valueHigh);
    figure.periodStart = PartialDate::parse(entry.periodStart).value_or(PartialDate());
    figure.periodEnd = PartialDate::parse(entry.periodEnd).value_or(PartialDate());
    return figure;
}

QList<Figure> FigureEditModel::figures() const
{
    QList<Figure> result;
    for (const Entry &entry : m_entries)
        result.append(figureOf(entry));
    return result;
}

QModelIndex FigureEditModel::appendFigure(const Figure &figure)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_entries.append(entryFor(figure));
    endInsertRows();
    updateIssues();
    return index(row, Measure);
}

void FigureEditModel::updateIssues()
{
    QList<RowIssue> issues;
    const QList<Figure> all = figures();
    RecordContext context;
    for (const opcc::Measure &measure : std::as_const(m_measures))
        context.units.insert(measure.key, measure.unit);
    // The record's rules on figures, through the entry point the writer and the import use.
    const QList<RecordIssue> ruled = validation::checkFigures(all, context);
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries.at(row);
        const auto unit = unitOf(entry.figure.measure);
        QList<FieldIssue> found;
        // Without a measure there is no unit to read the values by.
        bool valuesParse = unit.has_value();
        if (unit) {
            valuesParse = validation::parseValue(QStringLiteral("value"), entry.value, *unit, found)
                              .has_value();
            if (!entry.valueHigh.trimmed().isEmpty())
                valuesParse = validation::parseValue(
                                  QStringLiteral("value_high"), entry.valueHigh, *unit, found)
                                  .has_value()
                    && valuesParse;
        }
        if (const auto start
            = validation::checkDateText(QStringLiteral("period_start"), entry.periodStart))
            found.append(*start);
        if (const auto end
            = validation::checkDateText(QStringLiteral("period_end"), entry.periodEnd))
            found.append(*end);
        for (const RecordIssue &rule : ruled) {
            // A value that was not read as a number is said once, in its own words, above.
            const bool onMeasure = rule.issue.field == QLatin1String("measure");
            if (rule.figure == row && (onMeasure || valuesParse))
                found.append(rule.issue);
        }
        for (const FieldIssue &issue : found)
            issues.append({ row, columnOfField(issue.field), issue });
    }
    const bool changed = issues.size() != m_issues.size()
        || !std::equal(issues.cbegin(), issues.cend(), m_issues.cbegin(),
            [](const RowIssue &a, const RowIssue &b) {
                return a.row == b.row && a.column == b.column && a.issue == b.issue;
            });
    m_issues = issues;
    if (!changed)
        return;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            { IssueRole, Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole });
    emit issuesChanged();
}

QString FigureEditModel::issueAt(int row, int column) const
{
    QStringList messages;
    for (const RowIssue &issue : m_issues) {
        if (issue.row == row && issue.column == column)
            messages.append(issue.issue.message);
    }
    return messages.join(QLatin1Char('\n'));
}

int FigureEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FigureEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FigureEditModel::displayText(const Entry &entry, int column) const
{
    const auto unit = unitOf(entry.figure.measure);
    const auto amount = [&](const QString &text) {
        const auto parsed = Decimal::parse(text);
        return parsed && unit ? formatValue(*parsed, *unit) : text;
    };
    switch (column) {
    case Measure: {
        const auto it = m_measures.constFind(entry.figure.measure);
        return it != m_measures.cend() ? measureLabel(*it) : entry.figure.measure;
    }
    case Value:
        return amount(entry.value);
    case ValueHigh:
        return amount(entry.valueHigh);
    case Qualifier:
        return Vocabulary<opcc::Qualifier>::label(entry.figure.qualifier);
    case Per:
        return Vocabulary<opcc::Per>::label(entry.figure.per);
    case Baseline:
        return entry.figure.baseline ? tr("yes", "a baseline figure") : QString();
    case PeriodStart:
        return entry.periodStart;
    case PeriodEnd:
        return entry.periodEnd;
    case PeriodLabel:
        return entry.figure.periodLabel;
    case Note:
        return entry.figure.note;
    case Source:
        return entry.figure.source;
    case Quote:
        return entry.figure.quote;
    }
    return {};
}

QVariant FigureEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(entry, column);
    case Qt::EditRole:
        switch (column) {
        case Measure:
            return entry.figure.measure;
        case Value:
            return entry.value;
        case ValueHigh:
            return entry.valueHigh;
        case Qualifier:
            return Vocabulary<opcc::Qualifier>::position(entry.figure.qualifier);
        case Per:
            return Vocabulary<opcc::Per>::position(entry.figure.per);
        case Baseline:
            return entry.figure.baseline;
        default:
            return displayText(entry, column);
        }
    case Qt::TextAlignmentRole:
        if (column == Value || column == ValueHigh)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UnitRole: {
        const auto unit = unitOf(entry.figure.measure);
        return unit ? int(*unit) : -1;
    }
    case HundredthsRole: {
        if (column != Value && column != ValueHigh)
            return {};
        const auto parsed = Decimal::parse(column == Value ? entry.value : entry.valueHigh);
        return parsed ? QVariant(parsed->hundredths()) : QVariant();
    }
    case IssueRole:
        return issueAt(index.row(), column);
    case Qt::ToolTipRole: {
        const QString issue = issueAt(index.row(), column);
        if (!issue.isEmpty())
            return issue;
        if (column == Measure) {
            const auto it = m_measures.constFind(entry.figure.measure);
            return it != m_measures.cend() ? measureDescription(*it) : QString();
        }
        if (column == Baseline)
            return tr("Yes for the \"before\" figure of a before/after pair");
        return {};
    }
    case Qt::BackgroundRole:
        return issueAt(index.row(), column).isEmpty() ? QVariant() : QColor(255, 221, 221);
    case Qt::ForegroundRole:
        return issueAt(index.row(), column).isEmpty() ? QVariant() : QColor(Qt::black);
    }
    return {};
}

bool FigureEditModel::setText(Entry &entry, int column, const QVariant &value)
{
    const auto assign = [](QString &field, const QString &text) {
        if (field == text)
            return false;
        field = text;
        return true;
    };
    Figure &figure = entry.figure;
    const QString text = value.toString();
    switch (column) {
    case Measure:
        return assign(figure.measure, text.trimmed());
    case Value:
        return assign(entry.value, text);
    case ValueHigh:
        return assign(entry.valueHigh, text);
    case PeriodStart:
        return assign(entry.periodStart, text);
    case PeriodEnd:
        return assign(entry.periodEnd, text);
    case PeriodLabel:
        return assign(figure.periodLabel, text);
    case Note:
        return assign(figure.note, text);
    case Source:
        return assign(figure.source, text.trimmed());
    case Quote:
        return assign(figure.quote, text);
    }
    return false;
}

bool FigureEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Entry &entry = m_entries[index.row()];
    const int column = index.column();
    bool changed = false;
    if (column == Baseline && (role == Qt::CheckStateRole || role == Qt::EditRole)) {
        const bool baseline
            = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
        changed = baseline != entry.figure.baseline;
        entry.figure.baseline = baseline;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == Qualifier) {
        const auto qualifier = Vocabulary<opcc::Qualifier>::atPosition(value);
        if (!qualifier)
            return false;
        changed = *qualifier != entry.figure.qualifier;
        entry.figure.qualifier = *qualifier;
    } else if (column == Per) {
        const auto per = Vocabulary<opcc::Per>::atPosition(value);
        if (!per)
            return false;
        changed = *per != entry.figure.per;
        entry.figure.per = *per;
    } else {
        changed = setText(entry, column, value);
    }
    if (changed) {
        // A new measure changes how the values read.
        if (column == Measure)
            emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
        else
            emit dataChanged(index, index);
        updateIssues();
    }
    return true;
}

Qt::ItemFlags FigureEditModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsEditable;
}

QVariant FigureEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Measure:
        return tr("Measure");
    case Value:
        return tr("Value");
    case ValueHigh:
        return tr("Up to");
    case Qualifier:
        return tr("Qualifier");
    case Per:
        return tr("Per");
    case Baseline:
        return tr("Baseline");
    case PeriodStart:
        return tr("From");
    case PeriodEnd:
        return tr("To");
    case PeriodLabel:
        return tr("Period as worded");
    case Note:
        return tr("Note");
    case Source:
        return tr("Source");
    case Quote:
        return tr("Quote");
    }
    return {};
}

bool FigureEditModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_entries.size() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_entries.insert(row, Entry {});
    endInsertRows();
    updateIssues();
    return true;
}

bool FigureEditModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_entries.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    updateIssues();
    return true;
}

} // namespace opcc
