// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// FoiForm: between the fields and a request, and what the form works out as it is typed (the due
// date, the cost so far, the earlier requests about the same schemes).

#include "foi/foicalendar.h"
#include "foi/foieditor.h"
#include "foi/foivalidator.h"
#include "foiform.h"
#include "issuelabel.h"
#include "storage/database.h"
#include "storage/foistore.h"
#include "storage/schemestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

namespace opcc {

namespace {

QString isoDay(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString FoiForm::schemeName(qint64 id) const
{
    const auto scheme = SchemeStore::reader(m_db).scheme(id);
    return scheme ? tr("%1 (%2)").arg(scheme->name, scheme->areaKey()) : tr("(deleted scheme)");
}

void FoiForm::load(const std::optional<FoiRequest> &request)
{
    m_loaded = request.value_or(FoiRequest());
    fillFields(m_loaded);
    setEnabled(request.has_value());
    m_issues->hide();
    setModified(false);
}

void FoiForm::startNew(const QString &suggestedReference)
{
    FoiRequest fresh;
    fresh.received = QDate::currentDate();
    m_loaded = FoiRequest();
    fillFields(fresh);
    m_reference->setText(suggestedReference);
    setEnabled(true);
    m_issues->hide();
    setModified(true);
    m_reference->setFocus();
    m_reference->selectAll();
}

void FoiForm::fillFields(const FoiRequest &r)
{
    m_filling = true;
    m_reference->setText(r.reference);
    m_received->setText(isoDay(r.received));
    m_requester->setCurrentIndex(int(foi::requesterKinds().indexOf(r.requesterKind)));
    m_subject->setText(r.subject);
    m_questions->setPlainText(r.questions);
    m_period->setText(r.period);
    m_status->setCurrentIndex(int(foi::statuses().indexOf(r.status)));
    m_clarificationSought->setText(isoDay(r.clarificationSought));
    m_clarificationReceived->setText(isoDay(r.clarificationReceived));
    m_extended->setChecked(r.dueExtended);
    m_extendedTo->setEnabled(r.dueExtended);
    m_extendedTo->setText(r.dueExtended ? isoDay(r.due) : QString());
    m_replied->setText(isoDay(r.replied));
    for (int i = 0; i < m_exemptions->count(); ++i) {
        QListWidgetItem *item = m_exemptions->item(i);
        item->setCheckState(r.exemptions.contains(item->data(Qt::UserRole).toString())
                ? Qt::Checked
                : Qt::Unchecked);
    }
    m_notes->setPlainText(r.notes);
    m_schemeIds = r.schemeIds;
    m_time = r.time;
    m_timeDate->setText(isoDay(QDate::currentDate()));
    m_timeMinutes->setValue(0);
    m_timeNote->clear();
    m_reply->setText(r.replyDocument.isEmpty() ? tr("No reply produced yet.")
                                               : QDir::toNativeSeparators(r.replyDocument));
    m_produceReply->setEnabled(r.id != 0);
    fillSchemes();
    fillTime();
    fillEarlier();
    updateDue();
    m_filling = false;
}

void FoiForm::fillSchemes()
{
    m_schemes->clear();
    for (qint64 id : m_schemeIds)
        m_schemes->addItem(schemeName(id));
    if (m_schemes->count() > 0)
        m_schemes->setCurrentRow(0);
    m_unlink->setEnabled(!m_schemeIds.isEmpty());
}

void FoiForm::fillTime()
{
    m_timeLog->clear();
    for (const FoiTimeEntry &entry : m_time) {
        auto *item = new QTreeWidgetItem(m_timeLog);
        item->setText(0, foi::dayText(entry.on));
        item->setText(1, QString::number(entry.minutes));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, entry.note);
    }
    m_removeTime->setEnabled(!m_time.isEmpty());
    m_timeLog->resizeColumnToContents(0);
    m_timeLog->resizeColumnToContents(1);
    updateCost();
}

void FoiForm::fillEarlier()
{
    m_earlier->clear();
    const QList<FoiRequest> earlier = m_store.requestsAboutSchemes(m_schemeIds, m_loaded.id);
    for (const FoiRequest &r : earlier) {
        auto *item = new QTreeWidgetItem(m_earlier);
        item->setText(0, r.reference);
        item->setText(1, foi::dayText(r.received));
        item->setText(2, foi::dayText(r.replied));
        item->setText(3, foi::outcome(r));
        item->setText(4, QFileInfo(r.replyDocument).fileName());
        item->setToolTip(4, QDir::toNativeSeparators(r.replyDocument));
        item->setToolTip(0, r.subject);
    }
    m_earlier->setVisible(!earlier.isEmpty());
    m_earlierNone->setVisible(earlier.isEmpty());
}

void FoiForm::updateDue()
{
    FoiRequest probe;
    probe.received = foi::parseDay(m_received->text()).value_or(QDate());
    probe.clarificationSought = foi::parseDay(m_clarificationSought->text()).value_or(QDate());
    probe.clarificationReceived = foi::parseDay(m_clarificationReceived->text()).value_or(QDate());
    const QDate due = foi::computedDue(probe);
    QString text;
    if (!probe.received.isValid())
        text = tr("worked out from the date received");
    else if (!due.isValid())
        text = tr("Clock stopped while clarification is awaited");
    else if (probe.clarificationReceived.isValid())
        text = tr("%1, 20 working days after the clarification").arg(foi::dayText(due));
    else
        text = tr("%1, 20 working days after receipt").arg(foi::dayText(due));
    if (m_extended->isChecked())
        text = tr("Extended by hand (the rules give: %1)").arg(text);
    m_due->setText(text);
}

void FoiForm::updateCost()
{
    int minutes = 0;
    for (const FoiTimeEntry &entry : m_time)
        minutes += entry.minutes;
    m_cost->setText(foi::costText(minutes));
    switch (foi::costState(minutes)) {
    case foi::CostState::Within:
        m_costWarning->hide();
        break;
    case foi::CostState::Near:
        m_costWarning->setText(tr("Near the section 12 cost limit of 18 hours: consider whether "
                                  "the rest of the request can be answered within it."));
        m_costWarning->show();
        break;
    case foi::CostState::Over:
        m_costWarning->setText(tr("Over the section 12 cost limit of 18 hours: the request may "
                                  "be refused under section 12, with advice (section 16) on "
                                  "narrowing it."));
        m_costWarning->show();
        break;
    }
}

void FoiForm::logTime()
{
    if (m_readOnly)
        return;
    const auto day = foi::parseDay(m_timeDate->text());
    if (!day || !day->isValid() || m_timeMinutes->value() <= 0) {
        showIssues({ { QStringLiteral("time"),
            !day || !day->isValid() ? foi::dayFormatMessage()
                                    : tr("Enter the minutes spent, more than none."),
            0 } });
        (!day || !day->isValid() ? static_cast<QWidget *>(m_timeDate) : m_timeMinutes)->setFocus();
        return;
    }
    m_time.append({ *day, m_timeMinutes->value(), m_timeNote->text().trimmed() });
    fillTime();
    m_timeMinutes->setValue(0);
    m_timeNote->clear();
    m_issues->hide();
    setModified(true);
    m_timeMinutes->setFocus();
}

std::optional<FoiRequest> FoiForm::collect()
{
    FoiRequest r = m_loaded;
    QList<FieldIssue> problems;
    const auto day = [&problems](QLineEdit *line, const char *field) {
        const auto parsed = foi::parseDay(line->text());
        if (!parsed)
            problems.append({ QLatin1String(field), foi::dayFormatMessage(), 0 });
        return parsed.value_or(QDate());
    };
    r.reference = m_reference->text().trimmed();
    r.received = day(m_received, "received");
    r.requesterKind = foi::requesterKinds().value(m_requester->currentIndex());
    r.subject = m_subject->text().trimmed();
    r.questions = m_questions->toPlainText();
    r.period = m_period->text().trimmed();
    r.status = foi::statuses().value(m_status->currentIndex());
    r.clarificationSought = day(m_clarificationSought, "clarification_sought");
    r.clarificationReceived = day(m_clarificationReceived, "clarification_received");
    r.dueExtended = m_extended->isChecked();
    r.due = r.dueExtended ? day(m_extendedTo, "due") : QDate();
    r.replied = day(m_replied, "replied");
    r.exemptions.clear();
    for (int i = 0; i < m_exemptions->count(); ++i) {
        if (m_exemptions->item(i)->checkState() == Qt::Checked)
            r.exemptions.append(m_exemptions->item(i)->data(Qt::UserRole).toString());
    }
    r.schemeIds = m_schemeIds;
    r.time = m_time;
    r.notes = m_notes->toPlainText().trimmed();
    if (!problems.isEmpty()) {
        showIssues(problems);
        return std::nullopt;
    }
    return r;
}

void FoiForm::showIssues(const QList<FieldIssue> &issues)
{
    if (issues.isEmpty()) {
        m_issues->hide();
        return;
    }
    QStringList lines;
    for (const FieldIssue &issue : issues)
        lines.append(issue.message);
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_issues->show();
    const QHash<QString, QWidget *> fields {
        { QStringLiteral("reference"), m_reference },
        { QStringLiteral("received"), m_received },
        { QStringLiteral("questions"), m_questions },
        { QStringLiteral("period"), m_period },
        { QStringLiteral("status"), m_status },
        { QStringLiteral("clarification_sought"), m_clarificationSought },
        { QStringLiteral("clarification_received"), m_clarificationReceived },
        { QStringLiteral("due"), m_extendedTo },
        { QStringLiteral("replied"), m_replied },
        { QStringLiteral("exemptions"), m_exemptions },
        { QStringLiteral("time"), m_timeDate },
    };
    if (QWidget *field = fields.value(issues.constFirst().field))
        field->setFocus();
}

} // namespace opcc
