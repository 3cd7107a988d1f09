// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/records.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace opcc {

// A scheme's statistics as the scheme list keeps them: made once, on the loader's thread.
using SharedStatistics = std::shared_ptr<const SchemeStatistics>;

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

    void load(const QString &databasePath);
    bool isLoading() const { return m_current != nullptr; }

signals:
    // The result of the latest load(); empty when the database could not be read.
    // Each made once on the loading thread, with the words that repeat (measure keys, source
    // titles, period labels) stored once: the list's share of 50,000 schemes' memory.
    void loaded(const QList<opcc::SharedStatistics> &statistics);
    // The latest load() could not read the database (loaded() follows, empty): why.
    void failed(const QString &message);

private:
    struct Job;
    std::shared_ptr<Job> m_current;
    QList<std::shared_ptr<Job>> m_running; // including superseded ones, until their threads end
};

} // namespace opcc
