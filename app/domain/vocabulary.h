// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace opcc {

// The closed vocabularies of the register. Each value has a stable key (used in the database and
// in the interchange CSV files, never translated) and a label for people (translated).

enum class Strand { Supply, Treatment, Demand, OtherAddictions, Partnership };
enum class Status { Planned, Pilot, Active, Ended };
enum class Unit { Count, Gbp, Percent, Kg, Years, Months, Weeks };
enum class Qualifier { Exact, Approx, Almost, AtLeast, MoreThan, LessThan, AtMost, Range };
enum class Per { None, Week, Month, Year };
enum class Role { Provider, Commissioner, Funder, Partner };
enum class Nation { Unknown, England, Wales, EnglandAndWales };
enum class SourceKind { Other, FoiResponse, Report, Minutes };

template<typename E> struct Term
{
    E value;
    const char *key;
    const char *label; // marked with QT_TRANSLATE_NOOP("Vocabulary", ...)
};

// Key and label lookups for one of the enums above.
template<typename E> class Vocabulary
{
public:
    static QString key(E value);
    static QString label(E value);
    static std::optional<E> fromKey(QStringView key);
    static QList<E> values();
    static QStringList keys();
    // The value's place in values(), as a combo box lists them; and the value at a place (nullopt
    // for anything that is not a place in the list).
    static int position(E value);
    static std::optional<E> atPosition(const QVariant &position);

private:
    static const QList<Term<E>> &terms();
};

// Short forms used beside a value: "approx.", "over", "at least"... Empty for Exact and Range.
QString qualifierPrefix(Qualifier qualifier);
// "a week", "a month", "a year"; empty for Per::None.
QString perSuffix(Per per);

} // namespace opcc
