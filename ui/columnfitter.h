// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class QHeaderView;
class QMenu;
class QTableView;
class QWidget;

namespace opcc {

// Keeps a table's shown columns within its width, as a spreadsheet user expects: each column
// keeps its share of the width as the window grows or shrinks (a column the person widened
// keeps its larger share), none narrower than its title, and the table scrolls sideways only
// when even that does not fit. The header's context menu shows or hides columns (the first one
// always stays); the header's saved state remembers both.
class ColumnFitter final : public QObject
{
    Q_OBJECT

public:
    // shares: the starting width of each column, in widths of the letter "m".
    ColumnFitter(QTableView *table, const QList<int> &shares);

    // Shown columns fill the width exactly (now, or when the table is first shown).
    void fit();
    // After a header state was restored: its widths, made for a table `width` wide, are kept,
    // and scale from there.
    void keepWidths(int width);
    int width() const { return m_lastWidth; }
    // Widths back to the starting shares, every column shown.
    void reset();
    QMenu *columnMenu();
    // A column of short words (a status) is never narrower than the longest of them.
    void setMinimumTexts(int section, const QStringList &texts);
    // A column whose texts must be read whole (the scheme's name) is given the width of its
    // longest text, up to maxShare of the table, before any other column gets more than its
    // own minimum; it gives that room back only when the others are at their minimums.
    void setPreferredWidth(int section, int width, qreal maxShare);
    // The width these texts need in a cell: of the longest, or of the one longer than that
    // share (quantile) of them.
    int textWidth(const QStringList &texts, qreal quantile = 1.0) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &at);
    int minimumWidth(int section) const;
    int ownMinimum(int section) const; // the title's, or the short words', not the preferred
    void fitExactly();
    void scale(int from, int to);
    void shrinkEvenly(const QList<int> &shown, int excess);
    int shownTotal() const;

    QTableView *m_table;
    QHeaderView *m_header;
    QWidget *m_viewport; // the table's, watched for its size
    QList<int> m_shares;
    QHash<int, int> m_textWidths; // section -> width of its longest word
    int m_preferredSection = -1;
    int m_preferredWidth = 0;
    qreal m_preferredShare = 0;
    bool m_fitting = false;
    bool m_fitPending = false; // fit exactly once the table is shown
    int m_lastWidth = 0; // of the viewport, when it was last seen shown
};

} // namespace opcc
