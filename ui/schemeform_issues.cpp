// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What is wrong with the scheme, shown under each field and in each table's issue line, and
// given to screen readers in the fields' descriptions.

#include "choicecombo.h"
#include "editing/schemedraft.h"
#include "models/areachoicemodel.h"
#include "models/figureeditmodel.h"
#include "models/figurekindproxy.h"
#include "schemeform.h"

#include <QComboBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>

namespace opcc {

void SchemeForm::showIssue(QLabel *label, const QStringList &messages)
{
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty() && (m_showAll || m_touched.contains(label)));
}

void SchemeForm::watchTouches()
{
    m_issueOf = { { m_name, m_nameIssue }, { m_strand, m_strandIssue }, { m_areas, m_areaIssue },
        { m_start, m_dateIssue }, { m_end, m_dateIssue } };
    for (auto it = m_issueOf.cbegin(); it != m_issueOf.cend(); ++it)
        it.key()->installEventFilter(this);
    for (QLineEdit *edit : { m_name, m_start, m_end })
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { touch(m_issueOf.value(edit)); });
    connect(m_strand, &QComboBox::activated, this, [this] { touch(m_strandIssue); });
    connect(m_draft->areas(), &AreaChoiceModel::chosenChanged, this, [this] {
        if (m_areas->hasFocus())
            touch(m_areaIssue);
    });
    m_touched = { m_partnerIssue, m_fundingIssue, m_figureIssue };
}

bool SchemeForm::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving a field counts as touching it: "A scheme needs a name" once the name was passed.
    if (event->type() == QEvent::FocusOut && m_issueOf.contains(watched)) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
            || reason == Qt::MouseFocusReason)
            touch(m_issueOf.value(watched));
    }
    return QWidget::eventFilter(watched, event);
}

void SchemeForm::touch(QLabel *issue)
{
    if (!issue || m_touched.contains(issue))
        return;
    m_touched.insert(issue);
    showIssues();
}

bool SchemeForm::showsProblems() const
{
    for (QLabel *label : { m_nameIssue, m_strandIssue, m_areaIssue, m_dateIssue, m_partnerIssue,
             m_fundingIssue, m_figureIssue }) {
        if (!label->isHidden())
            return true;
    }
    return false;
}

void SchemeForm::forgetTouched()
{
    // The tables' problems are about rows the person added: always shown.
    m_touched = { m_partnerIssue, m_fundingIssue, m_figureIssue };
    m_showAll = false;
    showIssues();
}

void SchemeForm::describe(QWidget *field, const QStringList &messages)
{
    QStringList parts { m_hints.value(field) };
    parts += messages;
    parts.removeAll(QString());
    field->setAccessibleDescription(parts.join(QLatin1Char(' ')));
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
    showIssue(label, lines);
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
    showIssue(m_nameIssue, name);
    // The link to the scheme that has the name is reached with Tab; otherwise no tab stop.
    m_nameIssue->setTextInteractionFlags(existing != 0
            ? Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard
            : Qt::NoTextInteraction);
    if (existing != 0)
        m_nameIssue->setText(name.join(QLatin1Char(' ')).toHtmlEscaped()
            + QStringLiteral(" <a href=\"scheme:%1\">%2</a>")
                  .arg(existing)
                  .arg(tr("Show the existing scheme").toHtmlEscaped()));
    else
        m_nameIssue->setText(name.join(QLatin1Char('\n')).toHtmlEscaped());
    showIssue(m_strandIssue, strand);
    showIssue(m_areaIssue, area);
    showIssue(m_dateIssue, dates);
    showIssue(m_partnerIssue, partners);
    describe(m_name, name);
    describe(m_strand, strand);
    describe(m_areas, area);
    describe(m_start, dates);
    describe(m_end, dates);
    const QList<QWidget *> others { m_status, m_source, m_summary, m_description, m_eligibility };
    for (QWidget *field : others)
        describe(field, {});
    showTableIssues(m_fundingIssue, m_funding, tr("Line"));
    showTableIssues(m_figureIssue, m_outcomes, tr("Figure"));

    // Counted as shown, so that a new form does not open on "3 to fix".
    const auto shown = [](QLabel *label, const QStringList &messages) {
        return label->isHidden() ? 0 : int(messages.size());
    };
    const int schemeProblems = shown(m_nameIssue, name) + shown(m_strandIssue, strand)
        + shown(m_areaIssue, area) + shown(m_dateIssue, dates);
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
    emit issuesShown();
}

void SchemeForm::focusFirstIssue()
{
    if (!m_showAll) {
        m_showAll = true;
        showIssues();
    }
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

} // namespace opcc
