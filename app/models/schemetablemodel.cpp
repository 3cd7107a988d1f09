#include "models/schemetablemodel.h"

#include "domain/languagenotifier.h"
#include "domain/measurecatalogue.h"
#include "domain/valueformat.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace opcc {

namespace {

QString periodText(const PartialDate &start, const PartialDate &end)
{
    const QString from = start.toIsoString();
    const QString to = end.toIsoString();
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
{
    connect(&m_db, &Database::changed, this, [this] {
        reload();
        loadStatistics();
        emit refreshed();
    });
    // The headline column keeps its measure labels: word them again before views ask.
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, [this] {
        for (const Measure &measure : m_db.measures()) {
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
    m_entries.clear();
    m_rowOfId.clear();
    m_statisticsLoaded = false;
    m_nations.clear();
    for (const Area &area : m_db.areas())
        m_nations.insert(area.name, area.nation);
    const QList<SchemeListing> listings = m_db.schemeListings();
    m_entries.reserve(listings.size());
    for (const SchemeListing &listing : listings) {
        Entry entry;
        entry.listing = listing;
        entry.searchText = (listing.name + QLatin1Char('\n') + listing.areaKey + QLatin1Char('\n')
                            + listing.providers.join(QLatin1Char('\n')) + QLatin1Char('\n')
                            + listing.summary)
                               .toCaseFolded();
        for (const QString &area : splitList(listing.areaKey)) {
            const Nation nation = m_nations.value(area, Nation::Unknown);
            if (!entry.nations.contains(nation))
                entry.nations.append(nation);
        }
        m_rowOfId.insert(listing.id, int(m_entries.size()));
        m_entries.append(std::move(entry));
    }
    endResetModel();
}

void SchemeTableModel::loadStatistics()
{
    m_measureLabels.clear();
    for (const Measure &measure : m_db.measures())
        m_measureLabels.insert(measure.key, measureLabel(measure));
    for (Entry &entry : m_entries) {
        entry.figureCount = 0;
        entry.statistics.reset();
    }
    for (const SchemeStatistics &statistics : m_db.schemeStatistics()) {
        const int row = m_rowOfId.value(statistics.schemeId, -1);
        if (row < 0)
            continue;
        m_entries[row].figureCount = statistics.figureCount;
        m_entries[row].statistics = statistics;
    }
    m_statisticsLoaded = true;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Figures), index(rowCount() - 1, Headline));
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
        const QString label = m_measureLabels.value(st.headlineMeasure,
                                                    labelFromKey(st.headlineMeasure));
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
        return s.name.toCaseFolded();
    case Areas:
        return s.areaKey.toCaseFolded();
    case Strand:
        return int(s.strand);
    case Providers:
        return s.providers.join(QStringLiteral("; ")).toCaseFolded();
    case Status:
        return int(s.status);
    case Period:
        return s.start.isNull() ? (s.end.isNull() ? QDate() : s.end.lastDay()) : s.start.firstDay();
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
