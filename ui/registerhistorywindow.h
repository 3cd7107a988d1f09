// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;

namespace opcc {

class Database;
class RegisterHistoryModel;
class RegisterHistoryProxy;

// Tools > History: every recorded change to the register (schemes, imports, FOI requests),
// newest first: when, who, what, the scheme or request, the files of an import. Filters as
// you type, by person, by a range of days and by scheme; sorts on any column; the columns,
// the window and the split are remembered. The selected entry's details show below.
class RegisterHistoryWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterHistoryWindow(Database &db, QWidget *parent = nullptr);
    ~RegisterHistoryWindow() override;

    // The one history window of `parent`, made or raised.
    static RegisterHistoryWindow *open(Database &db, QWidget *parent);

    RegisterHistoryModel *model() const { return m_model; }
    RegisterHistoryProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *person() const { return m_person; }
    QComboBox *scheme() const { return m_scheme; }
    QDateEdit *from() const { return m_from; }
    QDateEdit *to() const { return m_to; }
    QPlainTextEdit *details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void createWidgets();
    QLayout *createFilterRow();
    void fillChoices();
    void applyFilters();
    void showDetails();
    void updateCount();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;

    Database &m_db;
    RegisterHistoryModel *m_model;
    RegisterHistoryProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_person;
    QComboBox *m_scheme;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_filterLabel = nullptr;
    QLabel *m_personLabel = nullptr;
    QLabel *m_schemeLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QSplitter *m_splitter;
};

} // namespace opcc
