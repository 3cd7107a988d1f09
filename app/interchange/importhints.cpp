// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "interchange/importhints.h"

#include "domain/decimal.h"
#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace opcc::importhints {

namespace {

// Words that officers use for each strand, as the start of a word of what was typed.
struct StrandWords
{
    Strand strand;
    QStringList starts;
};

const QList<StrandWords> &strandWords()
{
    // The most particular first: "gambling harm" is other_addictions, not treatment.
    static const QList<StrandWords> words {
        { Strand::OtherAddictions, { QStringLiteral("gambl"), QStringLiteral("addict") } },
        { Strand::Partnership,
            { QStringLiteral("partner"), QStringLiteral("cdp"), QStringLiteral("combat") } },
        { Strand::Demand,
            { QStringLiteral("divers"), QStringLiteral("divert"), QStringLiteral("prevent"),
                QStringLiteral("educat"), QStringLiteral("youth"), QStringLiteral("early") } },
        { Strand::Supply,
            { QStringLiteral("enforce"), QStringLiteral("polic"), QStringLiteral("county"),
                QStringLiteral("disrupt"), QStringLiteral("crime"), QStringLiteral("dealing") } },
        { Strand::Treatment,
            { QStringLiteral("recover"), QStringLiteral("rehab"), QStringLiteral("treat"),
                QStringLiteral("detox"), QStringLiteral("harm"), QStringLiteral("naloxone") } },
    };
    return words;
}

// A number as a file might write it: 187, 1,234, 2.5, £363k, 34%.
const QString number = QStringLiteral(R"(£?\d[\d,]*(?:\.\d+)?[km%]?)");

bool parses(const QString &text)
{
    return Decimal::parse(text).has_value();
}

} // namespace

QString strand(const QString &typed)
{
    const QString folded = typed.toCaseFolded();
    const QStringList words
        = folded.split(QRegularExpression(QStringLiteral(R"(\W+)")), Qt::SkipEmptyParts);
    for (const StrandWords &candidate : strandWords()) {
        for (const QString &word : words) {
            for (const QString &start : candidate.starts) {
                if (word.startsWith(start))
                    return QCoreApplication::translate("ImportHints", "%1 schemes belong to %2")
                        .arg(typed.trimmed(), Vocabulary<Strand>::key(candidate.strand));
            }
        }
    }
    return {};
}

QString value(const QString &typed)
{
    const QString text = typed.trimmed();
    // Words before a number, and the qualifier they mean.
    static const QList<QPair<QString, Qualifier>> prefixes {
        { QStringLiteral(R"((?:c\.?|ca\.?|circa|approx\.?|approximately|about|around|roughly|~))"),
            Qualifier::Approx },
        { QStringLiteral(R"((?:over|more than|>))"), Qualifier::MoreThan },
        { QStringLiteral(R"((?:at least|minimum|min\.?|>=|≥))"), Qualifier::AtLeast },
        { QStringLiteral(R"((?:almost|nearly|just under))"), Qualifier::Almost },
        { QStringLiteral(R"((?:under|less than|fewer than|<))"), Qualifier::LessThan },
        { QStringLiteral(R"((?:up to|at most|maximum|max\.?|<=|≤))"), Qualifier::AtMost },
    };
    for (const auto &[words, qualifier] : prefixes) {
        const QRegularExpression pattern(QStringLiteral("^%1\\s*(%2)$").arg(words, number),
            QRegularExpression::CaseInsensitiveOption);
        const auto match = pattern.match(text);
        if (match.hasMatch() && parses(match.captured(1)))
            return QCoreApplication::translate("ImportHints", "write %1 with qualifier %2")
                .arg(match.captured(1), Vocabulary<Qualifier>::key(qualifier));
    }
    const QRegularExpression plus(QStringLiteral("^(%1)\\+$").arg(number));
    if (const auto match = plus.match(text); match.hasMatch() && parses(match.captured(1)))
        return QCoreApplication::translate("ImportHints", "write %1 with qualifier %2")
            .arg(match.captured(1), Vocabulary<Qualifier>::key(Qualifier::AtLeast));
    const QRegularExpression range(QStringLiteral("^(%1)\\s*(?:-|–|to)\\s*(%1)$").arg(number),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = range.match(text);
        match.hasMatch() && parses(match.captured(1)) && parses(match.captured(2)))
        return QCoreApplication::translate("ImportHints",
            "write %1 in value and %2 in "
            "value_high, with qualifier range")
            .arg(match.captured(1), match.captured(2));
    return {};
}

} // namespace opcc::importhints
