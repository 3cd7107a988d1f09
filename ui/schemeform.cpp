#include "schemeform.h"

#include "choicecombo.h"
#include "editing/schemedraft.h"
#include "figuredelegate.h"
#include "formdelegate.h"
#include "models/areachoicemodel.h"
#include "models/figureeditmodel.h"
#include "models/figurekindproxy.h"
#include "models/organisationlinkmodel.h"
#include "models/schemeeditmodel.h"
#include "partnerdelegate.h"
#include "storage/database.h"
#include "tableeditor.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace opcc {

namespace {

QLabel *issueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void showIssue(QLabel *label, QWidget *field, const QStringList &messages)
{
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
    if (field)
        field->setAccessibleDescription(messages.join(QLatin1Char(' ')));
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
    m_tabs->addTab(buildSchemePage(), tr("Sche&me"));
    m_tabs->addTab(buildPartnersPage(), tr("&Partners and Funding"));
    m_tabs->addTab(buildFiguresPage(), tr("F&igures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    mapFields();
    connect(m_draft, &SchemeDraft::changed, this, &SchemeForm::showIssues);
    connect(m_draft->areas(), &AreaChoiceModel::chosenChanged, this, [this] {
        const QStringList chosen = m_draft->areas()->chosen();
        // A record just loaded shows its first area, not the top of the list.
        if (!chosen.isEmpty() && !m_areas->hasFocus()) {
            const auto found = m_draft->areas()->match(m_draft->areas()->index(0, 0),
                                                       Qt::DisplayRole, chosen.first(), 1,
                                                       Qt::MatchFixedString);
            if (!found.isEmpty()) {
                m_areas->setCurrentIndex(found.first());
                m_areas->scrollTo(found.first(), QAbstractItemView::PositionAtCenter);
            }
        }
        m_areasChosen->setText(chosen.isEmpty()
                ? tr("None chosen: tick one or more with Space.")
                : tr("Chosen: %1").arg(chosen.join(QStringLiteral("; "))));
    });
    emit m_draft->areas()->chosenChanged();
    showIssues();
}

QWidget *SchemeForm::buildSchemePage()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    // The fields keep their height; what is left of the page stays empty below them.
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *fields = new QWidget(page);
    pageLayout->addWidget(fields);
    pageLayout->addStretch(1);
    auto *form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A field with what is wrong with it right under it, and any hint after that.
    const auto addRow = [&](const QString &label, QWidget *buddy, QWidget *field,
                            const QString &accessible, QList<QWidget *> below) {
        auto *caption = new QLabel(label, page);
        caption->setBuddy(buddy);
        buddy->setAccessibleName(accessible);
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
    m_name->setPlaceholderText(tr("As the commissioning paper names it"));
    m_nameIssue = issueLabel(QStringLiteral("nameIssue"), page);
    m_nameIssue->setTextFormat(Qt::RichText);
    m_nameIssue->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_nameIssue, &QLabel::linkActivated, this, [this](const QString &link) {
        emit openSchemeRequested(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    addRow(tr("&Name:"), m_name, m_name, tr("Name"), { m_nameIssue });

    m_strand = new QComboBox(page);
    m_strand->setObjectName(QStringLiteral("schemeStrand"));
    fillVocabulary<Strand>(m_strand);
    m_strand->setPlaceholderText(tr("Choose a strand"));
    m_strandIssue = issueLabel(QStringLiteral("strandIssue"), page);
    addRow(tr("S&trand:"), m_strand, m_strand, tr("Strand"), { m_strandIssue });

    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("schemeStatus"));
    fillVocabulary<Status>(m_status);
    addRow(tr("Stat&us:"), m_status, m_status, tr("Status"), {});

    m_areas = new QListView(page);
    m_areas->setObjectName(QStringLiteral("schemeAreas"));
    m_areas->setModel(m_draft->areas());
    m_areas->setToolTip(tr("Type the start of a name to find an area; Space ticks it."));
    m_areas->setFixedHeight(m_areas->fontMetrics().height() * 10);
    m_areasChosen = new QLabel(page);
    m_areasChosen->setObjectName(QStringLiteral("areasChosen"));
    m_areasChosen->setWordWrap(true);
    m_areaIssue = issueLabel(QStringLiteral("areaIssue"), page);
    addRow(tr("&Areas:"), m_areas, m_areas, tr("Areas"), { m_areasChosen, m_areaIssue });

    auto *dates = new QWidget(page);
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    m_start = new QLineEdit(dates);
    m_start->setObjectName(QStringLiteral("schemeStart"));
    m_end = new QLineEdit(dates);
    m_end->setObjectName(QStringLiteral("schemeEnd"));
    m_end->setAccessibleName(tr("End"));
    auto *endLabel = new QLabel(tr("En&d:"), dates);
    endLabel->setBuddy(m_end);
    for (QLineEdit *edit : { m_start, m_end }) {
        edit->setPlaceholderText(tr("YYYY-MM"));
        edit->setMaximumWidth(
            edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    }
    datesLayout->addWidget(m_start);
    datesLayout->addSpacing(12);
    datesLayout->addWidget(endLabel);
    datesLayout->addWidget(m_end);
    datesLayout->addStretch();
    auto *dateHint = new QLabel(tr("A year (2022), a month (2022-03) or a day (2022-03-14); "
                                   "empty when not known."),
        page);
    dateHint->setWordWrap(true);
    dateHint->setForegroundRole(QPalette::PlaceholderText);
    m_dateIssue = issueLabel(QStringLiteral("dateIssue"), page);
    addRow(tr("Sta&rt:"), m_start, dates, tr("Start"), { dateHint, m_dateIssue });

    m_source = new ChoiceCombo(page);
    m_source->setObjectName(QStringLiteral("schemeSource"));
    addRow(tr("Descri&bed in:"), m_source, m_source, tr("Document the scheme is described in"), {});
    m_summary = textBox(QStringLiteral("schemeSummary"), 3, page);
    addRow(tr("Summar&y:"), m_summary, m_summary, tr("Summary"), {});
    m_description = textBox(QStringLiteral("schemeDescription"), 4, page);
    addRow(tr("Ho&w it works:"), m_description, m_description, tr("How it works"), {});
    m_eligibility = textBox(QStringLiteral("schemeEligibility"), 2, page);
    addRow(tr("Who it is f&or:"), m_eligibility, m_eligibility, tr("Who it is for"), {});
    scroll->setWidget(page);
    return scroll;
}

QWidget *SchemeForm::buildPartnersPage()
{
    auto *page = new QWidget(this);
    m_partners = new TableEditor(m_draft->organisations(), m_partnerDelegate,
        { tr("Or&ganisations: who provides, commissions, funds or partners the scheme"),
            tr("Organisations"), tr("Add &Organisation"), tr("Remove O&rganisation") },
        QStringLiteral("partnerTable"), page);
    m_fundingLines = new TableEditor(m_funding, m_fundingDelegate,
        { tr("F&unding lines: amount, period and the document that states it"), tr("Funding lines"),
            tr("Add Funding &Line"), tr("Remove Funding Li&ne") },
        QStringLiteral("fundingTable"), page);
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
    m_figures = new TableEditor(m_outcomes, m_figureDelegate,
        { tr("Each figure as its source states it, with the period, the "
             "document and the words it comes from:"),
            tr("Figures"), tr("&Add Figure"), tr("&Remove Figure") },
        QStringLiteral("figureEditTable"), page);
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
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_figures);
    return page;
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
    QStringList titles;
    for (const SourceDocument &source : m_db.sources())
        titles.append(source.title);
    const QString source = m_source->currentText();
    m_source->setChoices(titles);
    m_source->setEditText(source);
    m_fundingDelegate->setSourceTitles(titles);
    m_figureDelegate->setSourceTitles(titles);
    m_partnerDelegate->setOrganisationNames(m_db.organisationNames());
}

void SchemeForm::showTableIssues(QLabel *label, FigureKindProxy *proxy, const QString &rowWord)
{
    const auto *model = m_draft->figures();
    QStringList lines;
    for (const FigureEditModel::RowIssue &issue : model->issues()) {
        const QModelIndex at = proxy->mapFromSource(model->index(issue.row, issue.column));
        if (!at.isValid())
            continue;
        const QString measure = at.siblingAtColumn(FigureEditModel::Measure).data().toString();
        const QString column = model->headerData(issue.column, Qt::Horizontal).toString();
        lines.append(measure.isEmpty() ? tr("%1 %2, %3: %4")
                                             .arg(rowWord)
                                             .arg(at.row() + 1)
                                             .arg(column, issue.issue.message)
                                       : tr("%1 %2 (%3), %4: %5")
                                             .arg(rowWord)
                                             .arg(at.row() + 1)
                                             .arg(measure, column, issue.issue.message));
    }
    constexpr int shown = 4;
    if (lines.size() > shown) {
        const int more = int(lines.size()) - shown;
        lines = lines.mid(0, shown);
        lines.append(
            tr("... and %n more problem(s): the cells concerned are marked.", nullptr, more));
    }
    showIssue(label, nullptr, lines);
}

void SchemeForm::showIssues()
{
    QStringList name, strand, area, dates, partners;
    qint64 existing = 0;
    for (const FieldIssue &issue : m_draft->schemeIssues()) {
        if (issue.field == QLatin1String("name")) {
            name.append(issue.message);
            existing = issue.existingSchemeId ? issue.existingSchemeId : existing;
        } else if (issue.field == QLatin1String("strand")) {
            strand.append(issue.message);
        } else if (issue.field == QLatin1String("area")) {
            area.append(issue.message);
        } else if (issue.field == QLatin1String("start") || issue.field == QLatin1String("end")) {
            dates.append(issue.message);
        } else {
            partners.append(issue.message);
        }
    }
    showIssue(m_nameIssue, m_name, name);
    if (existing != 0)
        m_nameIssue->setText(name.join(QLatin1Char(' ')).toHtmlEscaped()
            + QStringLiteral(" <a href=\"scheme:%1\">%2</a>")
                  .arg(existing)
                  .arg(tr("Show the existing scheme").toHtmlEscaped()));
    else
        m_nameIssue->setText(name.join(QLatin1Char('\n')).toHtmlEscaped());
    showIssue(m_strandIssue, m_strand, strand);
    showIssue(m_areaIssue, m_areas, area);
    showIssue(m_dateIssue, m_start, dates);
    showIssue(m_partnerIssue, m_partnerTable, partners);
    showTableIssues(m_fundingIssue, m_funding, tr("Line"));
    showTableIssues(m_figureIssue, m_outcomes, tr("Figure"));

    const int schemeProblems = int(name.size() + strand.size() + area.size() + dates.size());
    const int partnerProblems = int(partners.size()) + (m_fundingIssue->isHidden() ? 0 : 1);
    int figureProblems = 0;
    for (const auto &issue : m_draft->figures()->issues())
        figureProblems
            += m_outcomes->mapFromSource(m_draft->figures()->index(issue.row, 0)).isValid() ? 1 : 0;
    const auto title = [](const QString &base, int problems) {
        return problems == 0 ? base : tr("%1 (%2 to fix)", "tab title").arg(base).arg(problems);
    };
    m_tabs->setTabText(SchemePage, title(tr("Sche&me"), schemeProblems));
    m_tabs->setTabText(PartnersPage, title(tr("&Partners and Funding"), partnerProblems));
    m_tabs->setTabText(FiguresPage, title(tr("F&igures"), figureProblems));
}

void SchemeForm::focusName()
{
    m_tabs->setCurrentIndex(SchemePage);
    m_name->setFocus();
}

void SchemeForm::focusFirstIssue()
{
    const QList<QPair<QLabel *, QWidget *>> fields {
        { m_nameIssue, m_name },
        { m_strandIssue, m_strand },
        { m_areaIssue, m_areas },
        { m_dateIssue, m_start },
        { m_partnerIssue, m_partnerTable },
        { m_fundingIssue, m_fundingTable },
        { m_figureIssue, m_figureTable },
    };
    for (const auto &[label, field] : fields) {
        if (label->text().isEmpty())
            continue;
        m_tabs->setCurrentIndex(field == m_partnerTable || field == m_fundingTable ? PartnersPage
                : field == m_figureTable                                           ? FiguresPage
                                                                                   : SchemePage);
        field->setFocus();
        return;
    }
    focusName();
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
