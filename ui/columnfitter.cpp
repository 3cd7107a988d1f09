// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <algorithm>

namespace opcc {

ColumnFitter::ColumnFitter(QTableView *table, const QList<int> &shares)
    : QObject(table)
    , m_table(table)
    , m_header(table->horizontalHeader())
    , m_viewport(table->viewport())
    , m_shares(shares)
{
    m_header->setStretchLastSection(false);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this, &ColumnFitter::showMenu);
    m_viewport->installEventFilter(this);
    reset();
}

int ColumnFitter::ownMinimum(int section) const
{
    // The title whole, with room for the sort arrow (the header's size hint), or the column's
    // longest short word.
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    return std::max({ m_header->sectionSizeHint(section), 4 * em, m_textWidths.value(section) });
}

int ColumnFitter::minimumWidth(int section) const
{
    const int own = ownMinimum(section);
    if (section != m_preferredSection || m_header->isSectionHidden(section))
        return own;
    // What the other shown columns leave at their minimums, within the share allowed.
    const int width = m_table->viewport()->width();
    int others = 0;
    for (int other = 0; other < m_header->count(); ++other) {
        if (other != section && !m_header->isSectionHidden(other))
            others += ownMinimum(other);
    }
    const int room = std::min(int(width * m_preferredShare), width - others);
    return std::max(own, std::min(m_preferredWidth, room));
}

void ColumnFitter::setPreferredWidth(int section, int width, qreal maxShare)
{
    if (m_preferredSection == section && m_preferredWidth == width)
        return;
    m_preferredSection = section;
    m_preferredWidth = width;
    m_preferredShare = maxShare;
    if (m_lastWidth > 0)
        fit();
}

int ColumnFitter::textWidth(const QStringList &texts, qreal quantile) const
{
    const QFontMetrics metrics = m_table->fontMetrics();
    QList<int> widths;
    widths.reserve(texts.size());
    for (const QString &text : texts)
        widths.append(metrics.horizontalAdvance(text));
    if (widths.isEmpty())
        return 0;
    std::sort(widths.begin(), widths.end());
    const qsizetype at = std::min(widths.size() - 1, qsizetype(quantile * qreal(widths.size())));
    // The cell's margins and the header's sort arrow.
    return widths.at(at) + 2 * metrics.horizontalAdvance(QLatin1Char('m'));
}

void ColumnFitter::setMinimumTexts(int section, const QStringList &texts)
{
    const QFontMetrics metrics = m_table->fontMetrics();
    int widest = 0;
    for (const QString &text : texts)
        widest = qMax(widest, metrics.horizontalAdvance(text));
    m_textWidths.insert(section, widest + metrics.horizontalAdvance(QLatin1Char('m')));
    if (m_header->sectionSize(section) < m_textWidths.value(section))
        m_header->resizeSection(section, m_textWidths.value(section));
}

void ColumnFitter::reset()
{
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    for (int section = 0; section < m_header->count(); ++section) {
        m_header->showSection(section);
        m_header->resizeSection(section, m_shares.value(section, 8) * em);
    }
    fit();
}

void ColumnFitter::fit()
{
    if (m_table->viewport()->isVisible())
        fitExactly();
    else
        m_fitPending = true;
}

void ColumnFitter::keepWidths(int width)
{
    m_header->setStretchLastSection(false); // the restored state may have turned it on
    m_fitPending = false;
    m_lastWidth = width;
}

int ColumnFitter::shownTotal() const
{
    int total = 0;
    for (int section = 0; section < m_header->count(); ++section) {
        if (!m_header->isSectionHidden(section))
            total += m_header->sectionSize(section);
    }
    return total;
}

void ColumnFitter::fitExactly()
{
    m_fitPending = false;
    m_lastWidth = m_table->viewport()->width();
    scale(shownTotal(), m_lastWidth);
}

void ColumnFitter::scale(int from, int to)
{
    if (m_fitting || from <= 0 || to <= 0)
        return;
    // Columns that filled the width exactly go on filling it exactly.
    const bool exact = shownTotal() == from;
    if (from == to && !exact)
        return;
    m_fitting = true;
    m_header->setStretchLastSection(false);
    // Every shown column by the same factor. To fill the width exactly, what rounding and
    // minimums leave over goes to (or comes from) the widest columns, none below its minimum.
    int used = 0;
    QList<int> shown;
    for (int section = 0; section < m_header->count(); ++section) {
        if (m_header->isSectionHidden(section))
            continue;
        const int width
            = qMax(minimumWidth(section), int(qint64(m_header->sectionSize(section)) * to / from));
        m_header->resizeSection(section, width);
        used += width;
        shown.append(section);
    }
    if (exact && used > to)
        shrinkEvenly(shown, used - to);
    used = 0;
    for (int section : std::as_const(shown))
        used += m_header->sectionSize(section);
    if (exact) {
        std::sort(shown.begin(), shown.end(),
            [this](int a, int b) { return m_header->sectionSize(a) > m_header->sectionSize(b); });
        for (int section : std::as_const(shown)) {
            if (used == to)
                break;
            const int width
                = qMax(minimumWidth(section), m_header->sectionSize(section) + to - used);
            used += width - m_header->sectionSize(section);
            m_header->resizeSection(section, width);
        }
    }
    m_fitting = false;
}

// Takes `excess` from the shown columns in proportion to what each has above its minimum, so
// that a column given room (the names) costs every other column a little, not one column all.
void ColumnFitter::shrinkEvenly(const QList<int> &shown, int excess)
{
    qint64 slack = 0;
    for (int section : shown)
        slack += m_header->sectionSize(section) - minimumWidth(section);
    if (slack <= 0)
        return;
    const qint64 taken = std::min<qint64>(excess, slack);
    for (int section : shown) {
        const int own = m_header->sectionSize(section) - minimumWidth(section);
        m_header->resizeSection(section, m_header->sectionSize(section) - int(own * taken / slack));
    }
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the viewport kept from the start: while the table is destroyed its viewport
    // still sends events, and m_table is no longer a QAbstractScrollArea to ask for it.
    if (watched != m_viewport)
        return QObject::eventFilter(watched, event);
    const bool shown = event->type() == QEvent::Show;
    if ((shown || event->type() == QEvent::Resize) && m_viewport->isVisible()) {
        const int width = m_viewport->width();
        if (m_fitPending)
            fitExactly();
        else if (m_lastWidth > 0)
            scale(m_lastWidth, width);
        m_lastWidth = width;
    }
    return QObject::eventFilter(watched, event);
}

QMenu *ColumnFitter::columnMenu()
{
    auto *menu = new QMenu(m_table);
    const QAbstractItemModel *model = m_header->model();
    for (int section = 0; section < m_header->count(); ++section) {
        QAction *action = menu->addAction(
            model->headerData(section, Qt::Horizontal).toString().remove(QLatin1Char('&')));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(section));
        action->setEnabled(section != 0); // the scheme's name says which row is which
        connect(action, &QAction::toggled, this, [this, section](bool shown) {
            m_header->setSectionHidden(section, !shown);
            if (shown)
                m_header->resizeSection(section, minimumWidth(section));
            fit();
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Reset Columns"), this, &ColumnFitter::reset);
    return menu;
}

void ColumnFitter::showMenu(const QPoint &at)
{
    QMenu *menu = columnMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->mapToGlobal(at));
}

} // namespace opcc
