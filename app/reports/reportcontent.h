// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "reports/reportperiod.h"
#include "reports/reportrequest.h"
#include "reports/smallnumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace opcc {

class Database;

// One figure as a report lists it.
struct ReportFigure
{
    Figure figure;
    QString measureLabel;
    Unit unit = Unit::Count;
    ReportPeriod::Fit fit = ReportPeriod::Fit::Inside;
    FigureRelease release; // Shown unless the report is for release
};

// One scheme of a report: its figures inside the period, then those only overlapping it, then
// those whose period is not stated; the ones outside it are counted, not listed.
struct ReportScheme
{
    Scheme scheme;
    QList<ReportFigure> figures;
    int outsideCount = 0;
    QString releaseNote; // what was suppressed and why; empty when nothing was

    bool hasFigureForPeriod() const;
};

// What a report says, read from the register and classified, before any layout: the part of
// reporting that tests read directly.
struct ReportContent
{
    QList<ReportScheme> schemes;
    QList<SourceDocument> sources; // cited by the schemes or their figures, by title
};

class ReportContentReader final
{
    Q_DECLARE_TR_FUNCTIONS(ReportContentReader)

public:
    explicit ReportContentReader(const Database &db);
    // nullopt when the register could not be read (errorString() says why).
    std::optional<ReportContent> read(const ReportRequest &request);
    QString errorString() const { return m_error; }

    // The same a scheme at a time, for reports too long to hold whole (ReportParts): the
    // schemes without their figures, in the order asked for; then each scheme's figures; then
    // the documents the schemes and figures read cite.
    std::optional<QList<Scheme>> readSchemes(const ReportRequest &request);
    // nullopt when the figures could not be read.
    std::optional<ReportScheme> readScheme(const Scheme &scheme, const ReportRequest &request);
    QList<SourceDocument> sources(QStringList cited) const;
    // The titles a scheme's part cites.
    static QStringList cited(const ReportScheme &scheme);

private:
    const Database &m_db;
    QString m_error;
    QHash<QString, Measure> m_measures;
    QHash<QString, SourceDocument> m_documents;
};

} // namespace opcc
