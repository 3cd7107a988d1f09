// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/organisationlinkmodel.h"

#include "domain/languagenotifier.h"

namespace opcc {

OrganisationLinkModel::OrganisationLinkModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    LanguageNotifier::follow(this);
}

void OrganisationLinkModel::setLinks(const QList<OrganisationLink> &links)
{
    beginResetModel();
    m_links = links;
    endResetModel();
}

QList<OrganisationLink> OrganisationLinkModel::links() const
{
    QList<OrganisationLink> result;
    for (const OrganisationLink &link : m_links) {
        const QString name = link.name.trimmed();
        if (!name.isEmpty())
            result.append({ name, link.role });
    }
    return result;
}

QModelIndex OrganisationLinkModel::appendLink(const OrganisationLink &link)
{
    const int row = int(m_links.size());
    beginInsertRows({}, row, row);
    m_links.append(link);
    endInsertRows();
    return index(row, Name);
}

int OrganisationLinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int OrganisationLinkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationLinkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrganisationLink &link = m_links.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    if (index.column() == Name)
        return link.name;
    if (role == Qt::EditRole)
        return int(Vocabulary<opcc::Role>::values().indexOf(link.role));
    return Vocabulary<opcc::Role>::label(link.role);
}

bool OrganisationLinkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole)
        return false;
    OrganisationLink &link = m_links[index.row()];
    if (index.column() == Name) {
        if (link.name == value.toString())
            return true;
        link.name = value.toString();
    } else {
        const QList<opcc::Role> roles = Vocabulary<opcc::Role>::values();
        bool ok = false;
        const int at = value.toInt(&ok);
        if (!ok || at < 0 || at >= roles.size())
            return false;
        if (link.role == roles.at(at))
            return true;
        link.role = roles.at(at);
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags OrganisationLinkModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant OrganisationLinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Name ? tr("Organisation") : tr("Role");
}

bool OrganisationLinkModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_links.size() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_links.insert(row, OrganisationLink {});
    endInsertRows();
    return true;
}

bool OrganisationLinkModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_links.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_links.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace opcc
