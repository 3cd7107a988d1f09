// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QDataWidgetMapper;
class QLabel;
class QPushButton;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace opcc {

class ChoiceCombo;
class Database;
class FigureDelegate;
class FigureKindProxy;
class FormDelegate;
class PartnerDelegate;
class SchemeDraft;
class TableEditor;

// The form of one scheme, for the new-scheme dialog and the detail panel's edit mode: the
// scheme's fields through a QDataWidgetMapper, its areas, partners, funding lines and figures.
// What is wrong with a field is said right under it, in the words of the shared validator.
class SchemeForm final : public QWidget
{
    Q_OBJECT

public:
    enum Page { SchemePage, PartnersPage, FiguresPage };

    SchemeForm(SchemeDraft *draft, Database &db, QWidget *parent = nullptr);

    SchemeDraft *draft() const { return m_draft; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *figureTable() const { return m_figureTable; }
    QTableView *fundingTable() const { return m_fundingTable; }
    QTableView *partnerTable() const { return m_partnerTable; }

    // Reads the choices offered again (areas, measures, documents, organisations).
    void refreshLookups();
    void refreshSourceTitles();
    // Shows the page of the first problem and puts the focus on its field.
    void focusFirstIssue();
    void focusName();
    // A problem shows under its field once the field was touched (typed in, chosen, or left)
    // and every problem once a save was tried (focusFirstIssue): nothing in red before anything
    // was typed. For a form that starts again on another record.
    void forgetTouched();
    // Whether any problem is on show (under a field or a table).
    bool showsProblems() const;

    // Each adds a row, shows it and starts editing it.
    void addFigure();
    void addFundingLine();
    void addPartner();
    // "New Measure...": adds a measure to the register, and to the current figure if it has none.
    void newMeasure();

signals:
    // The duplicate-scheme message links to the scheme that has the name already.
    void openSchemeRequested(qint64 schemeId);
    // The problems on show have been brought up to date.
    void issuesShown();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A field of the scheme page: its caption (the field's buddy) and the field.
    struct Row
    {
        QLabel *caption;
        QWidget *field;
    };

    void retranslate();
    // The field's description for screen readers: what it is for, then what is wrong with it.
    void describe(QWidget *field, const QStringList &messages);
    void showAreasChosen();
    QWidget *buildSchemePage();
    QWidget *buildPartnersPage();
    QWidget *buildFiguresPage();
    void mapFields();
    void showIssues();
    void showTableIssues(QLabel *label, FigureKindProxy *proxy, const QString &rowWord);
    void showIssue(QLabel *label, const QStringList &messages);
    void watchTouches();
    void touch(QLabel *issue);

    Database &m_db;
    SchemeDraft *m_draft;
    FormDelegate *m_formDelegate;
    QDataWidgetMapper *m_mapper;
    FigureKindProxy *m_funding;
    FigureKindProxy *m_outcomes;
    FigureDelegate *m_fundingDelegate;
    FigureDelegate *m_figureDelegate;
    PartnerDelegate *m_partnerDelegate;
    QTabWidget *m_tabs;
    bool m_lookupsRead = false; // the document and organisation lists: read when first shown
    QList<Row> m_rows;
    QHash<QWidget *, QString> m_hints;
    QLabel *m_endLabel = nullptr;
    QLabel *m_dateHint = nullptr;

    QLineEdit *m_name = nullptr;
    QComboBox *m_strand = nullptr;
    QComboBox *m_status = nullptr;
    QListView *m_areas = nullptr;
    QLabel *m_areasChosen = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_end = nullptr;
    ChoiceCombo *m_source = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_eligibility = nullptr;
    TableEditor *m_partners = nullptr;
    TableEditor *m_fundingLines = nullptr;
    TableEditor *m_figures = nullptr;
    QTableView *m_partnerTable = nullptr;
    QTableView *m_fundingTable = nullptr;
    QTableView *m_figureTable = nullptr;
    QPushButton *m_newMeasure = nullptr;
    QPushButton *m_sourceDocuments = nullptr;
    QStringList m_sourceTitles; // offered in m_source, to refresh only on a change

    QLabel *m_nameIssue = nullptr;
    QLabel *m_strandIssue = nullptr;
    QLabel *m_areaIssue = nullptr;
    QLabel *m_dateIssue = nullptr;
    QLabel *m_partnerIssue = nullptr;
    QLabel *m_fundingIssue = nullptr;
    QLabel *m_figureIssue = nullptr;
    QHash<QObject *, QLabel *> m_issueOf; // field -> the label of its problems
    QSet<QLabel *> m_touched;
    bool m_showAll = false;
};

} // namespace opcc
