// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/figuretablemodel.h"

#include "domain/languagenotifier.h"
#include "domain/measurecatalogue.h"
#include "domain/valueformat.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"

#include <QDate>

namespace opcc {

FigureTableModel::FigureTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    LanguageNotifier::follow(this);
    // Only a change to this scheme's figures (or the measures that label them) reloads.
    connect(&m_db, &Database::recordsChanged, this, [this](const ChangeSet &changes) {
        if (m_schemeId != 0 && (changes.touchesFiguresOf(m_schemeId) || changes.lookups))
            load();
    });
}

bool FigureTableModel::setScheme(qint64 schemeId)
{
    const bool same = schemeId == m_schemeId;
    m_schemeId = schemeId;
    if (load())
        return true;
    if (!same) { // another scheme's figures are never shown under this one's record
        beginResetModel();
        m_measures.clear();
        m_figures.clear();
        endResetModel();
    }
    return false;
}

bool FigureTableModel::load()
{
    // Read before the rows are touched: a read that fails (a server gone away) leaves them.
    const int failures = m_db.readFailureCount();
    QHash<QString, opcc::Measure> measures;
    QList<Figure> figures;
    if (m_schemeId != 0) {
        for (const opcc::Measure &measure : LookupStore::reader(m_db).measures())
            measures.insert(measure.key, measure);
        figures = FigureStore::reader(m_db).ofScheme(m_schemeId);
    }
    if (m_db.readFailureCount() != failures)
        return false;
    beginResetModel();
    m_measures = std::move(measures);
    m_figures = std::move(figures);
    endResetModel();
    return true;
}

const Figure *FigureTableModel::figureAt(int row) const
{
    return row >= 0 && row < m_figures.size() ? &m_figures.at(row) : nullptr;
}

Unit FigureTableModel::unitOf(const QString &measureKey) const
{
    return m_measures.value(measureKey).unit;
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FigureTableModel::measureText(const Figure &figure) const
{
    const auto it = m_measures.constFind(figure.measure);
    const QString label
        = it != m_measures.cend() ? measureLabel(*it) : labelFromKey(figure.measure);
    return figure.baseline
        ? tr("%1 (before)", "the baseline figure of a before/after pair").arg(label)
        : label;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &figure = m_figures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Measure:
            return measureText(figure);
        case Value:
            return formatFigureValue(figure, unitOf(figure.measure));
        case Period:
            return formatPeriod(figure);
        case Note:
            return figure.note;
        case Source:
            return figure.source;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Measure) {
            const auto it = m_measures.constFind(figure.measure);
            return it != m_measures.cend() ? measureDescription(*it) : QString();
        }
        if (!figure.quote.isEmpty())
            return tr("\"%1\"").arg(figure.quote);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        switch (index.column()) {
        case Value:
            return figure.value.hundredths();
        case Period:
            return figure.periodStart.isNull() ? figure.periodEnd.lastDay()
                                               : figure.periodStart.firstDay();
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case FigureIdRole:
        return figure.id;
    case QuoteRole:
        return figure.quote;
    case SourceRole:
        return figure.source;
    case BaselineRole:
        return figure.baseline;
    case MeasureKeyRole:
        return figure.measure;
    }
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Measure:
        return tr("Measure");
    case Value:
        return tr("Value");
    case Period:
        return tr("Period");
    case Note:
        return tr("Note");
    case Source:
        return tr("Source");
    }
    return {};
}

} // namespace opcc
