// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace opcc {

class Database;

// "New Measure...": a measure the catalogue does not have (say, completion rate in percent),
// with its unit, added to the register so that figures can be entered for it. Its key is made
// from its name; a name or key that is taken already is refused with the reason.
class MeasureDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MeasureDialog(Database &db, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *unitCombo() const { return m_unit; }
    // The measure as it would be saved, or nothing with the reason in problem().
    std::optional<Measure> measure() const;
    QString problem() const;
    QString createdKey() const { return m_createdKey; }

    // "Completion rate (%)" -> "completion_rate"
    static QString keyFromName(const QString &name);

public slots:
    void accept() override;

private:
    void update();

    Database &m_db;
    QLineEdit *m_name;
    QComboBox *m_unit;
    QCheckBox *m_higherIsBetter;
    QLineEdit *m_description;
    QLabel *m_issue;
    QDialogButtonBox *m_buttons;
    QString m_createdKey;
};

} // namespace opcc
