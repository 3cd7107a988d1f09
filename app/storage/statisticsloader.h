// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace opcc {

// A scheme's figure count and headline figure as the scheme list keeps them, for 50,000 schemes
// at once: half the size of a SchemeStatistics (whose Figure carries every field of a figure),
// the words that repeat (measure keys, period labels, source titles) stored once by the maker.
struct ListStatistics
{
    qint64 schemeId = 0;
    int figureCount = 0;
    bool hasHeadline = false;
    bool hasHigh = false;
    bool baseline = false;
    Unit unit = Unit::Count;
    Qualifier qualifier = Qualifier::Exact;
    Per per = Per::None;
    qint64 value = 0; // hundredths
    qint64 high = 0;
    PartialDate periodStart;
    PartialDate periodEnd;
    QString measure; // key
    QString periodLabel;
    QString source;

    // once(text) returns the one stored copy of text.
    template<typename Once> static ListStatistics from(const SchemeStatistics &s, Once &&once);
    SchemeStatistics expanded() const;
    friend bool operator==(const ListStatistics &a, const ListStatistics &b);
};
using SharedStatistics = std::shared_ptr<const ListStatistics>;

template<typename Once> ListStatistics ListStatistics::from(const SchemeStatistics &s, Once &&once)
{
    ListStatistics c;
    c.schemeId = s.schemeId;
    c.figureCount = s.figureCount;
    c.unit = s.headlineUnit;
    c.measure = once(s.headlineMeasure);
    if (const std::optional<Figure> &f = s.headline) {
        c.hasHeadline = true;
        c.value = f->value.hundredths();
        c.hasHigh = f->valueHigh.has_value();
        c.high = f->valueHigh ? f->valueHigh->hundredths() : 0;
        c.qualifier = f->qualifier;
        c.per = f->per;
        c.baseline = f->baseline;
        c.periodStart = f->periodStart;
        c.periodEnd = f->periodEnd;
        c.periodLabel = once(f->periodLabel);
        c.source = once(f->source);
    }
    return c;
}

// Reads the figure counts and headline figures of every scheme (Database::schemeStatistics) on a
// thread of its own, through a read-only connection of its own: on the large register that read
// takes longer than everything else the first screen needs, and the window is painted and answers
// meanwhile. A load started while another runs supersedes it: only the latest result is
// delivered, and a superseded or abandoned read is stopped.
class StatisticsLoader final : public QObject
{
    Q_OBJECT

public:
    explicit StatisticsLoader(QObject *parent = nullptr);
    ~StatisticsLoader() override;

    // previous: the statistics the caller holds now. A scheme's statistics read alike are
    // delivered as the same object, so that the list holds one copy of them through the load
    // rather than two (8 MiB on a register of 50,000 schemes).
    void load(const QString &databasePath, QList<SharedStatistics> previous = {});
    bool isLoading() const { return m_current != nullptr; }

signals:
    // The result of the latest load(); empty when the database could not be read.
    // Each made once on the loading thread.
    void loaded(const QList<opcc::SharedStatistics> &statistics);
    // The latest load() could not read the database (loaded() follows, empty): why.
    void failed(const QString &message);

private:
    struct Job;
    std::shared_ptr<Job> m_current;
    QList<std::shared_ptr<Job>> m_running; // including superseded ones, until their threads end
};

} // namespace opcc
