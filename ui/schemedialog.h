// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace opcc {

class SchemeDraft;
class SchemeEditor;
class SchemeForm;

// File > New Scheme: the whole record of a new scheme, figures included. OK stays disabled
// until the record is valid; accepting writes it as one undoable change.
class SchemeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SchemeDialog(SchemeEditor &editor, QWidget *parent = nullptr);

    SchemeForm *form() const { return m_form; }
    QPushButton *okButton() const { return m_ok; }
    // The scheme written when the dialog was accepted.
    qint64 createdSchemeId() const { return m_createdId; }

    void accept() override;
    void reject() override;

signals:
    void openSchemeRequested(qint64 schemeId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOk();

    SchemeEditor &m_editor;
    SchemeDraft *m_draft;
    SchemeForm *m_form;
    QLabel *m_intro;
    QLabel *m_error;
    QPushButton *m_cancel;
    QPushButton *m_ok;
    qint64 m_createdId = 0;
};

} // namespace opcc
