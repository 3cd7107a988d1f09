// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schemebrowser.h"

#include "columnfitter.h"
#include "headerfit.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/searchloader.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace opcc {

namespace {

// Area choices: an area name, or a nation marked by this prefix in the item data.
const QString nationPrefix = QStringLiteral("nation:");

} // namespace

SchemeBrowser::SchemeBrowser(SchemeTableModel *schemes, QWidget *parent)
    : QWidget(parent)
    , m_schemes(schemes)
    , m_search(new SearchLoader(this))
    , m_proxy(new SchemeFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_area(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_areaLabel(new QLabel(this))
    , m_providerLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_schemes);
    // The full-text search runs on a thread of its own: a keystroke filters on the list's own
    // text at once, and the list widens when the indexes answer.
    // Asked once the keystroke's own list has been painted, so that the search's thread does not
    // compete with that paint for a busy machine's cores.
    m_proxy->setSearchRequest([this](const QStringList &words, int generation) {
        QTimer::singleShot(0, m_search, [this, words, generation] {
            m_search->search(m_schemes->database().path(), words, generation);
        });
    });
    connect(m_search, &SearchLoader::found, m_proxy, &SchemeFilterProxy::setSearchResults);
    connect(m_search, &SearchLoader::failed, this, [this](int generation, const QString &message) {
        Database &db = m_schemes->database();
        // The search's own connection may be the first to find a server gone: the window's
        // connection is asked too (one count), so that the warning says the server cannot be
        // reached and offers Retry, rather than that the database may be damaged.
        if (db.isServer() && !db.isServerAway())
            BrowseStore(db).schemeCount();
        emit db.readFailed(message);
        SchemeFilterProxy::Matches none; // the list's own text alone, until the data changes
        for (const QString &word : m_proxy->askedWords())
            none.insert(word, std::nullopt);
        m_proxy->setSearchResults(generation, none);
    });
    m_filter->setObjectName(QStringLiteral("schemeFilter"));
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_count->setObjectName(QStringLiteral("schemeCount"));
    m_table->setObjectName(QStringLiteral("schemeTable"));
    m_empty->setObjectName(QStringLiteral("emptyMessage"));

    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this); // Down goes on into the results
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_filter->setMinimumWidth(12 * em);
    for (QComboBox *combo : { m_area, m_provider }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        // Short enough that the window fits a screen at 200% in Welsh; they stretch beyond it.
        combo->setMinimumContentsLength(6);
    }
    m_provider->setEditable(true);
    m_provider->setInsertPolicy(QComboBox::NoInsert);
    m_provider->completer()->setFilterMode(Qt::MatchContains);
    m_provider->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filterLabel->setBuddy(m_filter);
    m_areaLabel->setBuddy(m_area);
    m_providerLabel->setBuddy(m_provider);
    m_statusLabel->setBuddy(m_status);

    // Two rows, so that the list stays usable in a narrow window.
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_filterLabel);
    textRow->addWidget(m_filter, 1);
    textRow->addWidget(m_count);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_areaLabel);
    choiceRow->addWidget(m_area, 1);
    choiceRow->addWidget(m_providerLabel);
    choiceRow->addWidget(m_provider, 1);
    choiceRow->addWidget(m_statusLabel);
    choiceRow->addWidget(m_status);
    auto *bar = new QVBoxLayout;
    bar->addLayout(textRow);
    bar->addLayout(choiceRow);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    // The list's own order first: sorting turned on sorts by the indicator, by default the first
    // column descending, which would read the whole of a large register before its first paint.
    m_table->horizontalHeader()->setSortIndicator(SchemeTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // Shares of the width, by column: every column shows at the default window size.
    m_columns = new ColumnFitter(m_table, { 22, 13, 10, 13, 7, 10, 5, 13 });

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_empty, &QLabel::linkActivated, this, [this] {
        clearFilters();
        emit strandFilterCleared();
    });
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack);

    setTabOrder(m_filter, m_area);
    setTabOrder(m_area, m_provider);
    setTabOrder(m_provider, m_status);
    setTabOrder(m_status, m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SchemeFilterProxy::setText);
    connect(m_area, &QComboBox::activated, this, &SchemeBrowser::applyAreaChoice);
    connect(m_provider, &QComboBox::currentTextChanged, this, [this] {
        const int index = m_provider->findText(m_provider->currentText(), Qt::MatchFixedString);
        m_proxy->setProvider(index > 0 ? m_provider->itemText(index) : QString());
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const QVariant status = m_status->currentData();
        m_proxy->setStatus(
            status.isValid() ? std::optional<Status>(Status(status.toInt())) : std::nullopt);
    });
    connect(m_proxy, &SchemeFilterProxy::filtersChanged, this, &SchemeBrowser::updateCount);
    connect(m_proxy, &SchemeFilterProxy::filtersChanged, this, &SchemeBrowser::keepCurrentShown);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SchemeBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SchemeBrowser::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SchemeBrowser::updateCount);
    connect(m_schemes, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_keptId = currentSchemeId(); });
    connect(m_schemes, &QAbstractItemModel::modelReset, this, [this] {
        m_restAfterPaint = !m_schemes->isComplete();
        fillChoices();
        giveNamesRoom();
        if (m_keptId != 0)
            selectScheme(m_keptId);
        if (!m_table->currentIndex().isValid())
            selectFirst();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { emit currentSchemeChanged(currentSchemeId()); });

    connect(m_schemes, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { giveNamesRoom(first, last); });
    // The rest of a list read a screenful first: its areas and providers are choices too.
    connect(m_schemes, &SchemeTableModel::completed, this, [this] {
        m_restAfterPaint = false;
        fillChoices();
        updateCount();
        if (!m_table->currentIndex().isValid())
            selectFirst();
    });
    m_restAfterPaint = !m_schemes->isComplete();
    m_table->viewport()->installEventFilter(this);

    fillChoices();
    giveNamesRoom();
    retranslate();
}

SchemeBrowser::~SchemeBrowser() = default;

// A scheme is known by its name: the Name column gets the width that shows nine names in ten
// whole (up to 30% of the list) before the other columns get more than their titles need, so
// that one very long name does not squeeze the areas out. Of a large register only the first
// rows are measured.
void SchemeBrowser::giveNamesRoom(int first, int last)
{
    const int rows = m_schemes->rowCount();
    const bool all = last < 0;
    const int from = all ? 0 : first;
    const int to = std::min(all ? rows - 1 : last, from + 2000);
    QStringList names;
    for (int row = from; row <= to; ++row)
        names.append(m_schemes->index(row, SchemeTableModel::Name).data().toString());
    const int width = m_columns->textWidth(names, 0.9);
    if (all || width > m_nameWidth) {
        m_nameWidth = width;
        m_columns->setPreferredWidth(SchemeTableModel::Name, width, 0.3);
    }
}

bool SchemeBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && m_restAfterPaint) {
        // Once the first rows are on the screen (the paint runs before the call queued here),
        // the rest of the list is read on another thread.
        m_restAfterPaint = false;
        QTimer::singleShot(0, m_schemes, &SchemeTableModel::loadRest);
    }
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && visibleCount() > 0) {
        if (!m_table->currentIndex().isValid())
            selectFirst();
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SchemeBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SchemeBrowser::retranslate()
{
    m_filterLabel->setText(tr("&Filter:"));
    m_areaLabel->setText(tr("&Area:"));
    m_providerLabel->setText(tr("P&rovider:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_filter->setPlaceholderText(tr("Words in any text of a scheme"));
    m_filter->setAccessibleName(tr("Filter schemes"));
    m_filter->setAccessibleDescription(tr("Shows only schemes with every word typed somewhere "
                                          "in their text: name, area, organisations, details, "
                                          "figures' notes and quotes, and source documents. "
                                          "Down moves into the list."));
    m_area->setAccessibleName(tr("Area filter"));
    m_area->setAccessibleDescription(tr("Shows only the schemes of one nation or one police "
                                        "force area."));
    m_provider->setAccessibleName(tr("Provider filter"));
    m_provider->setAccessibleDescription(tr("Shows only the schemes of one provider; type to "
                                            "find a provider in the list."));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->setAccessibleDescription(tr("Shows only planned, pilot, active or ended "
                                          "schemes."));
    m_count->setAccessibleName(tr("Number of schemes shown"));
    m_table->setAccessibleName(tr("Schemes"));
    m_table->setAccessibleDescription(tr("The schemes that match the filters, one a row. The "
                                         "selected scheme is shown in the detail panel."));
    m_empty->setAccessibleName(tr("No schemes match"));
    // The choices that are not names from the register.
    if (m_area->count() > 2) {
        m_area->setItemText(0, tr("All areas"));
        m_area->setItemText(1, tr("England"));
        m_area->setItemText(2, tr("Wales"));
    }
    if (m_provider->count() > 0) {
        const QSignalBlocker blocker(m_provider);
        m_provider->setItemText(0, tr("All providers"));
    }
    const QList<Status> statuses = Vocabulary<Status>::values();
    if (m_status->count() == statuses.size() + 1) {
        m_status->setItemText(0, tr("Any status"));
        for (qsizetype i = 0; i < statuses.size(); ++i)
            m_status->setItemText(int(i + 1), Vocabulary<Status>::label(statuses.at(i)));
    }
    widenToTitles(m_table->horizontalHeader());
    QStringList statusWords;
    for (Status status : Vocabulary<Status>::values())
        statusWords.append(Vocabulary<Status>::label(status));
    m_columns->setMinimumTexts(SchemeTableModel::Status, statusWords);
    updateCount();
}

void SchemeBrowser::fillChoices()
{
    const QString area = m_area->currentData().toString();
    m_area->clear();
    m_area->addItem(tr("All areas"));
    m_area->addItem(
        tr("England"), QString(nationPrefix + Vocabulary<Nation>::key(Nation::England)));
    m_area->addItem(tr("Wales"), QString(nationPrefix + Vocabulary<Nation>::key(Nation::Wales)));
    m_area->insertSeparator(m_area->count());
    for (const QString &name : m_schemes->areasInUse())
        m_area->addItem(name, name);
    m_area->setCurrentIndex(qMax(0, m_area->findData(area)));

    const QString provider = m_proxy->provider();
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    m_provider->addItem(tr("All providers"));
    m_provider->addItems(m_schemes->providersInUse());
    m_provider->setCurrentIndex(qMax(0, m_provider->findText(provider, Qt::MatchFixedString)));

    if (m_status->count() == 0) {
        m_status->addItem(tr("Any status"));
        for (Status status : Vocabulary<Status>::values())
            m_status->addItem(Vocabulary<Status>::label(status), int(status));
    }
}

void SchemeBrowser::applyAreaChoice()
{
    const QString choice = m_area->currentData().toString();
    if (choice.startsWith(nationPrefix)) {
        m_proxy->setArea(QString());
        m_proxy->setNation(Vocabulary<Nation>::fromKey(choice.mid(nationPrefix.size())));
    } else {
        m_proxy->setNation(std::nullopt);
        m_proxy->setArea(choice);
    }
}

void SchemeBrowser::setStrandFilter(std::optional<Strand> strand, const QString &area)
{
    m_proxy->setStrand(strand);
    // An area chosen in the navigator takes over the area box.
    if (!area.isEmpty()) {
        m_area->setCurrentIndex(qMax(0, m_area->findData(area)));
        applyAreaChoice();
    }
}

void SchemeBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void SchemeBrowser::clearFilters()
{
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_area->setCurrentIndex(0);
    m_provider->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_proxy->clearFilters();
}

void SchemeBrowser::selectScheme(qint64 id)
{
    const int sourceRow = m_schemes->rowOfScheme(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_schemes->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void SchemeBrowser::keepCurrentShown()
{
    // A filter that hides the current scheme leaves no current row, and no signal says so: the
    // detail panel would go on showing a scheme the list no longer does, for an officer to quote.
    if (m_table->currentIndex().isValid())
        return;
    selectFirst();
    if (!m_table->currentIndex().isValid())
        emit currentSchemeChanged(0);
}

void SchemeBrowser::selectFirst()
{
    const QModelIndex first = m_proxy->index(0, 0);
    if (first.isValid())
        m_table->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 SchemeBrowser::currentSchemeId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(SchemeTableModel::IdRole).toLongLong() : 0;
}

QList<qint64> SchemeBrowser::selectedSchemeIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(SchemeTableModel::IdRole).toLongLong());
    return ids;
}

QString SchemeBrowser::selectedRowsAsText() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QStringList lines;
    QStringList titles;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            titles.append(m_proxy->headerData(logical, Qt::Horizontal).toString());
    }
    lines.append(titles.join(QLatin1Char('\t')));
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                cells.append(row.siblingAtColumn(logical).data().toString().simplified());
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int SchemeBrowser::visibleCount() const
{
    return m_proxy->rowCount();
}

int SchemeBrowser::totalCount() const
{
    return m_schemes->rowCount();
}

QString SchemeBrowser::describeFilters() const
{
    // Whole "label: value" items translate better than a sentence built from pieces.
    QStringList items;
    if (const auto strand = m_proxy->strand())
        items.append(tr("Strand: %1").arg(Vocabulary<Strand>::label(*strand)));
    if (!m_proxy->area().isEmpty())
        items.append(tr("Area: %1").arg(m_proxy->area()));
    if (const auto nation = m_proxy->nation())
        items.append(tr("Area: %1").arg(Vocabulary<Nation>::label(*nation)));
    if (!m_proxy->provider().isEmpty())
        items.append(tr("Provider: %1").arg(m_proxy->provider()));
    if (const auto status = m_proxy->status())
        items.append(tr("Status: %1").arg(Vocabulary<Status>::label(*status)));
    if (!m_proxy->text().trimmed().isEmpty())
        items.append(tr("Text: \u201C%1\u201D").arg(m_proxy->text().trimmed()));
    return items.join(QStringLiteral("; "));
}

bool SchemeBrowser::isListComplete() const
{
    return m_schemes->isComplete();
}

void SchemeBrowser::updateCount()
{
    const int visible = visibleCount();
    const int total = totalCount();
    // Until the rest of a large register is read, a count of the first screenful would pass
    // for the register's size.
    if (m_schemes->isComplete())
        m_count->setText(tr("%1 of %n scheme(s)", nullptr, total).arg(visible));
    else
        m_count->setText(tr("%n scheme(s) read so far\u2026", nullptr, total));
    if (visible == 0 && total > 0 && m_schemes->isComplete()) {
        m_empty->setText(tr("<p>No schemes match these filters:</p><p>%1</p>"
                            "<p><a href=\"clear\">Clear all filters</a></p>")
                             .arg(describeFilters().toHtmlEscaped()));
        m_stack->setCurrentWidget(m_empty);
    } else if (total == 0) {
        m_empty->setText(tr("<p>The database holds no schemes yet.</p>"));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    emit countChanged(visible, total);
}

void SchemeBrowser::saveState(QSettings &settings) const
{
    settings.setValue(
        QStringLiteral("schemeTable/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("schemeTable/width"), m_columns->width());
}

void SchemeBrowser::restoreState(const QSettings &settings)
{
    const QByteArray header = settings.value(QStringLiteral("schemeTable/header")).toByteArray();
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header))
        m_columns->keepWidths(settings.value(QStringLiteral("schemeTable/width")).toInt());
    widenToTitles(m_table->horizontalHeader());
}

} // namespace opcc
