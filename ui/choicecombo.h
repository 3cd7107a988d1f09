// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QComboBox>

namespace opcc {

// Combo boxes for choosing among many known names (measures, documents, organisations): the
// list to browse, and typing completes a name in place, case-insensitively; a name the list
// does not have can be typed in full.
class ChoiceCombo final : public QComboBox
{
    Q_OBJECT

public:
    explicit ChoiceCombo(QWidget *parent = nullptr);

    // Items with their text and a value (the value is the text when none is given).
    void setChoices(const QStringList &texts, const QStringList &values = {});
    // A heading over the items added after it: shown in bold, not a choice.
    void addHeading(const QString &text);
    // The list is as wide as its longest item (within the screen), never cut in the middle.
    void showPopup() override;
    // The value of the item whose text (or value) is typed, else the text as typed.
    QString value() const;
    void setValue(const QString &value);
};

} // namespace opcc
