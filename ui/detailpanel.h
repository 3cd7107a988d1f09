// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace opcc {

class ColumnFitter;
class Database;
class FigureTableModel;
struct Figure;

// The record of one scheme: what it is, who runs and pays for it, and every figure with its
// period and source. Selecting a figure shows the document and the phrase it comes from.
class DetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPanel(Database &db, QWidget *parent = nullptr);

    void showScheme(qint64 id);
    // The filters hide every scheme: the empty panel says so, rather than asking for a choice.
    void setNothingMatches(bool nothing);
    qint64 schemeId() const { return m_schemeId; }
    QTableView *figureTable() const { return m_figures; }
    FigureTableModel *figureModel() const { return m_model; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    // Edit mode: the page that edits the scheme (given once), shown instead of the record.
    void setEditPage(QWidget *page);
    void showEditPage(bool show);
    bool isShowingEditPage() const { return m_editing; }

signals:
    // A double-click on the record or a figure: the person wants to edit the scheme.
    void editRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePlaceholder();
    void refresh();
    void showFigureSource();
    QString sourceText(const QString &title) const;

    Database &m_db;
    qint64 m_schemeId = 0;
    qint64 m_shownId = 0; // the scheme whose record is shown (0: the placeholder)
    bool m_unreadable = false; // the placeholder stands for a scheme whose read failed
    FigureTableModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QSplitter *m_splitter;
    QLabel *m_record;
    QTableView *m_figures;
    QLabel *m_source;
    ColumnFitter *m_columns = nullptr;
    QHash<QObject *, QScrollArea *> m_scrolls; // text -> the view it scrolls in
    QWidget *m_editPage = nullptr;
    bool m_editing = false;
    bool m_nothingMatches = false;
};

} // namespace opcc
