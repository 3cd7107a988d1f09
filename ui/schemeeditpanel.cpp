// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schemeeditpanel.h"

#include "editing/schemedraft.h"
#include "issuelabel.h"
#include "schemeform.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace opcc {

SchemeEditPanel::SchemeEditPanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_draft(new SchemeDraft(db, this))
    , m_form(new SchemeForm(m_draft, db, this))
    , m_title(new QLabel(this))
    , m_error(new IssueLabel(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("schemeEditPanel"));
    // The detail panel keeps the size the person gave it; the form scrolls or squeezes instead.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_title->setObjectName(QStringLiteral("editTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->hide();

    m_save->setObjectName(QStringLiteral("saveEdit"));
    m_cancel->setObjectName(QStringLiteral("cancelEdit"));
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveShortcut);
    auto *cancelShortcut = new QAction(this);
    cancelShortcut->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(cancelShortcut);
    connect(m_save, &QPushButton::clicked, this, &SchemeEditPanel::saveRequested);
    connect(saveShortcut, &QAction::triggered, this, &SchemeEditPanel::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SchemeEditPanel::cancelRequested);
    connect(cancelShortcut, &QAction::triggered, this, &SchemeEditPanel::cancelRequested);
    connect(m_draft, &SchemeDraft::changed, this, [this] {
        m_save->setEnabled(m_draft->isModified() && m_draft->isValid());
        updateTitle();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    retranslate();
}

void SchemeEditPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SchemeEditPanel::retranslate()
{
    m_save->setText(tr("Save Chan&ges"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Leave edit mode without saving (Esc)"));
    updateTitle();
}

void SchemeEditPanel::updateTitle()
{
    const QString name = m_draft->original() ? m_draft->original()->scheme.name : QString();
    m_title->setText(m_draft->isModified() ? tr("Editing \"%1\" (not saved)").arg(name)
                                           : tr("Editing \"%1\"").arg(name));
}

void SchemeEditPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace opcc
