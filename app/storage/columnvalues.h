// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/partialdate.h"
#include "domain/vocabulary.h"

#include <QMetaType>
#include <QString>
#include <QVariant>
#include <optional>

// How the stores turn record values into bound parameters and read columns back: one place for
// the rules every table shares.
namespace opcc::columnvalues {

// Text columns are NOT NULL: an empty QString must bind as '' rather than NULL.
inline QString text(const QString &value)
{
    return value.isNull() ? QString::fromLatin1("") : value;
}

// An optional id binds as a typed NULL when absent.
inline QVariant nullable(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// A stored partial date ("2022", "2022-03", "2022-03-15"); empty when the column is.
inline PartialDate dateOf(const QVariant &value)
{
    return PartialDate::parse(value.toString()).value_or(PartialDate());
}

// A stored vocabulary key, or fallback when the column holds none the app knows.
template<typename E> E keyOr(const QVariant &value, E fallback)
{
    return Vocabulary<E>::fromKey(value.toString()).value_or(fallback);
}

} // namespace opcc::columnvalues
