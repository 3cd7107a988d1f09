// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exportactions.h"

#include "interchange/csvexporter.h"
#include "interchange/xlsxexporter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace opcc::ui {

namespace {

const char *const lastFolderKey = "export/lastFolder";

QString startFolder()
{
    const QString saved = QSettings().value(QLatin1String(lastFolderKey)).toString();
    return saved.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                           : saved;
}

// Busy cursor while an export runs (an export of a national register takes a second or two).
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

bool exportCsvTo(const Database &db, const QString &directory, QWidget *parent)
{
    CsvExporter exporter(db);
    bool ok = false;
    {
        BusyCursor busy;
        ok = exporter.exportTo(directory);
    }
    if (!ok) {
        QMessageBox::critical(parent, QCoreApplication::translate("ExportActions", "Export CSV"),
            exporter.errorString());
        return false;
    }
    QMessageBox::information(parent, QCoreApplication::translate("ExportActions", "Export CSV"),
        QCoreApplication::translate("ExportActions",
            "Wrote %1 schemes and %2 figures, and every "
            "other field of the register, to %3.")
            .arg(QLocale().toString(exporter.schemesWritten()))
            .arg(QLocale().toString(exporter.figuresWritten()))
            .arg(QDir::toNativeSeparators(directory)));
    return true;
}

bool exportCsvInteractively(const Database &db, QWidget *parent)
{
    const QString directory = QFileDialog::getExistingDirectory(parent,
        QCoreApplication::translate("ExportActions", "Export CSV to a folder"), startFolder());
    if (directory.isEmpty())
        return false;
    QSettings().setValue(QLatin1String(lastFolderKey), directory);
    const QDir dir(directory);
    QStringList existing;
    for (interchange::FileKind kind : CsvExporter::exportedKinds()) {
        const QString name = interchange::fileName(kind);
        if (dir.exists(name))
            existing.append(name);
    }
    // The folder of attached copies is replaced with the files.
    if (dir.exists(QStringLiteral("attachments")))
        existing.append(QStringLiteral("attachments/"));
    if (!existing.isEmpty()
        && QMessageBox::question(parent, QCoreApplication::translate("ExportActions", "Export CSV"),
               QCoreApplication::translate("ExportActions", "%1 already holds %2. Replace them?")
                   .arg(QDir::toNativeSeparators(directory), existing.join(QStringLiteral(", "))),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    return exportCsvTo(db, directory, parent);
}

bool exportXlsxTo(const Database &db, const QString &path, QWidget *parent)
{
    XlsxExporter exporter(db);
    bool ok = false;
    {
        BusyCursor busy;
        ok = exporter.exportTo(path);
    }
    if (!ok) {
        QMessageBox::critical(parent,
            QCoreApplication::translate("ExportActions", "Export Excel workbook"),
            exporter.errorString());
        return false;
    }
    QMessageBox::information(parent,
        QCoreApplication::translate("ExportActions", "Export Excel workbook"),
        QCoreApplication::translate("ExportActions", "Wrote %1 schemes and %2 figures to %3.")
            .arg(QLocale().toString(exporter.schemesWritten()))
            .arg(QLocale().toString(exporter.figuresWritten()))
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool exportXlsxInteractively(const Database &db, QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("ExportActions", "Export Excel workbook"),
        QDir(startFolder()).filePath(QStringLiteral("opcc-schemes.xlsx")),
        QCoreApplication::translate("ExportActions", "Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    QSettings().setValue(QLatin1String(lastFolderKey), QFileInfo(path).absolutePath());
    return exportXlsxTo(db, path, parent);
}

} // namespace opcc::ui
