// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contextmenus.h"

#include "detailpanel.h"
#include "editcontroller.h"
#include "editing/schemedraft.h"
#include "models/citation.h"
#include "models/figureeditmodel.h"
#include "models/figuretablemodel.h"
#include "schemebrowser.h"
#include "schemeeditpanel.h"
#include "schemeform.h"
#include "storage/database.h"
#include "storage/figurestore.h"
#include "storage/lookupstore.h"
#include "storage/schemestore.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>

namespace opcc {

ContextMenus::ContextMenus(Database &db, SchemeBrowser *browser, DetailPanel *detail,
    EditController *editing, QAction *chart, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_browser(browser)
    , m_detail(detail)
    , m_editing(editing)
    , m_chart(chart)
    , m_window(window)
{
    QTableView *schemes = m_browser->table();
    schemes->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(schemes, &QWidget::customContextMenuRequested, this, [this, schemes](const QPoint &at) {
        if (schemes->indexAt(at).isValid())
            popup(schemeMenu(schemes), schemes->viewport(), at);
    });
    QTableView *figures = m_detail->figureTable();
    figures->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(figures, &QWidget::customContextMenuRequested, this, [this, figures](const QPoint &at) {
        if (figures->indexAt(at).isValid())
            popup(figureMenu(figures), figures->viewport(), at);
    });
}

void ContextMenus::popup(QMenu *menu, QWidget *on, const QPoint &at)
{
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(on->mapToGlobal(at));
}

QMenu *ContextMenus::schemeMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("schemeContextMenu"));
    menu->addAction(m_editing->editAction());
    menu->addAction(m_chart);
    QAction *report = menu->addAction(
        tr("&Report..."), this, [this] { m_report(m_browser->selectedSchemeIds()); });
    report->setObjectName(QStringLiteral("reportScheme"));
    report->setEnabled(bool(m_report));
    menu->addSeparator();
    QAction *copy
        = menu->addAction(tr("Copy with &Source"), this, &ContextMenus::copySchemeWithSource);
    copy->setObjectName(QStringLiteral("copySchemeWithSource"));
    menu->addSeparator();
    menu->addAction(m_editing->deleteAction());
    return menu;
}

qint64 ContextMenus::currentFigureId() const
{
    return m_detail->figureTable()
        ->currentIndex()
        .data(FigureTableModel::FigureIdRole)
        .toLongLong();
}

QMenu *ContextMenus::figureMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("figureContextMenu"));
    const QModelIndex current = m_detail->figureTable()->currentIndex();
    QAction *copy
        = menu->addAction(tr("Copy with &Source"), this, &ContextMenus::copyFigureWithSource);
    copy->setObjectName(QStringLiteral("copyFigureWithSource"));
    QAction *open
        = menu->addAction(tr("&Open Source Document"), this, &ContextMenus::openFigureSource);
    open->setObjectName(QStringLiteral("openFigureSource"));
    open->setEnabled(!current.data(FigureTableModel::SourceRole).toString().isEmpty());
    menu->addSeparator();
    QAction *edit = menu->addAction(tr("&Edit Figure"), this, &ContextMenus::editFigure);
    edit->setObjectName(QStringLiteral("editFigure"));
    copy->setEnabled(current.isValid());
    edit->setEnabled(current.isValid());
    return menu;
}

void ContextMenus::copySchemeWithSource()
{
    QStringList texts;
    for (const Scheme &scheme : SchemeStore::reader(m_db).schemes(m_browser->selectedSchemeIds()))
        texts.append(citation::scheme(scheme, LookupStore::reader(m_db).source(scheme.source)));
    if (!texts.isEmpty())
        QApplication::clipboard()->setText(texts.join(QLatin1Char('\n')));
}

void ContextMenus::copyFigureWithSource()
{
    const qint64 id = currentFigureId();
    const auto scheme = SchemeStore::reader(m_db).scheme(m_detail->schemeId());
    if (id == 0 || !scheme)
        return;
    for (const Figure &figure : FigureStore::reader(m_db).ofScheme(scheme->id)) {
        if (figure.id != id)
            continue;
        const Measure measure
            = LookupStore::reader(m_db).measure(figure.measure).value_or(Measure {});
        QApplication::clipboard()->setText(citation::figure(
            figure, measure, *scheme, LookupStore::reader(m_db).source(figure.source)));
        return;
    }
}

void ContextMenus::openFigureSource()
{
    const QModelIndex current = m_detail->figureTable()->currentIndex();
    const QString title = current.data(FigureTableModel::SourceRole).toString();
    if (!title.isEmpty())
        emit openSourceRequested(title, current.data(FigureTableModel::QuoteRole).toString());
}

void ContextMenus::editFigure()
{
    const qint64 id = currentFigureId();
    if (id == 0)
        return;
    if (!m_editing->isEditing())
        m_editing->startEditing();
    if (!m_editing->isEditing())
        return;
    // The figure's row on the page that holds it: funding lines on the partners page.
    SchemeForm *form = m_editing->editPanel()->form();
    const QList<Figure> figures = m_editing->editPanel()->draft()->figures()->figures();
    for (QTableView *table : { form->figureTable(), form->fundingTable() }) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(table->model());
        for (int row = 0; proxy && row < proxy->rowCount(); ++row) {
            const int source = proxy->mapToSource(proxy->index(row, 0)).row();
            if (source < 0 || source >= figures.size() || figures.at(source).id != id)
                continue;
            form->tabs()->setCurrentIndex(
                table == form->figureTable() ? SchemeForm::FiguresPage : SchemeForm::PartnersPage);
            table->setCurrentIndex(proxy->index(row, FigureEditModel::Value));
            table->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace opcc
