// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "registerhistorywindow.h"

#include "headerfit.h"
#include "models/registerhistorymodel.h"
#include "models/registerhistoryproxy.h"
#include "storage/database.h"
#include "storage/schemestore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace opcc {

namespace {

const char *const settingsGroup = "registerHistory";
// A date edit at its minimum shows "Any": no limit on that side.
const QDate noLimit(2000, 1, 1);

} // namespace

RegisterHistoryWindow::RegisterHistoryWindow(Database &db, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_db(db)
    , m_model(new RegisterHistoryModel(db, this))
    , m_proxy(new RegisterHistoryProxy(this))
    , m_filter(new QLineEdit(this))
    , m_person(new QComboBox(this))
    , m_scheme(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("registerHistoryWindow"));
    createWidgets();
    fillChoices();
    retranslate();
    restoreSettings();
    applyFilters();
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

RegisterHistoryWindow::~RegisterHistoryWindow() = default;

RegisterHistoryWindow *RegisterHistoryWindow::open(Database &db, QWidget *parent)
{
    auto *window = parent
        ? parent->findChild<RegisterHistoryWindow *>(QString(), Qt::FindDirectChildrenOnly)
        : nullptr;
    if (!window) {
        window = new RegisterHistoryWindow(db, parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void RegisterHistoryWindow::createWidgets()
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("registerHistoryTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RegisterHistoryModel::When, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->resizeColumnsToContents();
    m_details->setObjectName(QStringLiteral("registerHistoryDetails"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_filter->setObjectName(QStringLiteral("registerHistoryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_person->setObjectName(QStringLiteral("registerHistoryPerson"));
    m_scheme->setObjectName(QStringLiteral("registerHistoryScheme"));
    // Typed into: a register holds thousands of schemes.
    m_scheme->setEditable(true);
    m_scheme->setInsertPolicy(QComboBox::NoInsert);
    m_scheme->completer()->setFilterMode(Qt::MatchContains);
    m_scheme->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noLimit);
        edit->setDate(noLimit);
    }
    m_from->setObjectName(QStringLiteral("registerHistoryFrom"));
    m_to->setObjectName(QStringLiteral("registerHistoryTo"));
    m_count->setObjectName(QStringLiteral("registerHistoryCount"));

    m_splitter->setObjectName(QStringLiteral("registerHistorySplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setSizes({ 360, 160 });
    m_splitter->setChildrenCollapsible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createFilterRow());
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(980, 620);

    connect(m_filter, &QLineEdit::textChanged, this, &RegisterHistoryWindow::applyFilters);
    connect(m_person, &QComboBox::currentIndexChanged, this, &RegisterHistoryWindow::applyFilters);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &RegisterHistoryWindow::applyFilters);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &RegisterHistoryWindow::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RegisterHistoryWindow::showDetails);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &RegisterHistoryWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegisterHistoryWindow::updateCount);
    // A new person may appear with a new entry.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RegisterHistoryWindow::fillChoices);
}

QLayout *RegisterHistoryWindow::createFilterRow()
{
    const auto labelFor = [this](QWidget *buddy) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        return label;
    };
    m_filterLabel = labelFor(m_filter);
    m_personLabel = labelFor(m_person);
    m_schemeLabel = labelFor(m_scheme);
    m_fromLabel = labelFor(m_from);
    m_toLabel = labelFor(m_to);
    // Words and scheme on the first line, person and days on the second.
    auto *words = new QHBoxLayout;
    words->addWidget(m_filterLabel);
    words->addWidget(m_filter, 2);
    words->addSpacing(12);
    words->addWidget(m_schemeLabel);
    words->addWidget(m_scheme, 3);
    auto *narrow = new QHBoxLayout;
    narrow->addWidget(m_personLabel);
    narrow->addWidget(m_person);
    narrow->addSpacing(12);
    narrow->addWidget(m_fromLabel);
    narrow->addWidget(m_from);
    narrow->addWidget(m_toLabel);
    narrow->addWidget(m_to);
    narrow->addStretch(1);
    auto *rows = new QVBoxLayout;
    rows->addLayout(words);
    rows->addLayout(narrow);
    return rows;
}

void RegisterHistoryWindow::fillChoices()
{
    const QString person = m_person->currentData().toString();
    const QSignalBlocker blockPerson(m_person);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    for (const QString &name : m_model->people())
        m_person->addItem(name, name);
    m_person->setCurrentIndex(qMax(0, m_person->findData(person)));

    const qint64 scheme = m_scheme->currentData().toLongLong();
    const QSignalBlocker blockScheme(m_scheme);
    m_scheme->clear();
    m_scheme->addItem(tr("Any scheme"), qint64(0));
    for (const Scheme &entry : SchemeStore::reader(m_db).schemes())
        m_scheme->addItem(tr("%1 (%2)").arg(entry.name, entry.areaKey()), entry.id);
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(scheme)));
}

void RegisterHistoryWindow::applyFilters()
{
    m_proxy->setText(m_filter->text());
    m_proxy->setPerson(m_person->currentData().toString());
    m_proxy->setSchemeId(m_scheme->currentData().toLongLong());
    const auto limit
        = [](const QDateEdit *edit) { return edit->date() == noLimit ? QDate() : edit->date(); };
    m_proxy->setDateRange(limit(m_from), limit(m_to));
    updateCount();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showDetails();
}

void RegisterHistoryWindow::updateCount()
{
    const QLocale locale;
    m_count->setText(m_model->errorString().isEmpty()
            ? tr("%1 of %n change(s) shown", nullptr, m_proxy->unfilteredCount())
                  .arg(locale.toString(m_proxy->rowCount()))
            : tr("The history cannot be read: %1").arg(m_model->errorString()));
}

void RegisterHistoryWindow::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    m_details->setPlainText(
        current.isValid() ? current.data(RegisterHistoryModel::DetailsRole).toString() : QString());
}

void RegisterHistoryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RegisterHistoryWindow::retranslate()
{
    setWindowTitle(tr("History of the Register"));
    m_filterLabel->setText(tr("&Find:"));
    m_filter->setPlaceholderText(tr("Words in any column"));
    m_filter->setAccessibleName(tr("Find in the history"));
    m_personLabel->setText(tr("&Person:"));
    m_person->setAccessibleName(tr("Changes by"));
    m_person->setItemText(0, tr("Everyone"));
    m_schemeLabel->setText(tr("&Scheme:"));
    m_scheme->setAccessibleName(tr("Changes to the scheme"));
    m_scheme->setItemText(0, tr("Any scheme"));
    m_fromLabel->setText(tr("Fro&m:"));
    m_toLabel->setText(tr("&To:"));
    for (QDateEdit *edit : { m_from, m_to })
        edit->setSpecialValueText(tr("Any"));
    m_from->setAccessibleName(tr("Changes from the day"));
    m_to->setAccessibleName(tr("Changes up to the day"));
    m_table->setAccessibleName(tr("Changes to the register"));
    m_table->setAccessibleDescription(tr("Every recorded change: when, who, what, the scheme or "
                                         "request and the files of an import."));
    m_details->setAccessibleName(tr("What the change did"));
    m_details->setAccessibleDescription(tr("The selected change in full, with each field before "
                                           "and after."));
    updateCount();
    widenToTitles(m_table->horizontalHeader());
}

void RegisterHistoryWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("header")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    widenToTitles(m_table->horizontalHeader()); // remembered in another language
}

void RegisterHistoryWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void RegisterHistoryWindow::done(int result)
{
    saveSettings();
    QDialog::done(result);
}

} // namespace opcc
