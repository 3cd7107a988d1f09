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

QString SchemeTableModel::Interned::operator()(const QString &text)
{
    const auto found = m_strings.constFind(text);
    if (found != m_strings.cend())
        return *found;
    m_strings.insert(text);
    return text;
}

void SchemeTableModel::reload()
{
    beginResetModel();
    dropRestJob();
    m_head.reset();
    // The counts shown so far stay until the next statistics arrive, rather than blank columns.
    QHash<qint64, Entry> previous;
    if (m_statisticsLoaded) {
        for (Entry &entry : m_entries)
            previous.insert(entry.listing.id, std::move(entry));
    }
    m_entries.clear();
    m_rowOfId.clear();
    m_interned.clear();
    m_nations.clear();
    for (const Area &area : LookupStore::reader(m_db).areas())
        m_nations.insert(area.name, area.nation);
    m_entries.reserve(BrowseStore(m_db).schemeCount());
    BrowseStore(m_db).forEachListing([this, &previous](SchemeListing &&source) {
        Entry entry = makeEntry(std::move(source));
        if (const auto kept = previous.constFind(entry.listing.id); kept != previous.cend()) {
            entry.figureCount = kept->figureCount;
            entry.statistics = kept->statistics;
        }
        m_entries.append(std::move(entry));
    });
    reindex();
    endResetModel();
}

void SchemeTableModel::reloadHead(int rows)
{
    beginResetModel();
    dropRestJob();
    m_entries.clear();
    m_rowOfId.clear();
    m_interned.clear();
    m_nations.clear();
    m_statisticsLoaded = false;
    for (const Area &area : LookupStore::reader(m_db).areas())
        m_nations.insert(area.name, area.nation);
    QList<SchemeListing> listings = BrowseStore(m_db).firstListings(rows + 1);
    // One row more than asked for says whether there is a rest to read.
    const bool more = listings.size() > rows;
    if (more)
        listings.removeLast();
    for (SchemeListing &source : listings)
        m_entries.append(makeEntry(std::move(source)));
    m_head.reset();
    if (more)
        m_head = m_entries.constLast().listing;
    reindex();
    endResetModel();
}

// What the rest's thread reads: the whole list again from its start (the head included, a
// screenful), so that its rows replace the head's in place without a second copy of the list.
struct SchemeTableModel::RestJob
{
    std::atomic<bool> stop { false };
    QList<Entry> entries;
    QString error;
    QThread *thread = nullptr;
};

void SchemeTableModel::loadRest()
{
    if (!m_head || m_rest)
        return;
    auto job = std::make_shared<RestJob>();
    job->thread = QThread::create([job, path = m_db.path(), nations = m_nations] {
        Database reader;
        const Database::OpenResult opened = reader.openForReading(path);
        if (!opened.ok()) {
            job->error = opened.message;
            return;
        }
        reader.setStopFlag(&job->stop);
        const BrowseStore store(reader);
        job->entries.reserve(store.schemeCount());
        Interned interned;
        const bool read = store.forEachListing([&](SchemeListing &&source) {
            job->entries.append(makeEntry(std::move(source), nations, interned));
        });
        reader.setStopFlag(nullptr);
        if (!job->stop && (!read || reader.hasReadError()))
            job->error = reader.readError();
    });
    connect(job->thread, &QThread::finished, this, [this, job] {
        if (job != m_rest)
            return; // dropped: its thread was ended by dropRestJob()
        dropRestJob();
        if (!job->error.isEmpty()) {
            emit m_db.readFailed(job->error);
            return;
        }
        appendRest(std::move(job->entries));
    });
    m_rest = job;
    job->thread->start();
}

void SchemeTableModel::dropRestJob()
{
    if (!m_rest)
        return;
    const std::shared_ptr<RestJob> job = std::exchange(m_rest, nullptr);
    job->stop = true;
    job->thread->wait();
    delete job->thread;
    job->thread = nullptr;
}

void SchemeTableModel::fetchAll()
{
    if (!m_head)
        return;
    dropRestJob();
    QList<Entry> all;
    all.reserve(BrowseStore(m_db).schemeCount());
    const bool read = BrowseStore(m_db).forEachListing(
        [this, &all](SchemeListing &&source) { all.append(makeEntry(std::move(source))); });
    if (read)
        appendRest(std::move(all));
}

bool SchemeTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_head;
}

void SchemeTableModel::fetchMore(const QModelIndex &parent)
{
    // Asked by views while they show a reset or insertion: the rest is read on another thread
    // and inserted later, never inside the notification that asked.
    if (!parent.isValid())
        loadRest();
}

void SchemeTableModel::appendRest(QList<Entry> &&all)
{
    const qsizetype head = m_entries.size();
    bool same = all.size() >= head;
    for (qsizetype row = 0; same && row < head; ++row)
        same = all.at(row).listing.id == m_entries.at(row).listing.id;
    m_head.reset();
    if (!same) { // the register changed under the head (another program wrote to it)
        beginResetModel();
        m_entries = std::move(all);
        reindex();
        endResetModel();
    } else if (all.size() > head) {
        beginInsertRows({}, int(head), int(all.size() - 1));
        m_entries = std::move(all);
        reindex();
        endInsertRows();
    }
    emit completed();
    if (std::exchange(m_statisticsWanted, false))
        requestStatistics();
}

SchemeTableModel::Entry SchemeTableModel::makeEntry(SchemeListing &&source)
{
    return makeEntry(std::move(source), m_nations, m_interned);
}

SchemeTableModel::Entry SchemeTableModel::makeEntry(
    SchemeListing &&source, const QHash<QString, Nation> &nations, Interned &interned)
{
    Entry entry;
    Row &listing = entry.listing;
    listing.id = source.id;
    listing.name = std::move(source.name);
    listing.areaKey = interned(source.areaKey);
    listing.strand = source.strand;
    listing.status = source.status;
    listing.start = source.start;
    listing.end = source.end;
    listing.providers = std::move(source.providers);
    for (QString &provider : listing.providers)
        provider = interned(provider);
    // The same text as schemeSearchText(), in UTF-8: a case-folded word is found in it as its
    // UTF-8 bytes. Name and areas come first, to be the sort keys.
    const QByteArray name = listing.name.toCaseFolded().toUtf8();
    const QByteArray areas = listing.areaKey.toCaseFolded().toUtf8();
    const QByteArray rest
        = (listing.providers.join(QLatin1Char('\n')) + QLatin1Char('\n') + source.summary)
              .toCaseFolded()
              .toUtf8();
    entry.searchText.reserve(name.size() + areas.size() + rest.size() + 2);
    entry.searchText.append(name).append('\n').append(areas).append('\n').append(rest);
    entry.nameLength = int(name.size());
    entry.areasLength = int(areas.size());
    // The summary is shown in a tooltip: read then (summaryOf).
    entry.providersKey = interned(listing.providers.join(QStringLiteral("; ")).toCaseFolded());
    entry.periodKey = listing.start.isNull()
        ? (listing.end.isNull() ? QDate() : listing.end.lastDay())
        : listing.start.firstDay();
    for (const QString &area : splitList(listing.areaKey))
        entry.nations |= quint8(1u << int(nations.value(area, Nation::Unknown)));
    return entry;
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
    m_loader->load(m_db.path());
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
        const int row = m_rowOfId.value(scheme->schemeId, -1);
        if (row < 0)
            continue;
        m_entries[row].figureCount = scheme->figureCount;
        m_entries[row].statistics = scheme;
    }
    m_statisticsLoaded = true;
    m_ranksOf = -1;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Figures), index(rowCount() - 1, Headline));
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

bool SchemeTableModel::isMissing(const Entry &entry, int column)
{
    if (column == Period)
        return !entry.periodKey.isValid();
    if (column == Headline)
        return !entry.statistics || !entry.statistics->hasHeadline;
    return false;
}

int SchemeTableModel::compareColumn(const Entry &a, const Entry &b, int column)
{
    const auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case Name:
        return order(a.nameKey(), b.nameKey());
    case Areas:
        return order(a.areasKey(), b.areasKey());
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
        return order(a.statistics->value, b.statistics->value);
    }
    return 0;
}

bool SchemeTableModel::rowLessThan(int left, int right, int column) const
{
    // The proxy sorts 50,000 rows again at every keystroke: it compares ranks made once per
    // column and change of the list (a sort of their own), not the rows' keys.
    if (column < 0 || column >= ColumnCount)
        return false;
    if (m_ranksOf != m_entries.size())
        m_ranks = QList<QList<int>>(ColumnCount);
    m_ranksOf = m_entries.size();
    if (m_ranks.at(column).isEmpty())
        rank(column);
    const QList<int> &ranks = m_ranks.at(column);
    return ranks.at(left) < ranks.at(right);
}

void SchemeTableModel::rank(int column) const
{
    QList<int> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    const auto less = [this, column](int left, int right) {
        return entryLessThan(m_entries.at(left), m_entries.at(right), column);
    };
    std::sort(order.begin(), order.end(), less);
    QList<int> &ranks = m_ranks[column];
    ranks.resize(m_entries.size());
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        // Rows that compare equal share a rank, so that the proxy keeps them as it found them.
        if (i > 0 && less(order.at(i - 1), order.at(i)))
            ++rank;
        ranks[order.at(i)] = rank;
    }
}

bool SchemeTableModel::entryLessThan(const Entry &a, const Entry &b, int column)
{
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
    if (a.nameKey() != b.nameKey())
        return a.nameKey() < b.nameKey();
    return a.areasKey() < b.areasKey();
}

int SchemeTableModel::rowOfScheme(qint64 id) const
{
    return m_rowOfId.value(id, -1);
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
