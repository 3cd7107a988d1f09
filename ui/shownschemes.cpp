// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shownschemes.h"

#include "domain/valueformat.h"
#include "interchange/tableexporter.h"
#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "schemebrowser.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

namespace opcc {

namespace {

const char *const lastFolderKey = "export/lastFolder";

} // namespace

QList<QStringList> ShownSchemes::table(const SchemeBrowser &browser)
{
    const QHeaderView *header = browser.table()->horizontalHeader();
    const SchemeFilterProxy *proxy = browser.proxy();
    const auto *model = qobject_cast<const SchemeTableModel *>(proxy->sourceModel());
    QList<int> columns; // logical, in the order shown
    QStringList headings;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        columns.append(logical);
        headings.append(proxy->headerData(logical, Qt::Horizontal).toString());
    }
    headings << tr("Headline period") << tr("Headline source");
    QList<QStringList> rows { headings };
    for (int row = 0; row < proxy->rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells.append(proxy->index(row, column).data().toString());
        const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
        const std::optional<SchemeStatistics> statistics
            = model ? model->statisticsAt(source.row()) : std::nullopt;
        if (statistics && statistics->headline)
            cells << formatPeriod(*statistics->headline) << statistics->headline->source;
        else
            cells << QString() << QString();
        rows.append(cells);
    }
    return rows;
}

bool ShownSchemes::exportTo(const SchemeBrowser &browser, const QString &path, QString *error)
{
    const QList<QStringList> rows = table(browser);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return TableExporter::writeXlsx(path, rows, tr("Shown schemes"), error);
    return TableExporter::writeCsv(path, rows, error);
}

bool ShownSchemes::exportInteractively(const SchemeBrowser &browser, QWidget *parent)
{
    QSettings settings;
    const QString folder
        = settings
              .value(QLatin1String(lastFolderKey),
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString csvFilter = tr("CSV UTF-8 (*.csv)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    QString chosenFilter = csvFilter;
    QString path = QFileDialog::getSaveFileName(parent,
        tr("Export Shown Schemes (%1 shown of %2)")
            .arg(QLocale().toString(browser.visibleCount()),
                QLocale().toString(browser.totalCount())),
        QDir(folder).filePath(tr("shown-schemes") + QStringLiteral(".csv")),
        csvFilter + QStringLiteral(";;") + xlsxFilter, &chosenFilter);
    if (path.isEmpty())
        return false;
    const QString suffix
        = chosenFilter == xlsxFilter ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += suffix;
    settings.setValue(QLatin1String(lastFolderKey), QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(browser, path, &error)) {
        QMessageBox::critical(parent, tr("Export Shown Schemes"), error);
        return false;
    }
    QMessageBox::information(parent, tr("Export Shown Schemes"),
        tr("Wrote %1 shown of %2 schemes to %3.")
            .arg(QLocale().toString(browser.visibleCount()),
                QLocale().toString(browser.totalCount()), QDir::toNativeSeparators(path)));
    return true;
}

void ShownSchemes::copy(const SchemeBrowser &browser)
{
    const QList<QStringList> rows = table(browser);
    auto *mime = new QMimeData;
    mime->setText(TableExporter::toTabSeparated(rows));
    mime->setData(QStringLiteral("text/csv"), TableExporter::toCsv(rows));
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace opcc
