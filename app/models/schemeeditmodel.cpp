// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/schemeeditmodel.h"

namespace opcc {

SchemeEditModel::SchemeEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SchemeEditModel::setScheme(const Scheme &scheme, bool strandChosen)
{
    m_scheme = scheme;
    m_strand = strandChosen ? std::optional<opcc::Strand>(scheme.strand) : std::nullopt;
    m_start = scheme.start.toIsoString();
    m_end = scheme.end.toIsoString();
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

Scheme SchemeEditModel::scheme() const
{
    Scheme scheme = m_scheme;
    scheme.strand = m_strand.value_or(opcc::Strand::Supply);
    scheme.start = PartialDate::parse(m_start).value_or(PartialDate());
    scheme.end = PartialDate::parse(m_end).value_or(PartialDate());
    return scheme;
}

QString SchemeEditModel::fieldName(int column)
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Strand:
        return QStringLiteral("strand");
    case Status:
        return QStringLiteral("status");
    case Start:
        return QStringLiteral("start");
    case End:
        return QStringLiteral("end");
    case Source:
        return QStringLiteral("source");
    case Summary:
        return QStringLiteral("summary");
    case Description:
        return QStringLiteral("description");
    case Eligibility:
        return QStringLiteral("eligibility");
    }
    return {};
}

int SchemeEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int SchemeEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemeEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Name:
        return m_scheme.name;
    case Strand:
        if (edit)
            return m_strand ? Vocabulary<opcc::Strand>::position(*m_strand) : -1;
        return m_strand ? Vocabulary<opcc::Strand>::label(*m_strand) : QString();
    case Status:
        return edit ? QVariant(Vocabulary<opcc::Status>::position(m_scheme.status))
                    : QVariant(Vocabulary<opcc::Status>::label(m_scheme.status));
    case Start:
        return m_start;
    case End:
        return m_end;
    case Source:
        return m_scheme.source;
    case Summary:
        return m_scheme.summary;
    case Description:
        return m_scheme.description;
    case Eligibility:
        return m_scheme.eligibility;
    }
    return {};
}

bool SchemeEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    QString *field = nullptr;
    switch (index.column()) {
    case Name:
        field = &m_scheme.name;
        break;
    case Strand: {
        const auto strand = Vocabulary<opcc::Strand>::atPosition(value);
        if (strand == m_strand)
            return true;
        m_strand = strand;
        emit dataChanged(index, index);
        return true;
    }
    case Status: {
        const auto status = Vocabulary<opcc::Status>::atPosition(value);
        if (!status)
            return false;
        if (*status != m_scheme.status) {
            m_scheme.status = *status;
            emit dataChanged(index, index);
        }
        return true;
    }
    case Start:
        field = &m_start;
        break;
    case End:
        field = &m_end;
        break;
    case Source:
        field = &m_scheme.source;
        break;
    case Summary:
        field = &m_scheme.summary;
        break;
    case Description:
        field = &m_scheme.description;
        break;
    case Eligibility:
        field = &m_scheme.eligibility;
        break;
    }
    if (!field)
        return false;
    if (*field != text) {
        *field = text;
        emit dataChanged(index, index);
    }
    return true;
}

Qt::ItemFlags SchemeEditModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant SchemeEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Strand:
        return tr("Strand");
    case Status:
        return tr("Status");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Source:
        return tr("Described in");
    case Summary:
        return tr("Summary");
    case Description:
        return tr("How it works");
    case Eligibility:
        return tr("Who it is for");
    }
    return {};
}

} // namespace opcc
