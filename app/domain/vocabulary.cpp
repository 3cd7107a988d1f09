// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/vocabulary.h"

#include <QCoreApplication>

namespace opcc {

namespace {

const char *const context = "Vocabulary";

} // namespace

template<> const QList<Term<Strand>> &Vocabulary<Strand>::terms()
{
    static const QList<Term<Strand>> list {
        { Strand::Supply, "supply", QT_TRANSLATE_NOOP("Vocabulary", "Supply") },
        { Strand::Treatment, "treatment", QT_TRANSLATE_NOOP("Vocabulary", "Treatment") },
        { Strand::Demand, "demand", QT_TRANSLATE_NOOP("Vocabulary", "Demand") },
        { Strand::OtherAddictions, "other_addictions",
            QT_TRANSLATE_NOOP("Vocabulary", "Other addictions") },
        { Strand::Partnership, "partnership", QT_TRANSLATE_NOOP("Vocabulary", "Partnerships") },
    };
    return list;
}

template<> const QList<Term<Status>> &Vocabulary<Status>::terms()
{
    static const QList<Term<Status>> list {
        { Status::Planned, "planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned") },
        { Status::Pilot, "pilot", QT_TRANSLATE_NOOP("Vocabulary", "Pilot") },
        { Status::Active, "active", QT_TRANSLATE_NOOP("Vocabulary", "Active") },
        { Status::Ended, "ended", QT_TRANSLATE_NOOP("Vocabulary", "Ended") },
    };
    return list;
}

template<> const QList<Term<Unit>> &Vocabulary<Unit>::terms()
{
    static const QList<Term<Unit>> list {
        { Unit::Count, "count", QT_TRANSLATE_NOOP("Vocabulary", "Count") },
        { Unit::Gbp, "gbp", QT_TRANSLATE_NOOP("Vocabulary", "Pounds sterling") },
        { Unit::Percent, "percent", QT_TRANSLATE_NOOP("Vocabulary", "Percent") },
        { Unit::Kg, "kg", QT_TRANSLATE_NOOP("Vocabulary", "Kilograms") },
        { Unit::Years, "years", QT_TRANSLATE_NOOP("Vocabulary", "Years") },
        { Unit::Months, "months", QT_TRANSLATE_NOOP("Vocabulary", "Months") },
        { Unit::Weeks, "weeks", QT_TRANSLATE_NOOP("Vocabulary", "Weeks") },
    };
    return list;
}

template<> const QList<Term<Qualifier>> &Vocabulary<Qualifier>::terms()
{
    static const QList<Term<Qualifier>> list {
        { Qualifier::Exact, "exact", QT_TRANSLATE_NOOP("Vocabulary", "Exact") },
        { Qualifier::Approx, "approx", QT_TRANSLATE_NOOP("Vocabulary", "Approximately") },
        { Qualifier::Almost, "almost", QT_TRANSLATE_NOOP("Vocabulary", "Almost") },
        { Qualifier::AtLeast, "at_least", QT_TRANSLATE_NOOP("Vocabulary", "At least") },
        { Qualifier::MoreThan, "more_than", QT_TRANSLATE_NOOP("Vocabulary", "More than") },
        { Qualifier::LessThan, "less_than", QT_TRANSLATE_NOOP("Vocabulary", "Less than") },
        { Qualifier::AtMost, "at_most", QT_TRANSLATE_NOOP("Vocabulary", "At most") },
        { Qualifier::Range, "range", QT_TRANSLATE_NOOP("Vocabulary", "Range") },
    };
    return list;
}

template<> const QList<Term<Per>> &Vocabulary<Per>::terms()
{
    static const QList<Term<Per>> list {
        { Per::None, "", QT_TRANSLATE_NOOP("Vocabulary", "Total") },
        { Per::Week, "week", QT_TRANSLATE_NOOP("Vocabulary", "Per week") },
        { Per::Month, "month", QT_TRANSLATE_NOOP("Vocabulary", "Per month") },
        { Per::Year, "year", QT_TRANSLATE_NOOP("Vocabulary", "Per year") },
    };
    return list;
}

template<> const QList<Term<Role>> &Vocabulary<Role>::terms()
{
    static const QList<Term<Role>> list {
        { Role::Provider, "provider", QT_TRANSLATE_NOOP("Vocabulary", "Provider") },
        { Role::Commissioner, "commissioner", QT_TRANSLATE_NOOP("Vocabulary", "Commissioner") },
        { Role::Funder, "funder", QT_TRANSLATE_NOOP("Vocabulary", "Funder") },
        { Role::Partner, "partner", QT_TRANSLATE_NOOP("Vocabulary", "Partner") },
    };
    return list;
}

template<> const QList<Term<Nation>> &Vocabulary<Nation>::terms()
{
    static const QList<Term<Nation>> list {
        { Nation::Unknown, "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
        { Nation::England, "england", QT_TRANSLATE_NOOP("Vocabulary", "England") },
        { Nation::Wales, "wales", QT_TRANSLATE_NOOP("Vocabulary", "Wales") },
        { Nation::EnglandAndWales, "england_and_wales",
            QT_TRANSLATE_NOOP("Vocabulary", "England and Wales") },
    };
    return list;
}

template<> const QList<Term<SourceKind>> &Vocabulary<SourceKind>::terms()
{
    static const QList<Term<SourceKind>> list {
        { SourceKind::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other document") },
        { SourceKind::FoiResponse, "foi_response",
            QT_TRANSLATE_NOOP("Vocabulary", "Freedom of Information response") },
        { SourceKind::Report, "report", QT_TRANSLATE_NOOP("Vocabulary", "Report") },
        { SourceKind::Minutes, "minutes", QT_TRANSLATE_NOOP("Vocabulary", "Minutes") },
    };
    return list;
}

template<typename E> QString Vocabulary<E>::key(E value)
{
    for (const auto &term : terms()) {
        if (term.value == value)
            return QString::fromLatin1(term.key);
    }
    return {};
}

template<typename E> QString Vocabulary<E>::label(E value)
{
    for (const auto &term : terms()) {
        if (term.value == value)
            return QCoreApplication::translate(context, term.label);
    }
    return {};
}

template<typename E> std::optional<E> Vocabulary<E>::fromKey(QStringView key)
{
    for (const auto &term : terms()) {
        if (key == QLatin1String(term.key))
            return term.value;
    }
    return std::nullopt;
}

template<typename E> QList<E> Vocabulary<E>::values()
{
    QList<E> result;
    for (const auto &term : terms())
        result.append(term.value);
    return result;
}

template<typename E> int Vocabulary<E>::position(E value)
{
    const QList<Term<E>> &all = terms();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).value == value)
            return int(i);
    }
    return -1;
}

template<typename E> std::optional<E> Vocabulary<E>::atPosition(const QVariant &position)
{
    bool ok = false;
    const int at = position.toInt(&ok);
    const QList<Term<E>> &all = terms();
    if (!ok || at < 0 || at >= all.size())
        return std::nullopt;
    return all.at(at).value;
}

template<typename E> QStringList Vocabulary<E>::keys()
{
    QStringList result;
    for (const auto &term : terms()) {
        if (*term.key)
            result.append(QString::fromLatin1(term.key));
    }
    return result;
}

template class Vocabulary<Strand>;
template class Vocabulary<Status>;
template class Vocabulary<Unit>;
template class Vocabulary<Qualifier>;
template class Vocabulary<Per>;
template class Vocabulary<Role>;
template class Vocabulary<Nation>;
template class Vocabulary<SourceKind>;

QString qualifierPrefix(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
    case Qualifier::Range:
        return {};
    case Qualifier::Approx:
        return QCoreApplication::translate("Vocabulary", "approx.");
    case Qualifier::Almost:
        return QCoreApplication::translate("Vocabulary", "almost");
    case Qualifier::AtLeast:
        return QCoreApplication::translate("Vocabulary", "at least");
    case Qualifier::MoreThan:
        return QCoreApplication::translate("Vocabulary", "over");
    case Qualifier::LessThan:
        return QCoreApplication::translate("Vocabulary", "under");
    case Qualifier::AtMost:
        return QCoreApplication::translate("Vocabulary", "up to");
    }
    return {};
}

QString perSuffix(Per per)
{
    switch (per) {
    case Per::None:
        return {};
    case Per::Week:
        return QCoreApplication::translate("Vocabulary", "a week");
    case Per::Month:
        return QCoreApplication::translate("Vocabulary", "a month");
    case Per::Year:
        return QCoreApplication::translate("Vocabulary", "a year");
    }
    return {};
}

} // namespace opcc
