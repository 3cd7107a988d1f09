// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sourceopener.h"

#include "models/citation.h"
#include "models/sourcelistmodel.h"
#include "sourceviewer.h"
#include "storage/database.h"
#include "storage/lookupstore.h"
#include "storage/sourcestore.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

namespace opcc {

namespace {

// The context of this file's messages.
class SourceOpener
{
    Q_DECLARE_TR_FUNCTIONS(SourceOpener)
};

void showDetails(
    Database &db, const QString &title, const QString &quote, const QString &why, QWidget *parent)
{
    QMessageBox box(QMessageBox::Information, SourceOpener::tr("Source Document"),
        citation::sourceLine(title, LookupStore::reader(db).source(title)), QMessageBox::Close,
        parent);
    box.setObjectName(QStringLiteral("sourceDocumentBox"));
    QString details = why;
    if (!quote.isEmpty())
        details += QStringLiteral("\n\n\u201C%1\u201D").arg(quote);
    box.setInformativeText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box.exec();
}

// Shows the viewer, or says why it cannot; true when something was shown.
bool showViewer(SourceViewer *viewer, bool opened, Database &db, const QString &title,
    const QString &quote, QWidget *parent)
{
    if (opened) {
        viewer->show();
        return true;
    }
    const QString why = viewer->errorString();
    delete viewer;
    showDetails(db, title, quote, why, parent);
    return true;
}

} // namespace

QString sourceFilePath(const Database &db, const QString &location)
{
    const QString path = location.trimmed();
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QFileInfo(db.path()).dir().filePath(path);
}

void openSourceDocument(Database &db, const QString &title, const QString &quote, QWidget *parent)
{
    const SourceStore store = SourceStore::reader(db);
    const std::optional<SourceEntry> entry = store.entry(title);
    const QString heading = citation::sourceLine(title, LookupStore::reader(db).source(title));
    if (entry && entry->hasAttachment()) {
        const std::optional<SourceAttachment> copy = store.attachment(entry->document.id);
        if (copy) {
            auto *viewer = new SourceViewer(heading, quote, parent);
            showViewer(
                viewer, viewer->openBytes(copy->fileName, copy->content), db, title, quote, parent);
            return;
        }
    }
    const QString location = entry ? entry->document.file.trimmed() : QString();
    if (SourceListModel::isWebAddress(location)) {
        QDesktopServices::openUrl(QUrl(location));
        return;
    }
    const QString path = sourceFilePath(db, location);
    if (!path.isEmpty() && QFileInfo(path).isFile()) {
        QFile file(path);
        const QByteArray head = file.open(QIODevice::ReadOnly) ? file.peek(8) : QByteArray();
        if (SourceViewer::canShow(path, head)) {
            auto *viewer = new SourceViewer(heading, quote, parent);
            showViewer(viewer, viewer->openFile(path), db, title, quote, parent);
        } else {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        }
        return;
    }
    showDetails(db, title, quote,
        location.isEmpty()
            ? SourceOpener::tr(
                "No copy, file or web address is kept for this document: attach one in Tools > "
                "Source Documents, or find it by its title and reference.")
            : SourceOpener::tr(
                "The file %1 kept for this document is not there: attach a copy in Tools > "
                "Source Documents, or find it by its title and reference.")
                  .arg(QDir::toNativeSeparators(path)),
        parent);
}

} // namespace opcc
