// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "importdialog.h"

#include "editing/schemeeditor.h"
#include "interchange/csvimporter.h"
#include "issuelabel.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace opcc {

namespace {

const char *const lastFolderKey = "import/lastFolder";

// Counts in the chosen language's digits and separators: 200,000 figures.
QString number(qint64 count)
{
    return QLocale().toString(count);
}

} // namespace

ImportDialog::ImportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(QStringLiteral("files"));
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->setMaximumHeight(fontMetrics().height() * 5);
    m_addButton = new QPushButton(this);
    m_removeButton = new QPushButton(this);
    m_removeButton->setEnabled(false);
    // The files are read again: an officer fixes a file in a spreadsheet and checks it here.
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkAgain"));
    m_checkButton->setEnabled(false);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_addButton, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &ImportDialog::removeSelectedFiles);
    connect(m_fileList, &QListWidget::itemSelectionChanged, this,
        [this] { m_removeButton->setEnabled(!m_fileList->selectedItems().isEmpty()); });
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addButton);
    fileButtons->addWidget(m_removeButton);
    fileButtons->addWidget(m_checkButton);
    fileButtons->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileList, 1);
    fileRow->addLayout(fileButtons);

    m_filesLabel = new QLabel(this);
    m_filesLabel->setWordWrap(true);
    m_filesLabel->setBuddy(m_fileList);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    // Text rather than a tree: long error messages wrap, and officers can select and copy them.
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("import"));
    m_importButton->setEnabled(false);
    m_removeButton->setObjectName(QStringLiteral("remove"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::import);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filesLabel);
    layout->addLayout(fileRow);
    layout->addSpacing(6);
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(760, 520);
    retranslate();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import"));
    m_filesLabel->setText(tr("&Files (schemes.csv, outcomes.csv; a file's kind is told by "
                             "its header):"));
    m_fileList->setAccessibleName(tr("Files to import"));
    m_fileList->setAccessibleDescription(tr("The CSV files whose schemes and figures would be "
                                            "imported; select some to remove them."));
    m_addButton->setText(tr("&Add files..."));
    m_addButton->setAccessibleDescription(tr("Choose more CSV files or workbooks to import."));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setAccessibleDescription(tr("Take the selected files off the list."));
    m_checkButton->setText(tr("Check A&gain"));
    m_checkButton->setAccessibleDescription(tr("Read the files again, after they were "
                                               "corrected, and preview the import anew."));
    m_importButton->setText(tr("&Import"));
    m_importButton->setAccessibleDescription(tr("Write what the preview lists to the "
                                                "database."));
    m_closeButton->setText(m_imported ? tr("Close") : tr("Cancel"));
    m_details->setAccessibleName(tr("Preview of the import"));
    m_details->setAccessibleDescription(tr("What the files would add, update and leave "
                                           "unchanged, and every error found in them."));
    if (m_files.isEmpty())
        m_headline->setText(tr("Add the CSV files or workbooks (.xlsx, .ods) to import."));
    else if (!m_details->toPlainText().isEmpty() || m_summary.cancelled)
        showSummary(m_imported);
}

bool ImportDialog::run(Database &db, QWidget *parent, SchemeEditor *editor)
{
    QSettings settings;
    const QStringList files
        = QFileDialog::getOpenFileNames(parent, tr("Import CSV files or workbooks"),
            settings.value(QLatin1String(lastFolderKey)).toString(),
            tr("CSV files and workbooks (*.csv *.xlsx *.ods);;All files (*)"));
    if (files.isEmpty())
        return false;
    settings.setValue(QLatin1String(lastFolderKey), QFileInfo(files.first()).absolutePath());
    ImportDialog dialog(db, parent);
    dialog.setEditor(editor);
    dialog.setFiles(files);
    dialog.exec();
    return dialog.hasImported();
}

QString ImportDialog::displayName(const QString &path) const
{
    // File names alone read best, unless two chosen files share one.
    const QString name = QFileInfo(path).fileName();
    int same = 0;
    for (const QString &file : m_files)
        same += QFileInfo(file).fileName() == name ? 1 : 0;
    return same > 1 ? QDir::toNativeSeparators(path) : name;
}

void ImportDialog::setFiles(const QStringList &paths)
{
    m_files.clear();
    for (const QString &path : paths) {
        if (!m_files.contains(path))
            m_files.append(path);
    }
    m_fileList->clear();
    for (const QString &path : std::as_const(m_files)) {
        auto *item = new QListWidgetItem(displayName(path), m_fileList);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
    }
    preview();
}

void ImportDialog::addFiles()
{
    QSettings settings;
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Add CSV files or workbooks"),
        settings.value(QLatin1String(lastFolderKey)).toString(),
        tr("CSV files and workbooks (*.csv *.xlsx *.ods);;All files (*)"));
    if (chosen.isEmpty())
        return;
    settings.setValue(QLatin1String(lastFolderKey), QFileInfo(chosen.first()).absolutePath());
    setFiles(m_files + chosen);
}

void ImportDialog::removeSelectedFiles()
{
    QStringList remaining = m_files;
    for (const QListWidgetItem *item : m_fileList->selectedItems())
        remaining.removeAll(item->data(Qt::UserRole).toString());
    setFiles(remaining);
}

bool ImportDialog::runImporter(bool write)
{
    CsvImporter importer(m_db);
    importer.setRecordChanges(write && m_editor);
    QProgressDialog progress(
        write ? tr("Importing...") : tr("Checking the files..."), tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    importer.setProgressHandler([&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(qMin<qint64>(999, done * 1000 / total)) : 0);
        return !progress.wasCanceled();
    });
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_summary
        = importer.run(m_files, write ? CsvImporter::Mode::Write : CsvImporter::Mode::Preview);
    QGuiApplication::restoreOverrideCursor();
    progress.setValue(1000);
    return !m_summary.hasErrors() && !m_summary.cancelled;
}

void ImportDialog::preview()
{
    m_imported = false;
    m_details->clear();
    m_importButton->setEnabled(false);
    m_checkButton->setEnabled(!m_files.isEmpty());
    if (m_files.isEmpty()) {
        m_summary = ImportSummary();
        m_headline->setText(tr("Add the CSV files or workbooks (.xlsx, .ods) to import."));
        return;
    }
    runImporter(false);
    showSummary(false);
}

void ImportDialog::import()
{
    if (m_files.isEmpty() || m_imported)
        return;
    if (runImporter(true) && m_summary.written) {
        m_imported = true;
        if (m_editor)
            m_editor->recordImport(ImportSummary::stepName(m_files), m_summary.changes);
        m_summary.changes.clear();
        showSummary(true);
        m_importButton->hide();
        m_closeButton->setText(tr("Close"));
        emit imported(m_summary);
        return;
    }
    showSummary(false);
}

void ImportDialog::addGroup(QString &html, const QString &title, const QStringList &lines,
    int shown, qsizetype total, const QString &colour)
{
    html += colour.isEmpty()
        ? QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped())
        : QStringLiteral("<p><b style=\"color:%1\">%2</b></p>").arg(colour, title.toHtmlEscaped());
    if (lines.isEmpty())
        return;
    html += QStringLiteral("<ul style=\"margin-top:0\">");
    const qsizetype listed = std::min<qsizetype>(lines.size(), shown);
    for (qsizetype i = 0; i < listed; ++i)
        html += QStringLiteral("<li>%1</li>").arg(lines.at(i).toHtmlEscaped());
    const qsizetype more = std::max(total, lines.size()) - listed;
    if (more > 0)
        html += QStringLiteral("<li><i>%1</i></li>")
                    .arg(tr("and %1 more").arg(number(more)).toHtmlEscaped());
    html += QStringLiteral("</ul>");
}

void ImportDialog::showSummary(bool written)
{
    m_details->clear();
    const ImportSummary &s = m_summary;
    QString html;
    if (s.cancelled) {
        m_headline->setText(written ? tr("The import was cancelled; nothing was written.")
                                    : tr("The check was cancelled. Add or remove a file to check "
                                         "again."));
        m_importButton->setEnabled(false);
        return;
    }
    if (s.hasErrors()) {
        // The English catalogue words the singular as "it is corrected in the file".
        m_headline->setText(tr("%n error(s) found. Nothing can be imported until they are "
                               "corrected in the files; nothing has been written.",
            nullptr, int(s.errors.size())));
        QStringList lines;
        for (const ImportMessage &message : s.errors) {
            ImportMessage shown = message;
            shown.file = displayName(message.file);
            lines.append(shown.toString());
        }
        if (s.errorsTruncated)
            lines.append(
                tr("Stopped after %1 errors; there may be more.").arg(CsvImporter::maxErrors));
        addGroup(html, tr("Errors (%1)").arg(number(s.errors.size())), lines, int(lines.size()), -1,
            IssueLabel::colourFor(m_details->palette(), QPalette::Base).name());
        m_details->setHtml(html);
        m_importButton->setEnabled(false);
        return;
    }
    if (!s.changesSomething()) {
        m_headline->setText(tr("Nothing to import: the database already holds everything in "
                               "these files."));
    } else if (written) {
        m_headline->setText(tr("Imported."));
    } else {
        m_headline->setText(tr("Ready to import. Nothing has been written yet; check the "
                               "changes below, then choose Import."));
    }
    constexpr int namesShown = ImportSummary::namesKept;
    if (s.schemesAdded > 0)
        addGroup(html,
            written ? tr("Schemes added (%1)").arg(number(s.schemesAdded))
                    : tr("Schemes to add (%1)").arg(number(s.schemesAdded)),
            s.schemesAddedNames, namesShown, s.schemesAdded);
    if (s.schemesUpdated > 0)
        addGroup(html,
            written ? tr("Schemes updated (%1)").arg(number(s.schemesUpdated))
                    : tr("Schemes to update (%1)").arg(number(s.schemesUpdated)),
            s.schemesUpdatedNames, namesShown, s.schemesUpdated);
    if (s.schemesUnchanged > 0)
        addGroup(html, tr("Schemes unchanged (%1)").arg(number(s.schemesUnchanged)), {}, 0);
    addGroup(html,
        written ? tr("Figures: %1 added, %2 updated, %3 unchanged")
                      .arg(number(s.figuresAdded))
                      .arg(number(s.figuresUpdated))
                      .arg(number(s.figuresUnchanged))
                : tr("Figures: %1 to add, %2 to update, %3 unchanged")
                      .arg(number(s.figuresAdded))
                      .arg(number(s.figuresUpdated))
                      .arg(number(s.figuresUnchanged)),
        {}, 0);
    if (!s.areasCreated.isEmpty())
        addGroup(html, tr("New areas (%1)").arg(number(s.areasCreated.size())), s.areasCreated,
            namesShown);
    if (!s.measuresCreated.isEmpty())
        addGroup(html, tr("New measures (%1)").arg(number(s.measuresCreated.size())),
            s.measuresCreated, namesShown);
    if (s.sourcesAdded + s.sourcesUpdated > 0)
        addGroup(html,
            tr("Source documents: %1 new, %2 updated")
                .arg(number(s.sourcesAdded))
                .arg(number(s.sourcesUpdated)),
            {}, 0);
    m_details->setHtml(html);
    m_importButton->setEnabled(!written && s.changesSomething());
    if (m_importButton->isEnabled())
        m_importButton->setDefault(true);
}

} // namespace opcc
