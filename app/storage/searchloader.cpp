// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/searchloader.h"

#include "storage/database.h"
#include "storage/searchstore.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>

namespace opcc {

struct SearchLoader::Job
{
    QString path;
    QStringList words;
    int tag = 0;
    std::atomic<bool> stop { false };
    Matches result;
    QString error;
};

struct SearchLoader::Shared
{
    QMutex mutex;
    QWaitCondition wake;
    std::shared_ptr<Job> pending; // only the newest: an older one waiting is simply replaced
    bool quit = false;
    QThread *thread = nullptr;
};

namespace {

void runJob(Database &reader, SearchLoader::Matches *result, QString *error, const QString &path,
    const QStringList &words, const std::atomic<bool> &stop)
{
    if (!reader.isOpen() || reader.path() != path) {
        reader.close();
        const Database::OpenResult opened = reader.openForReading(path);
        if (!opened.ok()) {
            *error = opened.message;
            return;
        }
    }
    reader.setStopFlag(&stop);
    const SearchStore store(reader);
    for (const QString &word : words) {
        if (stop)
            break;
        const std::optional<QSet<qint64>> ids = store.schemesMatching(word);
        if (!ids && !store.errorString().isEmpty()) {
            *error = store.errorString();
            break;
        }
        result->insert(word, ids);
    }
    reader.setStopFlag(nullptr);
}

} // namespace

SearchLoader::SearchLoader(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    // One thread for the loader's life, waiting for the next search; the connection it opens
    // belongs to it and is closed on it.
    m_shared->thread = QThread::create([shared = m_shared, this] {
        Database reader;
        for (;;) {
            std::shared_ptr<Job> job;
            {
                QMutexLocker lock(&shared->mutex);
                while (!shared->pending && !shared->quit)
                    shared->wake.wait(&shared->mutex);
                if (shared->quit)
                    return;
                job = std::move(shared->pending);
            }
            if (job->stop)
                continue;
            runJob(reader, &job->result, &job->error, job->path, job->words, job->stop);
            if (job->stop)
                continue; // superseded: its interrupted search is no failure
            // Dropped with the loader if it goes first (its destructor waits for this thread).
            QMetaObject::invokeMethod(
                this, [this, job] { deliver(job); }, Qt::QueuedConnection);
        }
    });
    m_shared->thread->start();
}

SearchLoader::~SearchLoader()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->quit = true;
        if (m_current)
            m_current->stop = true;
        m_shared->wake.wakeAll();
    }
    m_shared->thread->wait();
    delete m_shared->thread;
}

void SearchLoader::search(const QString &databasePath, const QStringList &words, int tag)
{
    auto job = std::make_shared<Job>();
    job->path = databasePath;
    job->words = words;
    job->tag = tag;
    QMutexLocker lock(&m_shared->mutex);
    if (m_current)
        m_current->stop = true;
    m_current = job;
    m_shared->pending = job;
    m_shared->wake.wakeOne();
}

bool SearchLoader::isSearching() const
{
    return m_current != nullptr;
}

void SearchLoader::deliver(const std::shared_ptr<Job> &job)
{
    if (job != m_current)
        return; // a newer search was asked for meanwhile
    m_current.reset();
    if (!job->error.isEmpty())
        emit failed(job->tag, job->error);
    else
        emit found(job->tag, job->result);
}

} // namespace opcc
