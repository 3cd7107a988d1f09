// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sourceopener.h"

#include "models/citation.h"
#include "storage/database.h"
#include "storage/lookupstore.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QUrl>

namespace opcc {

void openSourceDocument(Database &db, const QString &title, const QString &quote, QWidget *parent)
{
    const auto source = LookupStore::reader(db).source(title);
    const QUrl url = source ? QUrl(source->file, QUrl::StrictMode) : QUrl();
    if (url.isValid()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
        QDesktopServices::openUrl(url);
        return;
    }
    QMessageBox box(QMessageBox::Information,
        QCoreApplication::translate("SourceOpener", "Source Document"),
        citation::sourceLine(title, source), QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("sourceDocumentBox"));
    QString details = QCoreApplication::translate("SourceOpener",
        "No web address is recorded for this document: find it by its title "
        "and reference.");
    if (!quote.isEmpty())
        details += QStringLiteral("\n\n\u201C%1\u201D").arg(quote);
    box.setInformativeText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box.exec();
}

} // namespace opcc
