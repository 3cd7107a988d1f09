// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schemeform.h"

#include "choicecombo.h"
#include "editing/schemedraft.h"
#include "figuredelegate.h"
#include "formdelegate.h"
#include "issuelabel.h"
#include "measuredialog.h"
#include "models/areachoicemodel.h"
#include "models/figureeditmodel.h"
#include "models/figurekindproxy.h"
#include "models/organisationlinkmodel.h"
#include "models/schemeeditmodel.h"
#include "partnerdelegate.h"
#include "sourcemanager.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/serveraccess.h"
#include "tableeditor.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <array>

namespace opcc {

namespace {

QLabel *issueLabel(const QString &name, QWidget *parent)
{
    auto *label = new IssueLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QPlainTextEdit *textBox(const QString &name, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

template<typename E> void fillVocabulary(QComboBox *combo)
{
    for (E value : Vocabulary<E>::values())
        combo->addItem(Vocabulary<E>::label(value));
}

} // namespace

SchemeForm::SchemeForm(SchemeDraft *draft, Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_draft(draft)
    , m_formDelegate(new FormDelegate(this))
    , m_mapper(new QDataWidgetMapper(this))
    , m_funding(new FigureKindProxy(FigureKindProxy::Kind::Funding, this))
    , m_outcomes(new FigureKindProxy(FigureKindProxy::Kind::Outcomes, this))
    , m_fundingDelegate(new FigureDelegate(true, this))
    , m_figureDelegate(new FigureDelegate(false, this))
    , m_partnerDelegate(new PartnerDelegate(this))
    , m_tabs(new QTabWidget(this))
{
    m_funding->setSourceModel(draft->figures());
    m_outcomes->setSourceModel(draft->figures());
    m_tabs->setObjectName(QStringLiteral("schemeFormTabs"));
    m_tabs->addTab(buildSchemePage(), QString());
    m_tabs->addTab(buildPartnersPage(), QString());
    m_tabs->addTab(buildFiguresPage(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    mapFields();
    watchTouches();
    connect(m_draft, &SchemeDraft::changed, this, &SchemeForm::showIssues);
    connect(m_draft->areas(), &AreaChoiceModel::chosenChanged, this, [this] {
        const QStringList chosen = m_draft->areas()->chosen();
        // A record just loaded shows its first area, not the top of the list.
        if (!chosen.isEmpty() && !m_areas->hasFocus()) {
            const auto found = m_draft->areas()->match(m_draft->areas()->index(0, 0),
                Qt::DisplayRole, chosen.first(), 1, Qt::MatchFixedString);
            if (!found.isEmpty()) {
                m_areas->setCurrentIndex(found.first());
                m_areas->scrollTo(found.first(), QAbstractItemView::PositionAtCenter);
            }
        }
        showAreasChosen();
    });
    retranslate();
}

void SchemeForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SchemeForm::showAreasChosen()
{
    const QStringList chosen = m_draft->areas()->chosen();
    m_areasChosen->setText(chosen.isEmpty()
            ? tr("None chosen: tick one or more with Space.")
            : tr("Chosen: %1").arg(chosen.join(QStringLiteral("; "))));
}

QWidget *SchemeForm::buildSchemePage()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // its fields take the focus, and it follows them
    auto *page = new QWidget(scroll);
    // The fields keep their height; what is left of the page stays empty below them.
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *fields = new QWidget(page);
    pageLayout->addWidget(fields);
    pageLayout->addStretch(1);
    auto *form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A field with what is wrong with it right under it, and any hint after that. The captions,
    // names and descriptions are set by retranslate(), in this order.
    const auto addRow = [&](QWidget *buddy, QWidget *field, QList<QWidget *> below) {
        auto *caption = new QLabel(page);
        caption->setBuddy(buddy);
        m_rows.append({ caption, buddy });
        if (below.isEmpty()) {
            form->addRow(caption, field);
            return;
        }
        auto *box = new QWidget(page);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        for (QWidget *widget : std::as_const(below))
            layout->addWidget(widget);
        form->addRow(caption, box);
    };

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("schemeName"));
    m_nameIssue = issueLabel(QStringLiteral("nameIssue"), page);
    m_nameIssue->setTextFormat(Qt::RichText);
    connect(m_nameIssue, &QLabel::linkActivated, this, [this](const QString &link) {
        emit openSchemeRequested(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    addRow(m_name, m_name, { m_nameIssue });

    m_strand = new QComboBox(page);
    m_strand->setObjectName(QStringLiteral("schemeStrand"));
    fillVocabulary<Strand>(m_strand);
    m_strandIssue = issueLabel(QStringLiteral("strandIssue"), page);
    addRow(m_strand, m_strand, { m_strandIssue });

    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("schemeStatus"));
    fillVocabulary<Status>(m_status);
    addRow(m_status, m_status, {});

    m_areas = new QListView(page);
    m_areas->setObjectName(QStringLiteral("schemeAreas"));
    m_areas->setModel(m_draft->areas());
    m_areas->setFixedHeight(m_areas->fontMetrics().height() * 10);
    m_areasChosen = new QLabel(page);
    m_areasChosen->setObjectName(QStringLiteral("areasChosen"));
    m_areasChosen->setWordWrap(true);
    m_areaIssue = issueLabel(QStringLiteral("areaIssue"), page);
    addRow(m_areas, m_areas, { m_areasChosen, m_areaIssue });

    auto *dates = new QWidget(page);
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    m_start = new QLineEdit(dates);
    m_start->setObjectName(QStringLiteral("schemeStart"));
    m_end = new QLineEdit(dates);
    m_end->setObjectName(QStringLiteral("schemeEnd"));
    m_endLabel = new QLabel(dates);
    m_endLabel->setBuddy(m_end);
    for (QLineEdit *edit : { m_start, m_end }) {
        edit->setMaximumWidth(
            edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    }
    datesLayout->addWidget(m_start);
    datesLayout->addSpacing(12);
    datesLayout->addWidget(m_endLabel);
    datesLayout->addWidget(m_end);
    datesLayout->addStretch();
    m_dateHint = new QLabel(page);
    m_dateHint->setWordWrap(true);
    m_dateHint->setForegroundRole(QPalette::PlaceholderText);
    m_dateIssue = issueLabel(QStringLiteral("dateIssue"), page);
    addRow(m_start, dates, { m_dateHint, m_dateIssue });

    m_source = new ChoiceCombo(page);
    m_source->setObjectName(QStringLiteral("schemeSource"));
    // The document's details (publisher, date, web address, a copy) are entered in the
    // source-document manager, opened on the title typed here.
    auto *sourceRow = new QWidget(page);
    auto *sourceLayout = new QHBoxLayout(sourceRow);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_source, 1);
    m_sourceDocuments = new QPushButton(sourceRow);
    m_sourceDocuments->setObjectName(QStringLiteral("schemeSourceDocuments"));
    sourceLayout->addWidget(m_sourceDocuments);
    connect(m_sourceDocuments, &QPushButton::clicked, this,
        [this] { SourceManager::open(m_db, window(), m_source->currentText().trimmed()); });
    addRow(m_source, sourceRow, {});
    // A document entered there is offered here at once.
    connect(&m_db, &Database::recordsChanged, this, [this](const ChangeSet &changes) {
        if (changes.lookups && m_lookupsRead)
            refreshSourceTitles();
    });
    connect(&m_db, &Database::accessChanged, this,
        [this] { m_newMeasure->setVisible(ServerAccess::of(m_db).mayAdminister()); });
    m_summary = textBox(QStringLiteral("schemeSummary"), 3, page);
    addRow(m_summary, m_summary, {});
    m_description = textBox(QStringLiteral("schemeDescription"), 4, page);
    addRow(m_description, m_description, {});
    m_eligibility = textBox(QStringLiteral("schemeEligibility"), 2, page);
    addRow(m_eligibility, m_eligibility, {});
    scroll->setWidget(page);
    return scroll;
}

QWidget *SchemeForm::buildPartnersPage()
{
    auto *page = new QWidget(this);
    m_partners = new TableEditor(
        m_draft->organisations(), m_partnerDelegate, QStringLiteral("partnerTable"), page);
    m_fundingLines
        = new TableEditor(m_funding, m_fundingDelegate, QStringLiteral("fundingTable"), page);
    m_partnerTable = m_partners->table();
    m_fundingTable = m_fundingLines->table();
    m_partnerIssue = m_partners->issueLabel();
    m_fundingIssue = m_fundingLines->issueLabel();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_partnerTable->horizontalHeader()->resizeSection(OrganisationLinkModel::Name, 24 * em);
    for (int column : { FigureEditModel::ValueHigh, FigureEditModel::Baseline })
        m_fundingTable->hideColumn(column);
    connect(m_partners, &TableEditor::addRequested, this, &SchemeForm::addPartner);
    connect(m_fundingLines, &TableEditor::addRequested, this, &SchemeForm::addFundingLine);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_partners, 2);
    layout->addSpacing(8);
    layout->addWidget(m_fundingLines, 3);
    return page;
}

QWidget *SchemeForm::buildFiguresPage()
{
    auto *page = new QWidget(this);
    m_figures
        = new TableEditor(m_outcomes, m_figureDelegate, QStringLiteral("figureEditTable"), page);
    m_figureTable = m_figures->table();
    m_figureIssue = m_figures->issueLabel();
    connect(m_figures, &TableEditor::addRequested, this, &SchemeForm::addFigure);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    const QList<QPair<int, int>> widths {
        { FigureEditModel::Measure, 13 },
        { FigureEditModel::Value, 7 },
        { FigureEditModel::ValueHigh, 5 },
        { FigureEditModel::Qualifier, 8 },
        { FigureEditModel::Per, 6 },
        { FigureEditModel::Baseline, 5 },
        { FigureEditModel::PeriodStart, 5 },
        { FigureEditModel::PeriodEnd, 5 },
        { FigureEditModel::PeriodLabel, 10 },
        { FigureEditModel::Note, 10 },
        { FigureEditModel::Source, 10 },
    };
    for (const auto &[column, width] : widths) {
        m_figureTable->horizontalHeader()->resizeSection(column, width * em);
        m_fundingTable->horizontalHeader()->resizeSection(column, width * em);
    }
    // A measure the list lacks is added here, with its unit, rather than refused on saving.
    m_newMeasure = new QPushButton(page);
    m_newMeasure->setObjectName(QStringLiteral("newMeasure"));
    connect(m_newMeasure, &QPushButton::clicked, this, &SchemeForm::newMeasure);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_figures);
    layout->addWidget(m_newMeasure, 0, Qt::AlignLeft);
    return page;
}

void SchemeForm::newMeasure()
{
    MeasureDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_draft->refreshLookups();
    const QModelIndex current = m_figureTable->currentIndex();
    const QModelIndex measure = current.siblingAtColumn(FigureEditModel::Measure);
    if (measure.isValid() && measure.data(Qt::EditRole).toString().isEmpty())
        m_outcomes->setData(measure, dialog.createdKey());
    m_figureTable->setFocus();
}

void SchemeForm::retranslate()
{
    // Caption, accessible name and description of each row of the scheme page, in order.
    const QList<std::array<QString, 3>> rows {
        { tr("&Name:"), tr("Name"), tr("The scheme's name as its commissioning paper gives it.") },
        { tr("S&trand:"), tr("Strand"),
            tr("The strand of the drug strategy the scheme belongs to.") },
        { tr("Stat&us:"), tr("Status"),
            tr("Whether the scheme is planned, a pilot, active or ended.") },
        { tr("&Areas:"), tr("Areas"),
            tr("The police force areas the scheme covers: type the start of a name to find one, "
               "and Space ticks it.") },
        { tr("Sta&rt:"), tr("Start"),
            tr("When the scheme started: a year, a month or a day, as YYYY, YYYY-MM or "
               "YYYY-MM-DD.") },
        { tr("Descri&bed in:"), tr("Document the scheme is described in"),
            tr("The document that describes the scheme: choose one, or type the title of a new "
               "one.") },
        { tr("Summar&y:"), tr("Summary"), tr("What the scheme does, in a sentence or two.") },
        { tr("Ho&w it works:"), tr("How it works"),
            tr("How the scheme works, as its documents "
               "describe it.") },
        { tr("Who it is f&or:"), tr("Who it is for"), tr("The people the scheme is for.") },
    };
    for (qsizetype i = 0; i < m_rows.size() && i < rows.size(); ++i) {
        m_rows.at(i).caption->setText(rows.at(i)[0]);
        m_rows.at(i).field->setAccessibleName(rows.at(i)[1]);
        m_hints.insert(m_rows.at(i).field, rows.at(i)[2]);
    }
    m_endLabel->setText(tr("En&d:"));
    m_end->setAccessibleName(tr("End"));
    m_hints.insert(m_end,
        tr("When the scheme ended or is to end: a year, a month or a day, as "
           "YYYY, YYYY-MM or YYYY-MM-DD."));
    m_name->setPlaceholderText(tr("As the commissioning paper names it"));
    m_strand->setPlaceholderText(tr("Choose a strand"));
    const auto relabel = [](QComboBox *combo, const QStringList &labels) {
        for (qsizetype i = 0; i < labels.size() && i < combo->count(); ++i)
            combo->setItemText(int(i), labels.at(i));
    };
    QStringList strands;
    for (Strand strand : Vocabulary<Strand>::values())
        strands.append(Vocabulary<Strand>::label(strand));
    relabel(m_strand, strands);
    QStringList statuses;
    for (Status status : Vocabulary<Status>::values())
        statuses.append(Vocabulary<Status>::label(status));
    relabel(m_status, statuses);
    m_areas->setToolTip(tr("Type the start of a name to find an area; Space ticks it."));
    for (QLineEdit *edit : { m_start, m_end })
        edit->setPlaceholderText(tr("YYYY-MM"));
    m_dateHint->setText(tr("A year (2022), a month (2022-03) or a day (2022-03-14); "
                           "empty when not known."));
    m_tabs->setTabToolTip(SchemePage, tr("The scheme's own fields"));
    m_tabs->setTabToolTip(PartnersPage, tr("The organisations of the scheme and its funding"));
    m_tabs->setTabToolTip(FiguresPage, tr("The figures of the scheme, each with its source"));
    m_nameIssue->setAccessibleDescription(
        tr("What is wrong with the name; a link opens the scheme that has it already."));
    m_tabs->tabBar()->setAccessibleName(tr("Parts of the scheme"));
    m_tabs->tabBar()->setAccessibleDescription(
        tr("The scheme's fields, its partners and funding, and its figures. Ctrl+Tab moves to "
           "the next part."));

    m_partners->setTexts(
        { tr("Or&ganisations: who provides, commissions, funds or partners the scheme"),
            tr("Organisations"),
            tr("The organisations of the scheme, one a row, each with its role."),
            tr("Add &Organisation"), tr("Adds an organisation and starts typing its name."),
            tr("Remove O&rganisation"), tr("Removes the organisation whose row has the focus.") });
    m_fundingLines->setTexts(
        { tr("F&unding lines: amount, period and the document that states it"), tr("Funding lines"),
            tr("The scheme's funding, one amount a row, with its period and source."),
            tr("Add Funding &Line"), tr("Adds a funding line and starts typing its amount."),
            tr("Remove Funding Li&ne"), tr("Removes the funding line that has the focus.") });
    m_figures->setTexts({ tr("Each figure as its source states it, with the period, the "
                             "document and the words it comes from:"),
        tr("Figures"),
        tr("The scheme's figures, one a row: measure, value, qualifier, rate, period, note, "
           "source and quote."),
        tr("&Add Figure"), tr("Adds a figure and starts with its measure."), tr("&Remove Figure"),
        tr("Removes the figure that has the focus.") });
    m_sourceDocuments->setText(tr("Docum&ents..."));
    m_sourceDocuments->setToolTip(tr("The document's publisher, date, web address or a copy of it, "
                                     "in Tools > Source Documents"));
    m_sourceDocuments->setAccessibleDescription(m_sourceDocuments->toolTip());
    m_newMeasure->setText(tr("New Mea&sure..."));
    m_newMeasure->setToolTip(tr("Adds a measure the list does not have, with its unit"));
    m_newMeasure->setAccessibleDescription(m_newMeasure->toolTip());
    showAreasChosen();
    showIssues();
}

void SchemeForm::mapFields()
{
    m_mapper->setModel(m_draft->fields());
    m_mapper->setItemDelegate(m_formDelegate);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_mapper->addMapping(m_name, SchemeEditModel::Name);
    m_mapper->addMapping(m_strand, SchemeEditModel::Strand, "currentIndex");
    m_mapper->addMapping(m_status, SchemeEditModel::Status, "currentIndex");
    m_mapper->addMapping(m_start, SchemeEditModel::Start);
    m_mapper->addMapping(m_end, SchemeEditModel::End);
    m_mapper->addMapping(m_source, SchemeEditModel::Source, "currentText");
    m_mapper->addMapping(m_summary, SchemeEditModel::Summary);
    m_mapper->addMapping(m_description, SchemeEditModel::Description);
    m_mapper->addMapping(m_eligibility, SchemeEditModel::Eligibility);
    m_mapper->toFirst();
    // Commit as people type, so that the messages (and an OK button) follow at once.
    const auto commit = [this](QWidget *widget) { m_formDelegate->commitNow(widget); };
    for (QLineEdit *edit : { m_name, m_start, m_end })
        connect(edit, &QLineEdit::textEdited, this, [commit, edit] { commit(edit); });
    for (QComboBox *combo : { m_strand, m_status })
        connect(combo, &QComboBox::currentIndexChanged, this, [commit, combo] { commit(combo); });
    connect(m_source, &QComboBox::currentTextChanged, this, [commit, this] { commit(m_source); });
    for (QPlainTextEdit *edit : { m_summary, m_description, m_eligibility })
        connect(edit, &QPlainTextEdit::textChanged, this, [commit, edit] { commit(edit); });
}

void SchemeForm::showEvent(QShowEvent *event)
{
    // The main window's edit page is made at start-up but shown only when editing begins: the
    // register's documents and organisations are read then, not before the first paint.
    if (!m_lookupsRead)
        refreshLookups();
    QWidget::showEvent(event);
}

void SchemeForm::refreshLookups()
{
    m_lookupsRead = true;
    m_draft->refreshLookups();
    refreshSourceTitles();
    m_partnerDelegate->setOrganisationNames(LookupStore::reader(m_db).organisationNames());
    // Measures are an administrator's on a shared register (the server refuses an editor's);
    // asked each time, as the window may have opened another register since.
    m_newMeasure->setVisible(ServerAccess::of(m_db).mayAdminister());
}

void SchemeForm::refreshSourceTitles()
{
    QStringList titles;
    for (const SourceDocument &source : LookupStore::reader(m_db).sources())
        titles.append(source.title);
    if (titles == m_sourceTitles)
        return;
    m_sourceTitles = titles;
    // The same text stays in the field: offering more titles is not an edit of the scheme.
    const QString source = m_source->currentText();
    {
        const QSignalBlocker quiet(m_source);
        m_source->setChoices(titles);
        m_source->setEditText(source);
    }
    m_fundingDelegate->setSourceTitles(titles);
    m_figureDelegate->setSourceTitles(titles);
}

void SchemeForm::focusName()
{
    m_tabs->setCurrentIndex(SchemePage);
    m_name->setFocus();
}

void SchemeForm::addFigure()
{
    m_tabs->setCurrentIndex(FiguresPage);
    Figure figure;
    figure.source = m_source->currentText().trimmed();
    const QModelIndex added = m_draft->figures()->appendFigure(figure);
    m_figures->editRow(m_outcomes->mapFromSource(added), FigureEditModel::Measure);
}

void SchemeForm::addFundingLine()
{
    m_tabs->setCurrentIndex(PartnersPage);
    Figure figure;
    figure.measure = QStringLiteral("funding");
    figure.source = m_source->currentText().trimmed();
    const QModelIndex added = m_draft->figures()->appendFigure(figure);
    m_fundingLines->editRow(m_funding->mapFromSource(added), FigureEditModel::Value);
}

void SchemeForm::addPartner()
{
    m_tabs->setCurrentIndex(PartnersPage);
    const QModelIndex added = m_draft->organisations()->appendLink({});
    m_partners->editRow(added, OrganisationLinkModel::Name);
}

} // namespace opcc
