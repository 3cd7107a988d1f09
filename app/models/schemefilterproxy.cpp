// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/schemefilterproxy.h"

#include "models/schemesearch.h"
#include "models/schemetablemodel.h"

#include <QDate>
#include <QThread>
#include <system_error>
#include <thread>

namespace opcc {

SchemeFilterProxy::SchemeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SchemeTableModel::RawValueRole);
    setDynamicSortFilter(true);
}

void SchemeFilterProxy::refilter()
{
    // One layout change rather than a removal or insertion signal for every run of rows that
    // comes or goes: a strand chosen on 10,000 schemes removes thousands of scattered runs, each
    // one updating the view. Nothing is sorted: the scheme list keeps its rows in order itself,
    // so the rows that pass are mapped in the source's order.
    testRowsAhead();
    invalidate();
    // The mapping is made when first asked for: now, while the rows' answers are at hand.
    rowCount();
    m_passes.clear();
    emit filtersChanged();
}

void SchemeFilterProxy::testRowsAhead()
{
    m_passes.clear();
    const int rows = m_schemes ? m_schemes->rowCount() : 0;
    if (rows < m_rowsForTwoThreads || rows < 2 || !hasFilters() || QThread::idealThreadCount() < 2)
        return;
    // Testing a row is independent of every other, and the words typed are looked for in the
    // 50,000 rows' texts of the national register (some 15 MB): two cores take 2 ms off a
    // keystroke there. Each thread writes its own bytes of m_passes.
    m_passes.resize(std::size_t(rows));
    const auto test = [this](int from, int to) {
        for (int row = from; row < to; ++row)
            m_passes[std::size_t(row)] = rowPasses(row) ? 1 : 0;
    };
    const int half = rows / 2;
    try {
        std::thread second(test, half, rows);
        test(0, half);
        second.join();
    } catch (const std::system_error &) {
        // No thread to be had: the rows are tested one by one as the proxy maps them.
        m_passes.clear();
    }
}

void SchemeFilterProxy::setStrand(std::optional<Strand> strand)
{
    if (m_strand == strand)
        return;
    m_strand = strand;
    refilter();
}

void SchemeFilterProxy::setArea(const QString &area)
{
    if (m_area == area)
        return;
    m_area = area;
    refilter();
}

void SchemeFilterProxy::setNation(std::optional<Nation> nation)
{
    if (m_nation == nation)
        return;
    m_nation = nation;
    refilter();
}

void SchemeFilterProxy::setProvider(const QString &provider)
{
    if (m_provider == provider)
        return;
    m_provider = provider;
    refilter();
}

void SchemeFilterProxy::setStatus(std::optional<Status> status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void SchemeFilterProxy::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_words = opcc::searchWords(text);
    m_wordsUtf8.clear();
    for (const QString &word : std::as_const(m_words))
        m_wordsUtf8.append(word.toUtf8());
    searchMatches(false);
    refilter();
}

void SchemeFilterProxy::setSearch(Search search)
{
    m_search = std::move(search);
    searchMatches(true);
    refilter();
}

void SchemeFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    disconnect(m_resetConnection);
    disconnect(m_refreshConnection);
    QSortFilterProxyModel::setSourceModel(model);
    m_schemes = qobject_cast<SchemeTableModel *>(model); // asked for every row of every filter
    // The register changed: what the words find may have too. Asked before the proxy reads the
    // new rows.
    if (model)
        m_resetConnection = connect(
            model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { searchMatches(true); });
    // A change followed row by row (an edit, here or in another window on a server) may have
    // given a scheme's details the words typed, or taken them away: asked again, the earlier
    // answers on show until the new ones come.
    if (m_schemes)
        m_refreshConnection = connect(m_schemes, &SchemeTableModel::refreshed, this, [this] {
            if (m_words.isEmpty())
                return;
            const QList<std::optional<QSet<qint64>>> before = m_matches;
            searchMatches(true);
            if (m_matches != before)
                refilter();
        });
}

void SchemeFilterProxy::setSearchRequest(SearchRequest request)
{
    m_request = std::move(request);
    m_asked.clear();
    searchMatches(true);
    refilter();
}

void SchemeFilterProxy::setSearchResults(int generation, const Matches &found)
{
    if (generation != m_generation || !m_request)
        return; // asked of a register since read again
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        m_asked.removeAll(it.key());
        if (m_words.contains(it.key()))
            m_searched.insert(it.key(), it.value());
    }
    const QList<std::optional<QSet<qint64>>> before = m_matches;
    searchMatches(false);
    if (m_matches != before) // a word too short to search, say, changes nothing shown
        refilter();
    emit searchResultsApplied();
}

void SchemeFilterProxy::searchMatches(bool again)
{
    // Typing "midd" after "mid" asks only for the new word; the others are remembered.
    if (again) {
        ++m_generation;
        m_asked.clear();
        if (m_request) // on show until the new answers come, rather than a list that narrows
            m_provisional.insert(m_searched);
        m_searched.clear();
    }
    Matches searched;
    QStringList missing;
    m_matches.clear();
    for (const QString &word : std::as_const(m_words)) {
        if (m_searched.contains(word))
            searched.insert(word, m_searched.value(word));
        else if (!m_request && !searched.contains(word))
            searched.insert(word, m_search ? m_search(word) : std::nullopt);
        else if (m_request && !missing.contains(word))
            missing.append(word);
        // Not answered yet: the answer from before the data changed, or the list's own text.
        m_matches.append(
            searched.contains(word) ? searched.value(word) : m_provisional.value(word));
    }
    m_searched = searched;
    m_provisional.removeIf([this](const auto &it) { return !m_words.contains(it.key()); });
    if (missing.isEmpty())
        m_asked.clear();
    else if (missing != m_asked) {
        m_asked = missing;
        m_request(missing, m_generation);
    }
}

void SchemeFilterProxy::clearFilters()
{
    m_strand.reset();
    m_area.clear();
    m_nation.reset();
    m_provider.clear();
    m_status.reset();
    m_text.clear();
    m_words.clear();
    m_wordsUtf8.clear();
    m_matches.clear();
    m_asked.clear(); // an answer still to come is for words no longer typed
    refilter();
}

void SchemeFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The scheme list orders its own rows, once per sort, from ranks it keeps: the proxy does not
    // sort (its sort column stays -1), so that a filter change re-sorts nothing. Sorting 50,000
    // rows again at every keystroke cost most of the keystroke.
    if (m_schemes) {
        m_schemes->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool SchemeFilterProxy::hasFilters() const
{
    return m_strand || !m_area.isEmpty() || m_nation || !m_provider.isEmpty() || m_status
        || !m_words.isEmpty();
}

bool SchemeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_schemes)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (!sourceParent.isValid() && sourceRow >= 0 && std::size_t(sourceRow) < m_passes.size())
        return m_passes[std::size_t(sourceRow)] != 0;
    return rowPasses(sourceRow);
}

bool SchemeFilterProxy::rowPasses(int sourceRow) const
{
    const SchemeTableModel *model = m_schemes;
    const SchemeTableModel::Row *listing = model->listingAt(sourceRow);
    if (!listing)
        return false;
    if (m_strand && listing->strand != *m_strand)
        return false;
    if (m_status && listing->status != *m_status)
        return false;
    if (!m_area.isEmpty() || m_nation) {
        const QStringList areas = splitList(listing->areaKey);
        if (!m_area.isEmpty() && !areas.contains(m_area))
            return false;
        if (m_nation && !model->schemeIsIn(sourceRow, *m_nation))
            return false;
    }
    if (!m_provider.isEmpty() && !listing->providers.contains(m_provider, Qt::CaseInsensitive))
        return false;
    if (!m_words.isEmpty()) {
        const QByteArray &text = model->searchTextAt(sourceRow);
        // containsBytes (sixteen bytes at a time) is several times quicker here than
        // QByteArray::contains' rolling hash, and than a search that compares again at every
        // occurrence of the word's first byte: "hu" stops at each "h" of 50,000 summaries.
        for (qsizetype i = 0; i < m_wordsUtf8.size(); ++i) {
            const QByteArray &word = m_wordsUtf8.at(i);
            if (containsBytes(text, word))
                continue;
            if (i >= m_matches.size() || !m_matches.at(i)
                || !m_matches.at(i)->contains(listing->id))
                return false;
        }
    }
    return true;
}

bool SchemeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The scheme list compares its own sort keys: sorting 10,000 rows through QVariants of
    // case-folded copies took longer than everything else the first screen needs.
    const auto *model = qobject_cast<const SchemeTableModel *>(sourceModel());
    if (model && sortRole() == SchemeTableModel::RawValueRole && left.model() == model
        && right.model() == model && left.column() == right.column())
        return model->rowLessThan(left.row(), right.row(), left.column());
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Missing values (no dates, no figures) sort after present ones in ascending order.
    const bool aMissing = !a.isValid() || (a.typeId() == QMetaType::QDate && !a.toDate().isValid());
    const bool bMissing = !b.isValid() || (b.typeId() == QMetaType::QDate && !b.toDate().isValid());
    if (aMissing || bMissing) {
        if (aMissing != bMissing)
            return bMissing;
    } else {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // Ties: by name, then by area, so that the order is stable and predictable.
    const QModelIndex leftName = left.siblingAtColumn(SchemeTableModel::Name);
    const QModelIndex rightName = right.siblingAtColumn(SchemeTableModel::Name);
    const QString ln = leftName.data(sortRole()).toString();
    const QString rn = rightName.data(sortRole()).toString();
    if (ln != rn)
        return ln < rn;
    return left.siblingAtColumn(SchemeTableModel::Areas).data(sortRole()).toString()
        < right.siblingAtColumn(SchemeTableModel::Areas).data(sortRole()).toString();
}

} // namespace opcc
