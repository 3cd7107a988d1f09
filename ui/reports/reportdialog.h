// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "reports/reportrequest.h"
#include "reports/reportwriter.h"

#include <QDialog>
#include <QList>
#include <QPrinter>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace opcc {
class Database;
class IssueLabel;
class ReportParts;
} // namespace opcc

namespace opcc::ui {

// File > Report of Shown Schemes (or of the selected ones): the title, the schemes, the period,
// "For release", an optional chart, the organisation and protective marking; then a print
// preview, printing, or a PDF, ODT or HTML file. The choices are remembered for next time.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Schemes { Shown, Selected };
    // shown: the schemes the list shows, in its order; selection: those of them selected;
    // shownText: the filters in words ("Demand strand, matching "divert"").
    ReportDialog(Database &db, QList<qint64> shown, QList<qint64> selected,
        const QString &shownText, Schemes start, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // The report the dialog's choices ask for; false with *problem when they cannot be met.
    bool request(ReportRequest *request, QString *problem) const;

    void preview();
    void print();
    // Asks for a file name unless given one; true when the file was written.
    bool saveAs(const QString &path = {});

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void createControls();
    QWidget *createPeriodControls();
    void createLayout();
    void retranslate();
    void fillMeasures();
    void restoreChoices();
    void saveChoices() const;
    void validate();
    // The report the choices ask for, its schemes read; nullptr after saying why not.
    // limit: the first schemes only (a preview), 0: all.
    std::unique_ptr<ReportParts> openParts(ReportRequest *request, int limit = 0);
    std::unique_ptr<QProgressDialog> progressDialog(const QString &label, int schemes);
    static ReportWriter::Progress progressIn(QProgressDialog &dialog);
    QImage chartImage(const ReportRequest &request) const;

    // The schemes a preview shows at most: it keeps every page it shows in memory.
    static constexpr int previewSchemes = 100;

    Database &m_db;
    QList<qint64> m_shown;
    QList<qint64> m_selected;
    QString m_shownText;
    QPrinter m_printer;

    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_schemesLabel;
    QRadioButton *m_shownButton;
    QRadioButton *m_selectedButton;
    QLabel *m_periodLabel;
    QComboBox *m_periodKind;
    QStackedWidget *m_periodStack;
    QComboBox *m_financialYear;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    IssueLabel *m_problem;
    QCheckBox *m_forRelease;
    QCheckBox *m_includeChart;
    QComboBox *m_chartMeasure;
    QLabel *m_organisationLabel;
    QLineEdit *m_organisation;
    QLabel *m_markingLabel;
    QComboBox *m_marking;
    QDialogButtonBox *m_buttons;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_saveButton;
};

} // namespace opcc::ui
