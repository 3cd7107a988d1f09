// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace opcc {

// Narrows and sorts the register's history (RegisterHistoryModel): words typed, each of which
// must appear in one of the shown columns; one person; a range of days; one scheme. An
// import's entries for each scheme it touched show only when a scheme is chosen (the import's
// own entry stands for them otherwise). Sorts by RegisterHistoryModel::SortRole.
class RegisterHistoryProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RegisterHistoryProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Empty for everyone.
    void setPerson(const QString &person);
    // Either end may be a null date, for no limit on that side.
    void setDateRange(QDate from, QDate to);
    // 0 for every scheme and request.
    void setSchemeId(qint64 schemeId);
    // How many entries show without any filter: "12 of 340 changes shown".
    int unfilteredCount() const;

protected:
    // An import's entry for one of the schemes it touched.
    bool isImportOfScheme(int sourceRow, const QModelIndex &sourceParent) const;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QString m_person;
    QDate m_from;
    QDate m_to;
    qint64 m_schemeId = 0;
};

} // namespace opcc
