// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schemedialog.h"

#include "editing/schemedraft.h"
#include "editing/schemeeditor.h"
#include "issuelabel.h"
#include "schemeform.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace opcc {

SchemeDialog::SchemeDialog(SchemeEditor &editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_draft(new SchemeDraft(editor.database(), this))
    , m_form(nullptr)
    , m_intro(new QLabel(this))
    , m_error(new IssueLabel(this))
    , m_cancel(nullptr)
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("schemeDialog"));
    m_draft->startNew();
    m_form = new SchemeForm(m_draft, editor.database(), this);
    m_intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("createScheme"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelScheme"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SchemeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SchemeDialog::reject);
    connect(m_form, &SchemeForm::issuesShown, this, &SchemeDialog::updateOk);
    connect(m_form, &SchemeForm::openSchemeRequested, this, [this](qint64 id) {
        emit openSchemeRequested(id);
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1100, 740);
    retranslate();
    m_form->focusName();
}

void SchemeDialog::showEvent(QShowEvent *event)
{
    // With large text (200%) the dialog would be wider than a 1280x800 screen: it keeps to
    // the screen, and its pages scroll.
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        if (width() > available.width() || height() > available.height()) {
            resize(size().boundedTo(available.size()));
            move(available.topLeft());
        }
    }
    QDialog::showEvent(event);
}

void SchemeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SchemeDialog::retranslate()
{
    setWindowTitle(tr("New Scheme"));
    m_intro->setText(tr("Enter the scheme as its commissioning paper or Freedom of "
                        "Information reply describes it. Create Scheme saves it, or shows "
                        "what it still needs."));
    m_ok->setText(tr("Create Scheme")); // Enter; Alt+C is Cancel
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Close without creating the scheme"));
    updateOk();
}

void SchemeDialog::updateOk()
{
    // Before a problem is on show, OK is there to be pressed: pressing it shows them all.
    const bool valid = m_draft->isValid();
    const bool shown = m_form->showsProblems();
    m_ok->setEnabled(valid || !shown);
    m_ok->setToolTip(valid ? tr("Create the scheme with its figures (Enter)")
            : shown        ? tr("Fix the fields marked with a warning sign first.")
                           : tr("Shows what the scheme still needs (Enter)"));
}

void SchemeDialog::accept()
{
    if (!m_draft->isValid()) {
        m_form->focusFirstIssue();
        return;
    }
    const auto created = m_editor.createScheme(m_draft->record());
    if (!created) {
        m_error->setText(tr("The scheme was not saved: %1").arg(m_editor.errorString()));
        m_error->show();
        return;
    }
    m_createdId = created->scheme.id;
    QDialog::accept();
}

void SchemeDialog::reject()
{
    if (m_createdId == 0 && m_draft->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Discard New Scheme"),
            tr("Discard the scheme you have entered? It has not been saved."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace opcc
