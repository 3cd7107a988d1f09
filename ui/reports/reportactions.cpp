// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportactions.h"

#include "models/schemefilterproxy.h"
#include "models/schemetablemodel.h"
#include "reportdialog.h"
#include "schemebrowser.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace opcc::ui {

ReportActions::ReportActions(Database &db, SchemeBrowser *browser, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_browser(browser)
    , m_window(window)
    , m_shown(new QAction(window))
    , m_selected(new QAction(window))
{
    m_shown->setObjectName(QStringLiteral("reportShown"));
    m_shown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_selected->setObjectName(QStringLiteral("reportSelected"));
    m_selected->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    connect(m_shown, &QAction::triggered, this, [this] { open(false); });
    connect(m_selected, &QAction::triggered, this, [this] { open(true); });
    window->installEventFilter(this);
    retranslate();
}

void ReportActions::addTo(QMenu *menu, QAction *before)
{
    menu->insertAction(before, m_shown);
    menu->insertAction(before, m_selected);
    menu->insertSeparator(before);
}

bool ReportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReportActions::retranslate()
{
    m_shown->setText(tr("&Report of Shown Schemes..."));
    m_shown->setStatusTip(tr("A document of the schemes the list shows, with their figures for a "
                             "period: to preview, print or save as PDF, ODT or HTML"));
    m_selected->setText(tr("Report of Se&lected Schemes..."));
    m_selected->setStatusTip(tr("The same report, of the schemes selected in the list"));
}

QString ReportActions::describeFilters(const SchemeBrowser *browser)
{
    const SchemeFilterProxy *proxy = browser->proxy();
    QStringList parts;
    if (const auto strand = proxy->strand())
        parts.append(tr("%1 strand").arg(Vocabulary<Strand>::label(*strand)));
    if (const auto nation = proxy->nation())
        parts.append(Vocabulary<Nation>::label(*nation));
    if (!proxy->area().isEmpty())
        parts.append(proxy->area());
    if (!proxy->provider().isEmpty())
        parts.append(tr("provided by %1").arg(proxy->provider()));
    if (const auto status = proxy->status())
        parts.append(Vocabulary<Status>::label(*status));
    if (!proxy->text().trimmed().isEmpty())
        parts.append(tr("matching \"%1\"").arg(proxy->text().trimmed()));
    return parts.isEmpty() ? tr("all schemes") : parts.join(QStringLiteral(", "));
}

void ReportActions::open(bool selected)
{
    // The schemes in the order the list shows them.
    const SchemeFilterProxy *proxy = m_browser->proxy();
    QList<qint64> shown;
    shown.reserve(proxy->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        shown.append(proxy->index(row, 0).data(SchemeTableModel::IdRole).toLongLong());
    QList<qint64> chosen = m_browser->selectedSchemeIds();
    std::sort(chosen.begin(), chosen.end(),
        [&](qint64 a, qint64 b) { return shown.indexOf(a) < shown.indexOf(b); });
    auto *dialog = new ReportDialog(m_db, shown, chosen, describeFilters(m_browser),
        selected ? ReportDialog::Schemes::Selected : ReportDialog::Schemes::Shown, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace opcc::ui
