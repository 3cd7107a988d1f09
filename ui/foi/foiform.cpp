// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "foiform.h"

#include "issuelabel.h"
#include "schemepicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace opcc {

FoiForm::FoiForm(Database &db, FoiStore &store, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_store(store)
{
    setObjectName(QStringLiteral("foiForm"));
    createFields();
    createLayout();
    connectEdits();
    retranslate();
    load(std::nullopt);
}

void FoiForm::createFields()
{
    const auto named = [](auto *widget, const char *name) {
        widget->setObjectName(QLatin1String(name));
        return widget;
    };
    m_issues = named(new IssueLabel(this), "foiIssues");
    m_reference = named(new QLineEdit(this), "foiReference");
    m_received = named(new QLineEdit(this), "foiReceived");
    m_requester = named(new QComboBox(this), "foiRequester");
    m_subject = named(new QLineEdit(this), "foiSubject");
    m_questions = named(new QPlainTextEdit(this), "foiQuestions");
    m_period = named(new QLineEdit(this), "foiPeriod");
    m_status = named(new QComboBox(this), "foiStatus");
    m_clarificationSought = named(new QLineEdit(this), "foiClarificationSought");
    m_clarificationReceived = named(new QLineEdit(this), "foiClarificationReceived");
    m_due = named(new QLabel(this), "foiDue");
    m_extended = named(new QCheckBox(this), "foiExtended");
    m_extendedTo = named(new QLineEdit(this), "foiExtendedTo");
    m_replied = named(new QLineEdit(this), "foiReplied");
    m_exemptions = named(new QListWidget(this), "foiExemptions");
    m_schemes = named(new QListWidget(this), "foiSchemes");
    m_link = named(new QPushButton(this), "foiLinkSchemes");
    m_unlink = named(new QPushButton(this), "foiUnlinkScheme");
    m_timeLog = named(new QTreeWidget(this), "foiTimeLog");
    m_timeDate = named(new QLineEdit(this), "foiTimeDate");
    m_timeMinutes = named(new QSpinBox(this), "foiTimeMinutes");
    m_timeNote = named(new QLineEdit(this), "foiTimeNote");
    m_logTime = named(new QPushButton(this), "foiLogTime");
    m_removeTime = named(new QPushButton(this), "foiRemoveTime");
    m_cost = named(new QLabel(this), "foiCost");
    m_costWarning = named(new IssueLabel(this), "foiCostWarning");
    m_reply = named(new QLabel(this), "foiReplyDocument");
    m_produceReply = named(new QPushButton(this), "foiProduceReply");
    m_notes = named(new QPlainTextEdit(this), "foiNotes");
    m_earlier = named(new QTreeWidget(this), "foiEarlier");
    m_earlierNone = named(new QLabel(this), "foiEarlierNone");

    // Tab leaves the text boxes: they are fields of a form, not documents.
    for (QPlainTextEdit *text : { m_questions, m_notes })
        text->setTabChangesFocus(true);
    m_questions->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_questions->setMaximumHeight(fontMetrics().lineSpacing() * 12);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    for (const foi::Exemption &e : foi::exemptions()) {
        auto *item = new QListWidgetItem(m_exemptions);
        item->setData(Qt::UserRole, QLatin1String(e.key));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_exemptions->setMinimumHeight(fontMetrics().lineSpacing() * 7);
    // Each exemption's wording whole, on as many lines as it needs.
    m_exemptions->setWordWrap(true);
    m_exemptions->setTextElideMode(Qt::ElideNone);
    m_exemptions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_exemptions->setResizeMode(QListView::Adjust);
    m_schemes->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_timeLog->setColumnCount(3);
    m_timeLog->setRootIsDecorated(false);
    m_timeLog->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_timeMinutes->setRange(0, 24 * 60);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_timeDate->setMinimumWidth(9 * em);
    m_timeMinutes->setMinimumWidth(7 * em);
    m_timeNote->setMinimumWidth(10 * em);
    m_timeMinutes->setSingleStep(15);
    m_earlier->setColumnCount(5);
    m_earlier->setRootIsDecorated(false);
    m_earlier->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_due->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reply->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reply->setWordWrap(true);
    m_due->setWordWrap(true);
    m_issues->setWordWrap(true);
    m_costWarning->setWordWrap(true);
    m_earlierNone->setWordWrap(true);
}

void FoiForm::createLayout()
{
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto row = [this](QWidget *field) { m_form->addRow(new QLabel(this), field); };
    const auto box = [this](std::initializer_list<QWidget *> widgets, bool stretch = true) {
        auto *holder = new QWidget(this);
        auto *line = new QHBoxLayout(holder);
        line->setContentsMargins(0, 0, 0, 0);
        for (QWidget *widget : widgets)
            line->addWidget(widget);
        if (stretch)
            line->addStretch(1);
        return holder;
    };
    row(m_reference);
    row(m_received);
    row(m_requester);
    row(m_subject);
    row(m_questions);
    row(m_period);
    row(m_status);
    row(m_clarificationSought);
    row(m_clarificationReceived);
    row(box({ m_due }));
    row(box({ m_extended, m_extendedTo }));
    row(m_replied);
    row(m_exemptions);
    auto *schemeButtons = box({ m_link, m_unlink });
    auto *schemes = new QWidget(this);
    auto *schemeColumn = new QVBoxLayout(schemes);
    schemeColumn->setContentsMargins(0, 0, 0, 0);
    schemeColumn->addWidget(m_schemes);
    schemeColumn->addWidget(schemeButtons);
    row(schemes);
    auto *time = new QWidget(this);
    auto *timeColumn = new QVBoxLayout(time);
    timeColumn->setContentsMargins(0, 0, 0, 0);
    timeColumn->addWidget(m_timeLog);
    auto *entry = new QWidget(this);
    auto *entryLine = new QHBoxLayout(entry);
    entryLine->setContentsMargins(0, 0, 0, 0);
    entryLine->addWidget(m_timeDate);
    entryLine->addWidget(m_timeMinutes);
    entryLine->addWidget(m_timeNote, 1);
    timeColumn->addWidget(entry);
    timeColumn->addWidget(box({ m_logTime, m_removeTime }));
    timeColumn->addWidget(m_cost);
    timeColumn->addWidget(m_costWarning);
    row(time);
    row(box({ m_reply, m_produceReply }, false));
    row(m_notes);
    auto *earlier = new QWidget(this);
    auto *earlierColumn = new QVBoxLayout(earlier);
    earlierColumn->setContentsMargins(0, 0, 0, 0);
    earlierColumn->addWidget(m_earlierNone);
    earlierColumn->addWidget(m_earlier);
    row(earlier);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_issues);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

void FoiForm::connectEdits()
{
    const auto edited = [this] {
        if (!m_filling)
            setModified(true);
    };
    for (QLineEdit *line : { m_reference, m_received, m_subject, m_period, m_clarificationSought,
             m_clarificationReceived, m_extendedTo, m_replied })
        connect(line, &QLineEdit::textEdited, this, edited);
    for (QPlainTextEdit *text : { m_questions, m_notes })
        connect(text, &QPlainTextEdit::textChanged, this, edited);
    for (QComboBox *combo : { m_requester, m_status })
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    connect(m_extended, &QCheckBox::toggled, this, edited);
    connect(m_exemptions, &QListWidget::itemChanged, this, edited);
    for (QLineEdit *line :
        { m_received, m_clarificationSought, m_clarificationReceived, m_extendedTo })
        connect(line, &QLineEdit::textChanged, this, &FoiForm::updateDue);
    connect(m_extended, &QCheckBox::toggled, this, [this](bool on) {
        m_extendedTo->setEnabled(on);
        updateDue();
    });
    connect(m_link, &QPushButton::clicked, this, &FoiForm::linkSchemes);
    connect(m_unlink, &QPushButton::clicked, this, &FoiForm::unlinkScheme);
    connect(m_logTime, &QPushButton::clicked, this, &FoiForm::logTime);
    connect(m_timeNote, &QLineEdit::returnPressed, this, &FoiForm::logTime);
    connect(m_removeTime, &QPushButton::clicked, this, [this] {
        const int row = m_timeLog->indexOfTopLevelItem(m_timeLog->currentItem());
        if (row < 0)
            return;
        m_time.removeAt(row);
        fillTime();
        setModified(true);
    });
    connect(m_produceReply, &QPushButton::clicked, this, &FoiForm::produceReplyRequested);
}

void FoiForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *line : { m_reference, m_received, m_subject, m_period, m_clarificationSought,
             m_clarificationReceived, m_extendedTo, m_replied })
        line->setReadOnly(readOnly);
    for (QPlainTextEdit *text : { m_questions, m_notes })
        text->setReadOnly(readOnly);
    for (QWidget *choice : std::initializer_list<QWidget *> { m_requester, m_status, m_extended })
        choice->setEnabled(!readOnly);
    // The exemptions stay legible (not greyed), with their boxes fixed; a change of flags is
    // no edit of the request.
    const QScopedValueRollback filling(m_filling, true);
    for (int row = 0; row < m_exemptions->count(); ++row) {
        QListWidgetItem *item = m_exemptions->item(row);
        item->setFlags(item->flags().setFlag(Qt::ItemIsUserCheckable, !readOnly));
    }
    for (QWidget *change : std::initializer_list<QWidget *> {
             m_link, m_unlink, m_timeDate, m_timeMinutes, m_timeNote, m_logTime, m_removeTime })
        change->setVisible(!readOnly);
}

void FoiForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FoiForm::retranslate()
{
    const QList<const char *> labels { QT_TR_NOOP("Referen&ce:"), QT_TR_NOOP("Rece&ived:"),
        QT_TR_NOOP("Req&uester:"), QT_TR_NOOP("Su&bject:"), QT_TR_NOOP("&Questions:"),
        QT_TR_NOOP("Period &asked about:"), QT_TR_NOOP("S&tatus:"),
        QT_TR_NOOP("Clarification s&ought:"), QT_TR_NOOP("Clarification recei&ved:"),
        QT_TR_NOOP("Due:"), nullptr, QT_TR_NOOP("Re&plied:"), QT_TR_NOOP("E&xemptions:"),
        QT_TR_NOOP("Sc&hemes:"), QT_TR_NOOP("Time spent:"), QT_TR_NOOP("Reply:"),
        QT_TR_NOOP("&Notes:"), QT_TR_NOOP("Earlier requests:") };
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)
                ? m_form->itemAt(row, QFormLayout::LabelRole)->widget()
                : nullptr);
        if (!label)
            continue;
        label->setText(labels.at(row) ? tr(labels.at(row)) : QString());
        label->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
    }
    m_reference->setPlaceholderText(tr("e.g. FOI 2020-500"));
    for (QLineEdit *day : { m_received, m_clarificationSought, m_clarificationReceived,
             m_extendedTo, m_replied, m_timeDate })
        day->setPlaceholderText(tr("YYYY-MM-DD"));
    m_subject->setPlaceholderText(
        tr("A line for the disclosure log (the first question if empty)"));
    m_period->setPlaceholderText(tr("e.g. 2019/20 (empty: every period)"));
    m_period->setToolTip(tr("The reply gives the figures of this year, and says which only "
                            "overlap it"));
    m_extended->setText(tr("Exten&ded to:"));
    m_extended->setToolTip(tr("A public interest extension (section 10(3)): the due date is "
                              "set by hand"));
    // Refilling the choices is not an edit.
    const bool filling = m_filling;
    m_filling = true;
    const int kind = m_requester->currentIndex();
    m_requester->clear();
    for (RequesterKind k : foi::requesterKinds())
        m_requester->addItem(foi::requesterLabel(k));
    m_requester->setCurrentIndex(kind);
    const int status = m_status->currentIndex();
    m_status->clear();
    for (FoiStatus s : foi::statuses())
        m_status->addItem(foi::statusLabel(s));
    m_status->setCurrentIndex(status);
    m_filling = filling;
    for (int i = 0; i < m_exemptions->count(); ++i) {
        QListWidgetItem *item = m_exemptions->item(i);
        item->setText(foi::exemptionText(item->data(Qt::UserRole).toString()));
    }
    m_link->setText(tr("&Link Schemes..."));
    m_link->setToolTip(tr("Choose schemes from the register (Ctrl+L)"));
    m_unlink->setText(tr("Unlin&k"));
    m_timeLog->setHeaderLabels({ tr("Date"), tr("Minutes"), tr("What was done") });
    m_timeMinutes->setSuffix(tr(" min"));
    m_timeNote->setPlaceholderText(tr("What was done, e.g. searching records"));
    m_logTime->setText(tr("Lo&g Time"));
    m_removeTime->setText(tr("Re&move Entry"));
    m_produceReply->setText(tr("Produce Repl&y..."));
    m_earlier->setHeaderLabels(
        { tr("Reference"), tr("Received"), tr("Replied"), tr("Outcome"), tr("Reply") });
    m_earlierNone->setText(tr("No earlier request concerns these schemes."));
    // Accessible names for fields whose label is not beside them.
    m_extendedTo->setAccessibleName(tr("Extended due date"));
    m_timeDate->setAccessibleName(tr("Date of the time entry"));
    m_timeMinutes->setAccessibleName(tr("Minutes spent"));
    m_timeNote->setAccessibleName(tr("What was done"));
    m_timeLog->setAccessibleName(tr("Time log"));
    m_earlier->setAccessibleName(tr("Earlier requests about these schemes"));
    m_due->setAccessibleName(tr("Due date"));
    m_reply->setAccessibleName(tr("Reply document"));
    updateDue();
    updateCost();
    fillEarlier();
    if (m_loaded.replyDocument.isEmpty())
        m_reply->setText(tr("No reply produced yet."));
}

void FoiForm::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void FoiForm::linkSchemes()
{
    if (m_readOnly)
        return;
    const QList<qint64> picked = SchemePicker::pick(m_db, m_schemeIds, this);
    if (picked.isEmpty())
        return;
    m_schemeIds.append(picked);
    fillSchemes();
    fillEarlier();
    setModified(true);
    m_schemes->setFocus();
}

void FoiForm::unlinkScheme()
{
    const int row = m_schemes->currentRow();
    if (row < 0 || row >= m_schemeIds.size())
        return;
    m_schemeIds.removeAt(row);
    fillSchemes();
    fillEarlier();
    setModified(true);
}

void FoiForm::focusTimeLog()
{
    m_timeMinutes->setFocus();
    m_timeMinutes->selectAll();
    // The time log is far down the form: bring it into view.
    for (QWidget *up = parentWidget(); up; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up)) {
            area->ensureWidgetVisible(m_cost);
            break;
        }
    }
}

} // namespace opcc
