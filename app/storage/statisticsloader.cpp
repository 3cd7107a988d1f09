// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/statisticsloader.h"

#include "storage/browsestore.h"
#include "storage/database.h"

#include <QSet>
#include <QThread>
#include <algorithm>
#include <atomic>

namespace opcc {

struct StatisticsLoader::Job
{
    std::atomic<bool> stop { false };
    QList<SharedStatistics> result;
    QString error;
    QThread *thread = nullptr;
};

SchemeStatistics ListStatistics::expanded() const
{
    SchemeStatistics s;
    s.schemeId = schemeId;
    s.figureCount = figureCount;
    s.headlineMeasure = measure;
    s.headlineUnit = unit;
    if (hasHeadline) {
        Figure f;
        f.schemeId = schemeId;
        f.measure = measure;
        f.value = Decimal::fromHundredths(value);
        if (hasHigh)
            f.valueHigh = Decimal::fromHundredths(high);
        f.qualifier = qualifier;
        f.per = per;
        f.baseline = baseline;
        f.periodStart = periodStart;
        f.periodEnd = periodEnd;
        f.periodLabel = periodLabel;
        f.source = source;
        s.headline = std::move(f);
    }
    return s;
}

bool operator==(const ListStatistics &a, const ListStatistics &b)
{
    return a.schemeId == b.schemeId && a.figureCount == b.figureCount
        && a.hasHeadline == b.hasHeadline && a.hasHigh == b.hasHigh && a.baseline == b.baseline
        && a.unit == b.unit && a.qualifier == b.qualifier && a.per == b.per && a.value == b.value
        && a.high == b.high && a.periodStart == b.periodStart && a.periodEnd == b.periodEnd
        && a.measure == b.measure && a.periodLabel == b.periodLabel && a.source == b.source;
}

StatisticsLoader::StatisticsLoader(QObject *parent)
    : QObject(parent)
{ }

StatisticsLoader::~StatisticsLoader()
{
    for (const auto &job : std::as_const(m_running)) {
        job->stop = true;
        job->thread->wait();
        delete job->thread;
    }
}

void StatisticsLoader::load(const QString &databasePath, QList<SharedStatistics> previous)
{
    if (m_current)
        m_current->stop = true;
    auto job = std::make_shared<Job>();
    // The previous statistics are only read on the thread (ListStatistics is immutable once
    // shared); the caller's own pointers keep them alive meanwhile, and so does this copy.
    job->thread = QThread::create([job, databasePath, previous = std::move(previous)]() mutable {
        Database reader;
        const Database::OpenResult opened = reader.openForReading(databasePath);
        if (!opened.ok()) {
            job->error = opened.message;
            return;
        }
        reader.setStopFlag(&job->stop);
        QList<SharedStatistics> statistics;
        QSet<QString> words;
        const auto once = [&words](const QString &word) {
            const auto found = words.constFind(word);
            return found != words.cend() ? *found : *words.insert(word);
        };
        // The previous ones by scheme, found by halving (a hash of them was 1.5 MiB more on the
        // huge register). The words read again are the copies held already, not second ones:
        // its 20,000 source titles are 2 MiB.
        const auto bySchemeId = [](const SharedStatistics &a, const SharedStatistics &b) {
            return a->schemeId < b->schemeId;
        };
        std::sort(previous.begin(), previous.end(), bySchemeId);
        for (const SharedStatistics &scheme : std::as_const(previous)) {
            once(scheme->measure);
            once(scheme->periodLabel);
            once(scheme->source);
        }
        const auto before = [&previous](qint64 schemeId) -> const SharedStatistics * {
            const auto found = std::lower_bound(previous.cbegin(), previous.cend(), schemeId,
                [](const SharedStatistics &s, qint64 id) { return s->schemeId < id; });
            return found != previous.cend() && (*found)->schemeId == schemeId ? &*found : nullptr;
        };
        const bool read = BrowseStore(reader).forEachStatistics([&](SchemeStatistics &&s) {
            ListStatistics made = ListStatistics::from(s, once);
            if (const SharedStatistics *same = before(made.schemeId); same && **same == made)
                statistics.append(*same);
            else
                statistics.append(std::make_shared<const ListStatistics>(std::move(made)));
        });
        reader.setStopFlag(nullptr);
        if (job->stop)
            return; // abandoned: its interrupted read is no failure
        if (!read || reader.hasReadError())
            job->error = reader.readError();
        else
            job->result = std::move(statistics);
    });
    connect(job->thread, &QThread::finished, this, [this, job] {
        m_running.removeOne(job);
        job->thread->deleteLater();
        if (job != m_current)
            return;
        m_current.reset();
        if (!job->error.isEmpty())
            emit failed(job->error);
        emit loaded(job->result);
    });
    m_current = job;
    m_running.append(job);
    job->thread->start();
}

} // namespace opcc
