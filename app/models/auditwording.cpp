// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/auditwording.h"

#include "domain/measurecatalogue.h"
#include "domain/partialdate.h"
#include "domain/valueformat.h"
#include "domain/vocabulary.h"

#include <QHash>

namespace opcc {

namespace {

using Labels = QHash<QString, const char *>;

QString labelOf(const Labels &labels, const QString &key)
{
    const char *label = labels.value(key);
    return label ? AuditWording::tr(label) : key;
}

template<typename E> QString vocabularyLabel(const QString &stored)
{
    const auto value = Vocabulary<E>::fromKey(stored);
    return value ? Vocabulary<E>::label(*value) : stored;
}

QString measureName(const QString &key)
{
    for (const CatalogueMeasure &measure : measureCatalogue()) {
        if (key == QLatin1String(measure.key))
            return QCoreApplication::translate("Measure", measure.label);
    }
    return key;
}

} // namespace

QString AuditWording::schemeField(const QString &key)
{
    static const Labels labels {
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("area"), QT_TR_NOOP("Areas") },
        { QStringLiteral("strand"), QT_TR_NOOP("Strand") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("start"), QT_TR_NOOP("Start") },
        { QStringLiteral("end"), QT_TR_NOOP("End") },
        { QStringLiteral("summary"), QT_TR_NOOP("Summary") },
        { QStringLiteral("description"), QT_TR_NOOP("How it works") },
        { QStringLiteral("eligibility"), QT_TR_NOOP("Who it is for") },
        { QStringLiteral("source"), QT_TR_NOOP("Described in") },
        { QStringLiteral("providers"), QT_TR_NOOP("Providers") },
        { QStringLiteral("commissioners"), QT_TR_NOOP("Commissioners") },
        { QStringLiteral("funders"), QT_TR_NOOP("Funders") },
        { QStringLiteral("partners"), QT_TR_NOOP("Partners") },
    };
    return labelOf(labels, key);
}

QString AuditWording::figureField(const QString &key)
{
    static const Labels labels {
        { QStringLiteral("measure"), QT_TR_NOOP("Measure") },
        { QStringLiteral("value"), QT_TR_NOOP("Value") },
        { QStringLiteral("value_high"), QT_TR_NOOP("Up to") },
        { QStringLiteral("qualifier"), QT_TR_NOOP("Qualifier") },
        { QStringLiteral("per"), QT_TR_NOOP("Per") },
        { QStringLiteral("baseline"), QT_TR_NOOP("Baseline") },
        { QStringLiteral("note"), QT_TR_NOOP("Note") },
        { QStringLiteral("period_start"), QT_TR_NOOP("From") },
        { QStringLiteral("period_end"), QT_TR_NOOP("To") },
        { QStringLiteral("period_label"), QT_TR_NOOP("Period as worded") },
        { QStringLiteral("source"), QT_TR_NOOP("Source") },
        { QStringLiteral("quote"), QT_TR_NOOP("Quote") },
    };
    return labelOf(labels, key);
}

QString AuditWording::value(const QString &key, const QString &stored)
{
    if (key == QLatin1String("strand"))
        return vocabularyLabel<Strand>(stored);
    if (key == QLatin1String("status"))
        return vocabularyLabel<Status>(stored);
    if (key == QLatin1String("qualifier"))
        return vocabularyLabel<Qualifier>(stored);
    if (key == QLatin1String("per"))
        return stored.isEmpty() ? stored : vocabularyLabel<Per>(stored);
    if (key == QLatin1String("measure"))
        return measureName(stored);
    if (key == QLatin1String("baseline") && stored == QLatin1String("yes"))
        return tr("yes", "a baseline figure");
    return stored;
}

QString AuditWording::figure(const QJsonObject &figure)
{
    QString value = figure.value(QStringLiteral("value")).toString();
    const QString high = figure.value(QStringLiteral("value_high")).toString();
    if (!high.isEmpty())
        value += QStringLiteral("\u2013") + high;
    const QString what
        = tr("%1 %2", "measure then value")
              .arg(measureName(figure.value(QStringLiteral("measure")).toString()), value);
    Figure dates;
    dates.periodStart = PartialDate::parse(figure.value(QStringLiteral("period_start")).toString())
                            .value_or(PartialDate());
    dates.periodEnd = PartialDate::parse(figure.value(QStringLiteral("period_end")).toString())
                          .value_or(PartialDate());
    const QString period = formatPeriod(dates);
    return period.isEmpty() ? what : tr("%1 (%2)", "a figure then its period").arg(what, period);
}

} // namespace opcc
