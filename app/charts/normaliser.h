// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <optional>

namespace opcc {

// Puts figures on a common basis where the data allows, and says how, or why not.
class Normaliser final
{
    Q_DECLARE_TR_FUNCTIONS(Normaliser)

public:
    struct Result
    {
        Decimal value;
        std::optional<Decimal> valueHigh;
        Qualifier qualifier = Qualifier::Exact;
        QString working; // "388 over 10 months"
        QString failure; // why it cannot be normalised; empty on success
        bool ok() const { return failure.isEmpty(); }
    };

    explicit Normaliser(const QLocale &locale = QLocale());

    // The months a figure's period covers: whole calendar months when both ends are given to the
    // month or year (March-December 2022 is 10), else days / 30.4375. Nothing for an open or
    // missing period.
    static std::optional<double> monthsOf(const Figure &figure);

    // A total divided by the months of its period; a rate a week times 52/12, a year over 12.
    Result perMonth(const Figure &figure, Unit unit) const;
    // A total times 12 over the months of its period; a rate a week times 52, a month times 12.
    Result perYear(const Figure &figure, Unit unit) const;
    // A derived value rounded to what a whole stated figure supports: whole numbers from 10 up
    // ("34 a month", not "34.33"), one decimal below 10, whole pounds.
    static Decimal roundedLike(double value, Unit unit);
    // The figure divided by the funding in thousands of pounds. Both must be totals, or rates
    // over the same time.
    Result perThousandPounds(const Figure &figure, Unit unit, const Figure &funding) const;

    // "a total", "a weekly rate"...
    static QString describeRate(Per per);
    // The sentence printed on the chart that states the basis.
    static QString basisStatement(Normalisation normalisation);
    // The value axis title: "Referrals a month", "Referrals per £1,000 of funding".
    static QString valueTitle(Normalisation normalisation, const QString &measureLabel);

private:
    static bool isQuantity(Unit unit);
    QString number(double value) const;

    QLocale m_locale;
};

} // namespace opcc
