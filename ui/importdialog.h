// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "interchange/importsummary.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace opcc {

class Database;
class SchemeEditor;

// File > Import CSV...: the officer picks one or more interchange CSV files; the dialog previews
// the import (a dry run that writes nothing) and lists what would be added, updated and left
// unchanged, new areas and measures, and every error as FILE:LINE: column: message. Import is
// offered only when the preview found no error; it runs with a progress dialog whose Cancel
// writes nothing, and the dialog then shows what was imported.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Replaces the file list and previews the import of these files.
    void setFiles(const QStringList &paths);
    QStringList files() const { return m_files; }
    // The last preview, or after importing, what was imported.
    const ImportSummary &summary() const { return m_summary; }
    bool hasImported() const { return m_imported; }

    // Asks for files first, then shows the dialog; returns whether anything was imported.
    static bool run(Database &db, QWidget *parent, SchemeEditor *editor = nullptr);
    // An import written through the dialog goes on this editor's undo stack as one step.
    void setEditor(SchemeEditor *editor) { m_editor = editor; }

public slots:
    void addFiles();
    void removeSelectedFiles();
    void preview();
    void import();

signals:
    // After a successful import has been written.
    void imported(const opcc::ImportSummary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool runImporter(bool write);
    void showSummary(bool written);
    // A heading and up to `shown` of `lines`, then "and N more" up to `total` (lines.size() when
    // negative: a summary may keep only the first of its names).
    void addGroup(QString &html, const QString &title, const QStringList &lines, int shown,
        qsizetype total = -1, const QString &colour = {});
    QString displayName(const QString &path) const;

    Database &m_db;
    SchemeEditor *m_editor = nullptr;
    QStringList m_files;
    ImportSummary m_summary;
    bool m_imported = false;

    QListWidget *m_fileList = nullptr;
    QLabel *m_filesLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_headline = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace opcc
