// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/vocabulary.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QStackedWidget;
class QTableView;

namespace opcc {

class ColumnFitter;
class SchemeFilterProxy;
class SearchLoader;
class SchemeTableModel;

// The centre of the window: the filter bar, the scheme table and, when nothing matches, a
// message saying so. Strand and area come from the navigator; the rest from its own controls.
class SchemeBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit SchemeBrowser(SchemeTableModel *schemes, QWidget *parent = nullptr);
    ~SchemeBrowser() override;

    void setStrandFilter(std::optional<Strand> strand, const QString &area);
    void focusFilter();
    void clearFilters();
    void selectScheme(qint64 id);
    void selectFirst();
    qint64 currentSchemeId() const;
    QList<qint64> selectedSchemeIds() const;
    // Tab-separated text of the selected rows (header first), as shown.
    QString selectedRowsAsText() const;
    int visibleCount() const;
    int totalCount() const;
    // Whether the whole list is read (a large register's rest follows its first screenful).
    bool isListComplete() const;
    QTableView *table() const { return m_table; }
    ColumnFitter *columns() const { return m_columns; }
    SchemeFilterProxy *proxy() const { return m_proxy; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void currentSchemeChanged(qint64 id);
    void countChanged(int visible, int total);
    // The navigator's strand/area filter was cleared from here ("Clear filters").
    void strandFilterCleared();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // Whole names in the Name column: of every row, or of the rows first..last just added.
    void giveNamesRoom(int first = 0, int last = -1);
    void fillChoices();
    void updateCount();
    void applyAreaChoice();
    // After the filters changed: the first shown scheme becomes current if the current one went.
    void keepCurrentShown();
    QString describeFilters() const;

    SchemeTableModel *m_schemes;
    SearchLoader *m_search;
    SchemeFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_area;
    QComboBox *m_provider;
    QComboBox *m_status;
    QLabel *m_count;
    QLabel *m_filterLabel;
    QLabel *m_areaLabel;
    QLabel *m_providerLabel;
    QLabel *m_statusLabel;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    ColumnFitter *m_columns = nullptr;
    qint64 m_keptId = 0; // current scheme across a reload
    bool m_restAfterPaint = false; // the list's rest is read once its head has been painted
    int m_nameWidth = 0; // of the longest scheme name measured
};

} // namespace opcc
