// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/schemetablemodel.h"

#include "domain/languagenotifier.h"
#include "domain/measurecatalogue.h"
#include "domain/valueformat.h"
#include "models/schemesearch.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/statisticsloader.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QThread>
#include <atomic>
#include <numeric>

namespace opcc {

namespace {

QString periodText(const PartialDate &start, const PartialDate &end)
{
    const QString from = formatPartialDate(start);
    const QString to = formatPartialDate(end);
    if (from.isEmpty() && to.isEmpty())
        return {};
    if (to.isEmpty())
        return SchemeTableModel::tr("from %1").arg(from);
    if (from.isEmpty())
        return SchemeTableModel::tr("until %1").arg(to);
    return SchemeTableModel::tr("%1 to %2").arg(from, to);
}

} // namespace

SchemeTableModel::SchemeTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_loader(new StatisticsLoader(this))
{
    connect(&m_db, &Database::recordsChanged, this, &SchemeTableModel::applyChanges);
    connect(m_loader, &StatisticsLoader::loaded, this, &SchemeTableModel::applyStatistics);
    // The figure counts are read on a connection of their own: their failure is the database's.
    connect(m_loader, &StatisticsLoader::failed, &m_db, &Database::readFailed);
    // The headline column keeps its measure labels: word them again before views ask.
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, [this] {
        for (const Measure &measure : LookupStore::reader(m_db).measures()) {
            if (m_measureLabels.contains(measure.key))
                m_measureLabels.insert(measure.key, measureLabel(measure));
        }
        LanguageNotifier::announce(this);
    });
}

int SchemeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SchemeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

SchemeTableModel::~SchemeTableModel()
{
    dropRestJob();
}

void SchemeTableModel::loadStatistics()
{
    fetchAll();
    QList<SharedStatistics> statistics;
    for (const SchemeStatistics &scheme : BrowseStore(m_db).statistics())
        statistics.append(shared(scheme));
    applyStatistics(statistics);
}

void SchemeTableModel::requestStatistics()
{
    // Counted for the whole list: asked again when its rest has been read.
    if (m_head) {
        m_statisticsWanted = true;
        return;
    }
    QList<SharedStatistics> shown;
    shown.reserve(m_entries.size());
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.statistics)
            shown.append(entry.statistics);
    }
    m_loader->load(m_db.path(), std::move(shown));
}

void SchemeTableModel::applyStatistics(const QList<SharedStatistics> &statistics)
{
    m_measureLabels.clear();
    for (const Measure &measure : LookupStore::reader(m_db).measures())
        m_measureLabels.insert(measure.key, measureLabel(measure));
    for (Entry &entry : m_entries) {
        entry.figureCount = 0;
        entry.statistics.reset();
    }
    for (const SharedStatistics &scheme : statistics) {
        const int row = rowIndex().value(scheme->schemeId, -1);
        if (row < 0)
            continue;
        m_entries[row].figureCount = scheme->figureCount;
        m_entries[row].statistics = scheme;
    }
    m_statisticsLoaded = true;
    m_ranksOf = -1;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Figures), index(rowCount() - 1, Headline));
    if (m_sortColumn == Figures || m_sortColumn == Headline)
        sortRows();
    emit statisticsReady();
}

SharedStatistics SchemeTableModel::shared(const SchemeStatistics &scheme)
{
    return std::make_shared<const ListStatistics>(ListStatistics::from(scheme, m_interned));
}

std::optional<SchemeStatistics> SchemeTableModel::statisticsAt(int row) const
{
    if (row < 0 || row >= m_entries.size() || !m_entries.at(row).statistics)
        return std::nullopt;
    return m_entries.at(row).statistics->expanded();
}

int SchemeTableModel::rowOfScheme(qint64 id) const
{
    return rowIndex().value(id, -1);
}

qint64 SchemeTableModel::schemeIdAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).listing.id : 0;
}

const SchemeTableModel::Row *SchemeTableModel::listingAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).listing : nullptr;
}

const QByteArray &SchemeTableModel::searchTextAt(int row) const
{
    static const QByteArray none;
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).searchText : none;
}

bool SchemeTableModel::schemeIsIn(int row, Nation nation) const
{
    if (row < 0 || row >= m_entries.size())
        return false;
    // A national scheme covers both nations.
    const quint8 wanted = quint8((1u << int(nation)) | (1u << int(Nation::EnglandAndWales)));
    return (m_entries.at(row).nations & wanted) != 0;
}

QStringList SchemeTableModel::areasInUse() const
{
    QSet<QString> areas;
    for (const Entry &entry : m_entries) {
        for (const QString &area : splitList(entry.listing.areaKey))
            areas.insert(area);
    }
    QStringList sorted(areas.cbegin(), areas.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QStringList SchemeTableModel::providersInUse() const
{
    QHash<QString, QString> providers; // case-folded -> first spelling
    for (const Entry &entry : m_entries) {
        for (const QString &provider : entry.listing.providers)
            providers.insert(provider.toCaseFolded(), provider);
    }
    QStringList sorted = providers.values();
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QVariant SchemeTableModel::display(const Entry &entry, int column) const
{
    const Row &s = entry.listing;
    switch (column) {
    case Name:
        return s.name;
    case Areas:
        return s.areaKey;
    case Strand:
        return Vocabulary<opcc::Strand>::label(s.strand);
    case Providers:
        return s.providers.join(QStringLiteral("; "));
    case Status:
        return Vocabulary<opcc::Status>::label(s.status);
    case Period:
        return periodText(s.start, s.end);
    case Figures:
        if (!m_statisticsLoaded)
            return {};
        return QLocale().toString(entry.figureCount);
    case Headline: {
        if (!entry.statistics || !entry.statistics->hasHeadline)
            return {};
        const SchemeStatistics st = entry.statistics->expanded();
        const QString label
            = m_measureLabels.value(st.headlineMeasure, labelFromKey(st.headlineMeasure));
        return tr("%1: %2", "headline: measure then value")
            .arg(label, formatFigureValue(*st.headline, st.headlineUnit));
    }
    }
    return {};
}

QVariant SchemeTableModel::raw(const Entry &entry, int column) const
{
    const Row &s = entry.listing;
    switch (column) {
    case Name:
        return QString::fromUtf8(entry.nameKey());
    case Areas:
        return QString::fromUtf8(entry.areasKey());
    case Strand:
        return int(s.strand);
    case Providers:
        return entry.providersKey;
    case Status:
        return int(s.status);
    case Period:
        return entry.periodKey;
    case Figures:
        return entry.figureCount;
    case Headline:
        if (!entry.statistics || !entry.statistics->hasHeadline)
            return QVariant();
        return entry.statistics->value;
    }
    return {};
}

QVariant SchemeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            const QString summary = BrowseStore(m_db).summaryOf(entry.listing.id);
            if (!summary.isEmpty())
                return summary;
        }
        return display(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Figures)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return raw(entry, index.column());
    case IdRole:
        return entry.listing.id;
    case StrandRole:
        return int(entry.listing.strand);
    case StatusRole:
        return int(entry.listing.status);
    case AreasRole:
        return splitList(entry.listing.areaKey);
    case ProvidersRole:
        return entry.listing.providers;
    case SearchTextRole:
        return QString::fromUtf8(entry.searchText);
    }
    return {};
}

QVariant SchemeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Scheme");
    case Areas:
        return tr("Area");
    case Strand:
        return tr("Strand");
    case Providers:
        return tr("Providers");
    case Status:
        return tr("Status");
    case Period:
        return tr("Period");
    case Figures:
        return tr("Figures");
    case Headline:
        return tr("Headline figure");
    }
    return {};
}

QHash<int, QByteArray> SchemeTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IdRole, "schemeId");
    names.insert(StrandRole, "strand");
    names.insert(StatusRole, "status");
    names.insert(AreasRole, "areas");
    names.insert(ProvidersRole, "providers");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace opcc
