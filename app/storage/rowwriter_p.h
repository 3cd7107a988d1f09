// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What RowWriter's two files share (rowwriter.cpp: the figures, measures and source documents;
// rowwriter_schemes.cpp: a new scheme's row and its links).

#include "domain/vocabulary.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

namespace opcc::rowwriterdetail {

// The keys of a vocabulary, made once: bound as shared copies, never built per row.
template<typename E> const QString &upsertKeyOf(E value)
{
    static const QStringList keys = [] {
        QStringList list;
        for (E each : Vocabulary<E>::values()) {
            if (list.size() <= int(each))
                list.resize(int(each) + 1);
            list[int(each)] = Vocabulary<E>::key(each);
        }
        return list;
    }();
    return keys.at(int(value));
}

// A PostgreSQL array literal's element: a number as it is, text quoted with its quotes and
// backslashes escaped, NULL for none. array starts with its "{".
void appendArrayText(QString &array, const QString &value);
void appendArrayNumber(QString &array, std::optional<qint64> value);

} // namespace opcc::rowwriterdetail
