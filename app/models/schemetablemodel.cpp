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

void SchemeTableModel::reload()
{
    beginResetModel();
    // The counts shown so far stay until the next statistics arrive, rather than blank columns.
    QHash<qint64, Entry> previous;
    if (m_statisticsLoaded) {
        for (Entry &entry : m_entries)
            previous.insert(entry.listing.id, std::move(entry));
    }
    m_entries.clear();
    m_rowOfId.clear();
    m_nations.clear();
    for (const Area &area : LookupStore::reader(m_db).areas())
        m_nations.insert(area.name, area.nation);
    QList<SchemeListing> listings = BrowseStore(m_db).listings();
    m_entries.reserve(listings.size());
    for (SchemeListing &source : listings) {
        Entry entry = makeEntry(std::move(source));
        if (const auto kept = previous.constFind(entry.listing.id); kept != previous.cend()) {
            entry.figureCount = kept->figureCount;
            entry.statistics = kept->statistics;
        }
        m_rowOfId.insert(entry.listing.id, int(m_entries.size()));
        m_entries.append(std::move(entry));
    }
    endResetModel();
}

SchemeTableModel::Entry SchemeTableModel::makeEntry(SchemeListing &&source) const
{
    Entry entry;
    entry.listing = std::move(source);
    const SchemeListing &listing = entry.listing;
    entry.searchText
        = schemeSearchText(listing.name, listing.areaKey, listing.providers, listing.summary);
    entry.nameKey = listing.name.toCaseFolded();
    entry.areasKey = listing.areaKey.toCaseFolded();
    entry.providersKey = listing.providers.join(QStringLiteral("; ")).toCaseFolded();
    entry.periodKey = listing.start.isNull()
        ? (listing.end.isNull() ? QDate() : listing.end.lastDay())
        : listing.start.firstDay();
    for (const QString &area : splitList(listing.areaKey)) {
        const Nation nation = m_nations.value(area, Nation::Unknown);
        if (!entry.nations.contains(nation))
            entry.nations.append(nation);
    }
    return entry;
}

void SchemeTableModel::loadStatistics()
{
    applyStatistics(BrowseStore(m_db).statistics());
}

void SchemeTableModel::requestStatistics()
{
    m_loader->load(m_db.path());
}

void SchemeTableModel::applyStatistics(const QList<SchemeStatistics> &statistics)
{
    m_measureLabels.clear();
    for (const Measure &measure : LookupStore::reader(m_db).measures())
        m_measureLabels.insert(measure.key, measureLabel(measure));
    for (Entry &entry : m_entries) {
        entry.figureCount = 0;
        entry.statistics.reset();
    }
    for (const SchemeStatistics &scheme : statistics) {
        const int row = m_rowOfId.value(scheme.schemeId, -1);
        if (row < 0)
            continue;
        m_entries[row].figureCount = scheme.figureCount;
        m_entries[row].statistics = scheme;
    }
    m_statisticsLoaded = true;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Figures), index(rowCount() - 1, Headline));
    emit statisticsReady();
}

bool SchemeTableModel::isMissing(const Entry &entry, int column)
{
    if (column == Period)
        return !entry.periodKey.isValid();
    if (column == Headline)
        return !entry.statistics || !entry.statistics->headline;
    return false;
}

int SchemeTableModel::compareColumn(const Entry &a, const Entry &b, int column)
{
    const auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case Name:
        return order(a.nameKey, b.nameKey);
    case Areas:
        return order(a.areasKey, b.areasKey);
    case Strand:
        return order(int(a.listing.strand), int(b.listing.strand));
    case Providers:
        return order(a.providersKey, b.providersKey);
    case Status:
        return order(int(a.listing.status), int(b.listing.status));
    case Period:
        return order(a.periodKey, b.periodKey);
    case Figures:
        return order(a.figureCount, b.figureCount);
    case Headline:
        return order(
            a.statistics->headline->value.hundredths(), b.statistics->headline->value.hundredths());
    }
    return 0;
}

bool SchemeTableModel::rowLessThan(int left, int right, int column) const
{
    const Entry &a = m_entries.at(left);
    const Entry &b = m_entries.at(right);
    const bool aMissing = isMissing(a, column);
    const bool bMissing = isMissing(b, column);
    if (aMissing || bMissing) {
        // Missing values (no dates, no figures) sort after present ones.
        if (aMissing != bMissing)
            return bMissing;
    } else if (const int order = compareColumn(a, b, column); order != 0) {
        return order < 0;
    }
    // Ties: by name, then by area, so that the order is stable and predictable.
    if (a.nameKey != b.nameKey)
        return a.nameKey < b.nameKey;
    return a.areasKey < b.areasKey;
}

int SchemeTableModel::rowOfScheme(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

qint64 SchemeTableModel::schemeIdAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).listing.id : 0;
}

const SchemeListing *SchemeTableModel::listingAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).listing : nullptr;
}

const QString &SchemeTableModel::searchTextAt(int row) const
{
    static const QString none;
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).searchText : none;
}

bool SchemeTableModel::schemeIsIn(int row, Nation nation) const
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const QList<Nation> &nations = m_entries.at(row).nations;
    // A national scheme covers both nations.
    return nations.contains(nation) || nations.contains(Nation::EnglandAndWales);
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
    const SchemeListing &s = entry.listing;
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
        if (!entry.statistics || !entry.statistics->headline)
            return {};
        const SchemeStatistics &st = *entry.statistics;
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
    const SchemeListing &s = entry.listing;
    switch (column) {
    case Name:
        return entry.nameKey;
    case Areas:
        return entry.areasKey;
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
        if (!entry.statistics || !entry.statistics->headline)
            return QVariant();
        return entry.statistics->headline->value.hundredths();
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
        if (index.column() == Name && !entry.listing.summary.isEmpty())
            return entry.listing.summary;
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
        return entry.searchText;
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
