// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SchemeTableModel: reading the list, whole or a screenful first and the rest on a thread.

#include "domain/languagenotifier.h"
#include "domain/measurecatalogue.h"
#include "domain/valueformat.h"
#include "models/schemesearch.h"
#include "models/schemetablemodel.h"
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

QString SchemeTableModel::Interned::operator()(const QString &text)
{
    const auto found = m_strings.constFind(text);
    if (found != m_strings.cend())
        return *found;
    m_strings.insert(text);
    return text;
}

QStringList SchemeTableModel::Interned::operator()(const QStringList &list)
{
    // The huge register's 33,000 schemes with providers name 339 different lists of them.
    if (list.isEmpty())
        return {};
    const auto found = m_lists.constFind(list);
    if (found != m_lists.cend())
        return *found;
    QStringList stored;
    stored.reserve(list.size());
    for (const QString &text : list)
        stored.append((*this)(text));
    m_lists.insert(stored);
    return stored;
}

bool SchemeTableModel::reload()
{
    // Read whole before the rows are touched: a read that fails (a server gone away) leaves the
    // list, and the views' selection and scroll position, as they were.
    const int failures = m_db.readFailureCount();
    QHash<QString, Nation> nations;
    for (const Area &area : LookupStore::reader(m_db).areas())
        nations.insert(area.name, area.nation);
    if (m_db.readFailureCount() != failures)
        return false;
    // The plan of what the list becomes, row by row: a shown row read alike (its index in
    // m_entries), or else a new entry (-1 - its index in changed). The shown rows are moved
    // into place only once the read has succeeded, in place: a second array of the huge
    // register's 50,000 rows (10 MiB, with copies of their texts before that) took the window
    // from 106 to 145 MiB for the length of a refresh.
    QList<int> plan;
    QList<Entry> changed;
    Interned interned;
    plan.reserve(BrowseStore(m_db).schemeCount());
    const QHash<qint64, int> &shown = rowIndex();
    const bool read = BrowseStore(m_db).forEachListing([&](SchemeListing &&source) {
        Entry entry = makeEntry(std::move(source), nations, interned);
        const auto row = shown.constFind(entry.listing.id);
        const bool wasShown = row != shown.cend() && *row < m_entries.size();
        if (wasShown && sameRow(m_entries.at(*row), entry)) {
            plan.append(*row);
            return;
        }
        // The counts shown so far stay until the next statistics arrive, rather than blank
        // columns.
        if (wasShown && m_statisticsLoaded) {
            entry.figureCount = m_entries.at(*row).figureCount;
            entry.statistics = m_entries.at(*row).statistics;
        }
        plan.append(-1 - int(changed.size()));
        changed.append(std::move(entry));
    });
    if (!read || m_db.readFailureCount() != failures)
        return false;

    beginResetModel();
    dropRestJob();
    m_head.reset();
    placeRows(plan, std::move(changed));
    m_interned = std::move(interned);
    m_nations = std::move(nations);
    if (!inOrder()) // read in the order by name; another was asked for
        permute(sortedRows());
    endResetModel();
    return true;
}

void SchemeTableModel::placeRows(const QList<int> &plan, QList<Entry> &&changed)
{
    // One permutation of max(new, old) places: each kept row goes to its new place; the places
    // of the rows not kept, and those past the old end, go to the new entries' places and to
    // the places past the new end, which are then filled or cut off.
    const qsizetype before = m_entries.size();
    const qsizetype after = plan.size();
    const qsizetype places = std::max(before, after);
    std::vector<bool> kept(std::size_t(before), false);
    for (const int from : plan) {
        if (from >= 0)
            kept[std::size_t(from)] = true;
    }
    QList<int> rows(places, -1);
    QList<int> spare; // places whose row goes nowhere
    for (qsizetype from = 0; from < places; ++from) {
        if (from >= before || !kept[std::size_t(from)])
            spare.append(int(from));
    }
    qsizetype nextSpare = 0;
    for (qsizetype to = 0; to < places; ++to) {
        const int from = to < after ? plan.at(to) : -1;
        rows[to] = from >= 0 ? from : spare.at(nextSpare++);
    }
    if (after > before)
        m_entries.resize(after);
    // The ranks and the row index are of the rows before: made again when next asked for, not
    // carried through the permutation (as a sort carries the ranks) only to be dropped.
    reindex();
    permute(rows);
    for (qsizetype to = 0; to < after; ++to) {
        if (const int from = plan.at(to); from < 0)
            m_entries[to] = std::move(changed[-1 - from]);
    }
    m_entries.resize(after);
}

void SchemeTableModel::reloadHead(int rows)
{
    beginResetModel();
    dropRestJob();
    m_entries.clear();
    m_rowOfId.clear();
    m_rowOfIdStale = false;
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
    if (!inOrder()) // a head ordered otherwise than by name: the rows read so far, ordered
        permute(sortedRows());
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
    // all is the whole list in the order it is read in; the head's rows are its first ones, in
    // the rows' order (the same unless another order was asked for).
    const qsizetype head = m_entries.size();
    bool same = all.size() >= head;
    for (qsizetype row = 0; same && row < head; ++row)
        same = rowIndex().contains(all.at(row).listing.id);
    m_head.reset();
    if (!same) { // the register changed under the head (another program wrote to it)
        beginResetModel();
        m_entries = std::move(all);
        reindex();
        if (!inOrder())
            permute(sortedRows());
        endResetModel();
    } else if (all.size() > head) {
        beginInsertRows({}, int(head), int(all.size() - 1));
        // The head's rows stay as they are (in their order) and the rest's follow them: the
        // head's entries take the places of their own second reading at the front of all,
        // which becomes the list. Appending the rest to the head instead held two lists of
        // every row at once (10 MiB more at the peak on a register of 50,000 schemes).
        for (qsizetype row = 0; row < head; ++row)
            all[row] = std::move(m_entries[row]);
        m_entries = std::move(all);
        reindex();
        endInsertRows();
        sortRows(); // a layout change only if the rest does not follow the head in order
    }
    emit completed();
    if (std::exchange(m_statisticsWanted, false))
        requestStatistics();
}

bool SchemeTableModel::sameRow(const Entry &a, const Entry &b)
{
    const Row &x = a.listing;
    const Row &y = b.listing;
    return x.id == y.id && x.name == y.name && x.areaKey == y.areaKey && x.strand == y.strand
        && x.status == y.status && x.start == y.start && x.end == y.end
        && x.providers == y.providers && a.searchText == b.searchText
        && a.nameLength == b.nameLength && a.areasLength == b.areasLength
        && a.providersKey == b.providersKey && a.periodKey == b.periodKey && a.nations == b.nations;
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
    listing.providers = interned(source.providers);
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

} // namespace opcc
