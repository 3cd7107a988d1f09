// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "detailpanel.h"

#include "columnfitter.h"
#include "domain/valueformat.h"
#include "headerfit.h"
#include "models/figuretablemodel.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace opcc {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString section(const QString &heading, const QString &body)
{
    if (body.trimmed().isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(heading.toHtmlEscaped(), escaped(body));
}

QLabel *makeTextLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

bool isFundingMeasure(const QString &key)
{
    return key == QLatin1String("funding") || key.endsWith(QLatin1String("_funding"));
}

} // namespace

DetailPanel::DetailPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new FigureTableModel(db, this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_record(makeTextLabel(this))
    , m_figures(new QTableView(this))
    , m_source(makeTextLabel(this))
{
    m_record->setObjectName(QStringLiteral("schemeRecord"));
    m_figures->setObjectName(QStringLiteral("figureTable"));
    m_source->setObjectName(QStringLiteral("figureSource"));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    // The texts take the focus (their words can be selected and copied from the keyboard) and
    // scroll their view with the arrow and page keys; the views themselves are no tab stop.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *recordHolder = new QWidget(scroll);
    auto *recordLayout = new QVBoxLayout(recordHolder);
    recordLayout->addWidget(m_record);
    recordLayout->addStretch();
    scroll->setWidget(recordHolder);

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(FigureTableModel::RawValueRole);
    m_figures->setModel(sorted);
    m_figures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figures->setSelectionMode(QAbstractItemView::SingleSelection);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_figures->setSortingEnabled(true);
    m_figures->sortByColumn(-1, Qt::AscendingOrder); // the database's order until asked
    // Periods ("1 April 2021 to 31 March 2022") and notes wrap onto a second line rather than
    // being cut off at the first; the full note is under the table. Rows of a fixed two lines:
    // sizing each row to its contents took half a second for a scheme with 1,000 figures.
    m_figures->setWordWrap(true);
    m_figures->setTextElideMode(Qt::ElideRight);
    m_figures->setAlternatingRowColors(true);
    m_figures->verticalHeader()->hide();
    m_figures->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_figures->verticalHeader()->setDefaultSectionSize(
        2 * m_figures->fontMetrics().lineSpacing() + 8);
    m_columns = new ColumnFitter(m_figures, { 14, 8, 12, 12, 12 });

    auto *sourceScroll = new QScrollArea(this);
    sourceScroll->setWidgetResizable(true);
    sourceScroll->setFrameShape(QFrame::NoFrame);
    sourceScroll->setFocusPolicy(Qt::NoFocus);
    sourceScroll->setWidget(m_source);

    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_figures);
    m_splitter->addWidget(sourceScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({ 420, 300, 130 });
    m_splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_figures->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DetailPanel::showFigureSource);
    // Only a change to the scheme shown (its record, figures or the names they use) reloads.
    connect(&m_db, &Database::recordsChanged, this, [this](const ChangeSet &changes) {
        if (m_schemeId != 0 && (changes.touchesScheme(m_schemeId) || changes.lookups))
            refresh();
    });
    connect(m_figures, &QAbstractItemView::doubleClicked, this, &DetailPanel::editRequested);
    m_record->installEventFilter(this);
    m_source->installEventFilter(this);
    m_scrolls.insert(m_record, scroll);
    m_scrolls.insert(m_source, sourceScroll);
    retranslate();
}

void DetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailPanel::retranslate()
{
    updatePlaceholder();
    m_record->setAccessibleName(tr("Scheme record"));
    m_record->setAccessibleDescription(tr("What the scheme is, who runs and funds it, and the "
                                          "document that describes it. Double-click or press "
                                          "Ctrl+E to edit it."));
    m_figures->setAccessibleName(tr("Figures"));
    m_figures->setAccessibleDescription(tr("Every figure recorded for the scheme, with its "
                                           "period and source."));
    m_source->setAccessibleName(tr("Source of the selected figure"));
    m_source->setAccessibleDescription(tr("The document the selected figure comes from, and "
                                          "the words that state it."));
    widenToTitles(m_figures->horizontalHeader());
    if (m_schemeId != 0)
        refresh();
    else
        showFigureSource();
}

void DetailPanel::setNothingMatches(bool nothing)
{
    m_nothingMatches = nothing;
    updatePlaceholder();
}

void DetailPanel::updatePlaceholder()
{
    m_placeholder->setText(m_unreadable
            ? tr("The record of the selected scheme could not be read, so none is shown. "
                 "View > Refresh reads it again.")
            : m_nothingMatches ? tr("No scheme matches the filters, so no record is shown. "
                                    "Change or clear the filters to see one.")
                               : tr("Select a scheme to see its record."));
}

void DetailPanel::setEditPage(QWidget *page)
{
    m_editPage = page;
    m_stack->addWidget(page);
}

void DetailPanel::showEditPage(bool show)
{
    m_editing = show && m_editPage;
    if (m_editing)
        m_stack->setCurrentWidget(m_editPage);
    else
        refresh();
}

bool DetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_record && event->type() == QEvent::MouseButtonDblClick)
        emit editRequested();
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        QScrollArea *scroll = m_scrolls.value(watched);
        const QHash<int, QAbstractSlider::SliderAction> actions {
            { Qt::Key_Up, QAbstractSlider::SliderSingleStepSub },
            { Qt::Key_Down, QAbstractSlider::SliderSingleStepAdd },
            { Qt::Key_PageUp, QAbstractSlider::SliderPageStepSub },
            { Qt::Key_PageDown, QAbstractSlider::SliderPageStepAdd },
            { Qt::Key_Home, QAbstractSlider::SliderToMinimum },
            { Qt::Key_End, QAbstractSlider::SliderToMaximum }
        };
        if (scroll && key->modifiers() == Qt::NoModifier && actions.contains(key->key())) {
            scroll->verticalScrollBar()->triggerAction(actions.value(key->key()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPanel::showScheme(qint64 id)
{
    m_schemeId = id;
    // The scheme shown, read again (View > Refresh): a failed read keeps its record and figures.
    if (!m_model->setScheme(id) && id != 0 && id == m_shownId)
        return;
    refresh();
}

void DetailPanel::refresh()
{
    const int failures = m_db.readFailureCount();
    const auto scheme
        = m_schemeId != 0 ? SchemeStore::reader(m_db).scheme(m_schemeId) : std::nullopt;
    if (!scheme && m_schemeId != 0 && m_schemeId == m_shownId
        && m_db.readFailureCount() != failures)
        return; // read again and failed (a server gone away): what is shown stays
    m_shownId = scheme ? m_schemeId : 0;
    // A scheme chosen whose record could not be read (the server away): the placeholder says
    // so, rather than asking for a choice already made.
    const bool unreadable = !scheme && m_schemeId != 0 && m_db.readFailureCount() != failures;
    if (unreadable != m_unreadable) {
        m_unreadable = unreadable;
        updatePlaceholder();
    }
    if (!scheme) {
        m_schemeId = 0;
        if (!m_editing)
            m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (!m_editing)
        m_stack->setCurrentWidget(m_splitter);

    QStringList facts { Vocabulary<Strand>::label(scheme->strand),
        Vocabulary<Status>::label(scheme->status), scheme->areaKey() };
    const QString start = formatPartialDate(scheme->start);
    const QString end = formatPartialDate(scheme->end);
    if (!start.isEmpty() || !end.isEmpty())
        facts.append(end.isEmpty() ? tr("since %1").arg(start)
                : start.isEmpty()  ? tr("until %1").arg(end)
                                   : tr("%1 to %2").arg(start, end));

    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(scheme->name.toHtmlEscaped(),
                           facts.join(QStringLiteral(" \u00B7 ")).toHtmlEscaped());
    html += section(tr("Summary"), scheme->summary);
    html += section(tr("How it works"), scheme->description);
    html += section(tr("Who it is for"), scheme->eligibility);

    QStringList organisations;
    for (Role role : Vocabulary<Role>::values()) {
        const QStringList names = scheme->organisationsWithRole(role);
        if (!names.isEmpty())
            organisations.append(QStringLiteral("<b>%1:</b> %2")
                                     .arg(Vocabulary<Role>::label(role).toHtmlEscaped(),
                                         names.join(QStringLiteral("; ")).toHtmlEscaped()));
    }
    if (!organisations.isEmpty())
        html
            += QStringLiteral("<h3>%1</h3><p>%2</p>")
                   .arg(tr("Partners").toHtmlEscaped(), organisations.join(QStringLiteral("<br>")));

    QStringList funding;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Figure *figure = m_model->figureAt(row);
        if (!isFundingMeasure(figure->measure))
            continue;
        QString line = formatFigureValue(*figure, m_model->unitOf(figure->measure));
        const QString period = formatPeriod(*figure);
        if (!period.isEmpty())
            line += QStringLiteral(" (%1)").arg(period);
        if (!figure->note.isEmpty())
            line += QStringLiteral(": ") + figure->note;
        funding.append(line.toHtmlEscaped());
    }
    if (!funding.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Funding").toHtmlEscaped(), funding.join(QStringLiteral("<br>")));
    if (!scheme->source.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Source document").toHtmlEscaped(), sourceText(scheme->source));
    if (m_model->rowCount() == 0)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("No figures are recorded for this scheme.").toHtmlEscaped());
    m_record->setText(html);
    showFigureSource();
}

QString DetailPanel::sourceText(const QString &title) const
{
    const auto source = LookupStore::reader(m_db).source(title);
    QStringList details;
    if (source) {
        if (source->kind != SourceKind::Other)
            details.append(Vocabulary<SourceKind>::label(source->kind));
        if (!source->publisher.isEmpty())
            details.append(source->publisher);
        if (!source->reference.isEmpty())
            details.append(source->reference);
        if (!source->issued.isNull())
            details.append(formatPartialDate(source->issued));
        if (!source->file.isEmpty())
            details.append(tr("file %1").arg(source->file));
    }
    QString text = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!details.isEmpty())
        text += QStringLiteral("<br>") + details.join(QStringLiteral(" \u00B7 ")).toHtmlEscaped();
    return text;
}

void DetailPanel::showFigureSource()
{
    const QModelIndex current = m_figures->currentIndex();
    if (!current.isValid()) {
        m_source->setText(tr("<i>Select a figure to see the document and the words it comes "
                             "from.</i>"));
        return;
    }
    const QString title = current.data(FigureTableModel::SourceRole).toString();
    const QString quote = current.data(FigureTableModel::QuoteRole).toString();
    QString html = title.isEmpty() ? tr("<i>No source document is recorded for this figure.</i>")
                                   : sourceText(title);
    if (!quote.isEmpty())
        html += QStringLiteral("<blockquote>\u201C%1\u201D</blockquote>").arg(escaped(quote));
    const QString note = current.siblingAtColumn(FigureTableModel::Note).data().toString();
    if (!note.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Note:").toHtmlEscaped(), escaped(note));
    m_source->setText(html);
}

void DetailPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("detail/splitter"), m_splitter->saveState());
    settings.setValue(
        QStringLiteral("detail/figureHeader"), m_figures->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("detail/figureWidth"), m_columns->width());
}

void DetailPanel::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("detail/splitter")).toByteArray());
    const QByteArray header = settings.value(QStringLiteral("detail/figureHeader")).toByteArray();
    if (!header.isEmpty() && m_figures->horizontalHeader()->restoreState(header))
        m_columns->keepWidths(settings.value(QStringLiteral("detail/figureWidth")).toInt());
    widenToTitles(m_figures->horizontalHeader());
}

} // namespace opcc
