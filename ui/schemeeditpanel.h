// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace opcc {

class Database;
class SchemeDraft;
class SchemeForm;

// The detail panel in edit mode: the form of the scheme being edited, with Save and Cancel.
class SchemeEditPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SchemeEditPanel(Database &db, QWidget *parent = nullptr);

    SchemeDraft *draft() const { return m_draft; }
    SchemeForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    // Shows why the last save failed; an empty message hides it.
    void showError(const QString &message);
    void updateTitle();

signals:
    void saveRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SchemeDraft *m_draft;
    SchemeForm *m_form;
    QLabel *m_title;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace opcc
