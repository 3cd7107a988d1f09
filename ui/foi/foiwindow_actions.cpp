// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// FoiWindow: what its actions do (file, save, delete, reply, export) and its remembered state.

#include "columnfitter.h"
#include "foi/foieditor.h"
#include "foi/foireply.h"
#include "foi/foivalidator.h"
#include "foiform.h"
#include "foiwindow.h"
#include "headerfit.h"
#include "interchange/foidisclosurelog.h"
#include "models/foirequestmodel.h"
#include "models/foirequestproxy.h"
#include "storage/database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace opcc {

QString FoiWindow::suggestedReference() const
{
    const int year = QDate::currentDate().year();
    const QRegularExpression pattern(QStringLiteral("^FOI %1-(\\d+)$").arg(year));
    int last = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto match = pattern.match(m_model->request(row).reference);
        if (match.hasMatch())
            last = qMax(last, match.captured(1).toInt());
    }
    return QStringLiteral("FOI %1-%2").arg(year).arg(last + 1);
}

void FoiWindow::newRequest()
{
    if (!m_writable)
        return;
    if (m_form->isModified() && !finishEditing())
        return;
    m_following = true;
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_following = false;
    m_shownId = 0;
    m_form->startNew(suggestedReference());
    updateActions();
}

bool FoiWindow::save()
{
    if (!m_form->isModified())
        return true;
    const auto typed = m_form->collect();
    if (!typed)
        return false;
    const bool fresh = m_form->isNew();
    const auto stored = fresh ? m_editor->create(*typed) : m_editor->save(m_form->loaded(), *typed);
    if (!stored) {
        if (m_editor->problem() == FoiEditor::Problem::Invalid)
            m_form->showIssues(m_editor->issues());
        else
            QMessageBox::warning(this, tr("Cannot Save Request"), m_editor->errorString());
        return false;
    }
    m_shownId = stored->id;
    m_form->load(stored);
    selectRequest(stored->id);
    updateActions();
    statusBar()->showMessage(tr("Saved %1.").arg(stored->reference), 4000);
    return true;
}

void FoiWindow::revert()
{
    if (!m_form->isModified())
        return;
    m_form->load(m_shownId != 0 ? m_editor->store().request(m_shownId) : std::nullopt);
    updateActions();
    m_table->setFocus();
}

bool FoiWindow::finishEditing()
{
    if (!m_form->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Request"),
        tr("Save the changes to %1?")
            .arg(m_form->isNew() ? tr("the new request") : m_form->loaded().reference),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_form->load(m_shownId != 0 ? m_editor->store().request(m_shownId) : std::nullopt);
        return true;
    }
    return false;
}

void FoiWindow::deleteRequest()
{
    if (!m_writable)
        return;
    const qint64 id = currentId();
    const auto request = id != 0 ? m_editor->store().request(id) : std::nullopt;
    if (!request)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Request"),
        tr("Delete %1 with its links and time log? Edit > Undo puts it back.")
            .arg(request->reference),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_editor->remove(*request))
        QMessageBox::warning(this, tr("Cannot Delete Request"), m_editor->errorString());
}

void FoiWindow::produceReply()
{
    if (!finishEditing() || m_form->isNew())
        return;
    const auto request = m_editor->store().request(currentId());
    if (!request)
        return;
    QSettings settings;
    const QString folder
        = settings
              .value(QStringLiteral("foi/replyFolder"),
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QString name = request->reference;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    QFileDialog dialog(this, tr("Save Reply to %1").arg(request->reference), folder);
    dialog.setObjectName(QStringLiteral("foiReplyDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setNameFilters({ tr("PDF documents (*.pdf)"), tr("OpenDocument text, for Word (*.odt)"),
        tr("Web pages (*.html)") });
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(tr("%1 reply.pdf").arg(name));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(QStringLiteral("foi/replyFolder"), QFileInfo(path).absolutePath());
    FoiReply reply(m_db);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = reply.write(*request, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Cannot Produce Reply"), reply.errorString());
        return;
    }
    // A register the user may only read keeps no note of the reply; the document is written.
    if (!m_writable) {
        statusBar()->showMessage(tr("Reply saved as %1; the register is read-only, so the request "
                                    "does not record it.")
                                     .arg(QDir::toNativeSeparators(path)),
            8000);
        return;
    }
    FoiRequest recorded = *request;
    recorded.replyDocument = path;
    if (!m_editor->save(*request, recorded)) {
        QMessageBox::warning(this, tr("Cannot Save Request"), m_editor->errorString());
        return;
    }
    statusBar()->showMessage(tr("Reply saved as %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void FoiWindow::exportDisclosureLog(bool workbook)
{
    QSettings settings;
    const QString folder
        = settings
              .value(QStringLiteral("foi/exportFolder"),
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString suggested
        = QDir(folder).filePath(workbook ? tr("disclosure log.xlsx") : tr("disclosure log.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Disclosure Log"), suggested,
        workbook ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("foi/exportFolder"), QFileInfo(path).absolutePath());
    FoiDisclosureLog log(m_db);
    const bool ok = workbook ? log.writeXlsx(path) : log.writeCsv(path);
    if (!ok) {
        QMessageBox::warning(this, tr("Cannot Export Disclosure Log"), log.errorString());
        return;
    }
    statusBar()->showMessage(tr("Wrote %n request(s) to %1.", nullptr, log.rowsWritten())
                                 .arg(QDir::toNativeSeparators(path)),
        8000);
}

void FoiWindow::closeEvent(QCloseEvent *event)
{
    if (!finishEditing()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

// Dates never narrower than the longest in the language shown, the deadline as wide as a usual
// one ("Due in 14 working days") where there is room (a longer one is cut short, its tooltip
// says it whole), whatever rows there are. Pressing rows are bold: a letter's width more.
void FoiWindow::setMinimumWidths()
{
    QStringList dates;
    for (int month = 1; month <= 12; ++month)
        dates.append(foi::shortDayText(QDate(2026, month, 28)) + QLatin1Char('m'));
    for (int column : { FoiRequestModel::Received, FoiRequestModel::Due, FoiRequestModel::Replied })
        m_columns->setMinimumTexts(column, dates);
    FoiRequest usual;
    usual.received = QDate(2026, 1, 5);
    usual.due = QDate(2026, 2, 2);
    // Up to a fifth of the list, where a language words it at length.
    m_columns->setPreferredWidth(FoiRequestModel::Deadline,
        m_columns->textWidth({ foi::deadlineText(usual, QDate(2026, 1, 12)) + QLatin1Char('m') }),
        0.2);
    m_columns->setMinimumTexts(FoiRequestModel::Reference, { QStringLiteral("FOI 2026-1000m") });
}

void FoiWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("foiWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("foiWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("foiWindow/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("foiWindow/tableWidth"), m_columns->width());
    settings.setValue(QStringLiteral("foiWindow/scope"), m_scope->currentIndex());
}

void FoiWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("foiWindow/geometry")).toByteArray()))
        resize(1360, 820);
    if (!m_splitter->restoreState(
            settings.value(QStringLiteral("foiWindow/splitter")).toByteArray()))
        m_splitter->setSizes({ 840, 520 });
    const QByteArray header = settings.value(QStringLiteral("foiWindow/header")).toByteArray();
    // A header saved without the table's width predates fitted columns: the shares serve.
    const QVariant width = settings.value(QStringLiteral("foiWindow/tableWidth"));
    if (width.isValid() && !header.isEmpty() && m_table->horizontalHeader()->restoreState(header)) {
        m_columns->keepWidths(width.toInt());
    } else {
        // The date replied and the time spent wait in the header's menu, so that the columns
        // that sort the work in hand fit beside the form.
        m_table->horizontalHeader()->hideSection(FoiRequestModel::Replied);
        m_table->horizontalHeader()->hideSection(FoiRequestModel::TimeSpent);
        m_columns->fit();
    }
    widenToTitles(m_table->horizontalHeader());
    m_scope->setCurrentIndex(settings.value(QStringLiteral("foiWindow/scope"), 0).toInt());
}

} // namespace opcc
