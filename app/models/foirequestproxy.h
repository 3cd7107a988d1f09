// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace opcc {

// Narrows and sorts the FOI register: a scope (open requests, those needing attention, closed
// ones, or all) and filter-as-you-type words, each of which must appear in the reference,
// subject, questions, schemes, status, requester or exemptions. Sorts by
// FoiRequestModel::SortRole.
class FoiRequestProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Scope { All, Open, Attention, Closed };
    Q_ENUM(Scope)

    explicit FoiRequestProxy(QObject *parent = nullptr);

    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Scope m_scope = Scope::All;
    QString m_text;
    QStringList m_words;
};

} // namespace opcc
