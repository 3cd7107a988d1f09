// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "measuredialog.h"

#include "domain/measurecatalogue.h"
#include "domain/validator.h"
#include "issuelabel.h"
#include "storage/database.h"
#include "storage/lookupstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace opcc {

MeasureDialog::MeasureDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_higherIsBetter(
          new QCheckBox(tr("&Higher is better (as for people treated, not for crimes)"), this))
    , m_description(new QLineEdit(this))
    , m_issue(new IssueLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Measure"));
    setObjectName(QStringLiteral("measureDialog"));
    m_name->setObjectName(QStringLiteral("measureName"));
    m_unit->setObjectName(QStringLiteral("measureUnit"));
    m_name->setPlaceholderText(tr("Completion rate"));
    for (Unit unit : Vocabulary<Unit>::values())
        m_unit->addItem(Vocabulary<Unit>::label(unit), int(unit));
    m_higherIsBetter->setChecked(true);
    m_description->setPlaceholderText(tr("What is counted, and how"));
    m_issue->setWordWrap(true);
    m_issue->hide();
    QPushButton *add = m_buttons->addButton(tr("&Add Measure"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addMeasure"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeasureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, &MeasureDialog::update);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(QString(), m_higherIsBetter);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issue);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

QString MeasureDialog::keyFromName(const QString &name)
{
    QString key = name.toLower();
    key.replace(QRegularExpression(QStringLiteral("\\([^)]*\\)")), QString()); // "(%)"
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    key.remove(QRegularExpression(QStringLiteral("^[^a-z]+|_+$")));
    return key;
}

std::optional<Measure> MeasureDialog::measure() const
{
    Measure measure;
    measure.label = m_name->text().simplified();
    measure.key = keyFromName(measure.label);
    measure.unit = Unit(m_unit->currentData().toInt());
    measure.higherIsBetter = m_higherIsBetter->isChecked();
    measure.description = m_description->text().simplified();
    if (measure.label.isEmpty() || !validation::isValidMeasureKey(measure.key))
        return std::nullopt;
    for (const Measure &known : LookupStore::reader(m_db).measures()) {
        if (known.key == measure.key
            || measureLabel(known).compare(measure.label, Qt::CaseInsensitive) == 0)
            return std::nullopt;
    }
    return measure;
}

QString MeasureDialog::problem() const
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty() || !validation::isValidMeasureKey(keyFromName(name)))
        return tr("A measure needs a name that starts with a letter.");
    for (const Measure &known : LookupStore::reader(m_db).measures()) {
        if (known.key == keyFromName(name)
            || measureLabel(known).compare(name, Qt::CaseInsensitive) == 0)
            return tr("There is a measure \"%1\" already: choose it from the list.")
                .arg(measureLabel(known));
    }
    return {};
}

void MeasureDialog::update()
{
    m_issue->setText(problem());
    m_issue->setVisible(!m_issue->text().isEmpty());
}

void MeasureDialog::accept()
{
    const auto made = measure();
    if (!made) {
        update();
        m_name->setFocus();
        return;
    }
    if (!LookupStore(m_db).insertMeasure(*made)) {
        QMessageBox::warning(this, tr("Cannot Add Measure"), m_db.errorString());
        return;
    }
    m_createdKey = made->key;
    QDialog::accept();
}

} // namespace opcc
