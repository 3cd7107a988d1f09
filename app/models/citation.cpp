// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/citation.h"

#include "domain/measurecatalogue.h"
#include "domain/valueformat.h"

#include <QCoreApplication>

namespace opcc::citation {

QString sourceLine(const QString &title, const std::optional<SourceDocument> &source)
{
    if (title.isEmpty())
        return QCoreApplication::translate("Citation", "Source: none recorded");
    QStringList details;
    if (source) {
        if (source->kind != SourceKind::Other)
            details.append(Vocabulary<SourceKind>::label(source->kind));
        for (const QString &detail : { source->publisher, source->reference })
            if (!detail.isEmpty())
                details.append(detail);
        if (!source->issued.isNull())
            details.append(formatPartialDate(source->issued));
    }
    return details.isEmpty() ? QCoreApplication::translate("Citation", "Source: %1").arg(title)
                             : QCoreApplication::translate("Citation", "Source: %1 (%2)")
                                   .arg(title, details.join(QStringLiteral(", ")));
}

QString figure(const Figure &figure, const Measure &measure, const Scheme &scheme,
    const std::optional<SourceDocument> &source)
{
    QString line = QStringLiteral("%1: %2").arg(
        measureLabel(measure), formatFigureValue(figure, measure.unit));
    const QString period = formatPeriod(figure);
    if (!period.isEmpty())
        line += QStringLiteral(" (%1)").arg(period);
    QStringList lines { line + QLatin1Char('.'),
        QStringLiteral("%1, %2.").arg(scheme.name, scheme.areaKey()) };
    if (!figure.note.isEmpty())
        lines.append(QCoreApplication::translate("Citation", "Note: %1").arg(figure.note));
    lines.append(sourceLine(figure.source, source));
    if (!figure.quote.isEmpty())
        lines.append(QStringLiteral("\u201C%1\u201D").arg(figure.quote));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString scheme(const Scheme &scheme, const std::optional<SourceDocument> &source)
{
    QStringList lines { QStringLiteral("%1, %2").arg(scheme.name, scheme.areaKey()),
        QStringLiteral("%1 \u00B7 %2")
            .arg(Vocabulary<Strand>::label(scheme.strand),
                Vocabulary<Status>::label(scheme.status)) };
    if (!scheme.summary.isEmpty())
        lines.append(scheme.summary);
    lines.append(sourceLine(scheme.source, source));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace opcc::citation
