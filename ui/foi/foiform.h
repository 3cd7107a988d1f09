// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/validator.h"
#include "foi/foirequest.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace opcc {

class Database;
class FoiStore;
class IssueLabel;

// The record of one FOI request, to file or edit: reference, dates, requester, questions,
// status and clarification, the due date (computed as the dates are typed, or extended by
// hand), exemptions, the schemes it concerns, the time log against the section 12 limit, the
// reply produced, and the earlier requests about the same schemes with their replies.
class FoiForm final : public QWidget
{
    Q_OBJECT

public:
    FoiForm(Database &db, FoiStore &store, QWidget *parent = nullptr);

    // Shows a stored request (or an empty, disabled form for none); not modified afterwards.
    void load(const std::optional<FoiRequest> &request);
    // An empty request received today, its reference field focused.
    void startNew(const QString &suggestedReference);
    // The request as typed, over the one loaded; nullopt (with the problems shown) when a date
    // cannot be read.
    std::optional<FoiRequest> collect();
    const FoiRequest &loaded() const { return m_loaded; }
    bool isNew() const { return m_loaded.id == 0; }
    bool isModified() const { return m_modified; }
    void showIssues(const QList<FieldIssue> &issues);
    // A register the user may only read (a read-only file, a viewer on a server): the record is
    // shown with nothing to type into, check or press but Produce Reply.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    void linkSchemes();
    void unlinkScheme();
    void focusTimeLog();
    void logTime();

signals:
    void modifiedChanged(bool modified);
    void produceReplyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createFields();
    void createLayout();
    void connectEdits();
    void retranslate();
    void setModified(bool modified);
    void fillFields(const FoiRequest &request);
    void fillSchemes();
    void fillTime();
    void fillEarlier();
    void updateDue();
    void updateCost();
    QString schemeName(qint64 id) const;

    Database &m_db;
    FoiStore &m_store;
    FoiRequest m_loaded;
    QList<qint64> m_schemeIds;
    QList<FoiTimeEntry> m_time;
    bool m_modified = false;
    bool m_readOnly = false;
    bool m_filling = false;

    IssueLabel *m_issues;
    QFormLayout *m_form;
    QLineEdit *m_reference;
    QLineEdit *m_received;
    QComboBox *m_requester;
    QLineEdit *m_subject;
    QPlainTextEdit *m_questions;
    QLineEdit *m_period;
    QComboBox *m_status;
    QLineEdit *m_clarificationSought;
    QLineEdit *m_clarificationReceived;
    QLabel *m_due;
    QCheckBox *m_extended;
    QLineEdit *m_extendedTo;
    QLineEdit *m_replied;
    QListWidget *m_exemptions;
    QListWidget *m_schemes;
    QPushButton *m_link;
    QPushButton *m_unlink;
    QTreeWidget *m_timeLog;
    QLineEdit *m_timeDate;
    QSpinBox *m_timeMinutes;
    QLineEdit *m_timeNote;
    QPushButton *m_logTime;
    QPushButton *m_removeTime;
    QLabel *m_cost;
    IssueLabel *m_costWarning;
    QLabel *m_reply;
    QPushButton *m_produceReply;
    QPlainTextEdit *m_notes;
    QTreeWidget *m_earlier;
    QLabel *m_earlierNone;
};

} // namespace opcc
