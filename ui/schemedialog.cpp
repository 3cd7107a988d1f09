#include "schemedialog.h"

#include "editing/schemedraft.h"
#include "editing/schemeeditor.h"
#include "schemeform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace opcc {

SchemeDialog::SchemeDialog(SchemeEditor &editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_draft(new SchemeDraft(editor.database(), this))
    , m_form(nullptr)
    , m_error(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("schemeDialog"));
    setWindowTitle(tr("New Scheme"));
    m_draft->startNew();
    m_form = new SchemeForm(m_draft, editor.database(), this);
    auto *intro = new QLabel(tr("Enter the scheme as its commissioning paper or Freedom of "
                                "Information reply describes it. Create becomes available once "
                                "every field says nothing is wrong."),
        this);
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create Scheme")); // Enter; Alt+C is Cancel
    connect(buttons, &QDialogButtonBox::accepted, this, &SchemeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SchemeDialog::reject);
    connect(m_draft, &SchemeDraft::changed, this, &SchemeDialog::updateOk);
    connect(m_form, &SchemeForm::openSchemeRequested, this, [this](qint64 id) {
        emit openSchemeRequested(id);
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1100, 740);
    updateOk();
    m_form->focusName();
}

void SchemeDialog::updateOk()
{
    const bool valid = m_draft->isValid();
    m_ok->setEnabled(valid);
    m_ok->setToolTip(valid ? QString() : tr("Fix the fields marked in red first."));
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
